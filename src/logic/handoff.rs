//! Key hand-off from the embedding portal by `postMessage`: accepted only from origins on the
//! configured allow-list (exact match), only in the documented shape, kept in memory only.
//!
//! The shape: the panel posts `{"type": "plesk-key-panel:ready"}` to its parent (once it knows
//! its servers); the portal answers `{"type": "plesk-key-panel:key", "key": "<API key>"}` (the
//! server shown first), with `"server": "eu1"` for one server of a fleet, or with
//! `"keys": {"eu1": "<key>", "us1": "<key>"}` for several; the panel acknowledges with
//! `{"type": "plesk-key-panel:ack"}` once a key was accepted by its Plesk, or with
//! `{"type": "plesk-key-panel:error", "code": 1006, "message": "…"}` for each key refused (`code`:
//! Plesk's error code, `null` when Plesk could not be asked or the server is unknown). The portal
//! may send `{"type": "plesk-key-panel:settings", "theme": "dark" | "light", "language": "de"}` at
//! any time (either setting alone; a language the panel does not ship is ignored). While
//! embedded, the panel posts `{"type": "plesk-key-panel:resize", "height": 1234}` (CSS pixels)
//! whenever its height changes, so the portal can size the iframe without a scrollbar. Anything
//! else is ignored.

use plesk_i18n::Language;
use plesk_xmlapi::contract::{check_origin, is_credential_text, is_server_name};

/// `<meta name="plesk-key-handoff-origins" content="https://portal.example.com …">` (the contract's name).
pub use plesk_xmlapi::contract::meta::HANDOFF_ORIGINS as HANDOFF_META;
pub const READY: &str = "plesk-key-panel:ready";
pub const KEY: &str = "plesk-key-panel:key";
pub const ACK: &str = "plesk-key-panel:ack";
pub const ERROR: &str = "plesk-key-panel:error";
pub const SETTINGS: &str = "plesk-key-panel:settings";
pub const RESIZE: &str = "plesk-key-panel:resize";
/// The longest key accepted.
pub use plesk_xmlapi::limits::MAX_KEY_CHARS;
/// The most servers one message may hand keys to.
pub const MAX_SERVERS: usize = 256;

/// The allowed origins from the meta tag's content (space-separated), in lower case as browsers
/// report them; entries that are not origins by the contract's rule are dropped, as is `*`.
pub fn allowed_origins(content: Option<&str>) -> Vec<String> {
    content.unwrap_or("").split_whitespace().filter_map(|origin| check_origin(origin).ok()).collect()
}

/// Why a message was ignored (never shown with its content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    ForeignOrigin,
    NotFromParent,
    WrongShape,
}

/// The fields of a message, as read from its data (absent or not text: `None`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HandoffMessage {
    pub message_type: Option<String>,
    pub key: Option<String>,
    pub server: Option<String>,
    /// The `keys` object's entries (a value that is not text: `None`); `None` without `keys`.
    pub keys: Option<Vec<(String, Option<String>)>>,
    /// A settings message's `theme`.
    pub theme: Option<String>,
    /// A settings message's `language` (a tag such as `de` or `pt-BR`).
    pub language: Option<String>,
}

/// What a settings message asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PortalSettings {
    /// Dark (`true`) or light theme; `None`: as it is.
    pub dark: Option<bool>,
    /// The panel's language; `None`: as it is.
    pub language: Option<Language>,
}

/// The settings of an acceptable settings message: same origin and parent rules as a key.
pub fn accept_settings(
    origin: &str,
    allowed: &[String],
    from_parent: bool,
    message: &HandoffMessage,
) -> Result<PortalSettings, Ignored> {
    if !allowed.iter().any(|allowed| allowed == origin) {
        return Err(Ignored::ForeignOrigin);
    }
    if !from_parent {
        return Err(Ignored::NotFromParent);
    }
    if message.message_type.as_deref() != Some(SETTINGS) {
        return Err(Ignored::WrongShape);
    }
    let dark = match message.theme.as_deref() {
        None => None,
        Some("dark") => Some(true),
        Some("light") => Some(false),
        Some(_) => return Err(Ignored::WrongShape),
    };
    // `de-DE` is German; a language that does not ship is left out (the theme still counts).
    let language = message.language.as_deref().and_then(|tag| plesk_i18n::preferred([tag]));
    if dark.is_none() && language.is_none() {
        return Err(Ignored::WrongShape);
    }
    Ok(PortalSettings { dark, language })
}

