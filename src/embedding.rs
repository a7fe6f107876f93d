//! Living in a portal's iframe: the key hand-off by `postMessage` (acknowledged, or an error
//! with Plesk's code), the portal's settings (theme), the panel's height for the portal, and
//! the compact layout. The messages are documented in `logic/handoff.rs` and the README.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::dialog::ModalOpen;
use crate::components::theme_switch::Theme;
use crate::i18n::Wording;
use crate::i18n::{t, tf, Fmt, Msg};
use crate::js_object::text_field;
use crate::logic::handoff::{
    accept_handoff, accept_settings, allowed_origins, HandedKeys, HandoffMessage, ACK, ERROR, HANDOFF_META,
    READY, RESIZE,
};
use crate::page_meta::page_meta as meta;
use crate::servers::Fleet;
use crate::session::{Credential, Session, StorageMode};
use crate::state::announcer::Announcer;
use crate::state::connect::{check_credential, enter_checked};
use crate::state::keys::KeysStore;

/// A message `{"type": kind, …fields}` for the portal.
fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&object, &(*name).into(), value);
    }
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
        theme: text_field(data, "theme"),
        language: text_field(data, "language"),
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
/// True when at least one key was accepted. Each refusal is also told to the portal (`error`,
/// with Plesk's code when Plesk gave one).
async fn connect_handed_keys(
    tell_portal: impl Fn(JsValue),
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
            let problem =
                tf(Fmt::PortalNoSuchServer, &[("name", name.as_deref().unwrap_or_default().into())]);
            tell_portal(message(ERROR, &[("code", JsValue::NULL), ("message", problem.as_str().into())]));
            problems.push(problem);
            continue;
        };
        let credential = Credential::Key(key);
        // Connecting the shown server starts a new session: each check is asked in its own.
        let Some(checked) = session.answer(check_credential(&target.client, &credential)).await else {
            return false;
        };
        if let Some(problem) = checked.check.problem() {
            let code = checked.check.code().map_or(JsValue::NULL, |code| code.into());
            tell_portal(message(ERROR, &[("code", code), ("message", problem.into())]));
            problems.push(tf(
                Fmt::PortalProblemOnServer,
                &[("server", (&target.label).into()), ("problem", problem.into())],
            ));
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
        announcer.error(tf(
            Fmt::PortalKeysNotUsed,
            &[("problems", (&problems.join(t(Msg::KeysFailureSeparator))).into())],
        ));
    }
    if connected.is_empty() {
        return false;
    }
    if problems.is_empty() {
        announcer.info(if fleet.is_fleet() {
            tf(Fmt::PortalConnectedTo, &[("servers", (&connected.join(t(Msg::ListSeparator))).into())])
        } else {
            t(Msg::PortalConnected).to_owned()
        });
    }
    true
}

/// What the portal's settings message changes: the theme and the language (the latter not while
/// a dialog is open).
pub struct PortalSettingsTargets {
    pub theme: Theme,
    pub wording: Wording,
    pub modal_open: ModalOpen,
}

/// The portal's window, when this panel is in a frame and its page names origins allowed to talk
/// to it (which of them are origins is read in the part that talks: [`listen_to_portal`]).
fn portal() -> Option<web_sys::Window> {
    let names_origins = meta(HANDOFF_META).is_some_and(|content| !content.trim().is_empty());
    let Ok(Some(parent)) = window().parent() else { return None };
    (names_origins && parent != window()).then_some(parent)
}

/// In a portal's iframe, starts fetching the part that talks with the portal at once (it is
/// needed as soon as the servers are known); outside one, nothing.
pub fn prefetch_portal_part() {
    if portal().is_some() {
        spawn_local(async {
            let _ = prefetch_portal_messages().await;
        });
    }
}

/// Everything the portal's messages reach.
pub struct PortalLink {
    pub session: Session,
    pub announcer: Announcer,
    pub fleet: Fleet,
    pub keys: KeysStore,
    pub settings: PortalSettingsTargets,
    /// Whether handed-over keys are used (not when the portal signs people in).
    pub accept_keys: bool,
}

