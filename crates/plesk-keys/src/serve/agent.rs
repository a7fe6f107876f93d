//! An agent path: answered by one server of the fleet (a built-in sandbox, or forwarded to its
//! Plesk server), with the same protections for every server; written to the audit log.

use std::sync::Arc;
use std::time::{Instant, SystemTime};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    HeaderName, HeaderValue, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_MAX_AGE, ACCESS_CONTROL_REQUEST_HEADERS,
    ACCESS_CONTROL_REQUEST_METHOD, ALLOW, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, VARY,
};
use axum::http::{HeaderMap, Method, Response, StatusCode};
use bytes::Bytes;
use plesk_sandbox::{AgentRequest, Credentials, Sandbox};
use plesk_xmlapi::{KEY_HEADER, LOGIN_HEADER, PASSWORD_HEADER, PRETTY_PRINT_HEADER};

use super::audit::AuditEntry;
use super::body::{read_capped, BodyError};
use super::cors::{requested_headers_allowed, OriginCheck};
use super::fleet::Server;
use super::forwarded::RequestOrigin;
use super::router::{requested_server, text_response, App, HttpResponse, Shared};
use crate::transport::{AgentTransport, TransportError};

/// Exactly what is forwarded upstream; nothing else of the browser's (no cookies, no portal
/// Authorization).
pub const FORWARDED_HEADERS: [&str; 5] =
    [KEY_HEADER, LOGIN_HEADER, PASSWORD_HEADER, PRETTY_PRINT_HEADER, "content-type"];

/// Who answers the agent path.
pub enum Backend {
    /// `delay`: `--sandbox-delay`, waited before each answer (a far-away server, for trying and
    /// benchmarking the panel against a slow fleet).
    Sandbox {
        sandbox: Arc<Sandbox>,
        persistent: bool,
        delay: std::time::Duration,
    },
    Upstream(Box<AgentTransport>),
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|value| value.to_str().ok()).map(|value| value.trim().to_owned())
}

/// The credentials of a request; never logged.
pub fn credentials(headers: &HeaderMap) -> Credentials {
    Credentials {
        key: header(headers, KEY_HEADER),
        login: header(headers, LOGIN_HEADER),
        password: header(headers, PASSWORD_HEADER),
    }
}

/// The agent paths. Every answer carries `default-src 'none'` (a layer on these routes): nothing
/// in it may run or load anything, whatever a browser makes of it.
pub async fn handle(State(app): State<App>, request: Request) -> HttpResponse {
    let Some(server) = requested_server(&app, request.uri().path()) else {
        return text_response(StatusCode::NOT_FOUND, "There is no server of that name.\n");
    };
    let seen = match request.extensions().get::<RequestOrigin>() {
        Some(seen) => seen.clone(),
        None => {
            return text_response(StatusCode::INTERNAL_SERVER_ERROR, "The request's origin is unknown.\n")
        }
    };
    answer(&app, &seen, &server, request).await
}

/// What went to the server and came back, for the audit log.
#[derive(Default)]
struct Exchange {
    request: Option<Bytes>,
    /// The server's answer (not the gateway's own error pages).
    answer: Option<Bytes>,
}

async fn answer(shared: &Shared, seen: &RequestOrigin, server: &Server, request: Request) -> HttpResponse {
    let origin = shared.cors.check(request.headers(), seen);
    match *request.method() {
        Method::OPTIONS => preflight(&origin, request.headers()),
        Method::POST => {
            let (time, started) = (SystemTime::now(), Instant::now());
            let credentials = credentials(request.headers());
            let (response, exchange) = if origin == OriginCheck::Foreign {
                (refuse_foreign(), Exchange::default())
            } else {
                let (response, exchange) = forward(shared, seen, server, &credentials, request).await;
                (with_grant(response, &origin), exchange)
            };
            if let Some(audit) = &shared.audit {
                audit.write(&AuditEntry {
                    time,
                    client: seen.client,
                    server: &server.name,
                    credentials: &credentials,
                    request: exchange.request.as_deref(),
                    status: response.status(),
                    answer: exchange.answer.as_deref(),
                    duration: started.elapsed(),
                });
            }
            response
        }
        _ => {
            let mut response =
                text_response(StatusCode::METHOD_NOT_ALLOWED, "Only POST is allowed on the agent path.\n");
            response.headers_mut().insert(ALLOW, HeaderValue::from_static("POST, OPTIONS"));
            response
        }
    }
}

