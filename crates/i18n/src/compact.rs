//! The panel's form of a catalogue: every message of a language in English's order, one record
//! each, as the panel compiles English in and fetches another language (one small file). Reading
//! it and formatting a message need no parser of Fluent in the browser: `cargo xtask dist` and the
//! panel's build script write it from the `.ftl` files (see `compile`, feature `compile`).
//!
//! The form: records separated by [`RECORD`]. A record without placeholders is the message's text
//! as it is (shown without any processing). A record that starts with [`FORMATTED`] is a pattern:
//! text with `\\`, `\{`, `\}` and `\|` escaped, `{name}` for a placeholder, and
//! `{name|one=…|few=…|*other=…}` for a select on a placeholder (keys are CLDR plural categories,
//! whole numbers or words; `*` marks the default variant; variants nest).

/// Separates two messages.
pub const RECORD: char = '\u{1e}';
/// Starts a message that has placeholders.
pub const FORMATTED: char = '\u{1f}';

/// A value given to a message's placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg<'_> {
    fn from(number: usize) -> Self {
        Arg::Number(number as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(number: u32) -> Self {
        Arg::Number(f64::from(number))
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Arg::Number(number as f64)
    }
}

/// What formatting needs from the language: its plural category of a number (`one`, `few`, …,
/// as CLDR names them), how it writes a number, and whether values are isolated from the
/// sentence's direction (right-to-left languages: U+2068 … U+2069 around each value).
pub trait Locale {
    fn plural_category(&self, number: f64) -> &'static str;
    fn number(&self, number: f64) -> String;
    fn isolates_values(&self) -> bool {
        false
    }
}

/// English's rules without a browser (the panel's native tests, the CLI's fallback).
pub struct EnglishRules;

impl Locale for EnglishRules {
    fn plural_category(&self, number: f64) -> &'static str {
        if number == 1.0 {
            "one"
        } else {
            "other"
        }
    }

    fn number(&self, number: f64) -> String {
        number.to_string()
    }
}

/// The records of a catalogue in the compact form (as many as it has messages).
pub fn records(catalogue: &str) -> impl Iterator<Item = &str> {
    catalogue.split(RECORD)
}

/// Whether a record is shown as it is (it has no placeholder).
pub fn is_plain(record: &str) -> bool {
    !record.starts_with(FORMATTED)
}

/// A record with its placeholders filled in. A placeholder given no value shows as `{$name}`,
/// as Fluent shows it; a select without a matching variant takes its default.
pub fn format(record: &str, args: &[(&str, Arg)], locale: &dyn Locale) -> String {
    let Some(pattern) = record.strip_prefix(FORMATTED) else {
        return record.to_owned();
    };
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    write_pattern(&mut rest, args, locale, &mut out, false);
    out
}

/// Writes text up to the end of `rest` (or, inside a variant, up to its closing `|` or `}`).
fn write_pattern(rest: &mut &str, args: &[(&str, Arg)], locale: &dyn Locale, out: &mut String, nested: bool) {
    while let Some(c) = rest.chars().next() {
        match c {
            '\\' => {
                let mut chars = rest[1..].chars();
                if let Some(escaped) = chars.next() {
                    out.push(escaped);
                }
                *rest = chars.as_str();
            }
            '{' => {
                *rest = &rest[1..];
                write_placeable(rest, args, locale, out);
            }
            '|' | '}' if nested => return,
            _ => {
                out.push(c);
                *rest = &rest[c.len_utf8()..];
            }
        }
    }
}

/// Skips a variant's text (an unchosen variant), nested placeables included.
fn skip_pattern(rest: &mut &str) {
    let mut depth = 0usize;
    while let Some(c) = rest.chars().next() {
        match c {
            '\\' => {
                let mut chars = rest[1..].chars();
                chars.next();
                *rest = chars.as_str();
                continue;
            }
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            '|' | '}' if depth == 0 => return,
            _ => {}
        }
        *rest = &rest[c.len_utf8()..];
    }
}

