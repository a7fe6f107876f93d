//! DNS rebinding: a page on `evil.example` that re-points its name to 127.0.0.1 reaches this
//! server from a victim's browser with `Host: evil.example`. Only expected names are answered;
//! every other name gets 421 on every path. Rebinding needs a name, so IP literals are fine.

use std::net::IpAddr;

use super::cors::{host_of, WebOrigin};

/// The host names this server answers to.
#[derive(Debug, Clone, Default)]
pub struct HostPolicy {
    names: Vec<String>,
}

/// An `--allowed-host` that is not a DNS name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a host name: give a DNS name such as keys.example.com (no scheme, no port)")]
pub struct NotAHostName(String);

/// A `--allowed-host` value: a DNS name (letters, digits, `-`, `.`), without port or scheme.
pub fn parse_host_name(text: &str) -> Result<String, NotAHostName> {
    let name = canonical_name(text);
    let valid = !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if valid {
        Ok(name)
    } else {
        Err(NotAHostName(text.to_owned()))
    }
}

/// Lower case, without a trailing dot (`Example.COM.` and `example.com` are one name).
fn canonical_name(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

impl HostPolicy {
    pub fn new(allowed_hosts: &[String], public_origins: &[WebOrigin]) -> Self {
        let names = allowed_hosts
            .iter()
            .map(|name| canonical_name(name))
            .chain(public_origins.iter().map(|origin| canonical_name(origin.host())))
            .collect();
        HostPolicy { names }
    }

    /// True for no host at all, an IP literal, `localhost`, and the configured names.
    pub fn accepts(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return true };
        let name = host_of(host.trim());
        let literal = name.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')).unwrap_or(name);
        if literal.parse::<IpAddr>().is_ok() {
            return true;
        }
        let name = canonical_name(name);
        name == "localhost" || self.names.contains(&name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_localhost_and_configured_names_only() {
        let public = WebOrigin::parse("https://portal.example.com/tools/").unwrap();
        let policy = HostPolicy::new(&["keys.example.com".into()], &[public]);
        for accepted in [
            None,
            Some("127.0.0.1:8080"),
            Some("[::1]:8080"),
            Some("10.1.2.3"),
            Some("localhost:8080"),
            Some("LOCALHOST"),
            Some("keys.example.com"),
            Some("Keys.Example.com.:8443"),
            Some("portal.example.com"),
        ] {
            assert!(policy.accepts(accepted), "{accepted:?}");
        }
        for refused in ["evil.example", "evil.example:8080", "keys.example.com.evil", "127.0.0.1.nip.io", ""]
        {
            assert!(!policy.accepts(Some(refused)), "{refused:?}");
        }
        assert!(parse_host_name("keys.example.com").is_ok());
        for bad in ["https://keys.example.com", "keys.example.com:80", "-x.com", "a..b", ""] {
            assert!(parse_host_name(bad).is_err(), "{bad:?}");
        }
    }
}
