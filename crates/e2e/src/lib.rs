//! The end-to-end harness: starts `plesk-keys serve` (sandbox) with the built panel, a
//! ChromeDriver with headless Chromium, and drives the panel as a person would — finding
//! controls by their accessible role and name.
//!
//! Inputs (set by `cargo xtask test`): `PKP_DIST` (the built panel), `PKP_PLESK_KEYS` (the
//! binary), `CHROMEDRIVER` (default `/usr/bin/chromedriver`). Nothing is built here.

mod agent;
mod browser;
pub mod certificate;
mod commands;
mod connect;
pub mod nginx;
mod page;
mod processes;
mod server;

pub use agent::{post_packet, post_packet_with};
pub use browser::Browser;
pub use connect::{
    connect_every_server, connect_with_key, ensure, server_labels, stays_on_the_connect_form, STORAGE_ENTRY,
};
pub use page::Page;
pub use processes::{free_port, serve_folder};
pub use server::{PanelServer, ServerAddress, ADMIN_KEY};

/// Runs `test` with a fresh server and browser; the browser session is closed and every
/// process stopped whether the test passes or fails, then the failure is re-raised.
pub async fn with_panel<F, Fut>(server_args: &[&str], test: F)
where
    F: FnOnce(ServerAddress, Page) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    with_panel_from(&PanelServer::dist(), server_args, test).await
}

/// As [`with_panel`], serving the panel from `dist`.
pub async fn with_panel_from<F, Fut>(dist: &std::path::Path, server_args: &[&str], test: F)
where
    F: FnOnce(ServerAddress, Page) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    with_panel_using(dist, server_args, &[], test).await
}

/// As [`with_panel_from`], with extra Chromium arguments.
pub async fn with_panel_using<F, Fut>(
    dist: &std::path::Path,
    server_args: &[&str],
    browser_args: &[&str],
    test: F,
) where
    F: FnOnce(ServerAddress, Page) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let server = PanelServer::start_with_dist(dist, server_args).await;
    with_server(server, browser_args, test).await
}

/// As [`with_panel`], with a server already started (see [`PanelServer::start_command`]).
pub async fn with_server<F, Fut>(server: PanelServer, browser_args: &[&str], test: F)
where
    F: FnOnce(ServerAddress, Page) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let browser = Browser::start_with(browser_args).await;
    let page = browser.page();
    // The server stays owned here, alive until the browser is closed.
    let mut outcome = test(server.address(), page.clone()).await;
    // Every page runs under serve's strict CSP: any violation the browser reports fails the test.
    match browser.csp_violations().await {
        Ok(violations) if violations.is_empty() => {}
        Ok(violations) => outcome = outcome.and(Err(format!("CSP violations: {violations:?}"))),
        Err(error) => outcome = outcome.and(Err(error)),
    }
    browser.close().await;
    drop(server);
    if let Err(message) = outcome {
        panic!("{message}");
    }
}
