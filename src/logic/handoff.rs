//! Key hand-off from the embedding portal by `postMessage`: accepted only from origins on the
//! configured allow-list (exact match), only in the documented shape, kept in memory only.
//!
//! The shape: the panel posts `{"type": "plesk-key-panel:ready"}` to its parent; the portal
//! answers `{"type": "plesk-key-panel:key", "key": "<API key>"}`; the panel acknowledges with
//! `{"type": "plesk-key-panel:ack"}`. Anything else is ignored.

/// `<meta name="plesk-key-handoff-origins" content="https://portal.example.com …">`.
pub const HANDOFF_META: &str = "plesk-key-handoff-origins";
pub const READY: &str = "plesk-key-panel:ready";
pub const KEY: &str = "plesk-key-panel:key";
pub const ACK: &str = "plesk-key-panel:ack";
/// The longest key accepted.
pub const MAX_KEY_CHARS: usize = 255;

/// The allowed origins from the meta tag's content (space-separated); invalid entries are
/// dropped, as is `*`.
pub fn allowed_origins(content: Option<&str>) -> Vec<String> {
    content
        .unwrap_or("")
        .split_whitespace()
        .map(|origin| origin.trim_end_matches('/'))
        .filter(|origin| {
            (origin.starts_with("https://") || origin.starts_with("http://"))
                && !origin.contains('*')
                && origin.split("://").nth(1).is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        })
        .map(str::to_owned)
        .collect()
}

/// Why a message was ignored (never shown with its content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    ForeignOrigin,
    NotFromParent,
    WrongShape,
}

/// The key of an acceptable hand-off message.
pub fn accept_key(
    origin: &str,
    allowed: &[String],
    from_parent: bool,
    message_type: Option<&str>,
    key: Option<&str>,
) -> Result<String, Ignored> {
    if !allowed.iter().any(|allowed| allowed == origin) {
        return Err(Ignored::ForeignOrigin);
    }
    if !from_parent {
        return Err(Ignored::NotFromParent);
    }
    match (message_type, key.map(str::trim)) {
        (Some(KEY), Some(key))
            if !key.is_empty()
                && key.chars().count() <= MAX_KEY_CHARS
                && key.chars().all(|c| c.is_ascii_graphic()) =>
        {
            Ok(key.to_owned())
        }
        _ => Err(Ignored::WrongShape),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_exact_allowed_origins_in_the_documented_shape() {
        let allowed =
            allowed_origins(Some("https://portal.example.com/ * https://*.evil.com http://127.0.0.1:9000"));
        assert_eq!(allowed, ["https://portal.example.com", "http://127.0.0.1:9000"]);
        let ok = accept_key("https://portal.example.com", &allowed, true, Some(KEY), Some(" abc-123 "));
        assert_eq!(ok, Ok("abc-123".to_owned()));
        assert_eq!(
            accept_key("https://evil.example.com", &allowed, true, Some(KEY), Some("k")),
            Err(Ignored::ForeignOrigin)
        );
        assert_eq!(
            accept_key("https://portal.example.com.evil", &allowed, true, Some(KEY), Some("k")),
            Err(Ignored::ForeignOrigin)
        );
        assert_eq!(
            accept_key("https://portal.example.com", &allowed, false, Some(KEY), Some("k")),
            Err(Ignored::NotFromParent)
        );
        assert_eq!(
            accept_key("https://portal.example.com", &allowed, true, Some("other"), Some("k")),
            Err(Ignored::WrongShape)
        );
        assert_eq!(
            accept_key("https://portal.example.com", &allowed, true, Some(KEY), Some("a\nb")),
            Err(Ignored::WrongShape)
        );
        assert!(allowed_origins(None).is_empty());
    }
}
