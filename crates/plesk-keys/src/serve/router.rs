//! The `Router`: the agent paths (the bare one for the first server, `servers/NAME/…` for each),
//! `servers.json`, the panel's files for everything else; wrapped in layers (the Host check and
//! Transfer-Encoding refusal before routing, the CSP of the agent paths, the headers on every
//! answer, one access-log line per request on stderr: method, path, status, time — never
//! headers, so never a key).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    HeaderValue, CACHE_CONTROL, CONNECTION, CONTENT_LENGTH, CONTENT_SECURITY_POLICY, CONTENT_TYPE, HOST,
    STRICT_TRANSPORT_SECURITY, TRANSFER_ENCODING, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderName, Method, Response, StatusCode};
use axum::middleware::{self, Next};
use axum::routing::{any, get};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use super::access_log;
use super::agent;
use super::audit::AuditLog;
use super::cors::CorsPolicy;
use super::csp::CspSettings;
use super::fleet::{agent_target, Fleet};
use super::forwarded::{RequestOrigin, TrustedProxies};
use super::host::HostPolicy;
use super::static_files::{self, Panel};

pub type HttpResponse = axum::response::Response;

/// The router's state.
pub type App = Arc<Shared>;

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

/// The client's address, put on each request by the accept loop (requests sent in-process, as
/// in tests, have none: they come from the loopback address).
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

/// The server for a listener of `scheme` (`http`, or `https` when it does TLS itself).
pub fn router(app: App, scheme: &'static str) -> Router {
    let agent_path = plesk_xmlapi::AGENT_PATH;
    // No RequestBodyLimitLayer: it would answer 413 before the origin gate (403 comes first)
    // and before the audit log sees the request; `body::read_capped` caps the body instead,
    // after reserving room for it among all bodies in memory (--max-body-memory).
    let agent = any(agent::handle).layer::<_, Infallible>(SetResponseHeaderLayer::overriding(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'"),
    ));
    let mut router = Router::new()
        .route(agent_path, agent.clone())
        .route(&format!("/servers/{{name}}{agent_path}"), agent)
        .route("/servers.json", get(servers_json).fallback(|| async { only_get_and_head() }))
        .fallback(everything_else)
        .layer(middleware::from_fn_with_state((Arc::clone(&app), scheme), gate))
        .layer(SetResponseHeaderLayer::overriding(
            X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("referrer-policy"),
            HeaderValue::from_static("no-referrer"),
        ));
    if scheme == "https" {
        // HSTS when this listener serves TLS itself (behind a TLS proxy that is the proxy's job).
        router = router.layer(SetResponseHeaderLayer::overriding(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    if !app.quiet {
        router = router.layer(
            TraceLayer::new_for_http()
                .make_span_with(access_log::span::<Body>)
                .on_request(())
                .on_response(access_log::answered::<Body>)
                .on_body_chunk(())
                .on_eos(())
                .on_failure(()),
        );
    }
    router.with_state(app)
}

fn peer(request: &Request) -> SocketAddr {
    request.extensions().get::<Peer>().map_or(SocketAddr::from(([127, 0, 0, 1], 0)), |peer| peer.0)
}

/// Before routing: smuggling-shaped requests and foreign Host names are refused; every request
/// gets its `RequestOrigin` (client, scheme and host as the browser used them).
async fn gate(
    State((app, scheme)): State<(App, &'static str)>,
    mut request: Request,
    next: Next,
) -> HttpResponse {
    if request.headers().contains_key(TRANSFER_ENCODING) {
        // Bodies come with Content-Length only: a request with Transfer-Encoding (with or
        // without Content-Length) is how requests are smuggled past a proxy that reads the
        // other header. hyper drops Content-Length when both come, so refuse on the former.
        let mut refused = text_response(
            StatusCode::BAD_REQUEST,
            "Transfer-Encoding is not accepted: send the body with Content-Length.\n",
        );
        refused.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
        return refused;
    }
    if request.version() == axum::http::Version::HTTP_11 && !request.headers().contains_key(HOST) {
        // RFC 9112 §3.2: a request without Host is answered 400 (and would skip the host check).
        return text_response(StatusCode::BAD_REQUEST, "An HTTP/1.1 request needs a Host header.\n");
    }
    let authority = request.uri().authority().map(|authority| authority.as_str());
    let seen: RequestOrigin = app.proxies.resolve(request.headers(), authority, peer(&request).ip(), scheme);
    if !app.hosts.accepts(seen.host.as_deref()) {
        return text_response(
            StatusCode::MISDIRECTED_REQUEST,
            "This server does not answer to that host name.\n",
        );
    }
    request.extensions_mut().insert(seen);
    next.run(request).await
}

/// The agent path's server of this request, by its path.
pub fn requested_server(app: &Shared, path: &str) -> Option<Arc<super::fleet::Server>> {
    agent_target(path).and_then(|target| app.fleet().find(target))
}

/// Agent paths no route names (an empty server name, or one with a `/`) are unknown servers;
/// every other path is one of the panel's files.
async fn everything_else(state: State<App>, request: Request) -> HttpResponse {
    if agent_target(request.uri().path()).is_some() {
        return text_response(StatusCode::NOT_FOUND, "There is no server of that name.\n");
    }
    static_files::files(state, request).await
}

fn only_get_and_head() -> HttpResponse {
    text_response(StatusCode::METHOD_NOT_ALLOWED, "Only GET and HEAD are allowed here.\n")
}

/// `servers.json`: the servers' names and labels (never URLs or anything secret), for the panel.
/// Always answered, also for one server, so the panel never meets a 404.
async fn servers_json(State(app): State<App>, method: Method) -> HttpResponse {
    let listing = app.fleet().listing();
    let length = listing.len();
    let mut response =
        Response::new(if method == Method::HEAD { Body::empty() } else { Body::from(listing) });
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    response
}

/// A short plain-text response.
pub fn text_response(status: StatusCode, text: &'static str) -> HttpResponse {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
