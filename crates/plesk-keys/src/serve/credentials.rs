//! The credential headers of an agent request, read once: what is forwarded to Plesk (or handed
//! to the sandbox) and what the audit log names are the same values. A header sent twice, or a
//! value that is not visible ASCII, is refused before anything reaches a server: the two would
//! let the audit name one credential while Plesk is given another.

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use plesk_xmlapi::{KEY_HEADER, LOGIN_HEADER, PASSWORD_HEADER};

use super::error::Refusal;

/// The credential headers of one request; never logged (its `Debug` shows no secret).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RequestCredentials {
    pub key: Option<String>,
    pub login: Option<String>,
    pub password: Option<String>,
}

impl std::fmt::Debug for RequestCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestCredentials")
            .field("key", &self.key.as_ref().map(|_| "<secret>"))
            .field("login", &self.login)
            .field("password", &self.password.as_ref().map(|_| "<secret>"))
            .finish()
    }
}

/// Visible ASCII (`!` to `~`); a password may also hold spaces inside (Plesk allows them).
fn readable(value: &[u8], spaces_inside: bool) -> bool {
    value.iter().all(|&b| b.is_ascii_graphic() || (spaces_inside && b == b' '))
}

/// One credential header: absent, or exactly one readable value (surrounding blanks trimmed).
fn single(headers: &HeaderMap, name: &str, spaces_inside: bool) -> Result<Option<String>, Refusal> {
    let mut values = headers.get_all(name).iter();
    let Some(value) = values.next() else { return Ok(None) };
    if values.next().is_some() {
        return Err(Refusal::DuplicateCredential);
    }
    let trimmed = value.as_bytes().trim_ascii();
    if trimmed.is_empty() {
        // As if absent: Plesk asks for a credential.
        return Ok(None);
    }
    if !readable(trimmed, spaces_inside) {
        return Err(Refusal::UnreadableCredential);
    }
    // Only visible ASCII and spaces are left: valid UTF-8.
    Ok(Some(String::from_utf8_lossy(trimmed).into_owned()))
}

impl RequestCredentials {
    /// The request's `KEY`, `HTTP_AUTH_LOGIN` and `HTTP_AUTH_PASSWD`.
    pub fn read(headers: &HeaderMap) -> Result<Self, Refusal> {
        Ok(RequestCredentials {
            key: single(headers, KEY_HEADER, false)?,
            login: single(headers, LOGIN_HEADER, false)?,
            password: single(headers, PASSWORD_HEADER, true)?,
        })
    }

    /// Exactly these values, as the headers sent upstream.
    pub fn headers(&self) -> Vec<(HeaderName, HeaderValue)> {
        [(KEY_HEADER, &self.key), (LOGIN_HEADER, &self.login), (PASSWORD_HEADER, &self.password)]
            .into_iter()
            .filter_map(|(name, value)| {
                let value = HeaderValue::from_str(value.as_deref()?).ok()?;
                Some((HeaderName::from_bytes(name.as_bytes()).ok()?, value))
            })
            .collect()
    }

    /// The same values for the built-in sandbox.
    pub fn for_sandbox(&self) -> plesk_sandbox::Credentials {
        plesk_sandbox::Credentials {
            key: self.key.clone(),
            login: self.login.clone(),
            password: self.password.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &[u8])]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            let name = HeaderName::from_bytes(name.as_bytes()).unwrap();
            map.append(name, HeaderValue::from_bytes(value).unwrap());
        }
        map
    }

    #[test]
    fn one_readable_value_per_header() {
        let read = RequestCredentials::read(&headers(&[
            ("key", b" 6f1e3c2a-9b7d "),
            ("http_auth_passwd", b"pass word"),
        ]))
        .unwrap();
        assert_eq!(read.key.as_deref(), Some("6f1e3c2a-9b7d"));
        assert_eq!(read.password.as_deref(), Some("pass word"));
        assert_eq!(read.headers().len(), 2);
        assert!(!format!("{read:?}").contains("6f1e"));
    }

    #[test]
    fn duplicates_and_unreadable_values_are_refused() {
        let twice = headers(&[("KEY", b"first-key-value"), ("KEY", b"second-key-value")]);
        assert_eq!(RequestCredentials::read(&twice), Err(Refusal::DuplicateCredential));
        for bad in [&b"caf\xc3\xa9"[..], b"a\tb", b"a b", b"\xff"] {
            let refused = RequestCredentials::read(&headers(&[("HTTP_AUTH_LOGIN", bad)]));
            assert_eq!(refused, Err(Refusal::UnreadableCredential), "{bad:?}");
        }
        let key_with_space = headers(&[("KEY", b"abc def")]);
        assert_eq!(RequestCredentials::read(&key_with_space), Err(Refusal::UnreadableCredential));
    }
}
