//! `plesk-keys serve`: one HTTP server for the built panel and the agent path.

mod agent;
mod body;
mod options;
mod router;
mod static_files;

use std::net::SocketAddr;
use std::sync::Arc;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use plesk_sandbox::{Sandbox, SandboxError};
use tokio::net::TcpListener;

pub use options::ServeArgs;

use router::{route, Shared};

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {address}: {source}")]
    Listen { address: SocketAddr, source: std::io::Error },
    #[error("the sandbox cannot start: {0}")]
    Sandbox(#[from] SandboxError),
    #[error("{0}")]
    Options(String),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}

/// Starts the server and runs until Ctrl-C or SIGTERM.
pub fn run(args: ServeArgs) -> Result<(), ServeError> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServeError::Runtime)?;
    runtime.block_on(serve(args))
}

async fn serve(args: ServeArgs) -> Result<(), ServeError> {
    let (sandbox, startup) = Sandbox::new(args.sandbox_config()?)?;
    let listener = TcpListener::bind(args.listen)
        .await
        .map_err(|source| ServeError::Listen { address: args.listen, source })?;
    let address =
        listener.local_addr().map_err(|source| ServeError::Listen { address: args.listen, source })?;
    if !args.dist.join("index.html").is_file() {
        eprintln!(
            "warning: {} has no index.html: build the panel with `cargo xtask dist` (the agent path works regardless)",
            args.dist.display()
        );
    }
    announce(&[
        format!("Plesk Key Panel: http://{address}/"),
        format!("Agent path: http://{address}{} (built-in sandbox)", plesk_xmlapi::AGENT_PATH),
        format!("Sandbox administrator key: {}", startup.admin_key),
        format!("Sandbox administrator login: admin / password: {}", startup.admin_password),
    ]);
    let shared = Arc::new(Shared::new(args, sandbox));
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(connection) => connection,
                    Err(error) => {
                        eprintln!("accept failed: {error}");
                        continue;
                    }
                };
                let shared = Arc::clone(&shared);
                tokio::spawn(async move {
                    let service = service_fn(move |request| route(Arc::clone(&shared), peer, request));
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
            _ = &mut shutdown => {
                announce(&["Stopping.".to_owned()]);
                return Ok(());
            }
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
    #[cfg(unix)]
    {
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
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}
