//! `plesk-keys serve` with the sandbox, on a free loopback port.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::processes::{free_port, ChildGroup};

/// The administrator key every test server starts with.
pub const ADMIN_KEY: &str = "e2e00000-aaaa-bbbb-cccc-000000000001";

pub struct PanelServer {
    pub url: String,
    _process: ChildGroup,
}

fn required_path(variable: &str) -> PathBuf {
    let value = std::env::var(variable)
        .unwrap_or_else(|_| panic!("{variable} is not set: run the suite with `cargo xtask test`"));
    let path = PathBuf::from(value);
    assert!(path.exists(), "{variable}={} does not exist", path.display());
    path
}

impl PanelServer {
    pub async fn start(extra_args: &[&str]) -> Self {
        Self::start_with_dist(&required_path("PKP_DIST"), extra_args).await
    }

    /// The built panel of the run (`PKP_DIST`).
    pub fn dist() -> PathBuf {
        required_path("PKP_DIST")
    }

    /// Serves another copy of the panel (e.g. one with edited meta tags).
    pub async fn start_with_dist(dist: &std::path::Path, extra_args: &[&str]) -> Self {
        let binary = required_path("PKP_PLESK_KEYS");
        let port = free_port();
        let mut command = Command::new(binary);
        command.args(["serve", "--quiet", "--listen", &format!("127.0.0.1:{port}"), "--dist"]).arg(dist);
        if !extra_args.contains(&"--upstream") {
            command.args(["--sandbox-admin-key", ADMIN_KEY]);
        }
        command.args(extra_args);
        Self::start_command(command).await
    }

    /// Starts `command`, a `plesk-keys serve` with all its options (e.g. an installed binary
    /// with its config file), and waits for the URL it prints.
    pub async fn start_command(mut command: Command) -> Self {
        command.stdout(Stdio::piped()).stderr(Stdio::inherit());
        let mut process = ChildGroup::spawn("plesk-keys serve", &mut command);
        let stdout = process.child_mut().stdout.take().expect("piped stdout");
        let (first_line_tx, first_line_rx) = tokio::sync::oneshot::channel();
        // Keep draining stdout for the server's whole life, so its prints never block or fail.
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let first = lines.next().and_then(Result::ok).unwrap_or_default();
            let _ = first_line_tx.send(first);
            for _ in lines {}
        });
        let line = tokio::time::timeout(Duration::from_secs(20), first_line_rx)
            .await
            .expect("plesk-keys serve printed its URL in time")
            .expect("plesk-keys serve printed a first line");
        let url = line
            .trim()
            .strip_prefix("Plesk Key Panel: ")
            .unwrap_or_else(|| panic!("unexpected first line from serve: {line:?}"))
            .to_owned();
        PanelServer { url, _process: process }
    }

    pub fn address(&self) -> ServerAddress {
        ServerAddress { url: self.url.clone() }
    }
}

/// Where a test server listens (the server itself is kept alive by the harness).
#[derive(Debug, Clone)]
pub struct ServerAddress {
    /// The panel's URL, ending in `/`.
    pub url: String,
}

impl ServerAddress {
    /// The agent path of this server.
    pub fn agent_url(&self) -> String {
        format!("{}{}", self.url.trim_end_matches('/'), plesk_xmlapi::AGENT_PATH)
    }
}
