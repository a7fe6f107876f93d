//! Who is asking, and at which origin: the TCP peer and the listener, or what a trusted reverse
//! proxy (`--trusted-proxy`) reports in `X-Forwarded-For`, `-Proto` and `-Host`. From any other
//! peer these headers are ignored, so a client cannot choose its own address or origin.

use std::net::IpAddr;
use std::str::FromStr;

use hyper::HeaderMap;

/// An address or a CIDR range, e.g. `127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressRange {
    network: IpAddr,
    prefix: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressRangeError {
    #[error("{0:?} is not an IP address or a CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1, fd00::/8)")]
    NotAnAddress(String),
    #[error("/{prefix} is longer than an address of {bits} bits in {text:?}")]
    PrefixTooLong { text: String, prefix: u8, bits: u8 },
}

impl FromStr for AddressRange {
    type Err = AddressRangeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let not_an_address = || AddressRangeError::NotAnAddress(text.to_owned());
        let (address, prefix) = match text.trim().split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text.trim(), None),
        };
        let network = address.parse::<IpAddr>().map_err(|_| not_an_address())?.to_canonical();
        let bits = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix.parse::<u8>().map_err(|_| not_an_address())?,
            None => bits,
        };
        if prefix > bits {
            return Err(AddressRangeError::PrefixTooLong { text: text.to_owned(), prefix, bits });
        }
        Ok(AddressRange { network, prefix })
    }
}

impl AddressRange {
    /// True when `address` lies in this range (IPv4-mapped IPv6 addresses count as IPv4).
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, address.to_canonical()) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(network) & mask == u128::from(address) & mask
            }
            _ => false,
        }
    }

    /// The loopback ranges (127.0.0.0/8 and ::1).
    pub fn loopback() -> [AddressRange; 2] {
        [
            AddressRange { network: IpAddr::from([127, 0, 0, 0]), prefix: 8 },
            AddressRange { network: IpAddr::from([0, 0, 0, 0, 0, 0, 0, 1]), prefix: 128 },
        ]
    }
}

/// What a request tells about its client and the origin it was sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestOrigin {
    /// The client's address: the peer, or the one a trusted proxy reports.
    pub client: IpAddr,
    /// `http` or `https`, as the browser used it.
    pub scheme: &'static str,
    /// `host[:port]` as the browser used it (Host, or X-Forwarded-Host from a trusted proxy).
    pub host: Option<String>,
    /// The TCP peer, and whether it is a `--trusted-proxy` (whose identity headers are believed).
    pub peer: IpAddr,
    pub trusted_peer: bool,
}

/// The peers whose X-Forwarded-* headers are believed.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies {
    ranges: Vec<AddressRange>,
}

impl TrustedProxies {
    pub fn new(ranges: Vec<AddressRange>) -> Self {
        TrustedProxies { ranges }
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.ranges.iter().any(|range| range.contains(address))
    }

    /// The client, scheme and host of a request that reached `listener_scheme` from `peer`.
    /// The host is the request URI's authority where it has one (HTTP/2's `:authority`, or an
    /// absolute-form request line: RFC 9112 §3.2.2 says it wins over Host), else the Host
    /// header. (An HTTP/1.1 request without Host is refused before this, by the gate.)
    pub fn resolve(
        &self,
        headers: &HeaderMap,
        authority: Option<&str>,
        peer: IpAddr,
        listener_scheme: &'static str,
    ) -> RequestOrigin {
        let own_host = || {
            authority
                .or_else(|| headers.get(hyper::header::HOST).and_then(|v| v.to_str().ok()))
                .map(str::to_owned)
        };
        if !self.trusts(peer) {
            return RequestOrigin {
                client: peer,
                scheme: listener_scheme,
                host: own_host(),
                peer,
                trusted_peer: false,
            };
        }
        let scheme = match last_value(headers, "x-forwarded-proto") {
            Some(proto) if proto.eq_ignore_ascii_case("https") => "https",
            Some(proto) if proto.eq_ignore_ascii_case("http") => "http",
            _ => listener_scheme,
        };
        RequestOrigin {
            client: self.client(headers, peer),
            scheme,
            host: last_value(headers, "x-forwarded-host").or_else(own_host),
            peer,
            trusted_peer: true,
        }
    }

    /// Walks X-Forwarded-For (every header line, in order) from the right: the first address
    /// that is not a trusted proxy is the client. An entry that is not an address stops the walk
    /// at the last proxy that was believed.
    fn client(&self, headers: &HeaderMap, peer: IpAddr) -> IpAddr {
        let entries: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|line| line.to_str().ok())
            .flat_map(|line| line.split(','))
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .collect();
        let mut client = peer;
        for entry in entries.iter().rev() {
            let Some(address) = parse_forwarded_address(entry) else { return client };
            client = address;
            if !self.trusts(address) {
                return address;
            }
        }
        client
    }
}

