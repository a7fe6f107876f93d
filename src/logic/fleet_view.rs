//! **All servers**: one table of the keys of every connected server of a fleet, each server's
//! state beside it. One slow or failing server never blanks the others: each has its own state.

use crate::i18n::{tf, Fmt};
use crate::logic::latest::{Latest, Ticket};
use crate::logic::visible::visible_text;
use plesk_xmlapi::KeyInfo;

/// Where one server of the merged view stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerState {
    /// No credential for this server yet: pick it to connect.
    NotConnected,
    Loading,
    /// The server's keys, sorted by numeric ID (see [`ServerState::loaded`]).
    Loaded(Vec<KeyInfo>),
    /// Asked again: the last answer's keys stay shown until the new one arrives.
    Refreshing(Vec<KeyInfo>),
    Failed(String),
}

/// Numeric IDs in number order, anything else after them.
fn sort_by_id(keys: &mut [KeyInfo]) {
    keys.sort_by_cached_key(|key| (key.id.parse::<u64>().unwrap_or(u64::MAX), key.id.clone()));
}

impl ServerState {
    /// A server's answer: its keys, sorted once here rather than at every merge.
    pub fn loaded(mut keys: Vec<KeyInfo>) -> Self {
        sort_by_id(&mut keys);
        ServerState::Loaded(keys)
    }

    /// The state while the server is asked again: its rows stay until the answer replaces them.
    pub fn refreshing(self) -> Self {
        match self {
            ServerState::Loaded(keys) | ServerState::Refreshing(keys) => ServerState::Refreshing(keys),
            _ => ServerState::Loading,
        }
    }

    /// The keys shown for this server (its last answer), if any.
    pub fn keys_shown(&self) -> Option<&[KeyInfo]> {
        match self {
            ServerState::Loaded(keys) | ServerState::Refreshing(keys) => Some(keys),
            _ => None,
        }
    }
}

/// A server of the fleet as the All servers view asks it: name, label, and whether the panel
/// holds a credential for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerToAsk {
    pub name: String,
    pub label: String,
    pub connected: bool,
}

/// The columns while every connected server is asked (again): a server's shown keys stay until
/// its answer arrives; servers without a credential are "not connected". Each asked column gets
/// a new request number: only the answer to the latest request may change it.
pub fn columns_for_refresh(previous: Vec<ServerColumn>, servers: &[ServerToAsk]) -> Vec<ServerColumn> {
    let mut previous: std::collections::HashMap<String, ServerColumn> =
        previous.into_iter().map(|column| (column.name.clone(), column)).collect();
    servers
        .iter()
        .map(|server| {
            let before = previous.remove(&server.name);
            let mut asked = before.as_ref().map_or(Latest::default(), |column| column.asked);
            asked.new_request();
            let state = match (server.connected, before) {
                (false, _) => ServerState::NotConnected,
                (true, Some(column)) => column.state.refreshing(),
                (true, None) => ServerState::Loading,
            };
            ServerColumn { name: server.name.clone(), label: server.label.clone(), state, asked }
        })
        .collect()
}

/// Records server `name`'s answer to the request sent with `asked`; an answer to an older
/// request (overtaken by a newer Refresh, or by a delete since) changes nothing.
pub fn set_state(columns: &mut [ServerColumn], name: &str, asked: Ticket, state: ServerState) {
    if let Some(column) =
        columns.iter_mut().find(|column| column.name == name && column.asked.is_latest(asked))
    {
        column.state = state;
    }
}

/// After a delete on server `name`: the keys it deleted leave its rows, and a list answer still
/// on its way (asked before the delete) is not taken: it could bring them back. The rows shown
/// then stand as the server's list.
pub fn remove_deleted(columns: &mut [ServerColumn], name: &str, deleted: &[String]) {
    let Some(column) = columns.iter_mut().find(|column| column.name == name) else { return };
    if let ServerState::Loaded(keys) | ServerState::Refreshing(keys) = &mut column.state {
        keys.retain(|key| !deleted.contains(&key.id));
        column.asked.overtake();
        column.state = ServerState::Loaded(std::mem::take(keys));
    }
}

