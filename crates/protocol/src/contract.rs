//! The rules the panel, the gateway and the CLI share, each written once and tested here:
//! what a server name is, the agent paths, the page's `<meta>` names, Plesk's header names,
//! "is this a key ID", what an origin is, and what a new key looks like. Pure: no I/O.

use crate::limits::MAX_KEY_CHARS;

pub use crate::credential::{KEY_HEADER, LOGIN_HEADER, PASSWORD_HEADER, PRETTY_PRINT_HEADER};

/// The agent path of every Plesk server, relative to its base URL.
pub const AGENT_PATH: &str = "/enterprise/control/agent.php";

/// [`AGENT_PATH`] without its leading `/`: relative to a page (the panel's default endpoint,
/// which keeps a panel served under a sub-path talking to that sub-path) or to a base ending in `/`.
pub const RELATIVE_AGENT_PATH: &str = "enterprise/control/agent.php";

/// The longest server name: it is a path segment and an environment variable's suffix.
pub const MAX_SERVER_NAME_CHARS: usize = 63;

/// Why a text is not a server name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ServerNameError {
    #[error("a server name cannot be empty")]
    Empty,
    #[error("a server name has at most {max} characters, this one {length}")]
    TooLong { length: usize, max: usize },
    #[error("a server name holds only a-z, 0-9 and -, not {shown}")]
    Character { shown: String },
    #[error("a server name cannot start or end with -")]
    EdgeHyphen,
}

/// A server name (`servers.json`, a servers file, a hand-off message, `--server`): 1 to
/// [`MAX_SERVER_NAME_CHARS`] of `a-z`, `0-9` and `-`, not starting or ending with `-` (a
/// DNS-label-like path segment; the servers file has always refused edge hyphens).
pub fn check_server_name(name: &str) -> Result<(), ServerNameError> {
    if name.is_empty() {
        return Err(ServerNameError::Empty);
    }
    let length = name.chars().count();
    if length > MAX_SERVER_NAME_CHARS {
        return Err(ServerNameError::TooLong { length, max: MAX_SERVER_NAME_CHARS });
    }
    if let Some(bad) = name.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
        return Err(ServerNameError::Character { shown: format!("{:?}", bad) });
    }
    if name.starts_with('-') || name.ends_with('-') {
        return Err(ServerNameError::EdgeHyphen);
    }
    Ok(())
}

/// [`check_server_name`] as a yes or no.
pub fn is_server_name(name: &str) -> bool {
    check_server_name(name).is_ok()
}

/// The agent path of server `name` of a fleet, relative to the gateway's base (which ends in
/// `/`): `servers/NAME/enterprise/control/agent.php`.
pub fn server_agent_path(name: &str) -> String {
    format!("servers/{name}/{RELATIVE_AGENT_PATH}")
}

/// Which server a gateway's agent URL path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentTarget<'a> {
    /// The bare `/enterprise/control/agent.php`: the first server.
    Default,
    /// `/servers/NAME/enterprise/control/agent.php`. `NAME` is as found in the path: a text
    /// that is no server name matches no server (404).
    Named(&'a str),
}

/// The server an absolute URL path names, if it is an agent path at all.
pub fn agent_target(path: &str) -> Option<AgentTarget<'_>> {
    if path == AGENT_PATH {
        return Some(AgentTarget::Default);
    }
    path.strip_prefix("/servers/").and_then(|rest| rest.strip_suffix(AGENT_PATH)).map(AgentTarget::Named)
}

/// In the signed-in mode, the person, their servers and scope, relative to the page (JSON).
pub const SESSION_FILE: &str = "session.json";

/// The `<meta name=…>` tags of `index.html` that configure the panel (written by `serve`, read
/// by the panel).
/// The header `serve` puts on a refusal that people see (signed-in mode, a foreign origin): its
/// code, so the panel says it in the person's language instead of showing the English body.
pub const REFUSAL_HEADER: &str = "x-plesk-keys-refusal";

/// The codes of [`REFUSAL_HEADER`].
pub mod refusal {
    pub const NOT_SIGNED_IN: &str = "not-signed-in";
    pub const SESSION_ENDED: &str = "session-ended";
    pub const IDENTITY_REFUSED: &str = "identity-refused";
    pub const CROSS_SITE: &str = "cross-site";
    pub const SERVER_OUT_OF_SCOPE: &str = "server-out-of-scope";
    pub const FOREIGN_ORIGIN: &str = "foreign-origin";
}

