//! Living in a portal's iframe: the key hand-off by `postMessage` and the compact layout.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::js_object::text_field;
use crate::logic::handoff::{
    accept_handoff, allowed_origins, HandedKeys, HandoffMessage, ACK, HANDOFF_META, READY,
};
use crate::servers::Fleet;
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

/// The fields of a message's data (see [`HandoffMessage`]).
fn read_message(data: &JsValue) -> HandoffMessage {
    let keys = js_sys::Reflect::get(data, &"keys".into())
        .ok()
        .filter(|keys| keys.is_object() && !js_sys::Array::is_array(keys))
        .map(|keys| {
            js_sys::Object::entries(&js_sys::Object::from(keys))
                .iter()
                .map(|entry| {
                    let pair = js_sys::Array::from(&entry);
                    (pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string())
                })
                .collect()
        });
    HandoffMessage {
        message_type: text_field(data, "type"),
        key: text_field(data, "key"),
        server: text_field(data, "server"),
        keys,
    }
}

/// Which of the fleet's servers (`names`, in `servers.json` order) a handed-over key is for: the
/// server it names, or (no name) the first one, as the README promises: the portal cannot know
/// which server the person picked.
fn handoff_target(names: &[&str], named: Option<&str>) -> Option<usize> {
    match named {
        None => (!names.is_empty()).then_some(0),
        Some(named) => names.iter().position(|name| *name == named),
    }
}

/// Checks each handed-over key with its server's Plesk, like a typed one; accepted keys connect
/// their servers (in memory only), refused ones and unknown servers are reported and not kept.
/// True when at least one key was accepted.
async fn connect_handed_keys(
    handed: HandedKeys,
    session: Session,
    announcer: Announcer,
    fleet: Fleet,
    keys: KeysStore,
) -> bool {
    let targets = fleet.targets();
    let wanted: Vec<(Option<String>, String)> = match handed {
        HandedKeys::Shown(key) => vec![(None, key)],
        HandedKeys::ForServers(pairs) => pairs.into_iter().map(|(name, key)| (Some(name), key)).collect(),
    };
    let mut connected = Vec::new();
    let mut problems = Vec::new();
    for (name, key) in wanted {
        let names: Vec<&str> = targets.iter().map(|t| t.name.as_str()).collect();
        let target = handoff_target(&names, name.as_deref()).and_then(|index| targets.get(index));
        let Some(target) = target else {
            problems.push(format!("no server is called \"{}\"", name.unwrap_or_default()));
            continue;
        };
        let credential = Credential::Key(key);
        // Connecting the shown server starts a new session: each check is asked in its own.
        let Some(checked) = session.answer(check_credential(&target.client, &credential)).await else {
            return false;
        };
        if let Some(problem) = checked.check.problem() {
            problems.push(format!("{}: {problem}", target.label));
            continue;
        }
        let entry = fleet.storage_entry(&target.name);
        if entry == session.current_entry() {
            let _ = enter_checked(session, keys, credential, StorageMode::Memory, checked);
        } else {
            session.keep_in_memory_for(entry, credential);
        }
        connected.push(target.label.clone());
    }
    if !problems.is_empty() {
        announcer.error(format!("Keys handed over by the portal were not used: {}.", problems.join("; ")));
    }
    if connected.is_empty() {
        return false;
    }
    let on = if fleet.is_fleet() { format!(" to {}", connected.join(", ")) } else { String::new() };
    let message = format!("Connected{on} with the key(s) handed over by the portal (kept in memory only).");
    if problems.is_empty() {
        announcer.info(message);
    }
    true
}

/// Listens for keys from the embedding portal (allowed origins only) and announces readiness.
/// Handed-over keys are checked with Plesk like typed ones: only an accepted key connects (and
/// is acknowledged); a refused one is reported in the panel and not kept.
pub fn start_key_handoff(session: Session, announcer: Announcer, fleet: Fleet, keys: KeysStore) {
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
            let accepted =
                accept_handoff(&event.origin(), &allowed, from_parent, &read_message(&event.data()));
            if let Ok(handed) = accepted {
                let (parent, origin) = (parent.clone(), event.origin());
                spawn_local(async move {
                    if connect_handed_keys(handed, session, announcer, fleet, keys).await {
                        let _ = parent.post_message(&message(ACK), &origin);
                    }
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

#[cfg(test)]
mod tests {
    use super::handoff_target;

    /// Issue 23 item 12: the portal cannot know which server the person picked, so a key without
    /// a server name goes to the first server, as the README promises.
    #[test]
    fn a_key_without_a_server_name_goes_to_the_first_server() {
        let fleet = ["eu1", "us1", "ap1"];
        assert_eq!(handoff_target(&fleet, None), Some(0), "not the server picked (us1 when it failed)");
        assert_eq!(handoff_target(&fleet, Some("us1")), Some(1));
        assert_eq!(handoff_target(&fleet, Some("xx1")), None, "an unknown server is reported");
        assert_eq!(handoff_target(&[], None), None);
    }
}
