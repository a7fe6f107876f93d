//! The language in use as the view sees it ([`Wording`]), and the header's language menu.

use leptos::prelude::*;
use plesk_i18n::Language;
use wasm_bindgen::JsCast;

use super::start::shipped_files;
use super::work::{prefetch_language_work, put_language_in_use, Switched, ViewSwitch};
use super::{language, t, LoadError, Msg};
use crate::logic::latest::Latest;
use crate::state::announcer::use_announcer;

/// The language the panel's view is built in; the view is built again when it changes.
#[derive(Clone, Copy)]
pub struct Wording {
    shown: RwSignal<Language>,
    files: StoredValue<Vec<(Language, String)>>,
    /// Which switch is the latest: a language chosen while another's file is on its way wins.
    switches: StoredValue<Latest>,
}

impl Wording {
    /// The language put in use before the panel was mounted (`super::start`).
    pub fn new() -> Wording {
        Wording {
            shown: RwSignal::new(language()),
            files: StoredValue::new(shipped_files()),
            switches: StoredValue::new(Latest::default()),
        }
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

    /// Puts `language` in use and builds the view again in it, keeping what was typed (unless
    /// another language is chosen before its file comes: [`Switched::Overtaken`]); with
    /// `remember`, the choice is remembered in this browser (the menu's, not the portal's).
    pub async fn switch(self, language: Language, remember: bool) -> Result<Switched, LoadError> {
        // The panel's stores live as long as the page: the switches too.
        let Some(ticket) = self.switches.try_update_value(Latest::new_request) else {
            return Ok(Switched::Overtaken);
        };
        let file =
            self.files.with_value(|files| files.iter().find(|(l, _)| *l == language).map(|(_, f)| f.clone()));
        let switch = ViewSwitch { shown: self.shown, latest: self.switches, ticket, remember };
        put_language_in_use(language, file, Some(switch)).await
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
                        match wording.switch(language, true).await {
                            Ok(_) => {}
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