/// Talks with the embedding portal (allowed origins only), from a part of its own fetched only
/// in a portal's iframe ([`listen_to_portal`]); a part that cannot be fetched is said in the panel.
pub fn start_portal_messages(link: PortalLink) {
    let Some(parent) = portal() else { return };
    let announcer = link.announcer;
    spawn_local(async move {
        if listen_to_portal(link, parent).await.is_err() {
            announcer.error(t(Msg::PartNotLoaded));
        }
    });
}

crate::parts::lazy_part! {
    prefetch = prefetch_portal_messages;
    /// Listens for the portal's settings (theme, language) and, with `accept_keys`, for keys;
    /// tells it the panel's height whenever it changes, and that the panel is ready. Handed-over
    /// keys are checked with Plesk like typed ones: only an accepted key connects (and is
    /// acknowledged); a refused one is reported in the panel and to the portal, and not kept.
    fn listen_to_portal(link: PortalLink, parent: web_sys::Window) -> () {
        answer_portal(link, parent);
    }
}

fn answer_portal(link: PortalLink, parent: web_sys::Window) {
    let allowed = allowed_origins(meta(HANDOFF_META).as_deref());
    if allowed.is_empty() {
        return;
    }
    let PortalLink { session, announcer, fleet, keys, settings, accept_keys } = link;
    let PortalSettingsTargets { theme, wording, modal_open } = settings;
    let listener = {
        let allowed = allowed.clone();
        let parent = parent.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // A cross-origin WindowProxy is no `instanceof Window` here: compare identities.
            let from_parent = event.source().is_some_and(|source| js_sys::Object::is(&source, &parent));
            let (origin, data) = (event.origin(), read_message(&event.data()));
            if let Ok(settings) = accept_settings(&origin, &allowed, from_parent, &data) {
                if let Some(dark) = settings.dark {
                    theme.set_dark(dark);
                }
                // Not remembered: the portal says it again each time. A language without a file
                // here is ignored; while a dialog is open, its work (a deletion, a rotation)
                // finishes first.
                let wanted = settings.language.filter(|l| wording.offered().contains(l));
                if let Some(language) = wanted.filter(|l| *l != crate::i18n::language()) {
                    spawn_local(async move {
                        while modal_open.0.get_untracked() {
                            crate::timing::after(std::time::Duration::from_millis(200)).await;
                        }
                        if let Err(error) = wording.switch(language, false).await {
                            announcer.error(error.text());
                        }
                    });
                }
                return;
            }
            let Ok(handed) = accept_handoff(&origin, &allowed, from_parent, &data) else { return };
            if !accept_keys {
                return;
            }
            let parent = parent.clone();
            spawn_local(async move {
                let tell = |answer: JsValue| {
                    let _ = parent.post_message(&answer, &origin);
                };
                if connect_handed_keys(tell, handed, session, announcer, fleet, keys).await {
                    tell(message(ACK, &[]));
                }
            });
        })
    };
    let _ = window().add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    listener.forget();
    post_height_changes(parent.clone(), allowed.clone());
    for origin in &allowed {
        let _ = parent.post_message(&message(READY, &[]), origin);
    }
}

/// Posts `resize` with the page's height (CSS pixels: the root element's box, which holds the
/// panel) to the portal at start and whenever it changes (a `ResizeObserver` on the body), so the
/// iframe needs no scrollbar of its own. The root's `scrollHeight` would not do: in an iframe it
/// never gets smaller than the iframe.
fn post_height_changes(parent: web_sys::Window, allowed: Vec<String>) {
    let (Some(root), Some(body)) = (document().document_element(), document().body()) else { return };
    let last = std::cell::Cell::new(-1_i32);
    let post = move || {
        let height = root.get_bounding_client_rect().height().ceil() as i32;
        if height != last.replace(height) {
            for origin in &allowed {
                let _ = parent.post_message(&message(RESIZE, &[("height", height.into())]), origin);
            }
        }
    };
    post();
    let observer = Closure::<dyn Fn()>::new(post);
    if let Ok(watcher) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
        watcher.observe(&body);
    }
    observer.forget();
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
