//! Making the fleet from the options, and the start-up lines that tell the operator about it.
//!
//! One server (the sandbox or `--upstream`) prints what it always printed:
//! `Agent path: URL → UPSTREAM`, or `Agent path: URL (built-in sandbox)`,
//! `Sandbox administrator key: KEY`, `Sandbox administrator login: admin / password: PASS`.
//! A fleet prints per server `Server NAME (LABEL): URL → UPSTREAM` (or `(built-in sandbox)` with
//! `Server NAME administrator key: KEY` and `Server NAME administrator login: admin / password:
//! PASS`), then `Default agent path: URL (server NAME)`, and last `Servers: a, b, c (URL)`.

use std::path::PathBuf;
use std::sync::Arc;

use plesk_sandbox::Sandbox;

use super::fleet::Backend;
use super::fleet::{host_label, Fleet, Server, DEFAULT_NAME};
use super::held_keys::HeldKey;
use super::options::ServeArgs;
use super::ServeError;
use crate::servers_file::{read_servers, ServerSpec};
use crate::tls::TlsTrust;
use crate::transport::{agent_url, AgentTransport};

/// The fleet the options describe, and the lines to print; `base` is the panel's URL ending in `/`.
pub fn build(args: &ServeArgs, base: &str) -> Result<(Fleet, Vec<String>), ServeError> {
    if let Some(file) = &args.servers {
        let specs =
            read_servers(file, args.servers_in_config()).map_err(|e| ServeError::Options(e.to_string()))?;
        return upstream_fleet(&specs, base);
    }
    if let Some(upstream) = &args.upstream {
        return one_upstream(args, upstream, base);
    }
    if !args.sandbox_servers.is_empty() {
        return sandbox_fleet(args, base);
    }
    let (sandbox, startup) = Sandbox::new(args.sandbox_config()?)?;
    let mut lines = vec![
        format!("Agent path: {}{} (built-in sandbox)", base, agent_path()),
        format!("Sandbox administrator key: {}", startup.admin_key),
        format!("Sandbox administrator login: admin / password: {}", startup.admin_password),
    ];
    if let Some(state) = &args.sandbox_state {
        lines.push(format!("Sandbox state: {} ({} keys loaded)", state.display(), startup.keys_loaded));
    }
    let backend = Backend::Sandbox {
        sandbox: Arc::new(sandbox),
        persistent: args.sandbox_state.is_some(),
        delay: args.sandbox_delay(),
    };
    let held_key = Some(HeldKey::new(startup.admin_key));
    let server = Server { name: DEFAULT_NAME.into(), label: "Sandbox".into(), backend, held_key };
    Ok((fleet(vec![server])?, lines))
}

/// The servers of a servers file, each behind its own transport (also used on SIGHUP).
pub fn upstream_fleet(specs: &[ServerSpec], base: &str) -> Result<(Fleet, Vec<String>), ServeError> {
    let mut servers = Vec::new();
    let mut lines = Vec::new();
    for spec in specs {
        let in_server = |error| ServeError::Options(format!("server {}: {error}", spec.name));
        let (url, plain) = agent_url(&spec.url).map_err(in_server)?;
        let transport = AgentTransport::new(&spec.url, &spec.trust, spec.timeout).map_err(in_server)?;
        warn_about_trust(&format!("server {}", spec.name), plain, &spec.trust);
        lines.push(format!(
            "Server {} ({}): {} → {url}",
            spec.name,
            spec.label,
            server_agent(base, &spec.name)
        ));
        let held_key = match &spec.key_file {
            Some(file) => Some(
                HeldKey::read(file)
                    .map_err(|error| ServeError::Options(format!("server {}: {error}", spec.name)))?,
            ),
            None => None,
        };
        servers.push(Server {
            name: spec.name.clone(),
            label: spec.label.clone(),
            backend: Backend::Upstream(Box::new(transport)),
            held_key,
        });
    }
    finish(servers, lines, base)
}

