//! Where the client's credential comes from: PLESK_KEY, --key-file, or PLESK_LOGIN +
//! PLESK_PASSWORD. Never from an argument (other users can read the process list).

use std::path::Path;

use hyper::header::{HeaderName, HeaderValue};
use plesk_xmlapi::contract::is_credential_text;

pub use plesk_xmlapi::Credential;

use crate::messages::text;

/// Why no credential could be had; its sentence is in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialError {
    Missing,
    KeyFile { path: String, detail: String },
    EmptyKeyFile(String),
    HalfLogin,
    NotAHeader,
    NotVisibleAscii,
}

impl std::fmt::Display for CredentialError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sentence = match self {
            CredentialError::Missing => text("cli-no-credential", &[]),
            CredentialError::KeyFile { path, detail } => text(
                "cli-key-file-unreadable",
                &[("path", path.as_str().into()), ("detail", detail.as_str().into())],
            ),
            CredentialError::EmptyKeyFile(path) => {
                text("cli-key-file-empty", &[("path", path.as_str().into())])
            }
            CredentialError::HalfLogin => text("cli-half-login", &[]),
            CredentialError::NotAHeader => text("cli-not-a-header", &[]),
            CredentialError::NotVisibleAscii => text("cli-not-visible-ascii", &[]),
        };
        f.write_str(&sentence)
    }
}

impl std::error::Error for CredentialError {}

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

/// The credential's headers, marked sensitive (never printed by hyper).
pub fn credential_headers(
    credential: &Credential,
) -> Result<Vec<(HeaderName, HeaderValue)>, CredentialError> {
    let headers = credential
        .headers()
        .into_iter()
        .map(|(name, value)| {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| CredentialError::NotAHeader)?;
            let mut value = HeaderValue::from_str(value).map_err(|_| CredentialError::NotAHeader)?;
            value.set_sensitive(true);
            Ok((name, value))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if let Credential::Key(checked) | Credential::Login { login: checked, .. } = credential {
        if !is_credential_text(checked) {
            return Err(CredentialError::NotVisibleAscii);
        }
    }
    Ok(headers)
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
    fn headers_are_lower_case_names_and_sensitive_values() {
        let headers =
            credential_headers(&Credential::Login { login: "admin".into(), password: "p".into() }).unwrap();
        assert_eq!(headers[0].0.as_str(), "http_auth_login");
        assert!(headers.iter().all(|(_, value)| value.is_sensitive()));
        assert_eq!(credential_headers(&Credential::Key("a\nb".into())), Err(CredentialError::NotAHeader));
    }

    /// The gateway refuses a KEY or HTTP_AUTH_LOGIN that is not visible ASCII (issue 23, item 4):
    /// the CLI says so before sending, by the same rule.
    #[test]
    fn keys_and_logins_are_visible_ascii() {
        for key in ["abc def", "abc\tdef", "ключ"] {
            assert!(credential_headers(&Credential::Key(key.into())).is_err(), "{key:?}");
        }
        let spaced = Credential::Login { login: "ad min".into(), password: "pass word".into() };
        assert!(credential_headers(&spaced).is_err());
        let password_with_space = Credential::Login { login: "admin".into(), password: "pass word".into() };
        assert!(credential_headers(&password_with_space).is_ok(), "a password may hold a space");
    }
}
