//! A newly created key value: shown once, until dismissed; never stored anywhere else.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownKey {
    pub value: String,
    /// What it is, e.g. "Created for 192.0.2.1" or "Twin of key 5".
    pub note: String,
}

#[derive(Clone, Copy)]
pub struct NewKeyStore {
    shown: RwSignal<Option<ShownKey>>,
}

impl NewKeyStore {
    pub fn new() -> Self {
        NewKeyStore { shown: RwSignal::new(None) }
    }

    pub fn show(&self, value: String, note: String) {
        self.shown.set(Some(ShownKey { value, note }));
    }

    pub fn dismiss(&self) {
        self.shown.set(None);
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
