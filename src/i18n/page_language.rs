//! The page's `lang` and `dir`, set for the language in use: at start and after a switch.

use plesk_i18n::Language;

/// `lang` and `dir` of the page (Arabic: right to left).
pub fn apply_to_page(language: Language) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("lang", language.tag());
        let _ = root.set_attribute("dir", language.direction().html_dir());
    }
}
