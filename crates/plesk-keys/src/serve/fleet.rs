//! The Plesk servers `serve` answers for: one (the sandbox, or `--upstream`) or a fleet
//! (`--servers FILE`, `--sandbox-servers a,b,c`). Each has a name used in its agent path
//! (`servers/NAME/enterprise/control/agent.php`; the bare agent path is the first server) and a
//! label for people; `servers.json` lists both, and nothing else.

use std::sync::Arc;

use bytes::Bytes;
use hyper::Uri;
use plesk_sandbox::Sandbox;

use super::held_keys::HeldKey;
use crate::transport::AgentTransport;

/// Who answers a server's agent path.
pub enum Backend {
    /// `delay`: `--sandbox-delay`, waited before each answer (a far-away server, for trying and
    /// benchmarking the panel against a slow fleet).
    Sandbox {
        sandbox: Arc<Sandbox>,
        persistent: bool,
        delay: std::time::Duration,
    },
    Upstream(Box<AgentTransport>),
}

/// The name of the one server when there is no fleet.
pub const DEFAULT_NAME: &str = "default";

/// One server the agent paths lead to.
pub struct Server {
    pub name: String,
    pub label: String,
    pub backend: Backend,
    /// The key `serve` uses for this server in the signed-in mode (`key-file`, or a sandbox's own).
    pub held_key: Option<HeldKey>,
}

/// The servers, in the order of the file (the first is the default). Never empty.
pub struct Fleet {
    servers: Vec<Arc<Server>>,
    /// `servers.json`, made once.
    listing: Bytes,
}

pub use plesk_xmlapi::contract::{agent_target, AgentTarget};

impl Fleet {
    /// `None` for no servers.
    pub fn new(servers: Vec<Server>) -> Option<Self> {
        let listing = listing_of(servers.iter());
        (!servers.is_empty()).then(|| Fleet { servers: servers.into_iter().map(Arc::new).collect(), listing })
    }

    /// `servers.json` of the servers `keep` keeps (the signed-in mode: a person's servers).
    pub fn listing_of(&self, keep: impl Fn(&Server) -> bool) -> Bytes {
        listing_of(self.servers.iter().map(|server| server.as_ref()).filter(|server| keep(server)))
    }

    /// The server an agent path names; `None` for a name that is not in the fleet.
    pub fn find(&self, target: AgentTarget<'_>) -> Option<Arc<Server>> {
        match target {
            AgentTarget::Default => self.servers.first(),
            AgentTarget::Named(name) => self.servers.iter().find(|server| server.name == name),
        }
        .cloned()
    }

    /// `{"servers":[{"name":"eu1","label":"Frankfurt 1"},…]}`.
    pub fn listing(&self) -> Bytes {
        self.listing.clone()
    }

    pub fn servers(&self) -> &[Arc<Server>] {
        &self.servers
    }

    pub fn names(&self) -> Vec<&str> {
        self.servers.iter().map(|server| server.name.as_str()).collect()
    }
}

/// `{"servers":[{"name":…,"label":…},…]}`, written by hand to keep the contract's key order.
fn listing_of<'a>(servers: impl Iterator<Item = &'a Server>) -> Bytes {
    let mut listing = String::from("{\"servers\":[");
    for (index, server) in servers.enumerate() {
        if index > 0 {
            listing.push(',');
        }
        listing.push_str(&format!(
            "{{\"name\":{},\"label\":{}}}",
            serde_json::Value::from(server.name.as_str()),
            serde_json::Value::from(server.label.as_str())
        ));
    }
    listing.push_str("]}");
    Bytes::from(listing)
}

/// What people call an upstream when nobody named it: its `host[:port]` (never user information;
/// such URLs are refused anyway, see `transport::agent_url`).
pub fn host_label(url: &Uri) -> String {
    let host = url.host().unwrap_or_default();
    match url.port_u16() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plesk_sandbox::{Sandbox, SandboxConfig};

    fn sandbox(name: &str, label: &str) -> Server {
        let (sandbox, _) = Sandbox::new(SandboxConfig::default()).expect("a sandbox");
        Server {
            name: name.into(),
            label: label.into(),
            backend: Backend::Sandbox {
                sandbox: Arc::new(sandbox),
                persistent: false,
                delay: std::time::Duration::ZERO,
            },
            held_key: None,
        }
    }

    #[test]
    fn the_listing_has_names_and_labels_in_order() {
        let fleet = Fleet::new(vec![sandbox("eu1", "Frankfurt \"1\""), sandbox("us1", "us1")]).unwrap();
        assert_eq!(
            fleet.listing(),
            r#"{"servers":[{"name":"eu1","label":"Frankfurt \"1\""},{"name":"us1","label":"us1"}]}"#
        );
        assert_eq!(fleet.find(AgentTarget::Default).map(|s| s.name.clone()).as_deref(), Some("eu1"));
        assert_eq!(fleet.find(AgentTarget::Named("us1")).map(|s| s.name.clone()).as_deref(), Some("us1"));
        assert!(fleet.find(AgentTarget::Named("asia1")).is_none());
        assert!(Fleet::new(Vec::new()).is_none());
    }

    #[test]
    fn an_unnamed_upstream_is_called_by_its_host() {
        let url: Uri = "https://plesk.example.com:8443/enterprise/control/agent.php".parse().unwrap();
        assert_eq!(host_label(&url), "plesk.example.com:8443");
        let with_password: Uri = "http://admin:PleskPassw0rd@127.0.0.1:39010/".parse().unwrap();
        assert_eq!(host_label(&with_password), "127.0.0.1:39010");
    }
}
