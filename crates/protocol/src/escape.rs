//! Escaping for text written into packets.

use std::borrow::Cow;

/// Escapes `< > & ' "` (quick-xml) and writes CR as `&#13;`, which a parser would otherwise
/// normalise to LF: the value survives the round trip byte for byte.
pub(crate) fn escape_text(raw: &str) -> Cow<'_, str> {
    // Fast path: most values (IDs, addresses, logins) need no escaping at all.
    if !raw.bytes().any(|b| matches!(b, b'<' | b'>' | b'&' | b'\'' | b'"' | b'\r')) {
        return Cow::Borrowed(raw);
    }
    let escaped = quick_xml::escape::escape(raw);
    if escaped.contains('\r') {
        Cow::Owned(escaped.replace('\r', "&#13;"))
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::escape_text;

    #[test]
    fn escapes_markup_and_carriage_returns() {
        assert_eq!(escape_text("a<b>&\"'\r\n]]>"), "a&lt;b&gt;&amp;&quot;&apos;&#13;\n]]&gt;");
        assert_eq!(escape_text("plain"), "plain");
    }
}
