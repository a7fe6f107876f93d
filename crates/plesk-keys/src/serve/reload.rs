//! SIGHUP: the audit log is reopened (log rotation) and the servers file read again. Requests
//! in flight keep the fleet they started with (each holds its own `Arc`), so no connection is
//! dropped; a file that cannot be used is refused, said on stderr, and the old fleet kept. An
//! audit log that cannot be reopened is an error on stderr and in `systemctl status`, and every
//! change is refused until a later SIGHUP reopens it.

use std::sync::Arc;

use tokio::signal::unix::{signal, SignalKind};

use super::fleet_setup::upstream_fleet;
use super::options::ServeArgs;
use super::state::AppState;
use crate::servers_file::read_servers;

/// Waits for SIGHUP for the server's whole life.
pub async fn on_hangup(shared: Arc<AppState>, args: ServeArgs, base: String) {
    let Ok(mut hangups) = signal(SignalKind::hangup()) else {
        tracing::warn!(
            "warning: SIGHUP cannot be caught here: the servers file and the audit log are not reloaded"
        );
        return;
    };
    while hangups.recv().await.is_some() {
        if let Some(audit) = &shared.audit {
            match audit.reopen().await {
                Ok(()) => {
                    tracing::info!("SIGHUP: the audit log was reopened");
                    notify_systemd("STATUS=serving");
                }
                Err(error) => {
                    tracing::error!("SIGHUP: {error}; nothing is written to the audit log and every change is refused until it can be reopened (SIGHUP again)");
                    notify_systemd("STATUS=audit log cannot be reopened: changes are refused");
                }
            }
        }
        if let Some(file) = &args.servers {
            let fresh = read_servers(file, args.servers_in_config())
                .map_err(|error| error.to_string())
                .and_then(|specs| upstream_fleet(&specs, &base).map_err(|error| error.to_string()));
            match fresh {
                Ok((fleet, _)) => {
                    let names = fleet.names().join(", ");
                    shared.replace_fleet(fleet);
                    tracing::info!("SIGHUP: servers reloaded from {}: {names}", file.display());
                }
                Err(error) => {
                    tracing::warn!(
                        "SIGHUP: the servers file was refused, the servers stay as they were: {error}"
                    )
                }
            }
        }
    }
}

/// Tells systemd the service's state (`systemctl status` shows it) when run as its service.
fn notify_systemd(state: &str) {
    let Some(socket) = std::env::var_os("NOTIFY_SOCKET") else { return };
    let Ok(sender) = std::os::unix::net::UnixDatagram::unbound() else { return };
    let _ = sender.send_to(state.as_bytes(), socket);
}
