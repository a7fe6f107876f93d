//! The options of `plesk-keys serve`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use plesk_sandbox::{AccountBook, SandboxConfig};

use super::cors::{CorsPolicy, WebOrigin};
use super::csp::{check_origin, CspSettings};
use super::forwarded::{AddressRange, TrustedProxies};
use super::host::{parse_host_name, HostPolicy};
use super::page_settings::PageSettings;
use super::panel_files::{Panel, PanelSource};
use super::sign_in_file::{parse_sign_in, SignIn};
use super::signed_in::SignedInMode;
use super::ServeError;
use crate::tls::TlsTrust;

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Read the options from this TOML file: keys are the long options without `--`
    /// (`listen = "127.0.0.1:8080"`, `allow-origin = ["https://…"]`, `quiet = true`); the command
    /// line and the environment override it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Serve the panel from this folder (`cargo xtask dist`) instead of the one built into the
    /// binary (`cargo xtask package`).
    #[arg(long, value_name = "DIR")]
    pub dist: Option<PathBuf>,
    /// Largest accepted agent request body, in bytes (larger → 413).
    #[arg(long, default_value_t = 1024 * 1024, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub max_body: usize,
    /// Seconds a client may take to send a request's headers, and again its body (then 408),
    /// and to read any part of an answer: slow clients cannot hold connections open.
    #[arg(long, default_value_t = 30, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    pub request_timeout: u64,
    /// Connections served at once; more wait in the kernel's queue until one closes.
    #[arg(long, default_value_t = 1024, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
    /// Bytes of agent request bodies held in memory at once, over all connections (a request
    /// that finds no room within --request-timeout gets 503).
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_body_memory: u32,
    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key (PEM) for --tls-cert.
    #[arg(long, requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Do not write the access log (one line per request on stderr; never headers or bodies).
    #[arg(long)]
    pub quiet: bool,
    /// A portal origin allowed to call the agent path cross-origin (exact match, repeatable;
    /// e.g. https://portal.example.com). Never `*`.
    #[arg(long = "allow-origin", value_name = "ORIGIN")]
    pub allow_origins: Vec<String>,
    /// Where browsers load the panel from, when that is not this listener as they reach it,
    /// e.g. https://portal.example.com/tools/plesk-keys/ behind a TLS proxy (repeatable; only
    /// the origin counts): its requests are same-origin and its host name is expected.
    #[arg(long = "public-origin", value_name = "URL", value_parser = WebOrigin::parse)]
    pub public_origins: Vec<WebOrigin>,
    /// A reverse proxy (address or CIDR range, repeatable) whose X-Forwarded-For, -Proto and
    /// -Host headers are believed; from every other peer they are ignored.
    #[arg(long = "trusted-proxy", value_name = "ADDR|CIDR")]
    pub trusted_proxies: Vec<AddressRange>,
    /// A DNS name browsers may reach this server by (repeatable). IP addresses, `localhost` and
    /// the hosts of --public-origin are always answered; any other Host (or X-Forwarded-Host
    /// from a trusted proxy) gets 421, so DNS rebinding cannot reach the agent path.
    #[arg(long = "allowed-host", value_name = "NAME", value_parser = parse_host_name)]
    pub allowed_hosts: Vec<String>,

    /// A portal origin allowed to embed the panel in an iframe (CSP frame-ancestors; repeatable).
    /// Without it the panel cannot be framed.
    #[arg(long = "frame-ancestors", value_name = "ORIGIN", num_args = 1..)]
    pub frame_ancestors: Vec<String>,
    /// An extra origin the panel may connect to (CSP connect-src), for an agent endpoint meta tag
    /// that points to another origin (repeatable).
    #[arg(long = "connect-src", value_name = "ORIGIN")]
    pub connect_sources: Vec<String>,

    /// Written into the served page: where the panel sends packets, a path relative to the
    /// panel (default enterprise/control/agent.php) or an http(s) URL (its origin is added to the
    /// CSP's connect-src).
    #[arg(long, value_name = "PATH|URL")]
    pub agent_endpoint: Option<String>,
    /// Written into the served page: a portal origin allowed to hand a key to the panel by
    /// postMessage (exact match, repeatable).
    #[arg(long = "key-handoff-origin", value_name = "ORIGIN")]
    pub key_handoff_origins: Vec<String>,
    /// Written into the served page: seconds without input before the panel logs out (a
    /// warning comes first; the panel's default is 900).
    #[arg(long, value_name = "SECS")]
    pub idle_timeout: Option<u64>,
    /// Written into the served page: `compact` for narrow frames, or `default`.
    #[arg(long, value_name = "LAYOUT", value_parser = ["compact", "default"])]
    pub layout: Option<String>,
    /// The panel's language for a browser that asks for none that ships (its static form is
    /// written in the language the browser asks for, else this one, else English).
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    pub default_language: Option<plesk_i18n::Language>,

    /// Forward the agent path to this Plesk server (base URL, e.g. https://plesk.example.com:8443)
    /// instead of answering from the sandbox.
    #[arg(long, value_name = "URL", conflicts_with = "servers")]
    pub upstream: Option<String>,
    /// Forward to several Plesk servers, one `[[server]]` table each in this TOML file (name,
    /// label, url; optional ca, insecure, timeout): servers/NAME/enterprise/control/agent.php, the
    /// bare agent path being the first server; servers.json lists names and labels. SIGHUP
    /// re-reads it. In a --config file, `[[server]]` tables may stand there instead.
    #[arg(long, value_name = "FILE")]
    pub servers: Option<PathBuf>,
    /// Write one JSON line per agent request to this file (or `-` for standard output): time,
    /// client, server, operations, key IDs or fingerprints, outcome, duration; never a key value
    /// or password. SIGHUP reopens it (log rotation).
    #[arg(long, value_name = "FILE|-")]
    pub audit_log: Option<PathBuf>,
    /// Trust this CA certificate (PEM) for the upstream, e.g. Plesk's self-signed certificate.
    #[arg(long, requires = "upstream", conflicts_with = "upstream_insecure", value_name = "FILE")]
    pub upstream_ca: Option<PathBuf>,
    /// Do not verify the upstream's TLS certificate. Development only.
    #[arg(long, requires = "upstream")]
    pub upstream_insecure: bool,
    /// Seconds to wait for the upstream (then 504).
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    pub upstream_timeout: u64,

    /// Sandbox: emulate several independent Plesk servers with these names (comma-separated,
    /// e.g. eu1,us1,asia1), each with its own accounts, keys, administrator key and password.
    #[arg(long, value_name = "NAMES", value_delimiter = ',', value_parser = sandbox_server_name,
          conflicts_with_all = ["upstream", "servers"])]
    pub sandbox_servers: Vec<String>,
    /// Sandbox: wait this many milliseconds before each answer, as a far-away Plesk would (to try
    /// and benchmark the panel against slow servers).
    #[arg(long, value_name = "MS", default_value_t = 0, conflicts_with_all = ["upstream", "servers"])]
    pub sandbox_delay: u64,
    /// Sandbox: make sure an administrator key with this value exists (bound to 127.0.0.1 and ::1).
    #[arg(long, env = "PLESK_SANDBOX_ADMIN_KEY", hide_env_values = true, conflicts_with_all = ["upstream", "servers"])]
    pub sandbox_admin_key: Option<String>,
    /// Sandbox: the administrator's password (random unless given).
    #[arg(long, env = "PLESK_SANDBOX_ADMIN_PASSWORD", hide_env_values = true, conflicts_with_all = ["upstream", "servers"])]
    pub sandbox_admin_password: Option<String>,
    /// Sandbox: accounts to use instead of the demo accounts (JSON, see the README).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["upstream", "servers"])]
    pub sandbox_data: Option<PathBuf>,
    /// Sandbox: persist keys to this file (atomic writes; survives restarts and crashes).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["upstream", "servers"])]
    pub sandbox_state: Option<PathBuf>,
    /// Sandbox: let resellers and customers manage the keys in their scope (an assumption for
    /// trying reseller workflows; Plesk documents secret_key for the administrator only).
    #[arg(long, conflicts_with_all = ["upstream", "servers"])]
    pub sandbox_allow_owners: bool,
    /// Replaced by --trusted-proxy: now means `--trusted-proxy 127.0.0.0/8 --trusted-proxy ::1`.
    #[arg(long, conflicts_with = "upstream", hide = true)]
    pub sandbox_trust_forwarded_for: bool,
}

