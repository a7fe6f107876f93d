//! The Content-Security-Policy sent with `index.html`: a fresh nonce per response for trunk's
//! loader script, no inline code anywhere, connections to our own origin (plus a configured
//! endpoint origin), and framing only by the configured portal origins.

/// What trunk writes into the loader script's `nonce` attribute (Trunk.toml `create_nonce`).
pub const NONCE_PLACEHOLDER: &str = "{{__TRUNK NONCE__}}";

/// A fresh, unguessable nonce: 128 random bits, hex-encoded.
pub fn fresh_nonce() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The CSP and framing settings of `serve`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CspSettings {
    /// Extra origins the panel may connect to (an agent endpoint on another origin).
    pub connect_origins: Vec<String>,
    /// Origins allowed to embed the panel in an iframe; none: not embeddable.
    pub frame_ancestors: Vec<String>,
}

impl CspSettings {
    /// The header value for one response.
    pub fn header(&self, nonce: &str) -> String {
        let connect = std::iter::once("'self'".to_owned())
            .chain(self.connect_origins.iter().cloned())
            .collect::<Vec<_>>();
        let ancestors = if self.frame_ancestors.is_empty() {
            "'none'".to_owned()
        } else {
            self.frame_ancestors.join(" ")
        };
        format!(
            "default-src 'none'; script-src 'nonce-{nonce}' 'self' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self'; connect-src {}; base-uri 'none'; object-src 'none'; form-action 'none'; \
             frame-ancestors {ancestors}",
            connect.join(" ")
        )
    }
}

/// Checks an origin given on the command line (the contract's rule); the error names the option.
pub fn check_origin(option: &str, origin: &str) -> Result<String, String> {
    plesk_xmlapi::contract::check_origin(origin).map_err(|error| format!("{option} {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_by_default() {
        let header = CspSettings::default().header("abc");
        for directive in [
            "default-src 'none'",
            "script-src 'nonce-abc' 'self' 'wasm-unsafe-eval'",
            "style-src 'self'",
            "connect-src 'self'",
            "base-uri 'none'",
            "object-src 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(header.contains(directive), "{directive} missing in {header}");
        }
        assert!(!header.contains("'unsafe-inline'") && !header.contains("'unsafe-eval'"));
    }

    #[test]
    fn configured_origins_and_fresh_nonces() {
        let settings = CspSettings {
            connect_origins: vec!["https://gw.example.com".into()],
            frame_ancestors: vec!["https://portal.example.com".into()],
        };
        let header = settings.header("n");
        assert!(header.contains("connect-src 'self' https://gw.example.com"));
        assert!(header.contains("frame-ancestors https://portal.example.com"));
        assert_ne!(fresh_nonce().unwrap(), fresh_nonce().unwrap());
        assert_eq!(fresh_nonce().unwrap().len(), 32);
        assert!(check_origin("--frame-ancestors", "https://*.example.com").is_err());
        assert!(check_origin("--frame-ancestors", "https://portal.example.com/x").is_err());
        assert_eq!(
            check_origin("--frame-ancestors", "https://Portal.example.com/").unwrap(),
            "https://portal.example.com"
        );
    }
}
