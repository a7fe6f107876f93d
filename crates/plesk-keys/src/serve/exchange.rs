//! One packet to one server of the fleet and its answer: handed to the built-in sandbox, or
//! forwarded to Plesk with exactly the credential headers given (and nothing else of the
//! browser's but the two headers below). Used for the browser's packets and for the service's
//! own reads in the signed-in mode.

use std::net::IpAddr;

use axum::http::header::{HeaderName, HeaderValue};
use axum::http::{HeaderMap, StatusCode};
use bytes::Bytes;
use plesk_sandbox::AgentRequest;
use plesk_xmlapi::PRETTY_PRINT_HEADER;

use super::credentials::RequestCredentials;
use super::error::Refusal;
use super::fleet::{Backend, Server};
use crate::transport::TransportError;

/// Besides the credential headers (see `credentials.rs`), all that is forwarded upstream; nothing
/// else of the browser's (no cookies, no portal Authorization).
const PASSED_HEADERS: [&str; 2] = [PRETTY_PRINT_HEADER, "content-type"];

pub fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|value| value.to_str().ok()).map(|value| value.trim().to_owned())
}

/// The server's answer (status and body), or the gateway's own refusal. `headers`: the
/// browser's, of which only [`PASSED_HEADERS`] go on; `client`: the address Plesk sees.
pub async fn exchange(
    server: &Server,
    headers: &HeaderMap,
    credentials: &RequestCredentials,
    client: IpAddr,
    body: Bytes,
) -> Result<(StatusCode, Bytes), Refusal> {
    match &server.backend {
        Backend::Sandbox { sandbox, persistent, delay } => {
            if !delay.is_zero() {
                tokio::time::sleep(*delay).await;
            }
            let request = AgentRequest {
                body: &body,
                credentials: credentials.for_sandbox(),
                pretty: header(headers, PRETTY_PRINT_HEADER).is_some_and(|v| v.eq_ignore_ascii_case("true")),
                client,
            };
            let answer = if *persistent {
                // Writes fsync the state file: keep them off the async workers.
                tokio::task::block_in_place(|| sandbox.handle(&request))
            } else {
                sandbox.handle(&request)
            };
            Ok((StatusCode::OK, Bytes::from(answer)))
        }
        Backend::Upstream(transport) => {
            let mut forwarded = credentials.headers();
            for name in PASSED_HEADERS {
                if let (Ok(name), Some(value)) = (HeaderName::from_bytes(name.as_bytes()), headers.get(name))
                {
                    forwarded.push((name, value.clone()));
                }
            }
            match transport.post(body, &forwarded).await {
                // Plesk's own Content-Type is not passed on: the answer is XML, never HTML.
                Ok(answer) if is_xml_packet(&answer.body) => Ok((answer.status, answer.body)),
                Ok(answer) => {
                    tracing::warn!(
                        "server {}: answered HTTP {} with a body that is not an XML packet; not passed on",
                        server.name,
                        answer.status.as_u16()
                    );
                    Err(Refusal::UpstreamNotXml)
                }
                Err(TransportError::Timeout(_)) => Err(Refusal::UpstreamTimeout),
                Err(error) => {
                    tracing::warn!("upstream error (server {}): {error}", server.name);
                    Err(Refusal::UpstreamUnreachable)
                }
            }
        }
    }
}

/// The service's own packet to `server` with its held key (the signed-in mode): an XML body
/// with HTTP 200, or the refusal to pass on.
pub async fn exchange_as_service(server: &Server, xml: String) -> Result<Bytes, Refusal> {
    let Some(key) = &server.held_key else { return Err(Refusal::NoHeldKey) };
    let mut headers = HeaderMap::new();
    headers.insert(axum::http::header::CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=UTF-8"));
    // The service calls from itself: a sandbox sees the loopback address, as Plesk sees the gateway's.
    let own = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
    match exchange(server, &headers, &key.credentials(), own, Bytes::from(xml)).await? {
        (StatusCode::OK, body) => Ok(body),
        _ => Err(Refusal::UpstreamUnreachable),
    }
}

/// Whether an upstream body is an XML API packet (an XML declaration or `<packet`), not an error
/// page: a Plesk 500 page may name internal URLs and paths, and is never shown to the browser.
fn is_xml_packet(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    let start = body.trim_ascii_start();
    start.starts_with(b"<?xml") || start.starts_with(b"<packet")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_xml_packets_pass_from_upstream() {
        assert!(is_xml_packet(b"<?xml version=\"1.0\"?><packet/>"));
        assert!(is_xml_packet(b"\xef\xbb\xbf\n <packet version=\"1.6.9.1\"/>"));
        for page in [
            &b"<!DOCTYPE html><html>"[..],
            b"<html><body>Internal error at /usr/local/psa",
            b"Server Error",
            b"",
        ] {
            assert!(!is_xml_packet(page), "{page:?}");
        }
    }
}
