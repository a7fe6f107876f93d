//! Where the keyboard focus goes when what had it disappears (a connect form replaced by the key
//! list, a deleted row, a dismissed card): somewhere sensible, never `<body>`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves the focus to the element with this ID (and so into view); false when it is not there.
pub fn focus_by_id(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| element.focus().is_ok() && document().active_element() == Some(element.into()))
}

/// Whether nothing has the focus (it fell to `<body>` when its element went away).
fn focus_is_lost() -> bool {
    document().active_element().is_none_or(|active| Some(active) == document().body().map(Into::into))
}

/// After the next render: the focus to the first of `ids` that can take it, if it was lost.
pub fn refocus_if_lost(ids: &'static [&'static str]) {
    request_animation_frame(move || {
        if focus_is_lost() {
            let _ = ids.iter().any(|id| focus_by_id(id));
        }
    });
}
