//! Putting another language in use: its file fetched and read, the page's `lang`/`dir`, and —
//! for a switch — the view built again with what was typed carried over. A part of its own
//! (fetched when a language other than English is chosen): English's first download does not
//! carry it.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use plesk_i18n::Language;

use super::start::apply_to_page;
use super::{load, LoadError};

/// The work of [`put_in_use`], once its part is here.
pub type LanguageWork = Pin<Box<dyn Future<Output = Result<(), LoadError>>>>;

crate::parts::lazy_part! {
    prefetch = prefetch_language_work;
    /// (Fetched while the language menu has the focus.)
    /// Fetches `language`'s file (`file`, once per tab) and puts it in use; with `shown` (the
    /// language the view is built in), builds the view again in it, keeping what was typed.
    pub fn put_in_use(language: Language, file: Option<String>, shown: Option<RwSignal<Language>>) -> LanguageWork {
        Box::pin(async move {
            load(language, file.as_deref()).await?;
            apply_to_page(language);
            if let Some(shown) = shown {
                let typed = crate::form_memory::FormMemory::take();
                shown.set(language);
                typed.restore_after_render();
            }
            Ok(())
        })
    }
}

/// [`put_in_use`], its part fetched first (a part that cannot be fetched: English stays).
pub async fn put_language_in_use(
    language: Language,
    file: Option<String>,
    shown: Option<RwSignal<Language>>,
) -> Result<(), LoadError> {
    put_in_use(language, file, shown).await.map_err(|_| LoadError::PartNotLoaded)?.await
}
