//! Text that can travel inside a packet (only XML 1.0 `Char`s, bounded length), and text from
//! Plesk made visible and safe to show (no control, bidi or invisible character acts unseen).

use std::borrow::Cow;
use std::fmt;
use std::fmt::Write as _;

/// Which field a piece of text belongs to, so errors can name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Description,
    Login,
    Key,
    IpAddresses,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextField::Description => "description",
            TextField::Login => "owner login",
            TextField::Key => "key",
            TextField::IpAddresses => "IP address list",
        })
    }
}

/// Why a piece of text cannot be put into a packet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error(
        "The {field} contains a character XML cannot carry (U+{code:04X} at position {position}); remove it."
    )]
    ForbiddenCharacter { field: TextField, code: u32, position: usize },
    #[error("The {field} is {length} characters long; at most {max} are allowed.")]
    TooLong { field: TextField, length: usize, max: usize },
    #[error("The {field} is empty.")]
    Empty { field: TextField },
}

/// A string that is valid XML 1.0 character data and within its field's length bound.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SafeText(String);

impl SafeText {
    /// Checks `value` for the given field: XML 1.0 characters only, at most `max_chars`.
    pub fn new(field: TextField, value: &str, max_chars: usize) -> Result<Self, TextError> {
        check_xml_chars(field, value)?;
        let length = value.chars().count();
        if length > max_chars {
            return Err(TextError::TooLong { field, length, max: max_chars });
        }
        Ok(SafeText(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SafeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for SafeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn check_xml_chars(field: TextField, value: &str) -> Result<(), TextError> {
    match value.chars().enumerate().find(|(_, c)| !is_xml_char(*c)) {
        Some((position, c)) => {
            Err(TextError::ForbiddenCharacter { field, code: c as u32, position: position + 1 })
        }
        None => Ok(()),
    }
}

/// True for a character that must not reach a terminal or a page as it is, because it is
/// invisible or reorders the text around it: controls (C0 — CR/LF/TAB included —, DEL, C1),
/// line and paragraph separators, spaces other than U+0020 (NBSP, U+2000–200A, U+3000, …),
/// zero-width and joiner characters, bidi marks, embeddings, overrides and isolates (U+202A–202E,
/// U+2066–2069, U+200E/200F, U+061C), invisible operators, fillers, the BOM, variation selectors
/// and tags. One rule for the panel (`⟨U+XXXX⟩`), the CLI (`\u{…}`) and CSV export.
pub fn is_hidden_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{a0}' | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}'
        | '\u{1680}' | '\u{17b4}' | '\u{17b5}' | '\u{180b}'..='\u{180f}' | '\u{2000}'..='\u{200f}'
        | '\u{2028}'..='\u{202f}' | '\u{205f}'..='\u{206f}' | '\u{2800}' | '\u{3000}' | '\u{3164}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// How [`visible_escapes`] writes a hidden character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EscapeNotation {
    /// Rust's escapes, for terminals: `\t`, `\r`, `\n`, `\u{1b}`, `\u{202e}`.
    Backslash,
    /// For people reading a page: `⟨U+202E⟩`, `⟨U+000A⟩`.
    Angle,
}

/// Plesk-sent text made visible and safe to show: every [`is_hidden_char`] written as an escape
/// in `notation`; everything else as it is. The one rule for the panel, the CLI and any report.
pub fn visible_escapes(text: &str, notation: EscapeNotation) -> Cow<'_, str> {
    if !text.chars().any(is_hidden_char) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !is_hidden_char(c) {
            shown.push(c);
            continue;
        }
        match notation {
            EscapeNotation::Backslash => shown.extend(c.escape_default()),
            EscapeNotation::Angle => {
                let _ = write!(shown, "⟨U+{:04X}⟩", u32::from(c));
            }
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_and_reordering_characters_are_shown_in_angles() {
        let texts = [
            "admin\u{200b}",
            "CI \u{202e}1 yek",
            "a\u{2066}b\u{2069}",
            "x\u{feff}",
            "line\nbreak\r\t",
            "\u{1b}[2J\u{9b}",
            "no\u{a0}break wide\u{3000}space",
            "soft\u{ad}hyphen tag\u{e0041}",
        ];
        let shown: Vec<String> =
            texts.iter().map(|text| visible_escapes(text, EscapeNotation::Angle).into_owned()).collect();
        assert_eq!(
            shown,
            [
                "admin⟨U+200B⟩",
                "CI ⟨U+202E⟩1 yek",
                "a⟨U+2066⟩b⟨U+2069⟩",
                "x⟨U+FEFF⟩",
                "line⟨U+000A⟩break⟨U+000D⟩⟨U+0009⟩",
                "⟨U+001B⟩[2J⟨U+009B⟩",
                "no⟨U+00A0⟩break wide⟨U+3000⟩space",
                "soft⟨U+00AD⟩hyphen tag⟨U+E0041⟩",
            ]
        );
        for clean in ["admin", "", "a b", "עברית and العربية, Ünïcödé, 日本語"] {
            let shown = visible_escapes(clean, EscapeNotation::Angle);
            assert!(matches!(shown, Cow::Borrowed(text) if text == clean), "{clean:?}");
        }
    }

    #[test]
    fn hidden_characters_are_shown_as_escapes() {
        let hostile = "abc\u{9b}2J\rus1=\u{202e}FAKE\nx\u{200b}\u{feff}\u{2066}\u{61c}\u{1b}\t";
        assert_eq!(
            visible_escapes(hostile, EscapeNotation::Backslash),
            "abc\\u{9b}2J\\rus1=\\u{202e}FAKE\\nx\\u{200b}\\u{feff}\\u{2066}\\u{61c}\\u{1b}\\t"
        );
        assert_eq!(visible_escapes("admin\u{200b}", EscapeNotation::Angle), "admin⟨U+200B⟩");
        assert_eq!(visible_escapes("a\u{202e}b\n", EscapeNotation::Angle), "a⟨U+202E⟩b⟨U+000A⟩");
        for plain in ["Frankfurt 1 — ключ 🔑 <&>", "", "é"] {
            assert!(matches!(visible_escapes(plain, EscapeNotation::Angle), Cow::Borrowed(_)), "{plain}");
        }
        for c in ['\u{202a}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{200d}', '\u{2060}', '\u{7f}', '\u{85}']
        {
            assert!(is_hidden_char(c), "{c:?}");
        }
        assert!(
            !is_hidden_char(' ') && !is_hidden_char('é') && is_hidden_char('\u{3000}'),
            "a wide space is shown"
        );
    }

    #[test]
    fn accepts_markup_characters_and_emoji() {
        let text = SafeText::new(TextField::Description, "<a> & ]]> \"' 🔑\r\n\t", 100);
        assert_eq!(text.map(|t| t.0), Ok("<a> & ]]> \"' 🔑\r\n\t".to_owned()));
    }

    #[test]
    fn refuses_control_characters_and_nonchars() {
        for (value, code) in [("a\u{1}b", 1), ("\u{FFFE}", 0xFFFE), ("x\u{FFFF}", 0xFFFF), ("\u{0}", 0)] {
            let err = SafeText::new(TextField::Login, value, 10).unwrap_err();
            assert!(matches!(err, TextError::ForbiddenCharacter { code: c, .. } if c == code), "{value:?}");
        }
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert!(SafeText::new(TextField::Login, "ééé", 3).is_ok());
        assert_eq!(
            SafeText::new(TextField::Login, "éééé", 3),
            Err(TextError::TooLong { field: TextField::Login, length: 4, max: 3 })
        );
    }
}
