//! How a client authenticates to Plesk's agent: the `KEY` header, or `HTTP_AUTH_LOGIN` +
//! `HTTP_AUTH_PASSWD`. The names are part of Plesk's protocol; sending them is the caller's job.

use std::fmt;

pub const KEY_HEADER: &str = "KEY";
pub const LOGIN_HEADER: &str = "HTTP_AUTH_LOGIN";
pub const PASSWORD_HEADER: &str = "HTTP_AUTH_PASSWD";
pub const PRETTY_PRINT_HEADER: &str = "HTTP_PRETTY_PRINT";

/// A secret key, or a login and password. Its `Debug` never shows a secret.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    Key(String),
    Login { login: String, password: String },
}

impl Credential {
    /// The headers Plesk expects for this credential.
    pub fn headers(&self) -> Vec<(&'static str, &str)> {
        match self {
            Credential::Key(key) => vec![(KEY_HEADER, key.as_str())],
            Credential::Login { login, password } => {
                vec![(LOGIN_HEADER, login.as_str()), (PASSWORD_HEADER, password.as_str())]
            }
        }
    }

    /// The key value, for a key credential.
    pub fn key_value(&self) -> Option<&str> {
        match self {
            Credential::Key(key) => Some(key),
            Credential::Login { .. } => None,
        }
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::Key(_) => f.write_str("Key(<secret>)"),
            Credential::Login { login, .. } => write!(f, "Login({login}, <secret>)"),
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
    }
}
