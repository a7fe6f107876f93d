//! Icons of icon buttons: decorative (`aria-hidden`), the button's text names it.

use leptos::prelude::*;

/// The trash can of a Delete button.
pub const TRASH: &str = "M2.5 4h11M6 4V2.5h4V4M4 4l.8 9.5h6.4L12 4M6.8 6.5v4.5M9.2 6.5v4.5";
/// The circular arrow of a Rotate button.
pub const ROTATE: &str = "M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3";
/// The pencil of an Edit button.
pub const EDIT: &str = "M10.5 2.5l3 3L6 13H3v-3z M9 4l3 3";

/// A 16×16 line icon drawn by `path` (the name stays in the button's text for assistive tech).
#[component]
pub fn Icon(path: &'static str) -> impl IntoView {
    view! {
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}
