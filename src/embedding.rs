//! Living in a portal's iframe: the key hand-off by `postMessage` and the compact layout.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::logic::handoff::{accept_key, allowed_origins, ACK, HANDOFF_META, READY};
use crate::session::{Session, StorageMode};
use crate::state::announcer::Announcer;

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

fn text_field(data: &JsValue, name: &str) -> Option<String> {
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
pub fn start_key_handoff(session: Session, announcer: Announcer) {
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
                let _ = session.connect_with_key(key, StorageMode::Memory);
                announcer.info("Connected with the key handed over by the portal (kept in memory only).");
                let _ = parent.post_message(&message(ACK), &event.origin());
            }
        })
    };
    let _ = window().add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    listener.forget();
    for origin in &allowed {
        let _ = parent.post_message(&message(READY), origin);
    }
}
