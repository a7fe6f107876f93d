//! Text from Plesk as a person must see it: characters that are invisible, or that would reorder
//! the text around them, are shown as `⟨U+XXXX⟩` so `admin` and `admin` + a zero-width space never
//! look alike, and a right-to-left override in a description cannot turn a sentence around.
//!
//! (The protocol crate is getting a shared escape rule for the CLI and the audit; the panel will
//! use that one once it lands.)

use std::borrow::Cow;

/// Whether `c` is shown as `⟨U+XXXX⟩`: controls (C0 but the space, DEL, C1), line and paragraph
/// separators, spaces other than U+0020, zero-width and joiner characters, bidi marks, embeddings,
/// overrides and isolates, invisible operators, fillers, the BOM, variation selectors and tags.
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{a0}' | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}'
        | '\u{1680}' | '\u{17b4}' | '\u{17b5}' | '\u{180b}'..='\u{180f}' | '\u{2000}'..='\u{200f}'
        | '\u{2028}'..='\u{202f}' | '\u{205f}'..='\u{206f}' | '\u{2800}' | '\u{3000}' | '\u{3164}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// `text` with every [hidden](is_hidden) character written out as `⟨U+XXXX⟩`; borrowed when
/// there is none (the usual case: no copy).
pub fn visible_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hidden(c) {
            shown.push_str(&format!("⟨U+{:04X}⟩", u32::from(c)));
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::visible_text;
    use std::borrow::Cow;

    #[test]
    fn invisible_and_reordering_characters_are_shown() {
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
        let shown: Vec<String> = texts.iter().map(|text| visible_text(text).into_owned()).collect();
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
            assert!(matches!(visible_text(clean), Cow::Borrowed(text) if text == clean), "{clean:?}");
        }
    }
}
