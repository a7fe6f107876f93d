//! Text that can travel inside a packet: only XML 1.0 `Char`s, bounded length.

use std::fmt;

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

#[cfg(test)]
mod tests {
    use super::*;

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
