//! The fleet: `servers.json` next to `index.html` (names and labels only), loaded once at
//! start, and the server the panel shows now. With one server nothing changes; with several,
//! a **Server** picker appears and each server has its own agent path and stored key.

use leptos::prelude::*;

use crate::api::AgentClient;
use crate::i18n::{t, Msg};
use crate::js_object::text_field;
use crate::logic::servers::{ServerEntry, Servers};
use crate::session::Session;
use crate::state::keys::KeysStore;

/// The picker's value for **All servers**.
pub const ALL_SERVERS: &str = "*";

/// One server as the **All servers** view needs it.
#[derive(Clone)]
pub struct FleetTarget {
    pub name: String,
    pub label: String,
    pub client: AgentClient,
    pub credential: Option<crate::session::Credential>,
}

/// Where the list of servers is, relative to the page.
pub const SERVERS_FILE: &str = "servers.json";

/// The servers and the one shown now; provided once by the app. `servers.json` is read once,
/// before the first screen needs it, not as a `LocalResource`: the page must not wait on it.
#[derive(Clone, Copy)]
pub struct Fleet {
    servers: RwSignal<Servers>,
    current: RwSignal<String>,
    /// The endpoint configured in the page (`<meta name="plesk-agent-endpoint">`).
    configured: StoredValue<String>,
    session: Session,
    client: StoredValue<AgentClient>,
    keys: KeysStore,
}

/// Reads `{"servers":[{"name":…,"label":…},…]}`; anything else is `None` (one server).
fn parse_servers(body: &str) -> Option<Servers> {
    let parsed = js_sys::JSON::parse(body).ok()?;
    let list = js_sys::Reflect::get(&parsed, &"servers".into()).ok()?;
    if !js_sys::Array::is_array(&list) {
        return None;
    }
    let entries: Option<Vec<ServerEntry>> = js_sys::Array::from(&list)
        .iter()
        .map(|item| {
            Some(ServerEntry {
                name: text_field(&item, "name")?,
                label: text_field(&item, "label").unwrap_or_default(),
            })
        })
        .collect();
    Servers::new(entries?).ok()
}

impl Fleet {
    pub fn new(configured: String, session: Session, client: AgentClient, keys: KeysStore) -> Self {
        Fleet {
            servers: RwSignal::new(Servers::default()),
            current: RwSignal::new(Servers::default().first().to_owned()),
            configured: StoredValue::new(configured),
            session,
            client: StoredValue::new(client),
            keys,
        }
    }

    /// Loads `servers.json`; a fleet switches the panel to its first server. A missing or
    /// unreadable file leaves the one configured server.
    pub async fn load(self) {
        let Ok(response) = gloo_net::http::Request::get(SERVERS_FILE).send().await else { return };
        if !response.ok() {
            return;
        }
        let Ok(body) = response.text().await else { return };
        let Some(servers) = parse_servers(&body) else { return };
        let first = servers.first().to_owned();
        let fleet_mode = servers.is_fleet();
        self.servers.set(servers);
        if fleet_mode {
            self.show(first);
        }
    }

    /// The sessionStorage entry of server `name`'s key.
    pub fn storage_entry(&self, name: &str) -> String {
        self.servers.with_untracked(|servers| servers.storage_entry_for(name))
    }

    /// Whether there are several servers (the picker is shown).
    pub fn is_fleet(&self) -> bool {
        self.servers.with(Servers::is_fleet)
    }

    pub fn entries(&self) -> Vec<ServerEntry> {
        self.servers.with(|servers| servers.entries().to_vec())
    }

    /// The name of the server shown now.
    pub fn current(&self) -> String {
        self.current.get()
    }

    /// The label of the server shown now, for a fleet (empty for one server).
    pub fn current_label(&self) -> String {
        let name = self.current.get();
        if name == ALL_SERVERS {
            return t(Msg::FleetAllServers).to_owned();
        }
        self.servers.with(|servers| {
            if servers.is_fleet() {
                servers.find(&name).map(|entry| entry.label.clone()).unwrap_or_default()
            } else {
                String::new()
            }
        })
    }

    /// Whether **All servers** is shown.
    pub fn is_all(&self) -> bool {
        self.current.with(|current| current == ALL_SERVERS)
    }

    /// Whether **All servers** is shown (not tracked).
    pub fn is_all_untracked(&self) -> bool {
        self.current.with_untracked(|current| current == ALL_SERVERS)
    }

    /// Shows **All servers**: the session stays on the last server; each server's own
    /// credential is used for its part of the view.
    pub fn show_all(&self) {
        if self.is_fleet() {
            self.current.set(ALL_SERVERS.to_owned());
        }
    }

    /// Leaves **All servers** for the first server (after Log out: its connect form).
    pub fn leave_all(&self) {
        if self.is_all_untracked() {
            let first = self.servers.with_untracked(|servers| servers.first().to_owned());
            self.show(first);
        }
    }

    /// Whether the panel holds a credential for any server (not tracked).
    pub fn any_connected(&self) -> bool {
        self.targets().iter().any(|target| target.credential.is_some())
    }

    /// Every server with its own client and credential (if connected), in file order.
    pub fn targets(&self) -> Vec<FleetTarget> {
        self.servers.with_untracked(|servers| {
            servers
                .entries()
                .iter()
                .map(|entry| {
                    let endpoint = self
                        .configured
                        .with_value(|configured| servers.endpoint_for(&entry.name, configured));
                    FleetTarget {
                        name: entry.name.clone(),
                        label: entry.label.clone(),
                        client: self.client.with_value(|client| client.for_server(&entry.name, &endpoint)),
                        credential: self.session.credential_for(&servers.storage_entry_for(&entry.name)),
                    }
                })
                .collect()
        })
    }

    /// Shows server `name`: its endpoint, its credential (kept per server), its keys.
    pub fn show(&self, name: String) {
        let Some((endpoint, entry)) = self.servers.with_untracked(|servers| {
            servers.find(&name)?;
            Some((
                self.configured.with_value(|configured| servers.endpoint_for(&name, configured)),
                servers.storage_entry_for(&name),
            ))
        }) else {
            return;
        };
        self.client.with_value(|client| client.set_server(&name, &endpoint));
        self.current.set(name);
        self.session.switch_to(entry);
        self.keys.reset();
        if self.session.is_connected() {
            self.keys.refresh();
        }
    }
}

pub fn use_fleet() -> Fleet {
    expect_context::<Fleet>()
}