impl ServeArgs {
    pub fn sandbox_config(&self) -> Result<SandboxConfig, ServeError> {
        let accounts = match &self.sandbox_data {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| ServeError::Options(format!("cannot read {}: {e}", path.display())))?;
                Some(
                    AccountBook::from_json(&text)
                        .map_err(|e| ServeError::Options(format!("{}: {e}", path.display())))?,
                )
            }
            None => None,
        };
        Ok(SandboxConfig {
            admin_key: self.sandbox_admin_key.clone(),
            admin_password: self.sandbox_admin_password.clone(),
            accounts,
            state_file: self.sandbox_state.clone(),
            allow_owners: self.sandbox_allow_owners,
        })
    }

    /// The panel to serve: `--dist DIR`, else the one built in; with the page settings.
    pub fn panel(&self) -> Result<Panel, ServeError> {
        Ok(Panel::new(PanelSource::choose(self.dist.clone()), self.page_settings()?))
    }

    pub fn page_settings(&self) -> Result<PageSettings, ServeError> {
        PageSettings::new(
            self.agent_endpoint.as_deref(),
            &self.key_handoff_origins,
            self.idle_timeout,
            self.layout.as_deref(),
        )
        .map(|settings| {
            let method = self.sign_in().ok().flatten().map(|sign_in| {
                if sign_in.openid.is_some() {
                    "openid"
                } else {
                    "forward-auth"
                }
            });
            settings.with_sign_in(method).with_default_language(self.default_language)
        })
        .map_err(ServeError::Options)
    }

    pub fn csp(&self) -> Result<CspSettings, ServeError> {
        let check = |option: &str, origins: &[String]| {
            origins
                .iter()
                .map(|o| check_origin(option, o))
                .collect::<Result<Vec<_>, _>>()
                .map_err(ServeError::Options)
        };
        let mut connect_origins = check("--connect-src", &self.connect_sources)?;
        // The panel must be allowed to reach an agent endpoint on another origin.
        if let Some(origin) = self.page_settings()?.endpoint_origin() {
            if !connect_origins.contains(&origin) {
                connect_origins.push(origin);
            }
        }
        Ok(CspSettings {
            connect_origins,
            frame_ancestors: check("--frame-ancestors", &self.frame_ancestors)?,
        })
    }

    pub fn cors(&self) -> Result<CorsPolicy, ServeError> {
        CorsPolicy::new(&self.allow_origins, &self.public_origins).map_err(ServeError::Options)
    }

    pub fn hosts(&self) -> HostPolicy {
        HostPolicy::new(&self.allowed_hosts, &self.public_origins)
    }

    /// The trusted proxies; the old --sandbox-trust-forwarded-for trusts loopback only.
    pub fn trusted_proxies(&self) -> TrustedProxies {
        let mut ranges = self.trusted_proxies.clone();
        if self.sandbox_trust_forwarded_for {
            tracing::warn!("warning: --sandbox-trust-forwarded-for is replaced by --trusted-proxy ADDR|CIDR; trusting loopback proxies only");
            ranges.extend(AddressRange::loopback());
        }
        TrustedProxies::new(ranges)
    }

    pub fn upstream_trust(&self) -> TlsTrust {
        match (&self.upstream_ca, self.upstream_insecure) {
            (_, true) => TlsTrust::Insecure,
            (Some(ca), false) => TlsTrust::ExtraCa(ca.clone()),
            (None, false) => TlsTrust::System,
        }
    }

    pub fn upstream_timeout(&self) -> Result<Duration, ServeError> {
        if self.upstream_timeout == 0 {
            return Err(ServeError::Options("--upstream-timeout must be at least 1 second".into()));
        }
        Ok(Duration::from_secs(self.upstream_timeout))
    }

    pub fn sandbox_delay(&self) -> Duration {
        Duration::from_millis(self.sandbox_delay)
    }

    /// The config file holds the servers itself (`[[server]]` tables) when --servers names it.
    /// The `[sign-in]` and `[[access]]` tables of the `--config` file, if any.
    pub fn sign_in(&self) -> Result<Option<SignIn>, ServeError> {
        let Some(file) = &self.config else { return Ok(None) };
        let text = std::fs::read_to_string(file).map_err(|error| {
            ServeError::Options(format!("cannot read the config file {}: {error}", file.display()))
        })?;
        parse_sign_in(&text).map_err(|problem| ServeError::Options(format!("{}{problem}", file.display())))
    }

    /// The signed-in mode, checked against the fleet (`servers`: its names) and the options.
    pub fn signed_in_mode(&self, servers: &[String], base: &str) -> Result<Option<SignedInMode>, ServeError> {
        let Some(sign_in) = self.sign_in()? else { return Ok(None) };
        let openid = match &sign_in.openid {
            // Redirects come back to the public origin when one is given, else to this listener.
            Some(settings) => {
                let base = self
                    .public_origins
                    .first()
                    .map_or_else(|| base.to_owned(), |origin| format!("{}/", origin.as_str()));
                Some(
                    super::openid::OpenId::new(settings.clone(), &base)
                        .map_err(|e| ServeError::Options(format!("[sign-in]: {e}")))?,
                )
            }
            None => None,
        };
        if openid.is_none() && self.trusted_proxies.is_empty() {
            return Err(ServeError::Options(
                "[sign-in] needs --trusted-proxy (trusted-proxy = [\"…\"]): the address of the portal's proxy that sets the sign-in headers".into(),
            ));
        }
        for rule in sign_in.policy.rules() {
            for server in rule.servers.iter().flatten() {
                if !servers.contains(server) {
                    return Err(ServeError::Options(format!(
                        "[[access]] names the server {server:?}, which is not one of {}",
                        servers.join(", ")
                    )));
                }
            }
        }
        Ok(Some(SignedInMode::new(sign_in, openid)))
    }

    pub fn servers_in_config(&self) -> bool {
        self.servers.is_some() && self.servers == self.config
    }
}

/// A --sandbox-servers name: a path segment, as in a servers file.
fn sandbox_server_name(text: &str) -> Result<String, String> {
    crate::servers_file::check_name(text.trim().to_owned())
}

/// `--default-language TAG`: one of the languages that ship, by its tag (`de`, `pt-BR`).
fn parse_language(tag: &str) -> Result<plesk_i18n::Language, String> {
    plesk_i18n::Language::from_tag(tag).ok_or_else(|| {
        let tags: Vec<&str> = plesk_i18n::Language::ALL.iter().map(|language| language.tag()).collect();
        format!("{tag:?} is not a language the panel ships; give one of {}", tags.join(", "))
    })
}
