//! The language in use as the view sees it ([`Wording`]), and the header's language menu.

use leptos::prelude::*;
use plesk_i18n::Language;
use wasm_bindgen::JsCast;

use super::start::shipped_files;
use super::work::{prefetch_language_work, put_language_in_use};
use super::{language, t, LoadError, Msg};
use crate::session::remember_language;
use crate::state::announcer::use_announcer;

/// The language the panel's view is built in; the view is built again when it changes.
#[derive(Clone, Copy)]
pub struct Wording {
    shown: RwSignal<Language>,
    files: StoredValue<Vec<(Language, String)>>,
}

impl Wording {
    /// The language put in use before the panel was mounted (`super::start`).
    pub fn new() -> Wording {
        Wording { shown: RwSignal::new(language()), files: StoredValue::new(shipped_files()) }
    }

    /// Reads the language the view is in (and rebuilds the view when it changes).
    pub fn track(self) -> Language {
        self.shown.get()
    }

    /// The languages on offer: English and each one with a file.
    pub fn offered(self) -> Vec<Language> {
        let mut offered = vec![Language::English];
        self.files.with_value(|files| offered.extend(files.iter().map(|(l, _)| *l)));
        offered
    }

    /// Puts `language` in use and builds the view again in it, keeping what was typed.
    pub async fn switch(self, language: Language) -> Result<(), LoadError> {
        let file =
            self.files.with_value(|files| files.iter().find(|(l, _)| *l == language).map(|(_, f)| f.clone()));
        put_language_in_use(language, file, Some(self.shown)).await
    }
}

impl Default for Wording {
    fn default() -> Self {
        Self::new()
    }
}

/// The header's **Language** menu: each language in its own name; the choice is remembered in
/// this browser (it is not a secret).
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let wording = expect_context::<Wording>();
    let announcer = use_announcer();
    let current = wording.shown.get_untracked();
    let options = wording
        .offered()
        .into_iter()
        .map(|language| {
            view! {
                <option value=language.tag() lang=language.tag() selected=language == current>
                    {language.own_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="pkp-language" hidden=wording.offered().len() < 2>
            <span>{t(Msg::LanguageLabel)}</span>
            <select
                id="pkp-language"
                // The part that puts another language in use, fetched while the menu is open.
                on:focus=|_| {
                    leptos::task::spawn_local(async {
                        let _ = prefetch_language_work().await;
                    })
                }
                on:change=move |event| {
                    let Some(language) = Language::from_tag(&event_target_value(&event)) else { return };
                    leptos::task::spawn_local(async move {
                        match wording.switch(language).await {
                            Ok(()) => remember_language(language.tag()),
                            Err(error) => {
                                announcer.error(error.text());
                                // The menu shows the language still in use.
                                if let Some(menu) = document()
                                    .get_element_by_id("pkp-language")
                                    .and_then(|menu| menu.dyn_into::<web_sys::HtmlSelectElement>().ok())
                                {
                                    menu.set_value(super::language().tag());
                                }
                            }
                        }
                    });
                }
            >
                {options}
            </select>
        </label>
    }
}
