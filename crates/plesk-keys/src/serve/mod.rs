//! `plesk-keys serve`: one HTTP(S) server for the built panel, `servers.json` and the agent paths.

//!
//! Laid out as axum's examples are: `state.rs` (what handlers see), `error.rs` (every refusal →
//! a response), one file per route group (`agent.rs`, `servers.rs`, `panel.rs`), the gate and
//! the layers assembled in `router.rs`; this file runs the listener and drains on SIGTERM.

mod access;
mod access_log;
mod agent;
mod audit;
mod audit_writer;
mod body;
mod config_file;
mod connections;
mod cors;
mod credentials;
mod csp;
mod embedded;
mod error;
mod exchange;
mod fleet;
mod fleet_setup;
mod forwarded;
mod gate;
mod held_keys;
mod host;
mod identity;
mod openid;
mod openid_routes;
mod options;
mod page_settings;
mod panel;
mod panel_files;
mod reload;
mod router;
mod scope;
mod servers;
mod session_cookie;
mod session_info;
mod sign_in_file;
mod signed_in;
mod state;
mod static_form;
mod write_timeout;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use clap::Parser;
use hyper::server::conn::{http1, http2};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use plesk_sandbox::SandboxError;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

pub use audit::fingerprint;
pub use config_file::{file_arguments, ConfigError};
pub use options::ServeArgs;

use audit::{AuditError, AuditLog};
use axum::extract::connect_info::{ConnectInfo, MockConnectInfo};
use connections::{Accepted, Acceptor};
use router::router;
use state::AppState;
use tokio::sync::{mpsc, watch};
use write_timeout::WriteTimeout;

use crate::tls::{server_config, TlsError};
use crate::transport::EndpointError;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {address}: {source}")]
    Listen { address: SocketAddr, source: std::io::Error },
    #[error("the sandbox cannot start: {0}")]
    Sandbox(#[from] SandboxError),
    #[error("{0}")]
    Options(String),
    #[error("--upstream: {0}")]
    Upstream(#[from] EndpointError),
    #[error("TLS: {0}")]
    Tls(#[from] TlsError),
    #[error("--audit-log: {0}")]
    Audit(#[from] AuditError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}

/// Starts the server and runs until Ctrl-C or SIGTERM.
pub fn run(args: ServeArgs) -> Result<(), ServeError> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServeError::Runtime)?;
    runtime.block_on(serve(args))
}

/// Everything a request can see, from the options (`base`: the listener's own URL).
fn shared(args: &ServeArgs, base: &str) -> Result<(AppState, Vec<String>), ServeError> {
    let (fleet, details) = fleet_setup::build(args, base)?;
    let fleet_names: Vec<String> = fleet.names().into_iter().map(str::to_owned).collect();
    if args.sign_in()?.is_some() {
        if let Some(server) = fleet.servers().iter().find(|server| server.held_key.is_none()) {
            return Err(ServeError::Options(format!(
                "[sign-in]: the service holds no key for server {}: give it a key-file in the servers file",
                server.name
            )));
        }
    }
    let shared = AppState {
        fleet: std::sync::RwLock::new(Arc::new(fleet)),
        audit: args.audit_log.as_deref().map(AuditLog::open).transpose()?,
        panel: args.panel()?,
        max_body: args.max_body,
        body_memory: Semaphore::new(
            args.max_body_memory.max(u32::try_from(args.max_body).unwrap_or(u32::MAX)) as usize,
        ),
        request_timeout: std::time::Duration::from_secs(args.request_timeout),
        cors: args.cors()?,
        proxies: args.trusted_proxies(),
        hosts: args.hosts(),
        csp: args.csp()?,
        quiet: args.quiet,
        signed_in: args.signed_in_mode(&fleet_names, base)?,
    };
    Ok((shared, details))
}

/// The router `serve` would run with these options (`serve`'s arguments, without `serve`),
/// for answering requests in-process (`tower::ServiceExt::oneshot`), as the tests do. It
/// listens nowhere; the agent paths and pages behave as behind `http://127.0.0.1/`.
pub fn in_process(arguments: &[&str]) -> Result<Router, ServeError> {
    #[derive(Parser)]
    struct Options {
        #[command(flatten)]
        serve: ServeArgs,
    }
    let line = || std::iter::once("serve".to_owned()).chain(arguments.iter().map(|word| word.to_string()));
    let mut options =
        Options::try_parse_from(line()).map_err(|error| ServeError::Options(error.to_string()))?;
    // A --config file stands for the options it holds, as on the command line (see main.rs).
    if let Some(file) = options.serve.config.clone() {
        let command = <Options as clap::CommandFactory>::command();
        let given = command
            .clone()
            .try_get_matches_from(line())
            .map_err(|error| ServeError::Options(error.to_string()))?;
        let words = file_arguments(&file, &command, &given)
            .map_err(|error| ServeError::Options(error.to_string()))?;
        options = Options::try_parse_from(line().chain(words))
            .map_err(|error| ServeError::Options(error.to_string()))?;
    }
    let (shared, _) = shared(&options.serve, "http://127.0.0.1/")?;
    Ok(router(Arc::new(shared), "http").layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 0)))))
}

