//! The Plesk servers the panel can talk to, as `servers.json` (next to `index.html`) lists them:
//! names and labels only. With one server the panel uses the bare agent path; with several,
//! each has its own path below the gateway: `servers/NAME/enterprise/control/agent.php`.

use plesk_xmlapi::contract::{is_server_name, server_agent_path};

use crate::endpoint::DEFAULT_ENDPOINT;

/// The storage entry prefix of keys kept in this tab (one entry per server of a fleet).
const KEY_ENTRY: &str = "plesk-key-panel.key";

/// One server: `name` is used in paths, `label` is shown to people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerEntry {
    pub name: String,
    pub label: String,
}

/// Why a `servers.json` was not used (the panel then talks to the one default server).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ServersError {
    #[error("servers.json lists no server")]
    Empty,
    #[error("server name '{0}' is not 1 to 63 lower-case letters, digits and '-' (not at either end)")]
    BadName(String),
    #[error("server name '{0}' is listed twice")]
    Duplicate(String),
}

/// A non-empty list of servers, the first being the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Servers(Vec<ServerEntry>);

impl Default for Servers {
    /// One server, the gateway's default.
    fn default() -> Self {
        Servers(vec![ServerEntry { name: "default".into(), label: String::new() }])
    }
}

impl Servers {
    pub fn new(entries: Vec<ServerEntry>) -> Result<Self, ServersError> {
        if entries.is_empty() {
            return Err(ServersError::Empty);
        }
        for (index, entry) in entries.iter().enumerate() {
            if !is_server_name(&entry.name) {
                return Err(ServersError::BadName(entry.name.clone()));
            }
            if entries[..index].iter().any(|earlier| earlier.name == entry.name) {
                return Err(ServersError::Duplicate(entry.name.clone()));
            }
        }
        let entries = entries
            .into_iter()
            .map(|entry| {
                let label = if entry.label.trim().is_empty() { entry.name.clone() } else { entry.label };
                ServerEntry { label, ..entry }
            })
            .collect();
        Ok(Servers(entries))
    }

    /// Several servers: the panel shows a **Server** picker and uses per-server paths.
    pub fn is_fleet(&self) -> bool {
        self.0.len() > 1
    }

    pub fn entries(&self) -> &[ServerEntry] {
        &self.0
    }

    /// The default (first) server's name.
    pub fn first(&self) -> &str {
        &self.0[0].name
    }

    pub fn find(&self, name: &str) -> Option<&ServerEntry> {
        self.0.iter().find(|entry| entry.name == name)
    }

    /// The agent endpoint of server `name`, given the page's configured endpoint: the endpoint
    /// itself for one server; for a fleet, the server's path below the same base.
    pub fn endpoint_for(&self, name: &str, configured: &str) -> String {
        if !self.is_fleet() {
            return configured.to_owned();
        }
        let base = configured.strip_suffix(DEFAULT_ENDPOINT).unwrap_or("");
        format!("{base}{}", server_agent_path(name))
    }

    /// The sessionStorage entry of server `name`'s key: the historical single entry for one
    /// server, one entry per server in a fleet.
    pub fn storage_entry_for(&self, name: &str) -> String {
        if self.is_fleet() {
            format!("{KEY_ENTRY}.{name}")
        } else {
            KEY_ENTRY.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, label: &str) -> ServerEntry {
        ServerEntry { name: name.into(), label: label.into() }
    }

    #[test]
    fn one_server_keeps_the_bare_path_and_the_old_storage_entry() {
        let servers = Servers::new(vec![entry("default", "Sandbox")]).unwrap();
        assert!(!servers.is_fleet());
        assert_eq!(
            servers.endpoint_for("default", "enterprise/control/agent.php"),
            "enterprise/control/agent.php"
        );
        assert_eq!(servers.storage_entry_for("default"), "plesk-key-panel.key");
        assert_eq!(Servers::default().first(), "default");
    }

    #[test]
    fn a_fleet_has_a_path_and_an_entry_per_server() {
        let servers = Servers::new(vec![entry("eu1", "Frankfurt 1"), entry("us1", "")]).unwrap();
        assert!(servers.is_fleet());
        assert_eq!(
            servers.find("us1").map(|e| e.label.as_str()),
            Some("us1"),
            "an empty label shows the name"
        );
        assert_eq!(
            servers.endpoint_for("us1", "enterprise/control/agent.php"),
            "servers/us1/enterprise/control/agent.php"
        );
        assert_eq!(
            servers.endpoint_for("eu1", "https://gw.example/keys/enterprise/control/agent.php"),
            "https://gw.example/keys/servers/eu1/enterprise/control/agent.php"
        );
        assert_eq!(servers.storage_entry_for("eu1"), "plesk-key-panel.key.eu1");
    }

    #[test]
    fn bad_lists_are_refused() {
        assert_eq!(Servers::new(vec![]), Err(ServersError::Empty));
        assert_eq!(Servers::new(vec![entry("EU 1", "")]), Err(ServersError::BadName("EU 1".into())));
        assert_eq!(Servers::new(vec![entry("../x", "")]), Err(ServersError::BadName("../x".into())));
        // One rule with the gateway's servers file and the hand-off (the contract's).
        let long = "a".repeat(64);
        assert_eq!(Servers::new(vec![entry(&long, "")]), Err(ServersError::BadName(long.clone())));
        assert_eq!(Servers::new(vec![entry("-eu", "")]), Err(ServersError::BadName("-eu".into())));
        assert_eq!(
            Servers::new(vec![entry("eu1", ""), entry("eu1", "")]),
            Err(ServersError::Duplicate("eu1".into()))
        );
    }
}
