//! Results and errors for the `aria-live` region: the last message wins.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<Option<(Tone, String)>>,
}

impl Announcer {
    pub fn new() -> Self {
        Announcer { message: RwSignal::new(None) }
    }

    pub fn info(&self, text: impl Into<String>) {
        self.message.set(Some((Tone::Info, text.into())));
    }

    pub fn error(&self, text: impl Into<String>) {
        self.message.set(Some((Tone::Error, text.into())));
    }

    /// Shows an error once, next to the form it belongs to (an [`InlineError`], which screen
    /// readers announce as an alert), and clears the page's status line so that no older
    /// message stands beside it.
    ///
    /// [`InlineError`]: crate::components::status::InlineError
    pub fn report(&self, inline: RwSignal<Option<String>>, text: impl Into<String>) {
        inline.set(Some(text.into()));
        self.clear();
    }

    pub fn clear(&self) {
        self.message.set(None);
    }

    pub fn message(&self) -> Option<(Tone, String)> {
        self.message.get()
    }
}

impl Default for Announcer {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_announcer() -> Announcer {
    expect_context::<Announcer>()
}
