//! Text that may hold a secret key, made safe to quote: every run of characters shaped like a
//! key (or a fragment of one) replaced by [`REDACTED`]. Error messages, quoted bodies and
//! Plesk's error texts all go through [`redact_key_shapes`].

use crate::contract::is_key_id;

/// What stands in for a key value.
pub const REDACTED: &str = "[redacted key]";

/// The shortest run of letters, digits, `-` and `_` mixing letters and digits that is taken
/// for a key (Plesk's keys are UUIDs, 36 characters; fragments of one are secret too).
const KEY_SHAPED_CHARS: usize = 12;

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

fn is_key_shaped(token: &str) -> bool {
    token.chars().count() >= KEY_SHAPED_CHARS
        && token.bytes().any(|b| b.is_ascii_digit())
        && token.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Text quoted from an unreadable answer (an error message's snippet), with anything that may
/// be a key replaced by [`REDACTED`]: the text of a `<key>` element unless it is a numeric ID,
/// and every run of letters and digits long enough to be a key or a fragment of one.
pub fn redact_key_shapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| is_token_char(c)) {
        let (before, from_token) = rest.split_at(start);
        out.push_str(before);
        let end = from_token.find(|c: char| !is_token_char(c)).unwrap_or(from_token.len());
        let (token, after) = from_token.split_at(end);
        let in_key_element = out.ends_with("<key>");
        if is_key_shaped(token) || (in_key_element && !is_key_id(token)) {
            out.push_str(REDACTED);
        } else {
            out.push_str(token);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_shaped_text_is_redacted_from_quotes() {
        let table = [
            ("<key>e4b01d73-7368-64a6-0515-9fa8fc1d3a78</key>", "<key>[redacted key]</key>"),
            ("<key>e4b0", "<key>[redacted key]"),
            ("<key>17</key>", "<key>17</key>"),
            ("…7368-64a6-0515-9fa8fc1d3a78</key></result>", "…[redacted key]</key></result>"),
            ("key=0f0e0d0c-admin-key-for-tests;", "key=[redacted key];"),
            ("502 Bad Gateway: nginx/1.22.1", "502 Bad Gateway: nginx/1.22.1"),
            ("Protocol version 1.6.9.1 authentication", "Protocol version 1.6.9.1 authentication"),
        ];
        for (text, expected) in table {
            assert_eq!(redact_key_shapes(text), expected, "{text:?}");
        }
    }
}
