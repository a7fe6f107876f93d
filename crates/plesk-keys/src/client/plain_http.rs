//! The warning before credentials cross a network in clear text: `http://` to a host that is
//! not this machine.

use std::net::IpAddr;

/// True when `url` is plain `http://` to a host other than loopback (`localhost`, 127.0.0.0/8,
/// `::1`): the key or password would be readable on the way.
pub fn sends_credentials_in_clear(url: &str) -> bool {
    let Some(rest) =
        url.trim().get(..7).filter(|scheme| scheme.eq_ignore_ascii_case("http://")).map(|_| &url.trim()[7..])
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = match host_port.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    if host.eq_ignore_ascii_case("localhost") {
        return false;
    }
    !host.parse::<IpAddr>().is_ok_and(|address| address.is_loopback())
}

/// The warning, when `url` deserves one.
pub fn warn_if_clear(url: &str) {
    if sends_credentials_in_clear(url) {
        eprintln!("{}", crate::messages::text("cli-plain-http", &[("url", url.into())]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_to_another_machine_is_warned_about() {
        for clear in [
            "http://plesk.example.com:8443",
            "HTTP://192.0.2.7/",
            "http://user@10.0.0.1:80/x",
            "http://[2001:db8::1]:8080",
        ] {
            assert!(sends_credentials_in_clear(clear), "{clear}");
        }
        for safe in [
            "https://plesk.example.com:8443",
            "http://127.0.0.1:8080",
            "http://localhost/",
            "http://[::1]:9",
            "http://127.9.9.9",
        ] {
            assert!(!sends_credentials_in_clear(safe), "{safe}");
        }
    }
}
