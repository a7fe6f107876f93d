//! The signed-in mode's own session (OpenID Connect sign-in): who is signed in, their groups and
//! the session's times, sealed into a cookie with AES-256-GCM under the key of `session-key-file`
//! (64 bytes; the first 32 seal, the cookie's name is bound in as associated data). No store on
//! the server: instances behind a load balancer share only the key file. The times are inside the
//! sealed value — a cookie's own `Expires` is not authenticated — and a cookie made under another
//! key, tampered with, expired, idle too long or signed out is refused.
//!
//! Cookies: `__Host-` names (so `Secure`, `Path=/`, no `Domain`), `HttpOnly`, `SameSite=Lax`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::http::HeaderMap;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use serde_json::{json, Value};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "__Host-pkp-session";
/// The cookie that carries a sign-in under way (state, nonce, PKCE verifier) to the callback.
pub const LOGIN_COOKIE: &str = "__Host-pkp-login";
/// The size of the key file.
pub const KEY_BYTES: usize = 64;

/// Why the session key file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionKeyError {
    #[error("cannot read or create the session key file {file}: {reason}")]
    Io { file: String, reason: String },
    #[error("the session key file {file} holds {found} bytes; it must hold exactly 64 (delete it and one is made)")]
    Size { file: String, found: usize },
    #[error("the session key file {file} can be read by other users (mode {mode:o}); chmod 600 it")]
    OpenToOthers { file: String, mode: u32 },
}

/// The key that seals the cookies.
pub struct SessionKey {
    key: LessSafeKey,
}

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKey(<secret>)")
    }
}

impl SessionKey {
    /// The key in `file`; a missing file is made (64 random bytes, mode 0600).
    pub fn load_or_create(file: &Path) -> Result<Self, SessionKeyError> {
        let name = file.display().to_string();
        let io =
            |error: std::io::Error| SessionKeyError::Io { file: name.clone(), reason: error.to_string() };
        if !file.exists() {
            let mut bytes = [0u8; KEY_BYTES];
            getrandom::fill(&mut bytes)
                .map_err(|error| SessionKeyError::Io { file: name.clone(), reason: error.to_string() })?;
            write_private(file, &bytes).map_err(io)?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(file).map_err(io)?.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(SessionKeyError::OpenToOthers { file: name, mode });
            }
        }
        let bytes = std::fs::read(file).map_err(io)?;
        if bytes.len() != KEY_BYTES {
            return Err(SessionKeyError::Size { file: name, found: bytes.len() });
        }
        Ok(SessionKey::from_bytes(&bytes))
    }

    fn from_bytes(bytes: &[u8]) -> Self {
        let seal = UnboundKey::new(&AES_256_GCM, &bytes[..32]).unwrap_or_else(|_| unreachable!("32 bytes"));
        SessionKey { key: LessSafeKey::new(seal) }
    }

    /// `value` sealed for the cookie `name`: nonce and ciphertext, base64url.
    pub fn seal(&self, name: &str, value: &Value) -> Option<String> {
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).ok()?;
        let mut data = value.to_string().into_bytes();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(name.as_bytes()),
                &mut data,
            )
            .ok()?;
        let mut sealed = nonce.to_vec();
        sealed.extend_from_slice(&data);
        Some(URL_SAFE_NO_PAD.encode(sealed))
    }

    /// The value of a cookie `name` sealed by this key; `None` for anything else.
    pub fn open(&self, name: &str, sealed: &str) -> Option<Value> {
        let mut bytes = URL_SAFE_NO_PAD.decode(sealed.trim()).ok()?;
        if bytes.len() < NONCE_LEN {
            return None;
        }
        let nonce = Nonce::try_assume_unique_for_key(&bytes[..NONCE_LEN]).ok()?;
        let plain =
            self.key.open_in_place(nonce, Aad::from(name.as_bytes()), &mut bytes[NONCE_LEN..]).ok()?;
        serde_json::from_slice(plain).ok()
    }
}

fn write_private(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(file)?.write_all(bytes)
}

/// Seconds since the epoch.
pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |since| since.as_secs())
}

/// A signed-in person's session, as sealed in the cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// A random ID, so that a signed-out session can be refused until it would have expired.
    pub id: String,
    pub subject: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub groups: Vec<String>,
    /// When it began and when it was last used (seconds since the epoch).
    pub began: u64,
    pub seen: u64,
}

/// How long sessions last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionTimes {
    pub idle: Duration,
    pub max: Duration,
}

/// Why a session cookie was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SessionRefusal {
    #[error("no session")]
    Missing,
    #[error("the session cookie is not one this service made (another key, or changed)")]
    Forged,
    #[error("the session has expired")]
    Expired,
    #[error("the session was signed out")]
    SignedOut,
}

impl Session {
    pub fn to_value(&self) -> Value {
        json!({"id": self.id, "sub": self.subject, "name": self.name, "email": self.email,
               "groups": self.groups, "began": self.began, "seen": self.seen})
    }

    pub fn from_value(value: &Value) -> Option<Self> {
        let text = |field: &str| value.get(field).and_then(Value::as_str).map(str::to_owned);
        Some(Session {
            id: text("id")?,
            subject: text("sub")?,
            name: text("name"),
            email: text("email"),
            groups: value
                .get("groups")?
                .as_array()?
                .iter()
                .map(|group| group.as_str().map(str::to_owned))
                .collect::<Option<_>>()?,
            began: value.get("began")?.as_u64()?,
            seen: value.get("seen")?.as_u64()?,
        })
    }

