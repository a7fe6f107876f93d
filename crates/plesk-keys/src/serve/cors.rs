//! CORS for a portal on another origin: exact-match allow-list, never `*`. Same-origin use gets
//! no CORS headers; foreign origins get no grant and are refused before anything is forwarded.
//! "Same origin" is the origin the browser used: `--public-origin`, or scheme and host as the
//! listener (or a trusted proxy, see `forwarded.rs`) saw them.
//!
//! Not tower-http's `CorsLayer`: it only adds grant headers, while a foreign origin here must
//! be refused with 403 before anything is forwarded, and "own origin" depends on the request.

use axum::body::Body;
use axum::response::IntoResponse;
use hyper::header::{
    HeaderValue, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
    ACCESS_CONTROL_MAX_AGE, ACCESS_CONTROL_REQUEST_HEADERS, ACCESS_CONTROL_REQUEST_METHOD, CACHE_CONTROL,
    ORIGIN, VARY,
};
use hyper::{HeaderMap, Response, StatusCode};

use super::error::Refusal;
use super::forwarded::RequestOrigin;

/// The request headers a preflight may ask for (compared case-insensitively).
pub const ALLOWED_REQUEST_HEADERS: [&str; 5] =
    ["key", "http_auth_login", "http_auth_passwd", "http_pretty_print", "content-type"];

/// An origin as browsers send it in `Origin`: `scheme://host[:port]`, lower case, without the
/// scheme's default port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebOrigin {
    serialized: String,
    host: String,
}

/// A `--public-origin` that is not an http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a URL: give http(s)://host[:port][/path], e.g. https://portal.example.com")]
pub struct NotAUrl(String);

impl WebOrigin {
    /// Parses `http(s)://host[:port]`; a path after the origin (a sub-path) is dropped.
    pub fn parse(text: &str) -> Result<Self, NotAUrl> {
        let invalid = || NotAUrl(text.to_owned());
        let trimmed = text.trim();
        let (scheme, rest) = trimmed.split_once("://").ok_or_else(invalid)?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(invalid());
        }
        let authority = rest.split('/').next().unwrap_or_default();
        let serialized = normalize_origin(&format!("{scheme}://{authority}")).ok_or_else(invalid)?;
        let host =
            serialized.split_once("://").map(|(_, authority)| host_of(authority)).ok_or_else(invalid)?;
        Ok(WebOrigin { host: host.to_owned(), serialized })
    }

    /// The host name or IP literal (IPv6 in brackets), without the port.
    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn as_str(&self) -> &str {
        &self.serialized
    }
}

/// `host` of `host[:port]` (an IPv6 literal keeps its brackets).
pub fn host_of(authority: &str) -> &str {
    if authority.starts_with('[') {
        return authority.split_inclusive(']').next().unwrap_or(authority);
    }
    match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    }
}

/// `scheme://host[:port]` in the form to compare: lower case, no trailing `/`, no default port;
/// None when it is not an origin.
pub fn normalize_origin(text: &str) -> Option<String> {
    let lower = text.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, authority) = lower.split_once("://")?;
    let valid = !authority.is_empty()
        && authority.chars().all(|c| c.is_ascii_alphanumeric() || "-.:[]_".contains(c))
        && !host_of(authority).is_empty();
    let default_port = match scheme {
        "https" => ":443",
        "http" => ":80",
        _ => return None,
    };
    let authority = authority.strip_suffix(default_port).unwrap_or(authority);
    valid.then(|| format!("{scheme}://{authority}"))
}

/// The allowed portal origins and the panel's own public origins.
#[derive(Debug, Clone, Default)]
pub struct CorsPolicy {
    allowed: Vec<String>,
    public: Vec<String>,
}

/// What a request's `Origin` means for us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OriginCheck {
    /// No Origin header: not a browser cross-origin request (scripts, curl, Plesk clients).
    Absent,
    /// The panel's own origin.
    SameOrigin,
    /// An allowed portal: the answer carries this grant.
    Allowed(HeaderValue),
    /// Anything else: refused, nothing forwarded.
    Foreign,
}

impl CorsPolicy {
    pub fn new(origins: &[String], public: &[WebOrigin]) -> Result<Self, String> {
        let mut allowed = Vec::new();
        for origin in origins {
            let origin = origin.trim().trim_end_matches('/');
            let valid = (origin.starts_with("https://") || origin.starts_with("http://"))
                && !origin.contains('*')
                && origin.split("://").nth(1).is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
                && HeaderValue::from_str(origin).is_ok();
            if !valid {
                return Err(format!(
                    "--allow-origin {origin:?} is not an origin: give scheme://host[:port], e.g. https://portal.example.com (never *)"
                ));
            }
            allowed.push(normalize_origin(origin).unwrap_or_else(|| origin.to_ascii_lowercase()));
        }
        let public = public.iter().map(|origin| origin.as_str().to_owned()).collect();
        Ok(CorsPolicy { allowed, public })
    }

