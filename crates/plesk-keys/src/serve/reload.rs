//! SIGHUP: the audit log is reopened (log rotation) and the servers file read again. Requests
//! in flight keep the fleet they started with (each holds its own `Arc`), so no connection is
//! dropped; a file that cannot be used is refused, said on stderr, and the old fleet kept.

use std::sync::Arc;

use tokio::signal::unix::{signal, SignalKind};

use super::fleet_setup::upstream_fleet;
use super::options::ServeArgs;
use super::router::Shared;
use crate::servers_file::read_servers;

/// Waits for SIGHUP for the server's whole life.
pub async fn on_hangup(shared: Arc<Shared>, args: ServeArgs, base: String) {
    let Ok(mut hangups) = signal(SignalKind::hangup()) else {
        eprintln!(
            "warning: SIGHUP cannot be caught here: the servers file and the audit log are not reloaded"
        );
        return;
    };
    while hangups.recv().await.is_some() {
        if let Some(audit) = &shared.audit {
            match audit.reopen() {
                Ok(()) => eprintln!("SIGHUP: the audit log was reopened"),
                Err(error) => eprintln!("SIGHUP: {error}; still writing to the old file"),
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
                    eprintln!("SIGHUP: servers reloaded from {}: {names}", file.display());
                }
                Err(error) => {
                    eprintln!("SIGHUP: the servers file was refused, the servers stay as they were: {error}")
                }
            }
        }
    }
}