/// How a person's language reaches `serve`'s static form (the page shown before the wasm), in the
/// order the panel chooses: a link's query parameter, then the choice made in the language menu
/// (the panel keeps it in `localStorage` and in this cookie), then `Accept-Language`.
pub mod language {
    /// The query parameter of a link that opens the panel in a language: `?lang=de`.
    pub const QUERY: &str = "lang";
    /// The cookie the panel sets when a language is chosen in its menu (not a secret).
    pub const COOKIE: &str = "pkp-language";
}

pub mod meta {
    /// Where the panel sends packets: a path relative to the page or an http(s) URL.
    pub const AGENT_ENDPOINT: &str = "plesk-agent-endpoint";
    /// Portal origins allowed to hand over a key by `postMessage`, space-separated.
    pub const HANDOFF_ORIGINS: &str = "plesk-key-handoff-origins";
    /// Seconds without input before the panel logs out.
    pub const IDLE_TIMEOUT: &str = "plesk-idle-timeout";
    /// [`COMPACT_LAYOUT`] for narrow frames; anything else is the default layout.
    pub const LAYOUT: &str = "plesk-layout";
    /// The value of [`LAYOUT`] that asks for the compact layout.
    pub const COMPACT_LAYOUT: &str = "compact";
    /// The shortest idle timeout: the panel raises a shorter one to this, `serve` refuses it.
    pub const MIN_IDLE_TIMEOUT_SECONDS: u64 = 10;
    /// How people sign in when the service holds the keys (`forward-auth`); empty: people paste
    /// their key (the default). Written by `serve` when its config has a `[sign-in]` table.
    pub const SIGN_IN: &str = "plesk-sign-in";
    /// The language used when the browser asks for none that ships (a tag such as `de`). Written
    /// by `serve --default-language`.
    pub const DEFAULT_LANGUAGE: &str = "plesk-default-language";
    /// The languages' catalogue files, `de=pkp-lang-de-<hash>.txt …`. Written by `cargo xtask
    /// dist` (not in `index.html`'s source: a panel without it speaks English only).
    pub const LANGUAGES: &str = "plesk-languages";
    /// Every name above that `index.html` has, in its order.
    pub const ALL: [&str; 5] = [AGENT_ENDPOINT, IDLE_TIMEOUT, HANDOFF_ORIGINS, LAYOUT, SIGN_IN];
}

/// True for a key ID (digits only, surrounding whitespace ignored), which is not secret; false
/// for anything else, which is treated as a key value. [`crate::KeyRef::is_id`] is this rule.
pub fn is_key_id(text: &str) -> bool {
    let trimmed = text.trim();
    !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit())
}

/// True for a text that may travel as a `KEY` or `HTTP_AUTH_LOGIN` header value: 1 to
/// [`crate::limits::MAX_KEY_CHARS`] visible ASCII characters (`!` to `~`; no space, control or
/// non-ASCII character). The gateway refuses other values, the CLI and the panel do not send them.
/// Passwords are not held to it.
pub fn is_credential_text(value: &str) -> bool {
    !value.is_empty() && value.len() <= MAX_KEY_CHARS && value.bytes().all(|b| b.is_ascii_graphic())
}

