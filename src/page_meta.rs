//! The page's settings: the content of a `<meta name="…">` tag of the deployed `index.html`
//! (written by `serve` or `cargo xtask dist`; the names are the contract's `meta` module).

/// The content of `<meta name="{name}">`, if the page has the tag.
pub fn page_meta(name: &str) -> Option<String> {
    leptos::prelude::document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
}
