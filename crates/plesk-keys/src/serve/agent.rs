//! The agent path answered by the built-in sandbox.

use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{HeaderMap, Request, Response, StatusCode};
use plesk_sandbox::{AgentRequest, Credentials};

use super::body::{read_capped, BodyError};
use super::router::{text_response, HttpResponse, Shared};

/// The Plesk headers, as a client sends them.
pub const KEY_HEADER: &str = "KEY";
pub const LOGIN_HEADER: &str = "HTTP_AUTH_LOGIN";
pub const PASSWORD_HEADER: &str = "HTTP_AUTH_PASSWD";
pub const PRETTY_HEADER: &str = "HTTP_PRETTY_PRINT";

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

pub async fn handle(shared: &Shared, peer: SocketAddr, request: Request<Incoming>) -> HttpResponse {
    let (parts, body) = request.into_parts();
    let declared = header(&parts.headers, CONTENT_LENGTH.as_str()).and_then(|v| v.parse().ok());
    let body = match read_capped(body, declared, shared.max_body).await {
        Ok(body) => body,
        Err(BodyError::TooLarge { .. }) => {
            return text_response(StatusCode::PAYLOAD_TOO_LARGE, "The request body is too large.\n")
        }
        Err(BodyError::Read(_)) => {
            return text_response(StatusCode::BAD_REQUEST, "The request body could not be read.\n")
        }
    };
    let pretty = header(&parts.headers, PRETTY_HEADER).is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let answer = shared.sandbox.handle(&AgentRequest {
        body: &body,
        credentials: credentials(&parts.headers),
        pretty,
        client: peer.ip(),
    });
    xml_response(Bytes::from(answer))
}

/// An agent answer: always 200 with XML, never cached.
pub fn xml_response(body: Bytes) -> HttpResponse {
    let mut response = Response::new(Full::new(body));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=UTF-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
