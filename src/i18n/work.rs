//! Putting another language in use: its file fetched and read, the page's `lang`/`dir`, and —
//! for a switch — the view built again with what was typed carried over. A part of its own
//! (fetched when a language other than English is chosen): English's first download does not
//! carry it.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use plesk_i18n::Language;

use super::page_language::apply_to_page;
use super::{fetch_words, use_words, LoadError};
use crate::logic::latest::{Latest, Ticket};

/// How a language's work ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switched {
    /// The language is in use.
    InUse,
    /// Another language was chosen while this one's file was on its way: that one counts.
    Overtaken,
}

/// A switch of the view from one language to another: the language the view is built in, and
/// which switch is the latest.
#[derive(Clone, Copy)]
pub struct ViewSwitch {
    pub shown: RwSignal<Language>,
    pub latest: StoredValue<Latest>,
    pub ticket: Ticket,
    /// Whether the choice is remembered in this browser (the menu's is; the portal's is not).
    pub remember: bool,
}

/// The work of [`put_in_use`], once its part is here.
pub type LanguageWork = Pin<Box<dyn Future<Output = Result<Switched, LoadError>>>>;

crate::parts::lazy_part! {
    prefetch = prefetch_language_work;
    /// (Fetched while the language menu has the focus.)
    /// Fetches `language`'s file (`file`, once per tab) and puts it in use; with `switch`, builds
    /// the view again in it, keeping what was typed — unless another switch came after it.
    pub fn put_in_use(language: Language, file: Option<String>, switch: Option<ViewSwitch>) -> LanguageWork {
        Box::pin(async move {
            let words = fetch_words(language, file.as_deref()).await?;
            let Some(switch) = switch else {
                use_words(words)?;
                apply_to_page(language);
                return Ok(Switched::InUse);
            };
            if switch.latest.try_with_value(|latest| latest.is_latest(switch.ticket)) != Some(true) {
                return Ok(Switched::Overtaken);
            }
            use_words(words)?;
            apply_to_page(language);
            let typed = crate::form_memory::FormMemory::take();
            switch.shown.set(language);
            typed.restore_after_render();
            if switch.remember {
                crate::session::remember_language(language.tag());
            }
            Ok(Switched::InUse)
        })
    }
}

/// [`put_in_use`], its part fetched first (a part that cannot be fetched: the language in use stays).
pub async fn put_language_in_use(
    language: Language,
    file: Option<String>,
    switch: Option<ViewSwitch>,
) -> Result<Switched, LoadError> {
    put_in_use(language, file, switch).await.map_err(|_| LoadError::PartNotLoaded)?.await
}
