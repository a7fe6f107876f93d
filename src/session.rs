//! The connection's credential and where it is kept. Only this module touches storage.
//!
//! - An API key: in this tab's `sessionStorage` (the default; survives a reload of this tab) or
//!   in memory only (gone on reload).
//! - A login and password: in memory only, always.
//!
//! Never localStorage, a cookie, a URL or the console. The one thing kept in `localStorage` is
//! not a secret: the theme and the language chosen ([`remember_theme`], [`remember_language`]).

use std::collections::BTreeMap;
use std::future::Future;
use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{t, Msg};
use crate::logic::idle::restorable;
use crate::logic::latest::{Latest, Ticket};

/// The `sessionStorage` entry holding the key in tab mode.
pub const STORAGE_ENTRY: &str = "plesk-key-panel.key";
/// The `sessionStorage` entry holding the time of the last activity (milliseconds since the
/// epoch) beside the key: sessionStorage outlives the page (tab restore, duplicated tab), the
/// idle timeout must too.
pub const ACTIVITY_ENTRY: &str = "plesk-key-panel.activity";

/// Where an API key is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StorageMode {
    /// This tab's sessionStorage: survives a reload of this tab.
    #[default]
    Tab,
    /// Memory only: gone on reload.
    Memory,
}

pub use plesk_xmlapi::Credential;

/// Why the key could not be kept in `sessionStorage`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    StorageUnavailable,
}

impl SessionError {
    /// What the person is told.
    pub fn text(&self) -> String {
        match self {
            SessionError::StorageUnavailable => t(Msg::SessionStorageUnavailable).to_owned(),
        }
    }
}

/// The `localStorage` entry of the theme chosen with the Dark theme switch ("dark"/"light").
pub const THEME_ENTRY: &str = "plesk-key-panel.theme";

/// The theme chosen in this browser before, if any: dark (`true`) or light.
pub fn remembered_theme() -> Option<bool> {
    let stored = web_sys::window()?.local_storage().ok().flatten()?.get_item(THEME_ENTRY).ok().flatten()?;
    match stored.as_str() {
        "dark" => Some(true),
        "light" => Some(false),
        _ => None,
    }
}

/// Remembers the theme chosen (best effort: blocked storage only forgets it).
pub fn remember_theme(dark: bool) {
    if let Some(storage) = web_sys::window().and_then(|window| window.local_storage().ok().flatten()) {
        let _ = storage.set_item(THEME_ENTRY, if dark { "dark" } else { "light" });
    }
}

/// The `localStorage` entry of the language chosen in the header's menu (its tag).
pub const LANGUAGE_ENTRY: &str = "plesk-key-panel.language";

/// The tag of the language chosen in this browser before, if any.
pub fn remembered_language() -> Option<String> {
    web_sys::window()?.local_storage().ok().flatten()?.get_item(LANGUAGE_ENTRY).ok().flatten()
}

/// Remembers the language chosen (best effort: blocked storage only forgets it): in this browser's
/// storage for the panel, and in a cookie for `serve`, which writes the page shown before the
/// panel starts in it (a year; not a secret; the page's own path).
pub fn remember_language(tag: &str) {
    if let Some(storage) = web_sys::window().and_then(|window| window.local_storage().ok().flatten()) {
        let _ = storage.set_item(LANGUAGE_ENTRY, tag);
    }
    let cookie =
        format!("{}={tag}; Max-Age=31536000; SameSite=Lax", plesk_xmlapi::contract::language::COOKIE);
    let _ = js_sys::Reflect::set(&leptos::prelude::document(), &"cookie".into(), &cookie.into());
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The key this tab stored in `entry`, if any.
fn stored_key(entry: &str) -> Option<String> {
    session_storage()?.get_item(entry).ok().flatten().filter(|key| !key.is_empty())
}

fn store_key(entry: &str, key: &str) -> Result<(), SessionError> {
    let storage = session_storage().ok_or(SessionError::StorageUnavailable)?;
    storage
        .set_item(ACTIVITY_ENTRY, &now_epoch_ms().to_string())
        .and_then(|()| storage.set_item(entry, key))
        .map_err(|_| SessionError::StorageUnavailable)
}

fn forget_stored_key(entry: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(entry);
    }
}

/// Forgets every key this tab stored (one per server of a fleet) and the activity time.
fn forget_all_stored_keys() {
    let Some(storage) = session_storage() else { return };
    let count = storage.length().unwrap_or(0);
    let names: Vec<String> = (0..count).filter_map(|index| storage.key(index).ok().flatten()).collect();
    for name in names {
        if name == STORAGE_ENTRY || name.starts_with(&format!("{STORAGE_ENTRY}.")) || name == ACTIVITY_ENTRY {
            let _ = storage.remove_item(&name);
        }
    }
}

