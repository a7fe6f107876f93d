//! The **Dark theme** switch: follows `prefers-color-scheme` until the user chooses.

use leptos::prelude::*;

fn prefers_dark() -> bool {
    window().match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|query| query.matches())
}

fn apply(dark: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let (dark, set_dark) = signal(prefers_dark());
    Effect::new(move |_| apply(dark.get()));
    view! {
        <label class="pkp-switch">
            <input
                type="checkbox"
                role="switch"
                prop:checked=dark
                on:change=move |event| set_dark.set(event_target_checked(&event))
            />
            "Dark theme"
        </label>
    }
}
