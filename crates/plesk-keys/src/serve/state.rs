//! The state every handler can see: one `AppState` behind an `Arc`, made once at start.

use std::sync::{Arc, RwLock};

use super::audit::AuditLog;
use super::cors::CorsPolicy;
use super::csp::CspSettings;
use super::fleet::{agent_target, Fleet, Server};
use super::forwarded::TrustedProxies;
use super::host::HostPolicy;
use super::panel_files::Panel;
use super::signed_in::SignedInMode;

/// The router's state.
pub type App = Arc<AppState>;

/// What every request handler can see.
pub struct AppState {
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
    /// The signed-in mode (`[sign-in]` in the config file); `None`: people paste their key.
    pub signed_in: Option<SignedInMode>,
}

impl AppState {
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

    /// The server an agent URL path leads to; `None` when it is no agent path or names no server.
    pub fn server_for(&self, path: &str) -> Option<Arc<Server>> {
        agent_target(path).and_then(|target| self.fleet().find(target))
    }
}
