//! Who is asking, in the signed-in mode: one [`Identity`] type, filled today by a portal's
//! authenticating proxy (forward-auth headers, the oauth2-proxy / Authelia / authentik
//! convention) and by the service's own OpenID Connect sign-in later.
//!
//! The headers are believed only from a `--trusted-proxy` peer, under their exact names. The same
//! headers from any other peer, an underscore variant of one (`X_Forwarded_User`, which some
//! proxies would pass on and some servers fold into the dashed name), a header sent twice or a
//! value that is not plain text: refused, never guessed.

use axum::http::{HeaderMap, HeaderName};

/// How the person was identified (written in every audit line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentitySource {
    /// A trusted proxy's headers.
    ForwardAuth,
    /// The service's own OpenID Connect sign-in (a sealed session cookie).
    OpenId,
}

impl IdentitySource {
    pub fn as_str(self) -> &'static str {
        match self {
            IdentitySource::ForwardAuth => "forward-auth",
            IdentitySource::OpenId => "openid",
        }
    }
}

/// A signed-in person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The stable name the identity provider gives (the user header).
    pub subject: String,
    pub email: Option<String>,
    /// The person's name for people, when the provider gives one; else the email or subject.
    pub display_name: Option<String>,
    pub groups: Vec<String>,
    pub source: IdentitySource,
}

impl Identity {
    /// What people read: the display name, else the email, else the subject.
    pub fn shown_name(&self) -> &str {
        self.display_name.as_deref().or(self.email.as_deref()).unwrap_or(&self.subject)
    }
}

/// Why no identity was taken from a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    #[error("the request carries no signed-in person: open the panel through the portal")]
    NotSignedIn,
    #[error("identity headers came from {peer}, which is not a trusted proxy; they were not believed")]
    Untrusted { peer: std::net::IpAddr },
    #[error("the identity header {0} was sent more than once")]
    Duplicate(String),
    #[error("the identity header {0} is not plain text")]
    Unreadable(String),
    #[error("the header {0} looks like an identity header spelt with underscores; it is refused")]
    UnderscoreVariant(String),
    #[error("the session cookie was refused: {0}")]
    Session(#[from] super::session_cookie::SessionRefusal),
}

impl IdentityError {
    /// Short words for the audit log.
    pub fn reason(&self) -> &'static str {
        match self {
            IdentityError::NotSignedIn => "not-signed-in",
            IdentityError::Untrusted { .. } => "untrusted-proxy",
            IdentityError::Duplicate(_) => "duplicate-identity-header",
            IdentityError::Unreadable(_) => "unreadable-identity-header",
            IdentityError::UnderscoreVariant(_) => "underscore-identity-header",
            IdentityError::Session(_) => "session-refused",
        }
    }
}

/// The forward-auth headers' names (`[sign-in]` in the config file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForwardAuth {
    pub user_header: HeaderName,
    pub email_header: HeaderName,
    pub groups_header: HeaderName,
    pub groups_separator: String,
}

impl Default for ForwardAuth {
    fn default() -> Self {
        ForwardAuth {
            user_header: HeaderName::from_static("x-forwarded-user"),
            email_header: HeaderName::from_static("x-forwarded-email"),
            groups_header: HeaderName::from_static("x-forwarded-groups"),
            groups_separator: ",".into(),
        }
    }
}

/// The longest value believed (a subject, an email, the groups line).
const MAX_VALUE: usize = 4096;

impl ForwardAuth {
    fn names(&self) -> [&HeaderName; 3] {
        [&self.user_header, &self.email_header, &self.groups_header]
    }

    /// Whether `name` is one of the identity headers with `_` where `-` belongs (or the reverse).
    fn is_variant(&self, name: &HeaderName) -> bool {
        let name = name.as_str().as_bytes();
        let fold = |b: u8| if b == b'_' { b'-' } else { b };
        self.names().iter().any(|known| {
            let known = known.as_str().as_bytes();
            known != name && known.len() == name.len() && known.iter().zip(name).all(|(&k, &n)| k == fold(n))
        })
    }

