//! The **Dark theme** switch: follows `prefers-color-scheme` until the person chooses; the choice
//! is remembered in this browser (it is not a secret), and an embedding portal may set it.

use leptos::prelude::*;

use crate::i18n::{t, Msg};
use crate::session::{remember_theme, remembered_theme};

fn prefers_dark() -> bool {
    window().match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|query| query.matches())
}

fn apply(dark: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}

/// The theme shown: dark or light.
#[derive(Clone, Copy)]
pub struct Theme(RwSignal<bool>);

impl Theme {
    /// The remembered choice, else the system's; applied to the page from now on.
    pub fn new() -> Self {
        let dark = RwSignal::new(remembered_theme().unwrap_or_else(prefers_dark));
        Effect::new(move |_| apply(dark.get()));
        Theme(dark)
    }

    /// The portal's setting (not remembered: the portal says it again each time).
    pub fn set_dark(&self, dark: bool) {
        self.0.set(dark);
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let Theme(dark) = expect_context::<Theme>();
    view! {
        <label class="pkp-switch">
            <input
                type="checkbox"
                role="switch"
                prop:checked=dark
                on:change=move |event| {
                    let on = event_target_checked(&event);
                    dark.set(on);
                    remember_theme(on);
                }
            />
            {t(Msg::ThemeDark)}
        </label>
    }
}