/// Writes the access log and the service's own messages to stderr.
fn log_to_stderr() {
    let _ = tracing_subscriber::fmt().with_writer(std::io::stderr).with_target(false).try_init();
}

async fn serve(args: ServeArgs) -> Result<(), ServeError> {
    log_to_stderr();
    // Options are refused before anything listens (ranges by clap, the rest here).
    let _checked = (args.cors()?, args.csp()?, args.panel()?);
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(certificate), Some(key)) => Some(TlsAcceptor::from(Arc::new(server_config(certificate, key)?))),
        _ => None,
    };
    let scheme: &'static str = if tls.is_some() { "https" } else { "http" };
    let listener = connections::listen(args.listen)
        .map_err(|source| ServeError::Listen { address: args.listen, source })?;
    let address =
        listener.local_addr().map_err(|source| ServeError::Listen { address: args.listen, source })?;
    let base = format!("{scheme}://{address}/");
    let (shared, details) = shared(&args, &base)?;
    if let Some(warning) = shared.panel.source.warning() {
        tracing::warn!("warning: {warning}");
    }
    let mut banner = vec![format!("Plesk Key Panel: {base}")];
    if shared.panel.source.is_missing() {
        // The URL above would answer "Not found": say what it serves and how to get the panel.
        banner.push(format!(
            "No panel in this build: {base}enterprise/control/agent.php answers clients; for the panel, run \
             `cargo xtask dist` and start again with --dist dist (or install a release package)"
        ));
    }
    banner.extend(details);
    if let Some(openid) = shared.signed_in.as_ref().and_then(|mode| mode.openid.as_ref()) {
        banner.push(format!(
            "OpenID Connect redirect URI (register it at the provider): {}",
            openid.redirect_uri()
        ));
    }
    announce(&banner);
    let shared = Arc::new(shared);
    let app = router(Arc::clone(&shared), scheme);
    tokio::spawn(reload::on_hangup(Arc::clone(&shared), args.clone(), base));
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    // Connections hold a `Draining` each: it tells them to stop and lets the loop wait for them.
    let (stop, stopping) = watch::channel(false);
    let (alive, mut all_closed) = mpsc::channel::<()>(1);
    // The accept loop stays ours (not `axum::serve`): --max-connections, the back-off on EMFILE,
    // the write timeout and the TLS handshake wrap each connection before HTTP starts.
    let mut acceptor = Acceptor::new(listener, args.max_connections as usize);
    loop {
        tokio::select! {
            accepted = acceptor.next() => {
                let draining = Draining { stopping: stopping.clone(), _alive: alive.clone() };
                let connection = connection(accepted, app.clone(), shared.request_timeout, shared.quiet, tls.clone(), draining);
                tokio::spawn(connection);
            }
            _ = &mut shutdown => break,
        }
    }
    // SIGTERM (what `systemctl stop` and `restart` send): stop accepting, let the requests in
    // flight finish within the request timeout (a create Plesk carried out keeps its answer,
    // the key shown once), close idle connections, then exit.
    drop(acceptor);
    drop(alive);
    let _ = stop.send(true);
    tracing::info!("Stopping: finishing the requests in flight (at most {:?}).", shared.request_timeout);
    let _ = tokio::time::timeout(shared.request_timeout, all_closed.recv()).await;
    tracing::info!("Stopped.");
    Ok(())
}

/// A connection's part in the drain: `stopping` turns true on SIGTERM; the connection's end
/// drops `_alive`, and the server exits when none is left.
#[derive(Clone)]
struct Draining {
    stopping: watch::Receiver<bool>,
    _alive: mpsc::Sender<()>,
}

impl Draining {
    async fn requested(&mut self) {
        let _ = self.stopping.wait_for(|stop| *stop).await;
    }
}

