//! Where the panel sends packets: `<meta name="plesk-agent-endpoint">` of the deployed
//! `index.html` (editable without rebuilding), else the relative agent path, so a panel served
//! under a sub-path talks to the agent path under that same sub-path.

/// The name of the meta tag that configures the endpoint (the contract's).
pub use plesk_xmlapi::contract::meta::AGENT_ENDPOINT as ENDPOINT_META;

use crate::i18n::{tf, Fmt};

/// Used when the meta tag is absent or empty: relative to the page (the contract's agent path).
pub use plesk_xmlapi::contract::RELATIVE_AGENT_PATH as DEFAULT_ENDPOINT;

/// The endpoint for a meta tag's content.
pub fn endpoint_from_meta(content: Option<&str>) -> String {
    match content.map(str::trim) {
        Some(value) if !value.is_empty() => value.to_owned(),
        _ => DEFAULT_ENDPOINT.to_owned(),
    }
}

/// Reads the meta tag of the current document.
pub fn configured_endpoint() -> String {
    endpoint_from_meta(crate::page_meta::page_meta(ENDPOINT_META).as_deref())
}

/// The header's "where and who": the host the panel talks to and, once Plesk told it, the
/// login the credential belongs to.
pub fn where_and_who(host: &str, login: Option<&str>) -> String {
    match (host.is_empty(), login) {
        (false, Some(login)) => {
            tf(Fmt::ConnectWhereAndWho, &[("host", host.into()), ("login", login.into())])
        }
        (false, None) => host.to_owned(),
        (true, Some(login)) => login.to_owned(),
        (true, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_names_the_host_and_once_known_the_login() {
        assert_eq!(where_and_who("plesk.example.com:8443", Some("admin")), "plesk.example.com:8443 — admin");
        assert_eq!(where_and_who("plesk.example.com", None), "plesk.example.com");
        assert_eq!(where_and_who("", Some("admin")), "admin");
    }

    #[test]
    fn meta_content_wins_and_blank_falls_back_to_the_relative_default() {
        assert_eq!(endpoint_from_meta(Some(" https://gw.example/agent ")), "https://gw.example/agent");
        assert_eq!(endpoint_from_meta(Some("  ")), DEFAULT_ENDPOINT);
        assert_eq!(endpoint_from_meta(None), DEFAULT_ENDPOINT);
        assert!(!DEFAULT_ENDPOINT.starts_with('/'), "must stay relative for sub-path deployments");
    }
}
