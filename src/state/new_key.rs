//! Newly created key values: shown once, until dismissed; never stored anywhere else. One for
//! the server shown, and those of **Create on servers** (kept here, not in the All servers view,
//! so that values arriving after the view was left are not lost).

use leptos::prelude::*;

use crate::logic::fleet_tools::CreatedOn;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownKey {
    pub value: String,
    /// What it is, e.g. "Created for 192.0.2.1" or "Twin of key 5".
    pub note: String,
}

#[derive(Clone, Copy)]
pub struct NewKeyStore {
    shown: RwSignal<Option<ShownKey>>,
    on_servers: RwSignal<Vec<CreatedOn>>,
}

impl NewKeyStore {
    pub fn new() -> Self {
        NewKeyStore { shown: RwSignal::new(None), on_servers: RwSignal::new(Vec::new()) }
    }

    /// Starts a new **Create on servers**: the previous values go.
    pub fn clear_on_servers(&self) {
        self.on_servers.set(Vec::new());
    }

    /// One server's answer to **Create on servers**.
    pub fn add_on_server(&self, created: CreatedOn) {
        self.on_servers.update(|all| all.push(created));
    }

    /// The answers to the last **Create on servers** (tracked).
    pub fn on_servers(&self) -> ReadSignal<Vec<CreatedOn>> {
        self.on_servers.read_only()
    }

    pub fn show(&self, value: String, note: String) {
        self.shown.set(Some(ShownKey { value, note }));
    }

    /// Dismiss: the shown key's value goes.
    pub fn dismiss(&self) {
        self.shown.set(None);
    }

    /// Log out: every value shown goes.
    pub fn forget_all(&self) {
        self.shown.set(None);
        self.on_servers.set(Vec::new());
    }

    pub fn shown(&self) -> Option<ShownKey> {
        self.shown.get()
    }
}

impl Default for NewKeyStore {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_new_key() -> NewKeyStore {
    expect_context::<NewKeyStore>()
}
