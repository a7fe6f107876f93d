//! Routing: the agent path, static files, everything else 404.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ALLOW, CACHE_CONTROL, CONTENT_TYPE, X_CONTENT_TYPE_OPTIONS};
use hyper::{Method, Request, Response, StatusCode};
use plesk_sandbox::Sandbox;
use plesk_xmlapi::AGENT_PATH;

use super::options::ServeArgs;
use super::{agent, static_files};

pub type HttpResponse = Response<Full<Bytes>>;

/// What every request handler can see.
pub struct Shared {
    pub sandbox: Sandbox,
    pub dist: PathBuf,
    pub max_body: usize,
}

impl Shared {
    pub fn new(args: ServeArgs, sandbox: Sandbox) -> Self {
        Shared { sandbox, dist: args.dist, max_body: args.max_body }
    }
}

pub async fn route(
    shared: Arc<Shared>,
    peer: SocketAddr,
    request: Request<Incoming>,
) -> Result<HttpResponse, Infallible> {
    let path = request.uri().path().to_owned();
    let response = if path == AGENT_PATH {
        match *request.method() {
            Method::POST => agent::handle(&shared, peer, request).await,
            _ => {
                let mut response = text_response(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "Only POST is allowed on the agent path.\n",
                );
                response.headers_mut().insert(ALLOW, HeaderValue::from_static("POST"));
                response
            }
        }
    } else {
        match *request.method() {
            Method::GET | Method::HEAD => {
                static_files::serve(&shared.dist, &path, request.method() == Method::HEAD).await
            }
            _ => text_response(StatusCode::METHOD_NOT_ALLOWED, "Only GET and HEAD are allowed here.\n"),
        }
    };
    Ok(with_common_headers(response))
}

/// A short plain-text response.
pub fn text_response(status: StatusCode, text: &'static str) -> HttpResponse {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn with_common_headers(mut response: HttpResponse) -> HttpResponse {
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    response
}