/// One server in the merged view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerColumn {
    pub name: String,
    pub label: String,
    pub state: ServerState,
    /// The latest list request for this server (see [`set_state`]).
    pub asked: Latest,
}

impl ServerColumn {
    /// The server's line above the table: "Frankfurt 1: 12 keys", "… loading …", its error. The
    /// label and the error are shown visibly ([`visible_text`]; the sentence's own isolation
    /// marks, in a right-to-left language, are not escaped).
    pub fn status_line(&self) -> String {
        let label = visible_text(&self.label);
        let server = ("server", label.as_ref().into());
        match &self.state {
            ServerState::NotConnected => tf(Fmt::FleetStatusNotConnected, &[server]),
            ServerState::Loading => tf(Fmt::FleetStatusLoading, &[server]),
            ServerState::Loaded(keys) => tf(Fmt::FleetStatusKeys, &[server, ("count", keys.len().into())]),
            ServerState::Refreshing(keys) => {
                tf(Fmt::FleetStatusRefreshing, &[server, ("count", keys.len().into())])
            }
            ServerState::Failed(reason) => {
                let reason = visible_text(reason);
                tf(Fmt::FleetStatusFailed, &[server, ("reason", reason.as_ref().into())])
            }
        }
    }
}

/// A row of the merged table: the server it lives on and the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FleetRow {
    pub server: String,
    pub label: String,
    pub key: KeyInfo,
}

impl FleetRow {
    /// The row's Delete button name: unique across servers (IDs repeat from server to server).
    pub fn delete_name(&self) -> String {
        tf(Fmt::FleetDeleteKeyOn, &[("id", (&self.key.id).into()), ("server", (&self.label).into())])
    }
}

/// Where a row of the merged table is: the column, and the key's place in that column's keys.
pub type RowAt = (usize, usize);

/// The merged table as positions: every server with keys shown, in server order then by
/// numeric ID (as [`ServerState::loaded`] sorted them), optionally only server `only`. Cheap to
/// rebuild at each answer (no key is copied); [`rows_at`] makes the rows of a page.
pub fn merged_positions(columns: &[ServerColumn], only: Option<&str>) -> Vec<RowAt> {
    let mut positions = Vec::new();
    for (at, column) in columns.iter().enumerate() {
        if only.is_some_and(|name| name != column.name) {
            continue;
        }
        if let Some(keys) = column.state.keys_shown() {
            positions.extend((0..keys.len()).map(|key| (at, key)));
        }
    }
    positions
}

/// The rows at `positions` (positions the columns no longer have are skipped).
pub fn rows_at(columns: &[ServerColumn], positions: &[RowAt]) -> Vec<FleetRow> {
    positions
        .iter()
        .filter_map(|&(at, key)| {
            let column = columns.get(at)?;
            Some(FleetRow {
                server: column.name.clone(),
                label: column.label.clone(),
                key: column.state.keys_shown()?.get(key)?.clone(),
            })
        })
        .collect()
}

/// Every row of the merged table (see [`merged_positions`]).
pub fn merged_rows(columns: &[ServerColumn], only: Option<&str>) -> Vec<FleetRow> {
    rows_at(columns, &merged_positions(columns, only))
}

/// The merged count line: "12 keys on 2 of 3 servers", and how many are being asked again.
pub fn fleet_count_line(columns: &[ServerColumn]) -> String {
    let keys: usize =
        columns.iter().filter_map(|column| column.state.keys_shown()).map(<[KeyInfo]>::len).sum();
    let loaded = columns.iter().filter(|column| matches!(column.state, ServerState::Loaded(_))).count();
    let refreshing =
        columns.iter().filter(|column| matches!(column.state, ServerState::Refreshing(_))).count();
    let loading = columns.iter().filter(|column| matches!(column.state, ServerState::Loading)).count();
    if loaded + refreshing == 0 && loading > 0 {
        return tf(Fmt::FleetLoadingFrom, &[("count", loading.into())]);
    }
    let counts = [("keys", keys.into()), ("loaded", loaded.into()), ("servers", columns.len().into())];
    if refreshing > 0 {
        let [keys, loaded, servers] = counts;
        tf(Fmt::FleetCountRefreshing, &[keys, loaded, servers, ("refreshing", refreshing.into())])
    } else {
        tf(Fmt::FleetCount, &counts)
    }
}

