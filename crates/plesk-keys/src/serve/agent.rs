//! The agent paths: answered by one server of the fleet (a built-in sandbox, or forwarded to its
//! Plesk server), with the same protections for every server; written to the audit log (a change
//! only once its first line is written, see `audit.rs`).

use std::time::{Instant, SystemTime};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{HeaderName, HeaderValue, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, Response, StatusCode};
use axum::response::{IntoResponse, Response as HttpResponse};
use axum::Extension;
use bytes::Bytes;
use plesk_sandbox::AgentRequest;
use plesk_xmlapi::PRETTY_PRINT_HEADER;

use super::audit::{is_change, AuditEntry};
use super::body::{read_capped, BodyError};
use super::cors::{preflight, with_grant, OriginCheck};
use super::credentials::RequestCredentials;
use super::error::Refusal;
use super::fleet::{Backend, Server};
use super::forwarded::RequestOrigin;
use super::state::{App, AppState};
use crate::transport::TransportError;

/// Besides the credential headers (see `credentials.rs`), all that is forwarded upstream; nothing
/// else of the browser's (no cookies, no portal Authorization).
const PASSED_HEADERS: [&str; 2] = [PRETTY_PRINT_HEADER, "content-type"];

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|value| value.to_str().ok()).map(|value| value.trim().to_owned())
}

/// POST on an agent path: one packet for the server the path names.
pub async fn post(
    State(app): State<App>,
    Extension(seen): Extension<RequestOrigin>,
    request: Request,
) -> HttpResponse {
    let Some(server) = app.server_for(request.uri().path()) else {
        return Refusal::UnknownServer.into_response();
    };
    let origin = app.cors.check(request.headers(), &seen);
    let mut call =
        Call { app: &app, seen: &seen, server: &server, started: (SystemTime::now(), Instant::now()) };
    if origin == OriginCheck::Foreign {
        return call.refused(Refusal::ForeignOrigin, &RequestCredentials::default(), None);
    }
    with_grant(call.post(request).await, &origin)
}

/// OPTIONS on an agent path: the CORS preflight of an allowed portal.
pub async fn options(
    State(app): State<App>,
    Extension(seen): Extension<RequestOrigin>,
    request: Request,
) -> HttpResponse {
    if app.server_for(request.uri().path()).is_none() {
        return Refusal::UnknownServer.into_response();
    }
    preflight(&app.cors.check(request.headers(), &seen), request.headers())
}

/// One POST on an agent path.
struct Call<'a> {
    app: &'a AppState,
    seen: &'a RequestOrigin,
    server: &'a Server,
    started: (SystemTime, Instant),
}

impl Call<'_> {
    fn entry<'e>(
        &'e self,
        credentials: &'e RequestCredentials,
        request: Option<&'e [u8]>,
        status: Option<StatusCode>,
        answer: Option<&'e [u8]>,
    ) -> AuditEntry<'e> {
        AuditEntry {
            time: self.started.0,
            client: self.seen.client,
            server: &self.server.name,
            credentials,
            request,
            status,
            answer,
            duration: self.started.1.elapsed(),
        }
    }

    /// Queues the request's last audit line; a line that cannot be queued is said in the access log.
    fn audit(&self, entry: AuditEntry<'_>) {
        if let Some(audit) = &self.app.audit {
            if let Err(error) = audit.record(entry.to_line()) {
                tracing::warn!("audit line lost: {error}");
            }
        }
    }

    fn refused(
        &mut self,
        refusal: Refusal,
        credentials: &RequestCredentials,
        request: Option<&[u8]>,
    ) -> HttpResponse {
        self.audit(self.entry(credentials, request, Some(refusal.status()), None));
        refusal.into_response()
    }

    async fn post(&mut self, request: Request) -> HttpResponse {
        let credentials = match RequestCredentials::read(request.headers()) {
            Ok(credentials) => credentials,
            Err(refusal) => return self.refused(refusal, &RequestCredentials::default(), None),
        };
        let (parts, body) = request.into_parts();
        let app = self.app;
        let declared: Option<u64> =
            header(&parts.headers, CONTENT_LENGTH.as_str()).and_then(|v| v.parse().ok());
        // Room for the body among all bodies in memory, reserved before reading it.
        let room = declared.unwrap_or(app.max_body as u64).min(app.max_body as u64);
        let room = u32::try_from(room).unwrap_or(u32::MAX).max(1);
        let reserved = tokio::time::timeout(app.request_timeout, app.body_memory.acquire_many(room)).await;
        let Ok(Ok(_room_held_until_answered)) = reserved else {
            return self.refused(Refusal::Busy, &credentials, None);
        };
        let body = match read_capped(body, declared, app.max_body, app.request_timeout).await {
            Ok(body) => body,
            Err(error) => {
                let refusal = match error {
                    BodyError::TooSlow(_) => Refusal::BodyTooSlow,
                    BodyError::TooLarge { .. } => Refusal::BodyTooLarge,
                    BodyError::Read(_) => Refusal::BodyUnreadable,
                };
                return self.refused(refusal, &credentials, None);
            }
        };
        // No audit line, no change.
        if let Some(audit) = &app.audit {
            if is_change(&body) {
                let first = self.entry(&credentials, Some(&body), None, None).to_line();
                if let Err(error) = audit.record_before_change(first).await {
                    tracing::error!("a change was refused: {error}");
                    return self.refused(Refusal::AuditUnavailable, &credentials, Some(&body));
                }
            }
        }
        let (response, answer) = match self.forward(&parts.headers, &credentials, body.clone()).await {
            Ok(answer) => (xml_response(answer.0, answer.1.clone()), Some(answer.1)),
            Err(refusal) => (refusal.into_response(), None),
        };
        self.audit(self.entry(&credentials, Some(&body), Some(response.status()), answer.as_deref()));
        response
    }

    /// The server's answer (status and body), or the gateway's own refusal.
    async fn forward(
        &self,
        headers: &HeaderMap,
        credentials: &RequestCredentials,
        body: Bytes,
    ) -> Result<(StatusCode, Bytes), Refusal> {
        match &self.server.backend {
            Backend::Sandbox { sandbox, persistent, delay } => {
                if !delay.is_zero() {
                    tokio::time::sleep(*delay).await;
                }
                let request = AgentRequest {
                    body: &body,
                    credentials: credentials.for_sandbox(),
                    pretty: header(headers, PRETTY_PRINT_HEADER)
                        .is_some_and(|v| v.eq_ignore_ascii_case("true")),
                    client: self.seen.client,
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
                    if let (Ok(name), Some(value)) =
                        (HeaderName::from_bytes(name.as_bytes()), headers.get(name))
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
                            self.server.name,
                            answer.status.as_u16()
                        );
                        Err(Refusal::UpstreamNotXml)
                    }
                    Err(TransportError::Timeout(_)) => Err(Refusal::UpstreamTimeout),
                    Err(error) => {
                        tracing::warn!("upstream error (server {}): {error}", self.server.name);
                        Err(Refusal::UpstreamUnreachable)
                    }
                }
            }
        }
    }
}

/// Whether an upstream body is an XML API packet (an XML declaration or `<packet`), not an error
/// page: a Plesk 500 page may name internal URLs and paths, and is never shown to the browser.
fn is_xml_packet(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    let start = body.trim_ascii_start();
    start.starts_with(b"<?xml") || start.starts_with(b"<packet")
}

/// An agent answer: XML, never cached.
pub fn xml_response(status: StatusCode, body: Bytes) -> HttpResponse {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=UTF-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
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
