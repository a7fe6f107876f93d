//! The language the panel opens in, put in use before it is mounted: the first screen is built in
//! it (the static form the server wrote in the negotiated language is not replaced by English).

use std::cell::RefCell;
use std::rc::Rc;

use plesk_i18n::Language;

use super::page_language::apply_to_page;
use super::work::put_language_in_use;
use super::{catalogue_files, initial_language, use_english};
use crate::page_meta::page_meta as meta;
use crate::session::remembered_language;

/// The panel's mount, until it has happened.
type PendingMount = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// How long the first screen waits for another language's file before it opens in English.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(4);

/// The languages this build has a file for, from the page's `plesk-languages` meta tag.
pub fn shipped_files() -> Vec<(Language, String)> {
    catalogue_files(meta(plesk_xmlapi::contract::meta::LANGUAGES).as_deref())
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
    // Mounted once: in the language when its file comes in time, else in English.
    let mount: PendingMount = Rc::new(RefCell::new(Some(Box::new(mount))));
    let mount_in = |mount: &PendingMount, language: Language| {
        let pending = mount.borrow_mut().take();
        if let Some(mount) = pending {
            apply_to_page(language);
            mount();
        }
    };
    // Not Leptos' spawn_local: its executor starts with the first mount, which comes after this.
    let waiting = mount.clone();
    wasm_bindgen_futures::spawn_local(async move {
        crate::timing::after(PATIENCE).await;
        mount_in(&waiting, Language::English);
    });
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = put_language_in_use(language, file, None).await.is_ok();
        if mount.borrow().is_none() {
            // Too late: the panel is up in English and stays so (the menu can still switch).
            use_english();
            apply_to_page(Language::English);
            return;
        }
        mount_in(&mount, if loaded { language } else { Language::English });
    });
}
