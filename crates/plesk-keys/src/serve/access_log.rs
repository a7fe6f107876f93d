//! The access log: tower-http's `TraceLayer` around the router, one `tracing` event per
//! answered request (client, method, path, status, time), written to stderr by a
//! `tracing-subscriber` formatter (not with --quiet). Never headers or bodies: the key and the
//! password travel in headers, packets in bodies.

use std::time::Duration;

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use axum::http::{Request, Response};
use tracing::Span;

/// The longest path written (a path is the client's text: no endless lines).
const MAX_PATH_CHARS: usize = 200;

/// The request's span: who asked for what. Nothing else of the request is read.
pub fn span<B>(request: &Request<B>) -> Span {
    let client = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|peer| peer.0.ip().to_string())
        .unwrap_or_default();
    let path: String = request.uri().path().chars().take(MAX_PATH_CHARS).collect();
    tracing::info_span!("request", %client, method = %request.method(), path = ?path)
}

/// The answer's status and how long it took, within the request's span.
pub fn answered<B>(response: &Response<B>, latency: Duration, _span: &Span) {
    tracing::info!(status = response.status().as_u16(), ms = latency.as_secs_f64() * 1000.0, "answered");
}