    /// The person a request from `peer` names. `trusted`: whether `peer` is a trusted proxy.
    pub fn read(
        &self,
        headers: &HeaderMap,
        peer: std::net::IpAddr,
        trusted: bool,
    ) -> Result<Identity, IdentityError> {
        if let Some(variant) = headers.keys().find(|name| self.is_variant(name)) {
            return Err(IdentityError::UnderscoreVariant(variant.as_str().to_owned()));
        }
        let present = self.names().iter().any(|name| headers.contains_key(*name));
        if !trusted {
            return Err(if present { IdentityError::Untrusted { peer } } else { IdentityError::NotSignedIn });
        }
        let subject = single(headers, &self.user_header)?.ok_or(IdentityError::NotSignedIn)?;
        let email = single(headers, &self.email_header)?;
        let groups = single(headers, &self.groups_header)?
            .map(|line| {
                line.split(self.groups_separator.as_str())
                    .map(str::trim)
                    .filter(|group| !group.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        Ok(Identity { subject, email, display_name: None, groups, source: IdentitySource::ForwardAuth })
    }
}

/// One header's value: absent (or blank), or exactly one line of plain text.
fn single(headers: &HeaderMap, name: &HeaderName) -> Result<Option<String>, IdentityError> {
    let mut values = headers.get_all(name).iter();
    let Some(value) = values.next() else { return Ok(None) };
    if values.next().is_some() {
        return Err(IdentityError::Duplicate(name.as_str().to_owned()));
    }
    let unreadable = || IdentityError::Unreadable(name.as_str().to_owned());
    let text = std::str::from_utf8(value.as_bytes().trim_ascii()).map_err(|_| unreadable())?;
    if text.len() > MAX_VALUE || text.chars().any(|c| c.is_control() || plesk_xmlapi::is_hidden_char(c)) {
        return Err(unreadable());
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use std::net::{IpAddr, Ipv4Addr};

    const PEER: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7));

    fn headers(pairs: &[(&str, &[u8])]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_bytes(value).unwrap(),
            );
        }
        map
    }

    #[test]
    fn a_trusted_proxy_names_the_person_and_groups() {
        let auth = ForwardAuth::default();
        let read = auth
            .read(
                &headers(&[
                    ("X-Forwarded-User", b" ana "),
                    ("X-Forwarded-Email", b"ana@example.com"),
                    ("X-Forwarded-Groups", b"resellers-acme, staff,,"),
                ]),
                PEER,
                true,
            )
            .unwrap();
        assert_eq!(read.subject, "ana");
        assert_eq!(read.shown_name(), "ana@example.com");
        assert_eq!(read.groups, ["resellers-acme", "staff"]);
        let authentik = ForwardAuth { groups_separator: "|".into(), ..ForwardAuth::default() };
        let read = authentik
            .read(&headers(&[("x-forwarded-user", b"bo"), ("x-forwarded-groups", b"a|b")]), PEER, true)
            .unwrap();
        assert_eq!(read.groups, ["a", "b"]);
    }

    #[test]
    fn headers_from_anyone_else_are_refused() {
        let auth = ForwardAuth::default();
        let forged = headers(&[("X-Forwarded-User", b"admin")]);
        assert_eq!(auth.read(&forged, PEER, false), Err(IdentityError::Untrusted { peer: PEER }));
        assert_eq!(auth.read(&HeaderMap::new(), PEER, false), Err(IdentityError::NotSignedIn));
        assert_eq!(auth.read(&HeaderMap::new(), PEER, true), Err(IdentityError::NotSignedIn));
    }

    #[test]
    fn duplicates_variants_and_hidden_text_are_refused() {
        let auth = ForwardAuth::default();
        let twice = headers(&[("X-Forwarded-User", b"ana"), ("X-Forwarded-User", b"admin")]);
        assert!(matches!(auth.read(&twice, PEER, true), Err(IdentityError::Duplicate(_))));
        let groups_twice = headers(&[
            ("X-Forwarded-User", b"ana"),
            ("X-Forwarded-Groups", b"a"),
            ("X-Forwarded-Groups", b"admins"),
        ]);
        assert!(matches!(auth.read(&groups_twice, PEER, true), Err(IdentityError::Duplicate(_))));
        let underscore = headers(&[("X-Forwarded-User", b"ana"), ("X_Forwarded_Groups", b"admins")]);
        assert!(matches!(auth.read(&underscore, PEER, true), Err(IdentityError::UnderscoreVariant(_))));
        let underscore_untrusted = headers(&[("X_Forwarded_User", b"admin")]);
        assert!(matches!(
            auth.read(&underscore_untrusted, PEER, false),
            Err(IdentityError::UnderscoreVariant(_))
        ));
        for bad in [&b"ana\xc2\xa0"[..], "an\u{200b}a".as_bytes(), b"\xff"] {
            let read = auth.read(&headers(&[("X-Forwarded-User", bad)]), PEER, true);
            assert!(matches!(read, Err(IdentityError::Unreadable(_))), "{bad:?}");
        }
    }
}
