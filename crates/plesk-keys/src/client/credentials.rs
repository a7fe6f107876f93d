//! Where the client's credential comes from: PLESK_KEY, --key-file, or PLESK_LOGIN +
//! PLESK_PASSWORD. Never from an argument (other users can read the process list).

use std::path::Path;

use hyper::header::{HeaderName, HeaderValue};

/// A credential, ready to become headers.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    Key(String),
    Login { login: String, password: String },
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credential::Key(_) => f.write_str("Key(<secret>)"),
            Credential::Login { login, .. } => write!(f, "Login({login}, <secret>)"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CredentialError {
    #[error("no credential: set PLESK_KEY, or use --key-file FILE, or set PLESK_LOGIN and PLESK_PASSWORD")]
    Missing,
    #[error("cannot read the key file {path}: {detail}")]
    KeyFile { path: String, detail: String },
    #[error("the key file {0} is empty")]
    EmptyKeyFile(String),
    #[error("PLESK_LOGIN is set but PLESK_PASSWORD is not (or the other way round)")]
    HalfLogin,
    #[error("the credential contains characters an HTTP header cannot carry")]
    NotAHeader,
}

/// Resolves the credential from a key file or the given environment lookup.
pub fn resolve(
    key_file: Option<&Path>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Credential, CredentialError> {
    if let Some(path) = key_file {
        let text = std::fs::read_to_string(path).map_err(|e| CredentialError::KeyFile {
            path: path.display().to_string(),
            detail: e.to_string(),
        })?;
        let key = text.lines().next().unwrap_or_default().trim().to_owned();
        if key.is_empty() {
            return Err(CredentialError::EmptyKeyFile(path.display().to_string()));
        }
        return Ok(Credential::Key(key));
    }
    let non_empty = |name: &str| env(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    if let Some(key) = non_empty("PLESK_KEY") {
        return Ok(Credential::Key(key));
    }
    match (non_empty("PLESK_LOGIN"), env("PLESK_PASSWORD").filter(|p| !p.is_empty())) {
        (Some(login), Some(password)) => Ok(Credential::Login { login, password }),
        (None, None) => Err(CredentialError::Missing),
        _ => Err(CredentialError::HalfLogin),
    }
}

impl Credential {
    pub fn headers(&self) -> Result<Vec<(HeaderName, HeaderValue)>, CredentialError> {
        let value = |text: &str| {
            let mut value = HeaderValue::from_str(text).map_err(|_| CredentialError::NotAHeader)?;
            value.set_sensitive(true);
            Ok(value)
        };
        Ok(match self {
            Credential::Key(key) => vec![(HeaderName::from_static("key"), value(key)?)],
            Credential::Login { login, password } => vec![
                (HeaderName::from_static("http_auth_login"), value(login)?),
                (HeaderName::from_static("http_auth_passwd"), value(password)?),
            ],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn key_first_then_login_and_password() {
        assert_eq!(resolve(None, env(&[("PLESK_KEY", " k ")])), Ok(Credential::Key("k".into())));
        assert_eq!(
            resolve(None, env(&[("PLESK_LOGIN", "admin"), ("PLESK_PASSWORD", "p")])),
            Ok(Credential::Login { login: "admin".into(), password: "p".into() })
        );
        assert_eq!(resolve(None, env(&[("PLESK_LOGIN", "admin")])), Err(CredentialError::HalfLogin));
        assert_eq!(resolve(None, env(&[])), Err(CredentialError::Missing));
    }

    #[test]
    fn debug_never_shows_secrets() {
        let shown = format!("{:?}", Credential::Login { login: "admin".into(), password: "hunter2".into() });
        assert!(!shown.contains("hunter2"));
        assert!(!format!("{:?}", Credential::Key("abc-123".into())).contains("abc"));
    }
}