/// Milliseconds since the epoch, as an integer: stored and read as decimal digits (formatting
/// and parsing floats would add ~25 kB of code to the wasm).
fn now_epoch_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Notes activity beside the stored keys (nothing when no key is stored).
pub fn record_activity() {
    if let Some(storage) = session_storage() {
        if matches!(storage.get_item(ACTIVITY_ENTRY), Ok(Some(_))) {
            let _ = storage.set_item(ACTIVITY_ENTRY, &now_epoch_ms().to_string());
        }
    }
}

/// The key this tab stored in `entry`, if the tab's last activity is within `idle_timeout`;
/// past it, every stored key is forgotten (the whole tab was idle).
fn restorable_key(entry: &str, idle_timeout: Duration) -> Option<String> {
    let storage = session_storage()?;
    let last_activity =
        storage.get_item(ACTIVITY_ENTRY).ok().flatten().and_then(|text| text.parse::<u64>().ok());
    if restorable(last_activity, now_epoch_ms(), idle_timeout) {
        stored_key(entry)
    } else {
        forget_all_stored_keys();
        None
    }
}

/// The shared session: provided once by the app, read with [`use_session`].
#[derive(Clone, Copy)]
pub struct Session {
    credential: RwSignal<Option<Credential>>,
    mode: RwSignal<StorageMode>,
    /// The ID of the key the panel itself uses, once known (to warn before deleting it).
    own_key_id: RwSignal<Option<String>>,
    /// The login the credential belongs to, once Plesk told it (the owner of the panel's own
    /// key, or the login signed in with). A rotate leaves `login` out only for this owner.
    caller_login: RwSignal<Option<String>>,
    /// Moved on whenever a session starts or ends: an answer is used only if the session that
    /// sent its request is still the current one.
    generation: StoredValue<Latest>,
    /// The sessionStorage entry of the current server's key (one per server of a fleet).
    entry: StoredValue<String>,
    /// The credentials of the fleet's other servers while another one is shown, by entry.
    others: StoredValue<BTreeMap<String, (Credential, StorageMode)>>,
    /// Signed in by a portal: every server is reached with [`Credential::SignedIn`] (no secret
    /// in the browser); nothing is stored.
    signed_in: StoredValue<bool>,
    idle_timeout: Duration,
}

impl Session {
    /// Restores the key this tab stored before a reload (tab mode only), unless the tab was
    /// idle for `idle_timeout` or longer in between (a restored or reopened tab).
    pub fn restore(idle_timeout: Duration) -> Self {
        Session {
            credential: RwSignal::new(restorable_key(STORAGE_ENTRY, idle_timeout).map(Credential::Key)),
            mode: RwSignal::new(StorageMode::Tab),
            own_key_id: RwSignal::new(None),
            caller_login: RwSignal::new(None),
            generation: StoredValue::new(Latest::default()),
            entry: StoredValue::new(STORAGE_ENTRY.to_owned()),
            others: StoredValue::new(BTreeMap::new()),
            signed_in: StoredValue::new(false),
            idle_timeout,
        }
    }

    /// Shows another server of a fleet (its storage `entry`): the current server's credential
    /// is kept aside, the other's comes back (or its stored key, or none). Answers still in
    /// flight for the previous server are dropped.
    pub fn switch_to(&self, entry: String) {
        let previous = self.entry.get_value();
        if previous == entry {
            return;
        }
        if let Some(credential) = self.credential.get_untracked() {
            let mode = self.mode.get_untracked();
            self.others.update_value(|others| {
                others.insert(previous, (credential, mode));
            });
        }
        self.entry.set_value(entry.clone());
        self.begin();
        let kept = self.others.try_update_value(|others| others.remove(&entry)).flatten();
        if self.signed_in.get_value() {
            self.mode.set(StorageMode::Memory);
            self.credential.set(Some(Credential::SignedIn));
            return;
        }
        let (credential, mode) = match kept {
            Some((credential, mode)) => (Some(credential), mode),
            None => (restorable_key(&entry, self.idle_timeout).map(Credential::Key), StorageMode::Tab),
        };
        self.mode.set(mode);
        self.credential.set(credential);
    }

    /// Ends whatever session was current: answers to its requests will be dropped.
    fn begin(&self) {
        self.generation.update_value(Latest::overtake);
        self.own_key_id.set(None);
        self.caller_login.set(None);
    }

    /// The current session.
    fn ticket(&self) -> Ticket {
        self.generation.with_value(Latest::current)
    }

    /// True while the session `ticket` was taken in is still the current one: not logged
    /// out, timed out, or replaced by another connect or server since.
    fn is_current(&self, ticket: Ticket) -> bool {
        self.generation.try_with_value(|latest| latest.is_latest(ticket)) == Some(true)
    }