/// True when `value` may be a new key as Plesk makes them (UUIDs such as
/// `e4b01d73-7368-64a6-0515-9fa8fc1d3a78`): 1 to [`crate::limits::MAX_KEY_CHARS`] ASCII
/// letters, digits, `-` and `_`. Nothing else — no space, line break, `=`, control, bidi or
/// invisible character — so a value printed as `NAME=value` cannot forge a line.
pub fn is_key_value_shaped(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= MAX_KEY_CHARS
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Why a text is not an origin.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{shown} is not an origin: give scheme://host[:port] with http or https (never *)")]
pub struct OriginError {
    shown: String,
}

/// An origin (`https://portal.example.com`, `http://127.0.0.1:9000`, `https://[::1]:8443`), in
/// the lower case a browser reports it in; a trailing `/` is dropped. No path, no `*`.
pub fn check_origin(text: &str) -> Result<String, OriginError> {
    let origin = text.trim().trim_end_matches('/');
    let valid = (origin.starts_with("https://") || origin.starts_with("http://"))
        && origin.split("://").nth(1).is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        && origin.chars().all(|c| c.is_ascii_alphanumeric() || ":/.-[]".contains(c));
    if valid {
        Ok(origin.to_ascii_lowercase())
    } else {
        Err(OriginError { shown: format!("{origin:?}") })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_names_are_short_lower_case_path_segments() {
        for name in ["eu1", "us-2", "a", &"a".repeat(MAX_SERVER_NAME_CHARS)] {
            assert_eq!(check_server_name(name), Ok(()), "{name}");
        }
        let too_long = "a".repeat(MAX_SERVER_NAME_CHARS + 1);
        let cases = [
            ("", ServerNameError::Empty),
            (too_long.as_str(), ServerNameError::TooLong { length: 64, max: 63 }),
            ("EU1", ServerNameError::Character { shown: "'E'".into() }),
            ("../x", ServerNameError::Character { shown: "'.'".into() }),
            ("eu 1", ServerNameError::Character { shown: "' '".into() }),
            ("é", ServerNameError::Character { shown: "'é'".into() }),
            ("-eu", ServerNameError::EdgeHyphen),
            ("eu-", ServerNameError::EdgeHyphen),
        ];
        for (name, error) in cases {
            assert_eq!(check_server_name(name), Err(error), "{name:?}");
        }
        assert!(!is_server_name("a/b") && is_server_name("eu1"));
    }

    #[test]
    fn agent_paths_of_one_server_and_of_a_fleet() {
        assert_eq!(AGENT_PATH, format!("/{RELATIVE_AGENT_PATH}"));
        assert_eq!(server_agent_path("eu1"), "servers/eu1/enterprise/control/agent.php");
        assert_eq!(agent_target(AGENT_PATH), Some(AgentTarget::Default));
        assert_eq!(agent_target(&format!("/{}", server_agent_path("eu1"))), Some(AgentTarget::Named("eu1")));
        assert_eq!(
            agent_target("/servers/a/b/enterprise/control/agent.php"),
            Some(AgentTarget::Named("a/b"))
        );
        assert_eq!(agent_target("/servers.json"), None);
        assert_eq!(agent_target("/servers/eu1/index.html"), None);
    }

    #[test]
    fn meta_names_are_distinct_panel_names() {
        for (index, name) in meta::ALL.iter().enumerate() {
            assert!(name.starts_with("plesk-"), "{name}");
            assert!(!meta::ALL[..index].contains(name), "{name} twice");
        }
    }

    #[test]
    fn key_ids_are_digits_only() {
        for id in ["17", " 17 ", "0123"] {
            assert!(is_key_id(id), "{id:?}");
        }
        for value in ["", " ", "e4b01d73-7368-64a6-0515-9fa8fc1d3a78", "17a", "1 7", "-1", "١٧"] {
            assert!(!is_key_id(value), "{value:?}");
        }
    }

    #[test]
    fn credentials_are_visible_ascii() {
        for value in ["e4b01d73-7368-64a6-0515-9fa8fc1d3a78", "admin", "j.doe@example.com", "!~"] {
            assert!(is_credential_text(value), "{value:?}");
        }
        let long = "k".repeat(MAX_KEY_CHARS + 1);
        for value in ["", "a b", "a\tb", "a\nb", "ключ", "a\u{7f}", "a\u{200b}", long.as_str()] {
            assert!(!is_credential_text(value), "{value:?}");
        }
    }

    #[test]
    fn new_keys_are_uuid_like() {
        for value in [
            "e4b01d73-7368-64a6-0515-9fa8fc1d3a78",
            "E4B01D73-7368-64A6-0515-9FA8FC1D3A78",
            "0f0e0d0c_key",
            "k",
        ] {
            assert!(is_key_value_shaped(value), "{value:?}");
        }
        for value in [
            "",
            "abc\u{9b}2J",
            "a\rb",
            "x\ns1=ATTACKER",
            "us1=x",
            "a b",
            "a\u{202e}b",
            "a\u{200b}b",
            "a\u{feff}",
            "a\tb",
            "ключ",
            &"a".repeat(MAX_KEY_CHARS + 1),
        ] {
            assert!(!is_key_value_shaped(value), "{value:?}");
        }
    }

    #[test]
    fn origins_are_scheme_host_and_port_in_lower_case() {
        assert_eq!(check_origin(" https://Portal.Example.com/ "), Ok("https://portal.example.com".into()));
        assert_eq!(check_origin("http://127.0.0.1:9000"), Ok("http://127.0.0.1:9000".into()));
        assert_eq!(check_origin("https://[::1]:8443"), Ok("https://[::1]:8443".into()));
        for wrong in [
            "*",
            "https://*.evil.com",
            "ftp://a",
            "https://",
            "https://a/b",
            "portal.example.com",
            "https://a b",
        ] {
            let error = check_origin(wrong).unwrap_err();
            assert!(error.to_string().contains("is not an origin"), "{wrong}: {error}");
        }
    }
}
