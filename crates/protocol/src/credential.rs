//! How a client authenticates to Plesk's agent: the `KEY` header, or `HTTP_AUTH_LOGIN` +
//! `HTTP_AUTH_PASSWD`. The names are part of Plesk's protocol; sending them is the caller's job.

use std::fmt;

pub const KEY_HEADER: &str = "KEY";
pub const LOGIN_HEADER: &str = "HTTP_AUTH_LOGIN";
pub const PASSWORD_HEADER: &str = "HTTP_AUTH_PASSWD";
pub const PRETTY_PRINT_HEADER: &str = "HTTP_PRETTY_PRINT";

/// A secret key, or a login and password, or neither: signed in by a portal, the service
/// behind the agent path holds the keys. Its `Debug` never shows a secret.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    Key(String),
    Login {
        login: String,
        password: String,
    },
    /// The portal said who is asking; the service adds its own key. Nothing secret in the browser.
    SignedIn,
}

impl Credential {
    /// The headers Plesk expects for this credential.
    pub fn headers(&self) -> Vec<(&'static str, &str)> {
        match self {
            Credential::Key(key) => vec![(KEY_HEADER, key.as_str())],
            Credential::Login { login, password } => {
                vec![(LOGIN_HEADER, login.as_str()), (PASSWORD_HEADER, password.as_str())]
            }
            Credential::SignedIn => Vec::new(),
        }
    }

    /// The key value, for a key credential.
    pub fn key_value(&self) -> Option<&str> {
        match self {
            Credential::Key(key) => Some(key),
            Credential::Login { .. } | Credential::SignedIn => None,
        }
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::Key(_) => f.write_str("Key(<secret>)"),
            Credential::Login { login, .. } => write!(f, "Login({login}, <secret>)"),
            Credential::SignedIn => f.write_str("SignedIn"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_debug() {
        let login = Credential::Login { login: "admin".into(), password: "hunter2".into() };
        assert_eq!(login.headers(), [(LOGIN_HEADER, "admin"), (PASSWORD_HEADER, "hunter2")]);
        assert!(!format!("{login:?}").contains("hunter2"));
        let key = Credential::Key("abc-123".into());
        assert_eq!(key.headers(), [(KEY_HEADER, "abc-123")]);
        assert!(!format!("{key:?}").contains("abc"));
        assert_eq!(key.key_value(), Some("abc-123"));
        assert!(Credential::SignedIn.headers().is_empty(), "signed in: no secret travels");
    }
}
