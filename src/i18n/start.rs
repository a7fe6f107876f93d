//! The language the panel opens in, put in use before it is mounted: the first screen is built in
//! it (the static form the server wrote in the negotiated language is not replaced by English).

use plesk_i18n::{Direction, Language};

use super::{catalogue_files, initial_language, load};
use crate::session::remembered_language;

fn meta(name: &str) -> Option<String> {
    leptos::prelude::document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
}

/// The languages this build has a file for, from the page's `plesk-languages` meta tag.
pub fn shipped_files() -> Vec<(Language, String)> {
    catalogue_files(meta(plesk_xmlapi::contract::meta::LANGUAGES).as_deref())
}

/// `lang` and `dir` of the page (Arabic: right to left).
pub fn apply_to_page(language: Language) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("lang", language.tag());
        let rtl = language.direction() == Direction::RightToLeft;
        let _ = root.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

/// The language asked for (a link's `?lang=`, the remembered choice, the browser's, the server's
/// default): put in use, then `mount` is called. A file that cannot be fetched leaves English.
pub fn start_then(mount: impl FnOnce() + 'static) {
    let window = leptos::prelude::window();
    let link = web_sys::UrlSearchParams::new_with_str(&window.location().search().unwrap_or_default())
        .ok()
        .and_then(|query| query.get("lang"));
    let browser: Vec<String> =
        window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect();
    let files = shipped_files();
    let shipped: Vec<Language> = files.iter().map(|(language, _)| *language).collect();
    let language = initial_language(
        link.as_deref(),
        remembered_language().as_deref(),
        &browser,
        meta(plesk_xmlapi::contract::meta::DEFAULT_LANGUAGE).as_deref(),
        &shipped,
    );
    if language == Language::English {
        apply_to_page(language);
        return mount();
    }
    let file = files.into_iter().find(|(l, _)| *l == language).map(|(_, file)| file);
    // Not Leptos' spawn_local: its executor starts with the first mount, which comes after this.
    wasm_bindgen_futures::spawn_local(async move {
        if load(language, file.as_deref()).await.is_ok() {
            apply_to_page(language);
        } else {
            apply_to_page(Language::English);
        }
        mount();
    });
}
