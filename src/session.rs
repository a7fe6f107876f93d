//! The connection's credential: in memory as a signal, and in this tab's `sessionStorage`
//! (never localStorage, a cookie, a URL or the console). Nothing else touches storage.

use leptos::prelude::*;

/// The `sessionStorage` entry holding the key.
pub const STORAGE_ENTRY: &str = "plesk-key-panel.key";

/// Why the key could not be kept in `sessionStorage`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("This browser does not allow the panel to use session storage (private mode or a blocked storage); the key is kept in memory for this page only.")]
    StorageUnavailable,
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The key stored in this tab, if any.
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
    key: RwSignal<Option<String>>,
}

impl Session {
    /// Restores the key this tab stored before a reload.
    pub fn restore() -> Self {
        Session { key: RwSignal::new(stored_key()) }
    }

    /// Keeps `key` in memory and in this tab's storage.
    pub fn connect(&self, key: String) -> Result<(), SessionError> {
        let stored = store_key(&key);
        self.key.set(Some(key));
        stored
    }

    /// Clears the key from storage and memory.
    pub fn log_out(&self) {
        forget_stored_key();
        self.key.set(None);
    }

    pub fn is_connected(&self) -> bool {
        self.key.with(Option::is_some)
    }

    /// The key, tracked (re-runs whatever reads it when it changes).
    pub fn key(&self) -> Option<String> {
        self.key.get()
    }
}

/// The session provided by [`crate::App`].
pub fn use_session() -> Session {
    expect_context::<Session>()
}