/// `203.0.113.5`, `2001:db8::1`, `[2001:db8::1]:4711` or `203.0.113.5:4711`.
fn parse_forwarded_address(entry: &str) -> Option<IpAddr> {
    let address = entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<std::net::SocketAddr>().ok().map(|socket| socket.ip()))?;
    Some(address.to_canonical())
}

/// The right-most value of a comma-separated header over all its lines: the one the nearest
/// proxy set.
fn last_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(name)
        .iter()
        .filter_map(|line| line.to_str().ok())
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .rfind(|value| !value.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn proxies(ranges: &[&str]) -> TrustedProxies {
        TrustedProxies::new(ranges.iter().map(|r| r.parse().unwrap()).collect())
    }

    #[test]
    fn ranges_parse_and_match() {
        let range: AddressRange = "10.1.0.0/16".parse().unwrap();
        assert!(range.contains(ip("10.1.200.3")) && !range.contains(ip("10.2.0.1")));
        assert!(range.contains(ip("::ffff:10.1.0.9")), "IPv4-mapped peers of a dual-stack listener");
        let single: AddressRange = "::1".parse().unwrap();
        assert!(single.contains(ip("::1")) && !single.contains(ip("::2")));
        let everything: AddressRange = "0.0.0.0/0".parse().unwrap();
        assert!(everything.contains(ip("203.0.113.1")) && !everything.contains(ip("2001:db8::1")));
        assert!("10.0.0.0/33".parse::<AddressRange>().is_err());
        assert!("example.com".parse::<AddressRange>().is_err());
        assert!("10.0.0.0/x".parse::<AddressRange>().is_err());
    }

    #[test]
    fn forwarded_headers_count_only_from_trusted_peers() {
        let mut headers = HeaderMap::new();
        headers.insert("host", HeaderValue::from_static("127.0.0.1:8080"));
        headers.insert("x-forwarded-for", HeaderValue::from_static("203.0.113.9"));
        headers.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        headers.insert("x-forwarded-host", HeaderValue::from_static("portal.example.com"));
        let untrusted = proxies(&["10.0.0.0/8"]).resolve(&headers, None, ip("127.0.0.1"), "http");
        assert_eq!(
            untrusted,
            RequestOrigin {
                client: ip("127.0.0.1"),
                scheme: "http",
                host: Some("127.0.0.1:8080".into()),
                peer: ip("127.0.0.1"),
                trusted_peer: false
            }
        );
        let trusted = proxies(&["127.0.0.1"]).resolve(&headers, None, ip("127.0.0.1"), "http");
        assert_eq!(
            trusted,
            RequestOrigin {
                client: ip("203.0.113.9"),
                scheme: "https",
                host: Some("portal.example.com".into()),
                peer: ip("127.0.0.1"),
                trusted_peer: true
            }
        );
    }

    #[test]
    fn without_a_host_header_the_authority_is_the_host() {
        let headers = HeaderMap::new();
        let seen = proxies(&[]).resolve(&headers, Some("evil.example"), ip("127.0.0.1"), "https");
        assert_eq!(seen.host.as_deref(), Some("evil.example"), "HTTP/2's :authority counts as Host");
        let mut with_host = HeaderMap::new();
        with_host.insert("host", HeaderValue::from_static("127.0.0.1:8443"));
        let seen = proxies(&[]).resolve(&with_host, Some("evil.example"), ip("127.0.0.1"), "https");
        assert_eq!(seen.host.as_deref(), Some("evil.example"), "the authority wins when both are there");
        let seen = proxies(&[]).resolve(&with_host, None, ip("127.0.0.1"), "https");
        assert_eq!(seen.host.as_deref(), Some("127.0.0.1:8443"), "Host when there is no authority");
    }

    #[test]
    fn the_right_most_untrusted_address_of_every_line_is_the_client() {
        let mut headers = HeaderMap::new();
        headers.append("x-forwarded-for", HeaderValue::from_static("198.51.100.66, 203.0.113.5"));
        headers.append("x-forwarded-for", HeaderValue::from_static("10.0.0.2"));
        let trusting = proxies(&["127.0.0.1", "10.0.0.0/8"]);
        assert_eq!(trusting.client(&headers, ip("127.0.0.1")), ip("203.0.113.5"));
        // Spoofed entries left of the client are never reached.
        let mut spoofed = HeaderMap::new();
        spoofed.insert("x-forwarded-for", HeaderValue::from_static("garbage, 10.0.0.7"));
        assert_eq!(trusting.client(&spoofed, ip("127.0.0.1")), ip("10.0.0.7"));
        let mut ports = HeaderMap::new();
        ports.insert("x-forwarded-for", HeaderValue::from_static("[2001:db8::5]:4711"));
        assert_eq!(trusting.client(&ports, ip("10.0.0.1")), ip("2001:db8::5"));
        assert_eq!(trusting.client(&HeaderMap::new(), ip("10.0.0.1")), ip("10.0.0.1"));
    }
}
