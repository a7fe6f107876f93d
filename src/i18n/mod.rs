//! The panel's words (issue 28): every sentence a person reads comes from the message catalogue.
//! English is compiled in (`build.rs` makes [`Msg`] and [`Fmt`] from `locales/en/`); another
//! language is one hashed file fetched when it is chosen ([`load`]). Texts are plain calls, not
//! reactive closures: a language switch builds the panel's view again under the same stores
//! (`crate::app`), with what was typed carried over (`crate::form_memory`).

mod catalogue;
mod choice;
mod menu;
mod page_language;
mod start;
mod work;

pub use catalogue::{fetch_words, language, loaded, t, tf, use_english, use_words, FetchedWords, LoadError};
pub use choice::{catalogue_files, initial_language};
pub use menu::{LanguageMenu, Wording};
pub use plesk_i18n::compact::Arg;
pub use plesk_i18n::Language;
pub use start::start_then;
pub use work::Switched;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