/// The rows to delete, grouped by server in first-seen order: one delete packet per server.
pub fn by_server(rows: &[FleetRow]) -> Vec<(String, Vec<FleetRow>)> {
    let mut groups: Vec<(String, Vec<FleetRow>)> = Vec::new();
    for row in rows {
        match groups.iter_mut().find(|(server, _)| *server == row.server) {
            Some((_, group)) => group.push(row.clone()),
            None => groups.push((row.server.clone(), vec![row.clone()])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: &str) -> KeyInfo {
        KeyInfo { id: id.into(), owner: Some("admin".into()), ..KeyInfo::default() }
    }

    fn column(name: &str, state: ServerState) -> ServerColumn {
        ServerColumn { name: name.into(), label: format!("Label {name}"), state, asked: Latest::default() }
    }

    #[test]
    fn a_bulk_delete_sends_one_packet_per_server() {
        let row =
            |server: &str, id: &str| FleetRow { server: server.into(), label: server.into(), key: key(id) };
        let groups = by_server(&[row("eu1", "3"), row("us1", "3"), row("eu1", "7")]);
        let shape: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(server, rows)| (server.as_str(), rows.iter().map(|r| r.key.id.as_str()).collect()))
            .collect();
        assert_eq!(shape, [("eu1", vec!["3", "7"]), ("us1", vec!["3"])]);
    }

    #[test]
    fn each_server_keeps_its_own_state_and_rows() {
        let columns = [
            column("eu1", ServerState::loaded(vec![key("10"), key("2")])),
            column("us1", ServerState::Failed("Plesk error 11003".into())),
            column("asia1", ServerState::Loading),
            column("sa1", ServerState::NotConnected),
            column("af1", ServerState::Loaded(vec![key("2")])),
        ];
        let rows = merged_rows(&columns, None);
        let shown: Vec<(&str, &str)> = rows.iter().map(|r| (r.server.as_str(), r.key.id.as_str())).collect();
        assert_eq!(
            shown,
            [("eu1", "2"), ("eu1", "10"), ("af1", "2")],
            "a failing or slow server blanks nobody"
        );
        assert_eq!(merged_rows(&columns, Some("af1")).len(), 1);
        let positions = merged_positions(&columns, None);
        assert_eq!(positions, [(0, 0), (0, 1), (4, 0)]);
        assert_eq!(rows_at(&columns, &positions[1..]), rows[1..], "a page of rows from its positions");
        assert_eq!(rows_at(&columns[..2], &positions), rows[..2], "positions gone are skipped");
        assert_eq!(rows[2].delete_name(), "Delete key 2 on Label af1");
        assert_eq!(fleet_count_line(&columns), "3 keys on 2 of 5 servers");
        let loading = [column("eu1", ServerState::Loading), column("us1", ServerState::Loading)];
        assert_eq!(fleet_count_line(&loading), "Loading keys from 2 servers…", "not 0 keys on 0 of 2");
        let one = [column("eu1", ServerState::loaded(vec![key("1")])), column("us1", ServerState::Loading)];
        assert_eq!(fleet_count_line(&one), "1 key on 1 of 2 servers");
        assert_eq!(columns[1].status_line(), "Label us1: Plesk error 11003");
        assert_eq!(columns[4].status_line(), "Label af1: 1 key");
        assert!(columns[3].status_line().contains("not connected"));
    }

    #[test]
    fn a_refresh_keeps_each_servers_rows_until_its_answer() {
        let before = vec![
            column("eu1", ServerState::loaded(vec![key("10"), key("2")])),
            column("us1", ServerState::Failed("HTTP 502".into())),
        ];
        let ask = |name: &str, connected| ServerToAsk {
            name: name.into(),
            label: format!("Label {name}"),
            connected,
        };
        let mut columns = columns_for_refresh(
            before,
            &[ask("eu1", true), ask("us1", true), ask("asia1", true), ask("sa1", false)],
        );
        let states: Vec<&ServerState> = columns.iter().map(|c| &c.state).collect();
        assert_eq!(
            states,
            [
                &ServerState::Refreshing(vec![key("2"), key("10")]),
                &ServerState::Loading,
                &ServerState::Loading,
                &ServerState::NotConnected
            ]
        );
        let ids = |columns: &[ServerColumn]| -> Vec<String> {
            merged_rows(columns, None)
                .into_iter()
                .map(|row| format!("{}:{}", row.server, row.key.id))
                .collect()
        };
        assert_eq!(ids(&columns), ["eu1:2", "eu1:10"], "rows stay while refreshing");
        assert_eq!(fleet_count_line(&columns), "2 keys on 0 of 4 servers (1 refreshing)");
        assert_eq!(columns[0].status_line(), "Label eu1: refreshing… (2 shown)");

        let asked = |columns: &[ServerColumn], name: &str| {
            columns.iter().find(|column| column.name == name).map(|column| column.asked.current())
        };
        let (asia1, eu1) = (asked(&columns, "asia1").unwrap(), asked(&columns, "eu1").unwrap());
        set_state(&mut columns, "asia1", asia1, ServerState::loaded(vec![key("7"), key("3")]));
        set_state(&mut columns, "eu1", eu1, ServerState::loaded(vec![key("2")]));
        assert_eq!(ids(&columns), ["eu1:2", "asia1:3", "asia1:7"], "each answer replaces its server's rows");
        assert_eq!(fleet_count_line(&columns), "3 keys on 2 of 4 servers");

        remove_deleted(&mut columns, "asia1", &["3".to_owned()]);
        remove_deleted(&mut columns, "eu1", &["7".to_owned()]);
        assert_eq!(ids(&columns), ["eu1:2", "asia1:7"], "a delete removes only its server's keys");
    }

    #[test]
    fn an_overtaken_list_answer_changes_nothing() {
        let ask = |name: &str| ServerToAsk { name: name.into(), label: name.into(), connected: true };
        let ids = |columns: &[ServerColumn]| -> Vec<String> {
            merged_rows(columns, None).into_iter().map(|row| row.key.id).collect()
        };
        let sent = |columns: &[ServerColumn]| columns[0].asked.current();
        let mut columns = columns_for_refresh(Vec::new(), &[ask("eu1")]);
        let first = sent(&columns);
        set_state(&mut columns, "eu1", first, ServerState::loaded(vec![key("1"), key("2")]));
        // Refresh twice: the first answer arrives last and is not taken.
        let mut columns = columns_for_refresh(columns, &[ask("eu1")]);
        let older = sent(&columns);
        columns = columns_for_refresh(columns, &[ask("eu1")]);
        let newer = sent(&columns);
        set_state(&mut columns, "eu1", newer, ServerState::loaded(vec![key("1")]));
        set_state(&mut columns, "eu1", older, ServerState::loaded(vec![key("1"), key("2"), key("9")]));
        assert_eq!(ids(&columns), ["1"], "the newest answer stands");
        // Refresh, then delete key 1 before the list answer comes: that answer would bring it back.
        let mut columns = columns_for_refresh(columns, &[ask("eu1")]);
        let before_delete = sent(&columns);
        remove_deleted(&mut columns, "eu1", &["1".to_owned()]);
        set_state(&mut columns, "eu1", before_delete, ServerState::loaded(vec![key("1")]));
        assert!(ids(&columns).is_empty(), "the deleted key stays gone");
        assert_eq!(
            fleet_count_line(&columns),
            "0 keys on 1 of 1 server",
            "and the server is not left refreshing"
        );
    }
}