/// One connection: TLS handshake (within the request timeout) if configured, then HTTP/1.1, or
/// HTTP/2 when the client chose it during the handshake.
/// Its place among --max-connections is held until it ends.
async fn connection(
    accepted: Accepted,
    app: Router,
    timeout: std::time::Duration,
    quiet: bool,
    tls: Option<TlsAcceptor>,
    draining: Draining,
) {
    let Accepted { stream, peer, permit: _held_until_the_end } = accepted;
    let _ = stream.set_nodelay(true);
    let stream = WriteTimeout::new(stream, timeout);
    match tls {
        Some(acceptor) => {
            let handshake = tokio::time::timeout(timeout, acceptor.accept(stream)).await;
            match handshake.unwrap_or_else(|_| Err(std::io::Error::other("handshake timed out"))) {
                Ok(stream) => {
                    let http2 = stream.get_ref().1.alpn_protocol() == Some(b"h2".as_slice());
                    if http2 {
                        serve_http2(stream, app, peer, timeout, draining).await
                    } else {
                        serve_connection(stream, app, peer, timeout, draining).await
                    }
                }
                Err(error) => {
                    if !quiet {
                        tracing::info!("{} TLS handshake failed: {error}", peer.ip());
                    }
                }
            }
        }
        None => serve_connection(stream, app, peer, timeout, draining).await,
    }
}

/// The router as a hyper service; each request carries its client's address.
fn service(
    app: Router,
    peer: SocketAddr,
) -> impl hyper::service::Service<
    hyper::Request<hyper::body::Incoming>,
    Response = axum::response::Response,
    Error = std::convert::Infallible,
    Future = impl std::future::Future<Output = Result<axum::response::Response, std::convert::Infallible>>
                 + Send
                 + 'static,
> + Clone {
    service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        app.clone().oneshot(request)
    })
}

/// Streams one HTTP/2 connection may have open at once (hyper's default is 200).
const HTTP2_MAX_STREAMS: u32 = 32;
/// Bytes buffered per stream for a client that does not read (hyper's default is 400 KiB).
const HTTP2_SEND_BUFFER: usize = 64 * 1024;

/// HTTP/2 on one TLS connection (negotiated by ALPN): the browser's requests share it. The
/// same router, so the same checks (the host check reads `:authority`). HTTP/1.1's limits have
/// their HTTP/2 counterparts: a connection without a request in flight for `timeout` is closed
/// (gracefully: GOAWAY, then at most `timeout` more), pings find dead peers, and streams and the
/// bytes buffered for each are capped.
async fn serve_http2<S>(
    stream: S,
    app: Router,
    peer: SocketAddr,
    timeout: std::time::Duration,
    mut draining: Draining,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let activity = Arc::new(connections::Activity::new());
    let tracked = {
        let activity = Arc::clone(&activity);
        let service = service(app, peer);
        service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
            let started = activity.start();
            let answer = hyper::service::Service::call(&service, request);
            async move {
                let answer = answer.await;
                drop(started);
                answer
            }
        })
    };
    let connection = http2::Builder::new(TokioExecutor::new())
        .timer(TokioTimer::new())
        .keep_alive_interval(timeout)
        .keep_alive_timeout(timeout)
        .max_concurrent_streams(HTTP2_MAX_STREAMS)
        .max_send_buf_size(HTTP2_SEND_BUFFER)
        .serve_connection(TokioIo::new(stream), tracked);
    tokio::pin!(connection);
    loop {
        tokio::select! {
            _ = connection.as_mut() => return,
            _ = draining.requested() => {
                connection.as_mut().graceful_shutdown();
                let _ = connection.as_mut().await;
                return;
            }
            _ = tokio::time::sleep(timeout) => {
                if activity.idle_for(timeout) {
                    connection.as_mut().graceful_shutdown();
                    let _ = tokio::time::timeout(timeout, connection.as_mut()).await;
                    return;
                }
            }
        }
    }
}

/// HTTP/1.1 on one connection; on SIGTERM the request in flight is answered, then it closes.
async fn serve_connection<S>(
    stream: S,
    app: Router,
    peer: SocketAddr,
    header_timeout: std::time::Duration,
    mut draining: Draining,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = service(app, peer);
    let connection = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        _ = draining.requested() => {
            connection.as_mut().graceful_shutdown();
            let _ = connection.as_mut().await;
        }
    }
}

/// Prints to stdout; a closed stdout (e.g. a reader that went away) must not stop the server.
fn announce(lines: &[String]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    let _ = out.flush();
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    let mut terminate = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(signal) => signal,
        Err(_) => {
            let _ = interrupt.await;
            return;
        }
    };
    tokio::select! {
        _ = interrupt => {}
        _ = terminate.recv() => {}
    }
}