/// After a `{`: a placeholder `name}` or a select `name|key=…|*key=…}`.
fn write_placeable(rest: &mut &str, args: &[(&str, Arg)], locale: &dyn Locale, out: &mut String) {
    let end = rest.find(['|', '}']).unwrap_or(rest.len());
    let name = &rest[..end];
    *rest = &rest[end..];
    let value = args.iter().find(|(arg, _)| *arg == name).map(|(_, value)| value);
    if let Some(variants) = rest.strip_prefix('|') {
        *rest = variants;
        write_select(rest, value, args, locale, out);
        return;
    }
    *rest = rest.strip_prefix('}').unwrap_or(rest);
    let isolate = locale.isolates_values();
    if isolate {
        out.push('\u{2068}');
    }
    match value {
        Some(Arg::Text(text)) => out.push_str(text),
        Some(Arg::Number(number)) => out.push_str(&locale.number(*number)),
        None => {
            out.push_str("{$");
            out.push_str(name);
            out.push('}');
        }
    }
    if isolate {
        out.push('\u{2069}');
    }
}

/// The variants of a select: the first whose key matches the value (a number's own value first,
/// then its plural category), otherwise the default.
fn write_select(
    rest: &mut &str,
    value: Option<&Arg>,
    args: &[(&str, Arg)],
    locale: &dyn Locale,
    out: &mut String,
) {
    let category = match value {
        Some(Arg::Number(number)) => Some(locale.plural_category(*number)),
        _ => None,
    };
    let matches = |key: &str| match value {
        // Whole-number keys only (`[0]`, `[1]`): parsing floats would pull ~15 kB of tables into
        // the panel's wasm.
        Some(Arg::Number(number)) => key.parse::<i64>().is_ok_and(|k| k as f64 == *number),
        Some(Arg::Text(text)) => key == *text,
        None => false,
    };
    // The variants in order; the chosen one is written when the select ends.
    let mut chosen: Option<&str> = None;
    let mut by_category: Option<&str> = None;
    let mut default: Option<&str> = None;
    loop {
        let end = rest.find('=').unwrap_or(rest.len());
        let key = &rest[..end];
        *rest = rest.get(end + 1..).unwrap_or("");
        let body_start = *rest;
        skip_pattern(rest);
        let body = &body_start[..body_start.len() - rest.len()];
        let (is_default, key) = match key.strip_prefix('*') {
            Some(key) => (true, key),
            None => (false, key),
        };
        if chosen.is_none() && matches(key) {
            chosen = Some(body);
        }
        if by_category.is_none() && category == Some(key) {
            by_category = Some(body);
        }
        if is_default {
            default = Some(body);
        }
        match rest.chars().next() {
            Some('|') => *rest = &rest[1..],
            Some('}') => {
                *rest = &rest[1..];
                break;
            }
            _ => break,
        }
    }
    if let Some(mut body) = chosen.or(by_category).or(default) {
        write_pattern(&mut body, args, locale, out, true);
    }
}

#[cfg(feature = "compile")]
pub use compile::{compile, message_ids, panel_sources, CompileError};

#[cfg(feature = "compile")]
mod compile;

#[cfg(test)]
mod tests {
    use super::*;

    fn record(pattern: &str) -> String {
        format!("{FORMATTED}{pattern}")
    }

    #[test]
    fn a_plain_record_is_its_text() {
        assert!(is_plain("Log out {not a placeholder}"));
        assert_eq!(format("Log out", &[], &EnglishRules), "Log out");
    }

    #[test]
    fn placeholders_selects_and_escapes() {
        let keys = record("{count|0=No keys|one=One key|*other={count} keys} on \\{{host}\\}");
        let text =
            |n: f64| format(&keys, &[("count", Arg::Number(n)), ("host", Arg::Text("a|b"))], &EnglishRules);
        assert_eq!(text(0.0), "No keys on {a|b}");
        assert_eq!(text(1.0), "One key on {a|b}");
        assert_eq!(text(7.0), "7 keys on {a|b}");
        assert_eq!(format(&record("Hi {who}"), &[], &EnglishRules), "Hi {$who}");
        let by_word = record("{kind|admin=The administrator|*other=A customer {who}}.");
        assert_eq!(format(&by_word, &[("kind", "admin".into())], &EnglishRules), "The administrator.");
        assert_eq!(
            format(&by_word, &[("kind", "x".into()), ("who", "bo".into())], &EnglishRules),
            "A customer bo."
        );
    }

    #[test]
    fn records_split_on_the_separator() {
        let catalogue = format!("One{RECORD}{FORMATTED}Two {{n}}{RECORD}Three");
        assert_eq!(records(&catalogue).count(), 3);
    }
}