fn one_upstream(args: &ServeArgs, upstream: &str, base: &str) -> Result<(Fleet, Vec<String>), ServeError> {
    let (url, plain) = agent_url(upstream)?;
    let trust = args.upstream_trust();
    let transport = AgentTransport::new(upstream, &trust, args.upstream_timeout()?)?;
    warn_about_trust("the upstream", plain, &trust);
    let lines = vec![format!("Agent path: {}{} → {url}", base, agent_path())];
    let server = Server {
        name: DEFAULT_NAME.into(),
        label: host_label(&url),
        backend: Backend::Upstream(Box::new(transport)),
        held_key: None,
    };
    Ok((fleet(vec![server])?, lines))
}

fn sandbox_fleet(args: &ServeArgs, base: &str) -> Result<(Fleet, Vec<String>), ServeError> {
    let mut servers = Vec::new();
    let mut lines = Vec::new();
    for name in &args.sandbox_servers {
        if servers.iter().any(|server: &Server| &server.name == name) {
            return Err(ServeError::Options(format!("--sandbox-servers names {name} twice")));
        }
        let mut config = args.sandbox_config()?;
        config.state_file = args.sandbox_state.as_ref().map(|file| state_file_of(file, name));
        let (sandbox, startup) = Sandbox::new(config)?;
        lines
            .push(format!("Server {name} (Sandbox {name}): {} (built-in sandbox)", server_agent(base, name)));
        if let Some(state) = &args.sandbox_state {
            let file = state_file_of(state, name);
            lines.push(format!(
                "Server {name} state: {} ({} keys loaded)",
                file.display(),
                startup.keys_loaded
            ));
        }
        lines.push(format!("Server {name} administrator key: {}", startup.admin_key));
        lines
            .push(format!("Server {name} administrator login: admin / password: {}", startup.admin_password));
        let backend = Backend::Sandbox {
            sandbox: Arc::new(sandbox),
            persistent: args.sandbox_state.is_some(),
            delay: args.sandbox_delay(),
        };
        let held_key = Some(HeldKey::new(startup.admin_key));
        servers.push(Server { name: name.clone(), label: format!("Sandbox {name}"), backend, held_key });
    }
    finish(servers, lines, base)
}

/// Each sandbox of a fleet keeps its keys in its own file: `keys.json` → `keys.json.eu1`.
fn state_file_of(file: &std::path::Path, name: &str) -> PathBuf {
    let mut text = file.as_os_str().to_owned();
    text.push(format!(".{name}"));
    PathBuf::from(text)
}

fn finish(
    servers: Vec<Server>,
    mut lines: Vec<String>,
    base: &str,
) -> Result<(Fleet, Vec<String>), ServeError> {
    let fleet = fleet(servers)?;
    let names = fleet.names();
    lines.push(format!(
        "Default agent path: {}{} (server {})",
        base,
        agent_path(),
        names.first().unwrap_or(&"")
    ));
    lines.push(format!("Servers: {} ({}servers.json)", names.join(", "), base));
    Ok((fleet, lines))
}

fn fleet(servers: Vec<Server>) -> Result<Fleet, ServeError> {
    Fleet::new(servers).ok_or_else(|| ServeError::Options("no server to answer for".into()))
}

/// The agent path without its leading `/`, to follow a base ending in `/`.
fn agent_path() -> &'static str {
    plesk_xmlapi::AGENT_PATH.trim_start_matches('/')
}

fn server_agent(base: &str, name: &str) -> String {
    format!("{base}servers/{name}/{}", agent_path())
}

fn warn_about_trust(what: &str, plain: bool, trust: &TlsTrust) {
    if plain {
        tracing::warn!("warning: {what} uses plain http://: keys and passwords cross the network unencrypted. Use this for loopback tests only.");
    }
    if *trust == TlsTrust::Insecure {
        tracing::warn!("WARNING: {what}: the Plesk server's certificate is NOT verified. Anyone on the path can read every key. Development only!");
    }
}
