//! CORS for a portal on another origin: exact-match allow-list, never `*`. Same-origin use gets
//! no CORS headers; foreign origins get no grant and are refused before anything is forwarded.

use hyper::header::{HeaderValue, HOST, ORIGIN};
use hyper::HeaderMap;

/// The request headers a preflight may ask for (compared case-insensitively).
pub const ALLOWED_REQUEST_HEADERS: [&str; 5] =
    ["key", "http_auth_login", "http_auth_passwd", "http_pretty_print", "content-type"];

/// The allowed portal origins.
#[derive(Debug, Clone, Default)]
pub struct CorsPolicy {
    allowed: Vec<String>,
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
    pub fn new(origins: &[String]) -> Result<Self, String> {
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
            allowed.push(origin.to_ascii_lowercase());
        }
        Ok(CorsPolicy { allowed })
    }

    pub fn check(&self, headers: &HeaderMap, scheme: &str) -> OriginCheck {
        let Some(origin) = headers.get(ORIGIN) else { return OriginCheck::Absent };
        let Ok(text) = origin.to_str() else { return OriginCheck::Foreign };
        let text = text.to_ascii_lowercase();
        let own = headers.get(HOST).and_then(|h| h.to_str().ok()).map(|host| format!("{scheme}://{host}"));
        if own.is_some_and(|own| own.eq_ignore_ascii_case(&text)) {
            OriginCheck::SameOrigin
        } else if self.allowed.contains(&text) {
            OriginCheck::Allowed(origin.clone())
        } else {
            OriginCheck::Foreign
        }
    }
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

    fn headers(origin: &str, host: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(ORIGIN, HeaderValue::from_str(origin).unwrap());
        map.insert(HOST, HeaderValue::from_str(host).unwrap());
        map
    }

    #[test]
    fn exact_origins_only() {
        let policy = CorsPolicy::new(&["https://portal.example.com".into()]).unwrap();
        assert!(matches!(
            policy.check(&headers("https://portal.example.com", "gw:8080"), "http"),
            OriginCheck::Allowed(_)
        ));
        assert_eq!(
            policy.check(&headers("https://evil.example.com", "gw:8080"), "http"),
            OriginCheck::Foreign
        );
        assert_eq!(
            policy.check(&headers("https://portal.example.com.evil", "gw"), "http"),
            OriginCheck::Foreign
        );
        assert_eq!(policy.check(&headers("http://gw:8080", "gw:8080"), "http"), OriginCheck::SameOrigin);
        assert_eq!(policy.check(&HeaderMap::new(), "http"), OriginCheck::Absent);
        assert!(CorsPolicy::new(&["*".into()]).is_err());
        assert!(CorsPolicy::new(&["https://portal.example.com/path".into()]).is_err());
    }

    #[test]
    fn preflight_headers_are_limited_to_plesk_headers() {
        assert!(requested_headers_allowed(Some(&HeaderValue::from_static("KEY, Content-Type"))));
        assert!(!requested_headers_allowed(Some(&HeaderValue::from_static("KEY, Authorization"))));
        assert!(requested_headers_allowed(None));
    }
}
