//! Text from Plesk as a person must see it: characters that are invisible, or that would reorder
//! the text around them, are shown as `⟨U+XXXX⟩` so `admin` and `admin` + a zero-width space never
//! look alike, and a right-to-left override in a description cannot turn a sentence around. The
//! rule is the protocol crate's (`plesk_xmlapi::visible_escapes`), shared with the CLI and tested there.

use std::borrow::Cow;

use plesk_xmlapi::{visible_escapes, EscapeNotation};

pub use plesk_xmlapi::is_hidden_char as is_hidden;

/// `text` with every hidden character written out as `⟨U+XXXX⟩`; borrowed when there is none.
pub fn visible_text(text: &str) -> Cow<'_, str> {
    visible_escapes(text, EscapeNotation::Angle)
}
