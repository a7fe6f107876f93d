//! Client commands for scripts and terminals: list, info, create, delete, rotate, report.
//!
//! Exit codes: 0 ok, 1 `report --fail-on` found such a finding, 2 usage, 3 Plesk error (the
//! message names the code), 4 transport error, 5 some servers of `--server all` failed (what the
//! others answered is printed).

mod commands;
mod connection;
mod credentials;
mod fleet;
mod health_words;
mod input_words;
pub(crate) mod output;
mod plain_http;
mod report;
mod servers;

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

pub use commands::ClientCommand;

use crate::tls::TlsTrust;

/// Options shared by the client commands.
#[derive(Args, Debug, Clone)]
pub struct ClientOptions {
    /// Plesk base URL or a gateway (e.g. https://plesk.example.com:8443).
    #[arg(long, env = "PLESK_ENDPOINT")]
    pub endpoint: Option<String>,
    /// Read the API key from this file (first line). Otherwise PLESK_KEY, or PLESK_LOGIN and
    /// PLESK_PASSWORD, from the environment — never from an argument.
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
    /// Print the (redacted) packet and send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Trust this CA certificate (PEM) for the endpoint, e.g. Plesk's self-signed certificate.
    #[arg(long, value_name = "FILE", conflicts_with = "insecure")]
    pub ca: Option<PathBuf>,
    /// Do not verify the endpoint's TLS certificate. Development only.
    #[arg(long)]
    pub insecure: bool,
    /// Seconds to wait for an answer.
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    pub timeout: u64,
    /// Talk to the Plesk servers of this file (the `[[server]]` tables `serve --servers` reads;
    /// their url, ca, insecure and timeout) instead of --endpoint; choose with --server.
    #[arg(long, env = "PLESK_SERVERS", value_name = "FILE")]
    pub servers: Option<PathBuf>,
    /// The server of --servers to use, or `all` (list, info and create: every server at once,
    /// each row with its server). Not needed when the file names one server.
    #[arg(long, value_name = "NAME|all", requires = "servers")]
    pub server: Option<String>,
    /// With --servers: each server's key from NAME.key in this folder (readable by its owner
    /// only); otherwise from PLESK_KEY_<NAME> (upper case, - as _).
    #[arg(long, value_name = "DIR", requires = "servers")]
    pub key_dir: Option<PathBuf>,
}

impl ClientOptions {
    fn trust(&self) -> TlsTrust {
        match (&self.ca, self.insecure) {
            (_, true) => TlsTrust::Insecure,
            (Some(ca), false) => TlsTrust::ExtraCa(ca.clone()),
            (None, false) => TlsTrust::System,
        }
    }

    fn timeout(&self) -> Duration {
        Duration::from_secs(self.timeout.max(1))
    }
}

/// How a client command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok = 0,
    /// `report --fail-on`: a finding of that level or worse exists.
    FindingsFound = 1,
    Usage = 2,
    PleskError = 3,
    TransportError = 4,
    /// `--server all`: at least one server failed; the others' answers were printed.
    SomeServersFailed = 5,
}

/// Runs one client command and returns its exit code.
pub fn run(command: ClientCommand) -> Outcome {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("plesk-keys: cannot start the async runtime: {error}");
            return Outcome::TransportError;
        }
    };
    let options = command.options().clone();
    runtime.block_on(commands::execute(&options, command))
}