    /// Whether the session is still good at `now`.
    pub fn is_current(&self, times: SessionTimes, now: u64) -> bool {
        now < self.began.saturating_add(times.max.as_secs())
            && now < self.seen.saturating_add(times.idle.as_secs())
    }
}

/// The value of cookie `name` in a request (every `Cookie` header read; the first occurrence wins).
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|line| line.to_str().ok())
        .flat_map(|line| line.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// A `Set-Cookie` value with this service's flags; `max_age` 0 removes the cookie.
pub fn set_cookie(name: &str, value: &str, max_age: Duration) -> String {
    format!("{name}={value}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age={}", max_age.as_secs())
}

/// Sessions signed out before they would have expired: refused until then (this instance).
#[derive(Default)]
pub struct SignedOut {
    ids: Mutex<HashMap<String, u64>>,
}

impl SignedOut {
    /// Remembers session `id` as signed out until `until` (seconds since the epoch).
    pub fn add(&self, id: &str, until: u64) {
        let mut ids = self.ids.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let now = now();
        ids.retain(|_, end| *end > now);
        ids.insert(id.to_owned(), until);
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).contains_key(id)
    }
}

/// The session a request's cookie holds, checked: sealed by `key`, current, not signed out.
pub fn session_of(
    headers: &HeaderMap,
    key: &SessionKey,
    times: SessionTimes,
    signed_out: &SignedOut,
) -> Result<Session, SessionRefusal> {
    let sealed = cookie(headers, SESSION_COOKIE).ok_or(SessionRefusal::Missing)?;
    let session = key
        .open(SESSION_COOKIE, sealed)
        .as_ref()
        .and_then(Session::from_value)
        .ok_or(SessionRefusal::Forged)?;
    if signed_out.contains(&session.id) {
        return Err(SessionRefusal::SignedOut);
    }
    if !session.is_current(times, now()) {
        return Err(SessionRefusal::Expired);
    }
    Ok(session)
}

/// A fresh random ID (128 bits, hex).
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    const TIMES: SessionTimes =
        SessionTimes { idle: Duration::from_secs(600), max: Duration::from_secs(3600) };

    fn session() -> Session {
        let now = now();
        Session {
            id: random_id(),
            subject: "ana".into(),
            name: Some("Ana Silva".into()),
            email: None,
            groups: vec!["resellers-1".into()],
            began: now,
            seen: now,
        }
    }

    fn request_with(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            axum::http::header::COOKIE,
            HeaderValue::from_str(&format!("other=1; {SESSION_COOKIE}={value}")).unwrap(),
        );
        headers
    }

    #[test]
    fn a_sealed_session_opens_only_under_its_key_and_name() {
        let key = SessionKey::from_bytes(&[7u8; 64]);
        let sealed = key.seal(SESSION_COOKIE, &session().to_value()).unwrap();
        let out = SignedOut::default();
        assert_eq!(
            session_of(&request_with(&sealed), &key, TIMES, &out).map(|s| s.subject),
            Ok("ana".into())
        );
        let other = SessionKey::from_bytes(&[8u8; 64]);
        assert_eq!(session_of(&request_with(&sealed), &other, TIMES, &out), Err(SessionRefusal::Forged));
        assert_eq!(key.open(LOGIN_COOKIE, &sealed), None, "a login cookie cannot pass for a session");
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 1;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert_eq!(session_of(&request_with(&tampered), &key, TIMES, &out), Err(SessionRefusal::Forged));
        assert_eq!(session_of(&HeaderMap::new(), &key, TIMES, &out), Err(SessionRefusal::Missing));
    }

    #[test]
    fn expired_idle_and_signed_out_sessions_are_refused() {
        let key = SessionKey::from_bytes(&[7u8; 64]);
        let out = SignedOut::default();
        let old = Session { began: now() - 4000, seen: now(), ..session() };
        let sealed = key.seal(SESSION_COOKIE, &old.to_value()).unwrap();
        assert_eq!(session_of(&request_with(&sealed), &key, TIMES, &out), Err(SessionRefusal::Expired));
        let idle = Session { seen: now() - 700, ..session() };
        let sealed = key.seal(SESSION_COOKIE, &idle.to_value()).unwrap();
        assert_eq!(session_of(&request_with(&sealed), &key, TIMES, &out), Err(SessionRefusal::Expired));
        let current = session();
        let sealed = key.seal(SESSION_COOKIE, &current.to_value()).unwrap();
        out.add(&current.id, now() + 3600);
        assert_eq!(session_of(&request_with(&sealed), &key, TIMES, &out), Err(SessionRefusal::SignedOut));
    }

    #[test]
    fn the_key_file_is_made_private_and_checked() {
        let dir = std::env::temp_dir().join(format!("pkp-session-key-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("session.key");
        SessionKey::load_or_create(&file).unwrap();
        assert_eq!(std::fs::read(&file).unwrap().len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(matches!(SessionKey::load_or_create(&file), Err(SessionKeyError::OpenToOthers { .. })));
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        std::fs::write(&file, [1u8; 10]).unwrap();
        assert!(matches!(SessionKey::load_or_create(&file), Err(SessionKeyError::Size { found: 10, .. })));
        assert!(set_cookie(SESSION_COOKIE, "v", Duration::from_secs(60))
            .contains("Secure; HttpOnly; SameSite=Lax"));
    }
}
