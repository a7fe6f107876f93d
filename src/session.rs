//! The connection's credential and where it is kept. Only this module touches storage.
//!
//! - An API key: in this tab's `sessionStorage` (the default; survives a reload of this tab) or
//!   in memory only (gone on reload).
//! - A login and password: in memory only, always.
//!
//! Never localStorage, a cookie, a URL or the console.

use leptos::prelude::*;

/// The `sessionStorage` entry holding the key in tab mode.
pub const STORAGE_ENTRY: &str = "plesk-key-panel.key";

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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("This browser does not allow the panel to use session storage (private mode or blocked storage); the key is kept in memory for this page only.")]
    StorageUnavailable,
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The key this tab stored, if any.
pub fn stored_key() -> Option<String> {
    session_storage()?.get_item(STORAGE_ENTRY).ok().flatten().filter(|key| !key.is_empty())
}

fn store_key(key: &str) -> Result<(), SessionError> {
    session_storage()
        .ok_or(SessionError::StorageUnavailable)?
        .set_item(STORAGE_ENTRY, key)
        .map_err(|_| SessionError::StorageUnavailable)
}

fn forget_stored_key() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(STORAGE_ENTRY);
    }
}

/// The shared session: provided once by the app, read with [`use_session`].
#[derive(Clone, Copy)]
pub struct Session {
    credential: RwSignal<Option<Credential>>,
    mode: RwSignal<StorageMode>,
    /// The ID of the key the panel itself uses, once known (to warn before deleting it).
    own_key_id: RwSignal<Option<String>>,
}

impl Session {
    /// Restores the key this tab stored before a reload (tab mode only).
    pub fn restore() -> Self {
        Session {
            credential: RwSignal::new(stored_key().map(Credential::Key)),
            mode: RwSignal::new(StorageMode::Tab),
            own_key_id: RwSignal::new(None),
        }
    }

    /// Connects with an API key kept as `mode` says.
    pub fn connect_with_key(&self, key: String, mode: StorageMode) -> Result<(), SessionError> {
        let stored = match mode {
            StorageMode::Tab => store_key(&key),
            StorageMode::Memory => {
                forget_stored_key();
                Ok(())
            }
        };
        self.mode.set(if stored.is_ok() { mode } else { StorageMode::Memory });
        self.own_key_id.set(None);
        self.credential.set(Some(Credential::Key(key)));
        stored
    }

    /// Signs in with a login and password, kept in memory only.
    pub fn sign_in(&self, login: String, password: String) {
        forget_stored_key();
        self.mode.set(StorageMode::Memory);
        self.own_key_id.set(None);
        self.credential.set(Some(Credential::Login { login, password }));
    }

    /// Clears everything, in every mode.
    pub fn log_out(&self) {
        forget_stored_key();
        self.own_key_id.set(None);
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

    pub fn set_own_key_id(&self, id: Option<String>) {
        self.own_key_id.set(id);
    }
}

/// The session provided by [`crate::App`].
pub fn use_session() -> Session {
    expect_context::<Session>()
}
