//! Before routing: smuggling-shaped requests and requests without one readable host name are
//! refused, foreign host names too (DNS rebinding); every other request gets its `RequestOrigin`
//! (client, scheme and host as the browser used them).

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{HOST, TRANSFER_ENCODING};
use axum::http::uri::Authority;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::error::Refusal;
use super::state::App;

/// The host a request names: its URI authority (HTTP/2's `:authority`, or an absolute-form
/// request line, which win over Host: RFC 9112 §3.2.2), else its one Host header. RFC 9110
/// §7.2 / RFC 9112 §3.2: a missing, repeated or undecodable Host is answered 400 — this server
/// tells its own names from others' by it, so it is required of every version.
pub fn requested_host(request: &Request) -> Result<(), Refusal> {
    let mut hosts = request.headers().get_all(HOST).iter();
    let first = hosts.next();
    if hosts.next().is_some() {
        return Err(Refusal::DuplicateHost);
    }
    if let Some(value) = first {
        let readable = value
            .to_str()
            .ok()
            .filter(|text| !text.is_empty())
            .and_then(|text| text.parse::<Authority>().ok());
        match readable {
            Some(authority) if authority.as_str().contains('@') => return Err(Refusal::UndecodableHost),
            Some(_) => {}
            None => return Err(Refusal::UndecodableHost),
        }
    }
    if first.is_none() && request.uri().authority().is_none() {
        return Err(Refusal::MissingHost);
    }
    Ok(())
}

/// The gate, a middleware around every route.
pub async fn gate(
    State((app, scheme)): State<(App, &'static str)>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut request: Request,
    next: Next,
) -> Response {
    if request.headers().contains_key(TRANSFER_ENCODING) {
        // Bodies come with Content-Length only: a request with Transfer-Encoding (with or
        // without Content-Length) is how requests are smuggled past a proxy that reads the
        // other header. hyper drops Content-Length when both come, so refuse on the former.
        return Refusal::TransferEncoding.into_response();
    }
    if let Err(refusal) = requested_host(&request) {
        return refusal.into_response();
    }
    let authority = request.uri().authority().map(|authority| authority.as_str());
    let seen = app.proxies.resolve(request.headers(), authority, peer.ip(), scheme);
    if !app.hosts.accepts(seen.host.as_deref()) {
        return Refusal::MisdirectedHost.into_response();
    }
    request.extensions_mut().insert(seen);
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn request(version: axum::http::Version, uri: &str, hosts: &[&[u8]]) -> Request {
        let mut request = Request::builder().version(version).uri(uri).body(Body::empty()).unwrap();
        for host in hosts {
            request.headers_mut().append(HOST, axum::http::HeaderValue::from_bytes(host).unwrap());
        }
        request
    }

    #[test]
    fn one_readable_host_is_required() {
        use axum::http::Version;
        assert_eq!(requested_host(&request(Version::HTTP_11, "/", &[b"gw:8080"])), Ok(()));
        assert_eq!(requested_host(&request(Version::HTTP_2, "https://gw/", &[])), Ok(()));
        assert_eq!(requested_host(&request(Version::HTTP_11, "/", &[])), Err(Refusal::MissingHost));
        assert_eq!(requested_host(&request(Version::HTTP_10, "/", &[])), Err(Refusal::MissingHost));
        assert_eq!(requested_host(&request(Version::HTTP_2, "/", &[])), Err(Refusal::MissingHost));
        assert_eq!(
            requested_host(&request(Version::HTTP_11, "/", &[b"gw", b"evil.example"])),
            Err(Refusal::DuplicateHost)
        );
        for bad in [&b"\xffgw"[..], b"gw/x", b"a b", b"user@gw", b""] {
            assert_eq!(
                requested_host(&request(Version::HTTP_11, "/", &[bad])),
                Err(Refusal::UndecodableHost),
                "{bad:?}"
            );
        }
    }
}
