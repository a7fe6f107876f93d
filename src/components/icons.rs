//! Icons of icon buttons: decorative (`aria-hidden`), the button's text names it.

use leptos::prelude::*;

/// The trash-can icon of a Delete button (the name stays in the button's text for assistive tech).
#[component]
pub fn TrashIcon() -> impl IntoView {
    view! {
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.8 9.5h6.4L12 4M6.8 6.5v4.5M9.2 6.5v4.5" />
        </svg>
    }
}