    /// **The** rule for stale answers, checked here only: `answer` (a request sent now) is handed
    /// back when it arrives only if the session that sent it is still the current one — `None`
    /// after Log out, the idle timeout, another connect or a switch of server. The session is
    /// taken now, when the request is sent, not when the answer is first awaited.
    pub fn answer<F: Future>(&self, answer: F) -> impl Future<Output = Option<F::Output>> {
        let (session, ticket) = (*self, self.ticket());
        async move {
            let value = answer.await;
            session.is_current(ticket).then_some(value)
        }
    }

    /// The credential of the server whose storage entry is `entry` (the current one, one kept
    /// aside while another server is shown, or the key this tab stored for it before a reload);
    /// not tracked.
    pub fn credential_for(&self, entry: &str) -> Option<Credential> {
        if self.signed_in.get_value() {
            return self.credential.get_untracked().map(|_| Credential::SignedIn);
        }
        if self.entry.get_value() == entry {
            return self.credential.get_untracked();
        }
        self.others
            .with_value(|others| others.get(entry).map(|(credential, _)| credential.clone()))
            .or_else(|| restorable_key(entry, self.idle_timeout).map(Credential::Key))
    }

    /// The storage entry of the server shown now (or last, while All servers is shown).
    pub fn current_entry(&self) -> String {
        self.entry.get_value()
    }

    /// Keeps `credential` in memory for another server of the fleet (storage `entry`), as if it
    /// had been connected there; a key stored for it before is forgotten.
    pub fn keep_in_memory_for(&self, entry: String, credential: Credential) {
        forget_stored_key(&entry);
        self.others.update_value(|others| {
            others.insert(entry, (credential, StorageMode::Memory));
        });
    }

    /// Connects with an API key kept as `mode` says.
    pub fn connect_with_key(&self, key: String, mode: StorageMode) -> Result<(), SessionError> {
        let entry = self.entry.get_value();
        let stored = match mode {
            StorageMode::Tab => store_key(&entry, &key),
            StorageMode::Memory => {
                forget_stored_key(&entry);
                Ok(())
            }
        };
        self.mode.set(if stored.is_ok() { mode } else { StorageMode::Memory });
        self.begin();
        self.credential.set(Some(Credential::Key(key)));
        stored
    }

    /// The portal signed the person in (the signed-in mode): every server is reached without a
    /// credential of the browser's; nothing is stored. Keys a key mode left in this tab go.
    pub fn enter_signed_in(&self) {
        forget_all_stored_keys();
        self.others.update_value(BTreeMap::clear);
        self.signed_in.set_value(true);
        self.mode.set(StorageMode::Memory);
        self.begin();
        self.credential.set(Some(Credential::SignedIn));
    }

    /// Whether the portal signed the person in.
    pub fn is_signed_in_by_portal(&self) -> bool {
        self.signed_in.get_value()
    }

    /// Signs in with a login and password, kept in memory only.
    pub fn sign_in(&self, login: String, password: String) {
        forget_stored_key(&self.entry.get_value());
        self.mode.set(StorageMode::Memory);
        self.begin();
        self.caller_login.set(Some(login.clone()));
        self.credential.set(Some(Credential::Login { login, password }));
    }

    /// Clears everything, in every mode, for every server.
    pub fn log_out(&self) {
        forget_all_stored_keys();
        self.others.update_value(BTreeMap::clear);
        self.begin();
        self.credential.set(None);
    }

    pub fn is_connected(&self) -> bool {
        self.credential.with(Option::is_some)
    }

    /// The credential, tracked (re-runs whatever reads it when it changes).
    pub fn credential(&self) -> Option<Credential> {
        self.credential.get()
    }

    /// The credential, not tracked.
    pub fn credential_untracked(&self) -> Option<Credential> {
        self.credential.get_untracked()
    }

    pub fn mode(&self) -> StorageMode {
        self.mode.get()
    }

    pub fn uses_login(&self) -> bool {
        self.credential.with(|c| matches!(c, Some(Credential::Login { .. })))
    }

    pub fn own_key_id(&self) -> Option<String> {
        self.own_key_id.get()
    }

    /// Records what Plesk told about the panel's own key: its ID and its owner's login.
    pub fn set_own_key(&self, id: String, owner: Option<String>) {
        self.own_key_id.set(Some(id));
        if owner.is_some() {
            self.caller_login.set(owner);
        }
    }

    /// The login the credential belongs to, when Plesk told it; tracked.
    pub fn caller_login(&self) -> Option<String> {
        self.caller_login.get()
    }

    /// The login the credential belongs to, when Plesk told it; not tracked.
    pub fn caller_login_untracked(&self) -> Option<String> {
        self.caller_login.get_untracked()
    }
}

/// The session provided by [`crate::App`].
pub fn use_session() -> Session {
    expect_context::<Session>()
}
