//! Plesk Key Panel: a browser admin panel for Plesk XML API secret keys.
//!
//! Data takes one road: view → [`api`] → `plesk-xmlapi` (bytes) → agent endpoint →
//! `plesk-xmlapi` (typed) → view. [`session`] is the only module that touches storage.

pub mod api;
pub mod app;
pub mod components;
pub mod download;
pub mod embedding;
pub mod endpoint;
pub mod error_words;
pub mod focus;
pub mod form_memory;
pub mod i18n;
pub mod js_object;
pub mod logic;
pub mod packet_log;
pub mod page_meta;
pub mod pages;
pub mod parts;
pub mod servers;
pub mod session;
pub mod signed_in;
pub mod state;
pub mod timing;

pub use app::App;

/// Replaces the static shell in `#pkp-app` (painted before the wasm loaded) with the panel, in the
/// language asked for (fetched first when it is not English).
pub fn mount() {
    i18n::start_then(mount_panel);
}

fn mount_panel() {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    match document
        .get_element_by_id("pkp-app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
    timing::mark(timing::INTERACTIVE);
}
