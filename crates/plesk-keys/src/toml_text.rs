//! What the TOML files `serve` reads have in common (the config file, the servers file, its
//! `[sign-in]` and `[[access]]` tables): every problem names its line, values are read as the
//! same kinds of text.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The 1-based line of a byte offset of `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

/// `text` read as TOML, with spans; the error starts with " line N: " (or ": ").
pub fn parse(text: &str) -> Result<Spanned<DeTable<'_>>, String> {
    DeTable::parse(text).map_err(|error| {
        let line =
            error.span().map(|span| format!(" line {}", line_of(text, span.start))).unwrap_or_default();
        format!("{line}: not valid TOML: {}", error.message())
    })
}

/// A value that must be a string in quotes.
pub fn string(value: &DeValue<'_>) -> Result<String, String> {
    match value {
        DeValue::String(text) => Ok(text.to_string()),
        _ => Err("give a string in quotes".into()),
    }
}
