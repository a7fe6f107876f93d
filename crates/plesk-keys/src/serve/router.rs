//! Routing: the agent paths (the bare one for the first server, `servers/NAME/…` for each),
//! `servers.json`, static files, everything else 404; one access-log line per request on stderr
//! (method, path, status, time — never headers, so never a key).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Instant;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{
    HeaderValue, CACHE_CONTROL, CONNECTION, CONTENT_TYPE, STRICT_TRANSPORT_SECURITY, TRANSFER_ENCODING,
    X_CONTENT_TYPE_OPTIONS,
};
use hyper::{Method, Request, Response, StatusCode};

use super::agent;
use super::audit::AuditLog;
use super::cors::CorsPolicy;
use super::csp::CspSettings;
use super::fleet::{agent_target, Fleet};
use super::forwarded::TrustedProxies;
use super::host::HostPolicy;
use super::static_files::{self, Panel};

pub type HttpResponse = Response<Full<Bytes>>;

/// What every request handler can see.
pub struct Shared {
    /// The servers; replaced whole on SIGHUP, while requests in flight keep the one they took.
    pub fleet: RwLock<Arc<Fleet>>,
    pub audit: Option<AuditLog>,
    /// The panel: its files (a folder or built in) and the settings written into its pages.
    pub panel: Panel,
    pub max_body: usize,
    /// Room for agent request bodies over all connections, in bytes (one permit per byte).
    pub body_memory: tokio::sync::Semaphore,
    /// How long a client may take to send its headers and its body.
    pub request_timeout: std::time::Duration,
    pub cors: CorsPolicy,
    pub proxies: TrustedProxies,
    pub hosts: HostPolicy,
    pub csp: CspSettings,
    pub quiet: bool,
}

impl Shared {
    pub fn fleet(&self) -> Arc<Fleet> {
        match self.fleet.read() {
            Ok(fleet) => Arc::clone(&fleet),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub fn replace_fleet(&self, fleet: Fleet) {
        match self.fleet.write() {
            Ok(mut current) => *current = Arc::new(fleet),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(fleet),
        }
    }
}

pub async fn route(
    shared: Arc<Shared>,
    peer: SocketAddr,
    scheme: &'static str,
    request: Request<Incoming>,
) -> Result<HttpResponse, Infallible> {
    let started = Instant::now();
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    let seen = shared.proxies.resolve(request.headers(), peer.ip(), scheme);
    let response = if request.headers().contains_key(TRANSFER_ENCODING) {
        // Bodies come with Content-Length only: a request with Transfer-Encoding (with or
        // without Content-Length) is how requests are smuggled past a proxy that reads the
        // other header. hyper drops Content-Length when both come, so refuse on the former.
        let mut refused = text_response(
            StatusCode::BAD_REQUEST,
            "Transfer-Encoding is not accepted: send the body with Content-Length.\n",
        );
        refused.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
        refused
    } else if !shared.hosts.accepts(seen.host.as_deref()) {
        text_response(StatusCode::MISDIRECTED_REQUEST, "This server does not answer to that host name.\n")
    } else if let Some(target) = agent_target(&path) {
        match shared.fleet().find(target) {
            Some(server) => agent::handle(&shared, &seen, &server, request).await,
            None => text_response(StatusCode::NOT_FOUND, "There is no server of that name.\n"),
        }
    } else if path == "/servers.json" {
        match method {
            Method::GET | Method::HEAD => servers_json(&shared, method == Method::HEAD),
            _ => text_response(StatusCode::METHOD_NOT_ALLOWED, "Only GET and HEAD are allowed here.\n"),
        }
    } else {
        match method {
            Method::GET | Method::HEAD => {
                static_files::serve(
                    &shared.panel,
                    &path,
                    method == Method::HEAD,
                    request.headers(),
                    &shared.csp,
                )
                .await
            }
            _ => text_response(StatusCode::METHOD_NOT_ALLOWED, "Only GET and HEAD are allowed here.\n"),
        }
    };
    if !shared.quiet {
        let shown_path: String = path.chars().take(200).collect();
        eprintln!(
            "{} {method} {shown_path:?} {} {:.1}ms",
            peer.ip(),
            response.status().as_u16(),
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    Ok(with_common_headers(response, scheme))
}

/// `servers.json`: the servers' names and labels (never URLs or anything secret), for the panel.
/// Always answered, also for one server, so the panel never meets a 404.
fn servers_json(shared: &Shared, head_only: bool) -> HttpResponse {
    let listing = shared.fleet().listing();
    let length = listing.len();
    let mut response = Response::new(Full::new(if head_only { Bytes::new() } else { listing }));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(hyper::header::CONTENT_LENGTH, HeaderValue::from(length));
    response
}

/// A short plain-text response.
pub fn text_response(status: StatusCode, text: &'static str) -> HttpResponse {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Headers on every answer; HSTS when this listener serves TLS itself (behind a TLS proxy
/// that is the proxy's job).
fn with_common_headers(mut response: HttpResponse, listener_scheme: &str) -> HttpResponse {
    let headers = response.headers_mut();
    if listener_scheme == "https" {
        headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    response
}
