//! Living in a portal's iframe: the key hand-off by `postMessage` and the compact layout.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::AgentClient;
use crate::logic::handoff::{accept_key, allowed_origins, ACK, HANDOFF_META, READY};
use crate::session::{Credential, Session, StorageMode};
use crate::state::announcer::Announcer;
use crate::state::connect::{check_credential, enter_checked};
use crate::state::keys::KeysStore;

fn meta(name: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

fn message(kind: &str) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    object.into()
}

/// The string field `name` of a JS object (a message's data, a parsed JSON object).
pub(crate) fn text_field(data: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(data, &name.into()).ok().and_then(|value| value.as_string())
}

/// `data-layout="compact"` on the root when the meta tag `plesk-layout` or the query parameter
/// `layout` says `compact` (for narrow frames).
pub fn apply_layout() {
    let from_query = window()
        .location()
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("layout"));
    let layout = from_query.or_else(|| meta("plesk-layout"));
    if layout.as_deref() == Some("compact") {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-layout", "compact");
        }
    }
}

/// Listens for a key from the embedding portal (allowed origins only) and announces readiness.
/// A handed-over key is checked with Plesk like a typed one: only an accepted key connects
/// (and is acknowledged); a refused one is reported in the panel and not kept.
pub fn start_key_handoff(session: Session, announcer: Announcer, client: AgentClient, keys: KeysStore) {
    let allowed = allowed_origins(meta(HANDOFF_META).as_deref());
    let Ok(Some(parent)) = window().parent() else { return };
    if allowed.is_empty() || parent == window() {
        return;
    }
    let listener = {
        let allowed = allowed.clone();
        let parent = parent.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // A cross-origin WindowProxy is no `instanceof Window` here: compare identities.
            let from_parent = event.source().is_some_and(|source| js_sys::Object::is(&source, &parent));
            let data = event.data();
            let accepted = accept_key(
                &event.origin(),
                &allowed,
                from_parent,
                text_field(&data, "type").as_deref(),
                text_field(&data, "key").as_deref(),
            );
            if let Ok(key) = accepted {
                let (client, parent, origin) = (client.clone(), parent.clone(), event.origin());
                spawn_local(async move {
                    let credential = Credential::Key(key);
                    let checked = check_credential(&client, &credential).await;
                    if let Some(problem) = checked.check.problem() {
                        announcer.error(format!("The key handed over by the portal was not used. {problem}"));
                        return;
                    }
                    let _ = enter_checked(session, keys, credential, StorageMode::Memory, checked);
                    announcer.info("Connected with the key handed over by the portal (kept in memory only).");
                    let _ = parent.post_message(&message(ACK), &origin);
                });
            }
        })
    };
    let _ = window().add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    listener.forget();
    for origin in &allowed {
        let _ = parent.post_message(&message(READY), origin);
    }
}
