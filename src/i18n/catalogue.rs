//! The catalogue in use: English's (compiled in) until another language is loaded. One per tab,
//! read by plain calls ([`t`], [`tf`]).

use std::cell::RefCell;

use plesk_i18n::compact::{self, Arg, Locale};
use plesk_i18n::{Direction, Language};

use super::{Fmt, Msg, ENGLISH, MESSAGE_COUNT};

/// How a language formats: the browser's `Intl` in the panel, English's rules natively.
#[cfg(target_arch = "wasm32")]
struct Rules {
    tag: &'static str,
    plural: js_sys::Intl::PluralRules,
    isolate: bool,
}

#[cfg(target_arch = "wasm32")]
impl Rules {
    fn new(language: Language) -> Rules {
        let locales = js_sys::Array::of1(&language.tag().into());
        Rules {
            tag: language.tag(),
            plural: js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new()),
            isolate: language.direction() == Direction::RightToLeft,
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl Locale for Rules {
    fn plural_category(&self, number: f64) -> &'static str {
        let category = String::from(self.plural.select(number));
        ["zero", "one", "two", "few", "many"].into_iter().find(|name| *name == category).unwrap_or("other")
    }

    fn number(&self, number: f64) -> String {
        js_sys::Number::from(number).to_locale_string(self.tag).into()
    }

    fn isolates_values(&self) -> bool {
        self.isolate
    }
}

#[cfg(not(target_arch = "wasm32"))]
struct Rules(Language);

#[cfg(not(target_arch = "wasm32"))]
impl Rules {
    fn new(language: Language) -> Rules {
        Rules(language)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Locale for Rules {
    fn plural_category(&self, number: f64) -> &'static str {
        compact::EnglishRules.plural_category(number)
    }

    fn number(&self, number: f64) -> String {
        compact::EnglishRules.number(number)
    }

    fn isolates_values(&self) -> bool {
        self.0.direction() == Direction::RightToLeft
    }
}

struct Words {
    language: Language,
    records: Vec<&'static str>,
    rules: Rules,
}

impl Words {
    fn english() -> Words {
        Words {
            language: Language::English,
            records: compact::records(ENGLISH).collect(),
            rules: Rules::new(Language::English),
        }
    }
}

thread_local! {
    static WORDS: RefCell<Words> = RefCell::new(Words::english());
    /// The catalogues fetched in this tab (a language chosen again is not fetched again).
    static FETCHED: RefCell<Vec<(Language, &'static str)>> = const { RefCell::new(Vec::new()) };
}

fn record(index: u16) -> &'static str {
    WORDS.with_borrow(|words| words.records.get(usize::from(index)).copied().unwrap_or(""))
}

/// A message shown as it is.
pub fn t(message: Msg) -> &'static str {
    record(message as u16)
}

/// A message with its placeholders filled in.
pub fn tf(message: Fmt, args: &[(&str, Arg)]) -> String {
    let text = record(message as u16);
    WORDS.with_borrow(|words| compact::format(text, args, &words.rules))
}

/// The language of the words in use.
pub fn language() -> Language {
    WORDS.with_borrow(|words| words.language)
}

/// Why a language's catalogue could not be used (English stays).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotShipped,
    Fetch(String),
    Mismatch,
    /// The part of the panel that puts another language in use could not be fetched.
    PartNotLoaded,
}

impl LoadError {
    /// In the words of the language still in use.
    pub fn text(&self) -> String {
        match self {
            LoadError::NotShipped => t(Msg::LanguageNotShipped).to_owned(),
            LoadError::Fetch(detail) => tf(Fmt::LanguageNotFetched, &[("detail", detail.into())]),
            LoadError::Mismatch => t(Msg::LanguageMismatch).to_owned(),
            LoadError::PartNotLoaded => t(Msg::PartNotLoaded).to_owned(),
        }
    }
}

/// Puts a catalogue in use (English's without fetching).
fn install(language: Language, catalogue: &'static str) -> Result<(), LoadError> {
    let records: Vec<&'static str> = compact::records(catalogue).collect();
    if records.len() != MESSAGE_COUNT {
        return Err(LoadError::Mismatch);
    }
    WORDS.set(Words { language, records, rules: Rules::new(language) });
    Ok(())
}

/// Whether this language's words can be put in use without fetching.
pub fn loaded(language: Language) -> bool {
    language == Language::English
        || FETCHED.with_borrow(|fetched| fetched.iter().any(|(l, _)| *l == language))
}

/// Puts English's words (compiled in) in use.
pub fn use_english() {
    WORDS.set(Words::english());
}

/// A language's words, ready to be put in use ([`use_words`]).
pub struct FetchedWords {
    language: Language,
    /// `None` for English (compiled in).
    catalogue: Option<&'static str>,
}

/// Fetches a language's words (English's and a language fetched before in this tab: at once)
/// without putting them in use. `file` is relative to the page.
pub async fn fetch_words(language: Language, file: Option<&str>) -> Result<FetchedWords, LoadError> {
    if language == Language::English {
        return Ok(FetchedWords { language, catalogue: None });
    }
    if let Some(catalogue) =
        FETCHED.with_borrow(|fetched| fetched.iter().find(|(l, _)| *l == language).map(|(_, c)| *c))
    {
        return Ok(FetchedWords { language, catalogue: Some(catalogue) });
    }
    let file = file.ok_or(LoadError::NotShipped)?;
    let text = fetch(file).await?;
    // A file of another panel's build is refused (and fetched again if chosen again).
    if compact::records(&text).count() != MESSAGE_COUNT {
        return Err(LoadError::Mismatch);
    }
    // Kept for the tab's life (at most one per language): the panel's texts borrow from it.
    let catalogue: &'static str = Box::leak(text.into_boxed_str());
    FETCHED.with_borrow_mut(|fetched| fetched.push((language, catalogue)));
    Ok(FetchedWords { language, catalogue: Some(catalogue) })
}

/// Puts fetched words in use.
pub fn use_words(words: FetchedWords) -> Result<(), LoadError> {
    match words.catalogue {
        None => {
            use_english();
            Ok(())
        }
        Some(catalogue) => install(words.language, catalogue),
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch(file: &str) -> Result<String, LoadError> {
    let response =
        gloo_net::http::Request::get(file).send().await.map_err(|e| LoadError::Fetch(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Fetch(format!("HTTP {}", response.status())));
    }
    response.text().await.map_err(|e| LoadError::Fetch(e.to_string()))
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch(file: &str) -> Result<String, LoadError> {
    Err(LoadError::Fetch(format!("{file}: no browser")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_has_every_message() {
        assert_eq!(compact::records(ENGLISH).count(), MESSAGE_COUNT);
        assert_eq!(language(), Language::English);
    }

    #[test]
    fn a_catalogue_of_another_panel_is_refused() {
        assert_eq!(install(Language::German, "eins\u{1e}zwei"), Err(LoadError::Mismatch));
        assert_eq!(language(), Language::English);
    }
}