/// What an acceptable message hands over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandedKeys {
    /// A key for the server shown first.
    Shown(String),
    /// Keys by server name.
    ForServers(Vec<(String, String)>),
}

/// A key as handed over: trimmed, then the contract's credential rule (visible ASCII, not too long).
fn valid_key(key: &str) -> Option<String> {
    let key = key.trim();
    is_credential_text(key).then(|| key.to_owned())
}

/// The keys of an acceptable hand-off message: from an allowed origin, from the parent frame,
/// in one of the documented shapes (every key and server name well-formed, or nothing).
pub fn accept_handoff(
    origin: &str,
    allowed: &[String],
    from_parent: bool,
    message: &HandoffMessage,
) -> Result<HandedKeys, Ignored> {
    if !allowed.iter().any(|allowed| allowed == origin) {
        return Err(Ignored::ForeignOrigin);
    }
    if !from_parent {
        return Err(Ignored::NotFromParent);
    }
    if message.message_type.as_deref() != Some(KEY) {
        return Err(Ignored::WrongShape);
    }
    match (&message.key, &message.server, &message.keys) {
        (Some(key), None, None) => valid_key(key).map(HandedKeys::Shown).ok_or(Ignored::WrongShape),
        (Some(key), Some(server), None) if is_server_name(server) => valid_key(key)
            .map(|key| HandedKeys::ForServers(vec![(server.clone(), key)]))
            .ok_or(Ignored::WrongShape),
        (None, None, Some(entries)) if !entries.is_empty() && entries.len() <= MAX_SERVERS => entries
            .iter()
            .map(|(server, key)| {
                let key = key.as_deref().and_then(valid_key)?;
                is_server_name(server).then(|| (server.clone(), key))
            })
            .collect::<Option<Vec<_>>>()
            .map(HandedKeys::ForServers)
            .ok_or(Ignored::WrongShape),
        _ => Err(Ignored::WrongShape),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept_key(
        origin: &str,
        allowed: &[String],
        from_parent: bool,
        message_type: Option<&str>,
        key: Option<&str>,
    ) -> Result<String, Ignored> {
        let message = HandoffMessage {
            message_type: message_type.map(str::to_owned),
            key: key.map(str::to_owned),
            ..HandoffMessage::default()
        };
        match accept_handoff(origin, allowed, from_parent, &message)? {
            HandedKeys::Shown(key) => Ok(key),
            HandedKeys::ForServers(_) => panic!("one key"),
        }
    }

    #[test]
    fn settings_set_the_theme_from_the_portal_only() {
        let allowed = allowed_origins(Some("https://portal.example.com"));
        let settings = |theme: &str| HandoffMessage {
            message_type: Some(SETTINGS.into()),
            theme: Some(theme.into()),
            ..HandoffMessage::default()
        };
        let portal = "https://portal.example.com";
        assert_eq!(
            accept_settings(portal, &allowed, true, &settings("dark")),
            Ok(PortalSettings { dark: Some(true), language: None })
        );
        assert_eq!(
            accept_settings(portal, &allowed, true, &settings("light")),
            Ok(PortalSettings { dark: Some(false), language: None })
        );
        let language = |tag: &str| HandoffMessage {
            message_type: Some(SETTINGS.into()),
            language: Some(tag.into()),
            ..HandoffMessage::default()
        };
        assert_eq!(
            accept_settings(portal, &allowed, true, &language("pt-BR")),
            Ok(PortalSettings { dark: None, language: Some(Language::PortugueseBrazil) })
        );
        assert_eq!(accept_settings(portal, &allowed, true, &language("tlh")), Err(Ignored::WrongShape));
        assert_eq!(
            accept_settings(portal, &allowed, true, &language("de-DE")),
            Ok(PortalSettings { dark: None, language: Some(Language::German) })
        );
        let both = HandoffMessage { theme: Some("dark".into()), ..language("tlh") };
        assert_eq!(
            accept_settings(portal, &allowed, true, &both),
            Ok(PortalSettings { dark: Some(true), language: None }),
            "an unknown language does not cost the theme"
        );
        let nothing = HandoffMessage { message_type: Some(SETTINGS.into()), ..HandoffMessage::default() };
        assert_eq!(accept_settings(portal, &allowed, true, &nothing), Err(Ignored::WrongShape));
        assert_eq!(accept_settings(portal, &allowed, true, &settings("pink")), Err(Ignored::WrongShape));
        assert_eq!(
            accept_settings("https://evil.example", &allowed, true, &settings("dark")),
            Err(Ignored::ForeignOrigin)
        );
        assert_eq!(accept_settings(portal, &allowed, false, &settings("dark")), Err(Ignored::NotFromParent));
        let key = HandoffMessage {
            message_type: Some(KEY.into()),
            key: Some("k".into()),
            ..HandoffMessage::default()
        };
        assert_eq!(accept_settings(portal, &allowed, true, &key), Err(Ignored::WrongShape));
    }

    #[test]
    fn keys_for_named_servers_in_either_shape() {
        let allowed = allowed_origins(Some("https://portal.example.com"));
        let accept =
            |message: HandoffMessage| accept_handoff("https://portal.example.com", &allowed, true, &message);
        let typed = |key: Option<&str>, server: Option<&str>, keys: Option<Vec<(&str, Option<&str>)>>| {
            HandoffMessage {
                message_type: Some(KEY.into()),
                key: key.map(str::to_owned),
                server: server.map(str::to_owned),
                keys: keys.map(|keys| {
                    keys.into_iter().map(|(s, k)| (s.to_owned(), k.map(str::to_owned))).collect()
                }),
                ..HandoffMessage::default()
            }
        };
        assert_eq!(
            accept(typed(Some(" k1 "), Some("eu1"), None)),
            Ok(HandedKeys::ForServers(vec![("eu1".into(), "k1".into())]))
        );
        assert_eq!(
            accept(typed(None, None, Some(vec![("eu1", Some("k1")), ("us-2", Some("k2"))]))),
            Ok(HandedKeys::ForServers(vec![("eu1".into(), "k1".into()), ("us-2".into(), "k2".into())]))
        );
        for wrong in [
            typed(Some("k"), Some("EU1"), None),
            typed(Some("k"), Some("../eu1"), None),
            typed(Some("k"), Some(""), None),
            typed(None, Some("eu1"), None),
            typed(Some("k"), None, Some(vec![("eu1", Some("k"))])),
            typed(None, None, Some(vec![])),
            typed(None, None, Some(vec![("eu1", Some("k1")), ("us1", None)])),
            typed(None, None, Some(vec![("eu1", Some("a b"))])),
            typed(None, None, Some(vec![("eu/1", Some("k"))])),
            typed(None, None, None),
        ] {
            assert_eq!(accept(wrong.clone()), Err(Ignored::WrongShape), "{wrong:?}");
        }
        let many: Vec<(String, Option<String>)> =
            (0..=MAX_SERVERS).map(|n| (format!("s{n}"), Some("k".to_owned()))).collect();
        let too_many = HandoffMessage { keys: Some(many), ..typed(None, None, None) };
        assert_eq!(accept(too_many), Err(Ignored::WrongShape));
        let foreign = typed(Some("k"), Some("eu1"), None);
        assert_eq!(
            accept_handoff("https://evil.example", &allowed, true, &foreign),
            Err(Ignored::ForeignOrigin)
        );
    }

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
        // Browsers report origins in lower case; the gateway's option writes them so too.
        let mixed = allowed_origins(Some("https://Portal.Example.com https://a_b.example"));
        assert_eq!(mixed, ["https://portal.example.com"]);
        assert_eq!(
            accept_key("https://portal.example.com", &mixed, true, Some(KEY), Some("k")),
            Ok("k".to_owned())
        );
    }
}