    /// Classifies the request's `Origin` against the origin the browser used (`seen`).
    pub fn check(&self, headers: &HeaderMap, seen: &RequestOrigin) -> OriginCheck {
        let Some(origin) = headers.get(ORIGIN) else { return OriginCheck::Absent };
        let Some(text) = origin.to_str().ok().and_then(normalize_origin) else {
            return OriginCheck::Foreign;
        };
        let own = seen.host.as_ref().and_then(|host| normalize_origin(&format!("{}://{host}", seen.scheme)));
        if own.is_some_and(|own| own == text) || self.public.contains(&text) {
            OriginCheck::SameOrigin
        } else if self.allowed.contains(&text) {
            OriginCheck::Allowed(origin.clone())
        } else {
            OriginCheck::Foreign
        }
    }
}

/// A preflight on an agent path: granted for the panel's own origin and the allowed portals,
/// for POST with Plesk's headers only.
pub fn preflight(origin: &OriginCheck, headers: &HeaderMap) -> Response<Body> {
    let method_ok = headers.get(ACCESS_CONTROL_REQUEST_METHOD).is_some_and(|m| m.as_bytes() == b"POST");
    let headers_ok = requested_headers_allowed(headers.get(ACCESS_CONTROL_REQUEST_HEADERS));
    match origin {
        OriginCheck::Allowed(grant) if method_ok && headers_ok => {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NO_CONTENT;
            let h = response.headers_mut();
            h.insert(ACCESS_CONTROL_ALLOW_ORIGIN, grant.clone());
            h.insert(ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("POST"));
            h.insert(
                ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static(
                    "KEY, HTTP_AUTH_LOGIN, HTTP_AUTH_PASSWD, HTTP_PRETTY_PRINT, Content-Type",
                ),
            );
            h.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
            h.insert(VARY, HeaderValue::from_static("Origin"));
            h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        _ => Refusal::ForeignOrigin.into_response(),
    }
}

/// An answer to an allowed portal carries its grant.
pub fn with_grant(mut response: Response<Body>, origin: &OriginCheck) -> Response<Body> {
    if let OriginCheck::Allowed(grant) = origin {
        response.headers_mut().insert(ACCESS_CONTROL_ALLOW_ORIGIN, grant.clone());
        response.headers_mut().insert(VARY, HeaderValue::from_static("Origin"));
    }
    response
}

/// True when every header a preflight asks for is one of the Plesk headers.
pub fn requested_headers_allowed(requested: Option<&HeaderValue>) -> bool {
    let Some(requested) = requested else { return true };
    let Ok(text) = requested.to_str() else { return false };
    text.split(',')
        .map(|name| name.trim().to_ascii_lowercase())
        .filter(|name| !name.is_empty())
        .all(|name| ALLOWED_REQUEST_HEADERS.contains(&name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(origin: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(ORIGIN, HeaderValue::from_str(origin).unwrap());
        map
    }

    fn seen(scheme: &'static str, host: &str) -> RequestOrigin {
        let local = [127, 0, 0, 1].into();
        RequestOrigin { client: local, scheme, host: Some(host.to_owned()), peer: local, trusted_peer: false }
    }

    #[test]
    fn exact_origins_only() {
        let policy = CorsPolicy::new(&["https://portal.example.com".into()], &[]).unwrap();
        let gateway = seen("http", "gw:8080");
        assert!(matches!(
            policy.check(&headers("https://portal.example.com"), &gateway),
            OriginCheck::Allowed(_)
        ));
        assert_eq!(policy.check(&headers("https://evil.example.com"), &gateway), OriginCheck::Foreign);
        assert_eq!(
            policy.check(&headers("https://portal.example.com.evil"), &seen("http", "gw")),
            OriginCheck::Foreign
        );
        assert_eq!(policy.check(&headers("http://gw:8080"), &gateway), OriginCheck::SameOrigin);
        assert_eq!(policy.check(&HeaderMap::new(), &gateway), OriginCheck::Absent);
        assert!(CorsPolicy::new(&["*".into()], &[]).is_err());
        assert!(CorsPolicy::new(&["https://portal.example.com/path".into()], &[]).is_err());
    }

    #[test]
    fn public_origins_and_default_ports_are_the_same_origin() {
        let public = WebOrigin::parse("https://Portal.example.com:443/tools/plesk-keys/").unwrap();
        assert_eq!((public.as_str(), public.host()), ("https://portal.example.com", "portal.example.com"));
        let policy = CorsPolicy::new(&[], &[public]).unwrap();
        // Behind a TLS proxy the listener sees http and another Host: still the panel's origin.
        let behind_proxy = seen("http", "127.0.0.1:8080");
        assert_eq!(
            policy.check(&headers("https://portal.example.com"), &behind_proxy),
            OriginCheck::SameOrigin
        );
        assert_eq!(policy.check(&headers("http://portal.example.com"), &behind_proxy), OriginCheck::Foreign);
        assert_eq!(
            CorsPolicy::default().check(&headers("https://gw"), &seen("https", "gw:443")),
            OriginCheck::SameOrigin
        );
        assert_eq!(WebOrigin::parse("https://[::1]:8443").unwrap().host(), "[::1]");
        for bad in ["portal.example.com", "ftp://x", "https://", "https://a b"] {
            assert!(WebOrigin::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn preflight_headers_are_limited_to_plesk_headers() {
        assert!(requested_headers_allowed(Some(&HeaderValue::from_static("KEY, Content-Type"))));
        assert!(!requested_headers_allowed(Some(&HeaderValue::from_static("KEY, Authorization"))));
        assert!(requested_headers_allowed(None));
    }
}