fn refuse_foreign() -> HttpResponse {
    let mut response =
        text_response(StatusCode::FORBIDDEN, "This origin is not allowed to use the agent path.\n");
    response.headers_mut().insert(VARY, HeaderValue::from_static("Origin"));
    response
}

fn preflight(origin: &OriginCheck, headers: &HeaderMap) -> HttpResponse {
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
        _ => refuse_foreign(),
    }
}

fn with_grant(mut response: HttpResponse, origin: &OriginCheck) -> HttpResponse {
    if let OriginCheck::Allowed(grant) = origin {
        response.headers_mut().insert(ACCESS_CONTROL_ALLOW_ORIGIN, grant.clone());
        response.headers_mut().insert(VARY, HeaderValue::from_static("Origin"));
    }
    response
}

async fn forward(
    shared: &Shared,
    seen: &RequestOrigin,
    server: &Server,
    credentials: &Credentials,
    request: Request,
) -> (HttpResponse, Exchange) {
    let (parts, body) = request.into_parts();
    let declared: Option<u64> = header(&parts.headers, CONTENT_LENGTH.as_str()).and_then(|v| v.parse().ok());
    // Room for the body among all bodies in memory, reserved before reading it.
    let room = declared.unwrap_or(shared.max_body as u64).min(shared.max_body as u64);
    let room = u32::try_from(room).unwrap_or(u32::MAX).max(1);
    let reserved = tokio::time::timeout(shared.request_timeout, shared.body_memory.acquire_many(room)).await;
    let Ok(Ok(_room_held_until_answered)) = reserved else {
        let busy =
            text_response(StatusCode::SERVICE_UNAVAILABLE, "The server is busy: try again in a moment.\n");
        return (busy, Exchange::default());
    };
    let body = match read_capped(body, declared, shared.max_body, shared.request_timeout).await {
        Ok(body) => body,
        Err(error) => {
            let refused = match error {
                BodyError::TooSlow(_) => {
                    text_response(StatusCode::REQUEST_TIMEOUT, "The request body arrived too slowly.\n")
                }
                BodyError::TooLarge { .. } => {
                    text_response(StatusCode::PAYLOAD_TOO_LARGE, "The request body is too large.\n")
                }
                BodyError::Read(_) => {
                    text_response(StatusCode::BAD_REQUEST, "The request body could not be read.\n")
                }
            };
            return (refused, Exchange::default());
        }
    };
    let mut exchange = Exchange { request: Some(body.clone()), answer: None };
    let response = match &server.backend {
        Backend::Sandbox { sandbox, persistent, delay } => {
            if !delay.is_zero() {
                tokio::time::sleep(*delay).await;
            }
            let request = AgentRequest {
                body: &body,
                credentials: credentials.clone(),
                pretty: header(&parts.headers, PRETTY_PRINT_HEADER)
                    .is_some_and(|v| v.eq_ignore_ascii_case("true")),
                client: seen.client,
            };
            let answer = if *persistent {
                // Writes fsync the state file: keep them off the async workers.
                tokio::task::block_in_place(|| sandbox.handle(&request))
            } else {
                sandbox.handle(&request)
            };
            let answer = Bytes::from(answer);
            exchange.answer = Some(answer.clone());
            xml_response(StatusCode::OK, answer)
        }
        Backend::Upstream(transport) => {
            let forwarded: Vec<(HeaderName, HeaderValue)> = FORWARDED_HEADERS
                .iter()
                .filter_map(|name| HeaderName::from_bytes(name.as_bytes()).ok())
                .flat_map(|name| {
                    parts
                        .headers
                        .get_all(&name)
                        .iter()
                        .map(move |value| (name.clone(), value.clone()))
                        .collect::<Vec<_>>()
                })
                .collect();
            match transport.post(body, &forwarded).await {
                // Plesk's own Content-Type is not passed on: the answer is XML, never HTML.
                Ok(answer) => {
                    exchange.answer = Some(answer.body.clone());
                    xml_response(answer.status, answer.body)
                }
                Err(TransportError::Timeout(_)) => {
                    text_response(StatusCode::GATEWAY_TIMEOUT, "The Plesk server did not answer in time.\n")
                }
                Err(error) => {
                    eprintln!("upstream error (server {}): {error}", server.name);
                    text_response(StatusCode::BAD_GATEWAY, "The Plesk server could not be reached.\n")
                }
            }
        }
    };
    (response, exchange)
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
