//! What a key table shows — the key list's and All servers' alike (one model): filter, sort,
//! page, selection, and the count lines.

use std::cmp::Ordering;

use std::collections::HashMap;

use plesk_xmlapi::key_health::{findings, worst, Finding, HealthContext, Level, OwnerStatus};
use plesk_xmlapi::KeyInfo;

use crate::i18n::{t, tf, Fmt, Msg};
use crate::logic::natural_order::natural_cmp;

/// A sortable column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// All servers only: the server a key lives on.
    Server,
    Id,
    IpAddresses,
    Description,
    Owner,
}

impl Column {
    /// The key list's columns.
    pub const KEY_LIST: [Column; 4] = [Column::Id, Column::IpAddresses, Column::Description, Column::Owner];
    /// All servers' columns.
    pub const ALL_SERVERS: [Column; 5] =
        [Column::Server, Column::Id, Column::IpAddresses, Column::Description, Column::Owner];

    /// The header text (and the sort button's name).
    pub fn title(self) -> &'static str {
        match self {
            Column::Server => t(Msg::KeysColumnServer),
            Column::Id => t(Msg::KeysColumnId),
            Column::IpAddresses => t(Msg::KeysColumnAddresses),
            Column::Description => t(Msg::KeysColumnDescription),
            Column::Owner => t(Msg::KeysColumnOwner),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

/// The table's sort order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortOrder {
    pub column: Column,
    pub direction: Direction,
}

impl Default for SortOrder {
    fn default() -> Self {
        SortOrder { column: Column::Id, direction: Direction::Ascending }
    }
}

impl SortOrder {
    /// Clicking a header: the same column flips, another column sorts ascending.
    pub fn toggled(self, column: Column) -> Self {
        if self.column == column {
            let direction = match self.direction {
                Direction::Ascending => Direction::Descending,
                Direction::Descending => Direction::Ascending,
            };
            SortOrder { column, direction }
        } else {
            SortOrder { column, direction: Direction::Ascending }
        }
    }

    /// `aria-sort` of a column header.
    pub fn aria_sort(self, column: Column) -> &'static str {
        match (self.column == column, self.direction) {
            (false, _) => "none",
            (true, Direction::Ascending) => "ascending",
            (true, Direction::Descending) => "descending",
        }
    }
}

/// The filters above the table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Matches ID, any address, description, owner or server, case-insensitively.
    pub text: String,
    /// Only keys of this owner; `None` for every owner.
    pub owner: Option<String>,
    /// Only keys that need attention (a warning or a danger finding).
    pub attention: bool,
}

/// Lower case for matching and sorting; ASCII (nearly every key) in place.
fn fold(mut text: String) -> String {
    if text.is_ascii() {
        text.make_ascii_lowercase();
        text
    } else {
        text.to_lowercase()
    }
}

/// A key's sort keys, computed once per list: comparisons never parse or allocate.
#[derive(Debug, Clone, PartialEq)]
struct SortKeys {
    addresses: String,
    description: String,
    owner: String,
}

impl SortKeys {
    fn of(info: &KeyInfo) -> Self {
        SortKeys {
            addresses: info.ip_addresses.join(","),
            description: fold(info.description.clone()),
            owner: fold(info.owner.clone().unwrap_or_default()),
        }
    }
}

/// The server a key of All servers lives on: its name (unique) and label (shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerOf {
    pub name: String,
    pub label: String,
}

/// A key list prepared for fast sorting and filtering: search texts and sort keys computed once
/// per refresh. Views are positions into the list (`u32`), so a keystroke never clones a key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexedKeys {
    keys: Vec<KeyInfo>,
    /// All servers: each key's server; empty in the key list.
    servers: Vec<ServerOf>,
    /// What a selection remembers of each key: its ID, with its server's name in All servers
    /// (IDs repeat from server to server). Survives a refresh, unlike a position.
    marks: Vec<String>,
    search: Vec<String>,
    sort_keys: Vec<SortKeys>,
    owners: Vec<String>,
    /// Each key's findings (`plesk_xmlapi::key_health`), worst first.
    health: Vec<Vec<Finding>>,
}

/// Owners' statuses by server name ("" for the key list's one server).
pub type OwnersByServer = HashMap<String, HashMap<String, OwnerStatus>>;

impl IndexedKeys {
    /// One server's keys (the key list).
    pub fn new(keys: Vec<KeyInfo>) -> Self {
        Self::indexed(keys, Vec::new())
    }

    /// Keys of several servers (All servers), each with its server.
    pub fn on_servers(rows: Vec<(ServerOf, KeyInfo)>) -> Self {
        let (servers, keys) = rows.into_iter().unzip();
        Self::indexed(keys, servers)
    }

    fn indexed(keys: Vec<KeyInfo>, servers: Vec<ServerOf>) -> Self {
        let search = keys
            .iter()
            .enumerate()
            .map(|(at, info)| {
                let server = servers.get(at).map_or("", |server: &ServerOf| server.label.as_str());
                let owner = info.owner.as_deref().unwrap_or("");
                let addresses = info.ip_addresses.join(",");
                fold([info.id.as_str(), &addresses, &info.description, owner, server].join("\u{1f}"))
            })
            .collect();
        let marks = keys
            .iter()
            .enumerate()
            .map(|(at, info)| match servers.get(at) {
                Some(server) => format!("{}\u{1f}{}", server.name, info.id),
                None => info.id.clone(),
            })
            .collect();
        let sort_keys = keys.iter().map(SortKeys::of).collect();
        let mut distinct: Vec<&str> = keys.iter().filter_map(|k| k.owner.as_deref()).collect();
        distinct.sort_unstable_by(|a, b| natural_cmp(a, b));
        distinct.dedup();
        let owners = distinct.into_iter().map(str::to_owned).collect();
        let mut indexed = IndexedKeys { keys, servers, marks, search, sort_keys, owners, health: Vec::new() };
        indexed.set_owners(&OwnersByServer::new());
        indexed
    }

    /// Computes every key's findings again with what Plesk said of the owners (per server:
    /// twins are found within one server).
    pub fn set_owners(&mut self, owners: &OwnersByServer) {
        let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
        for at in 0..self.keys.len() {
            let server = self.servers.get(at).map_or("", |server| server.name.as_str());
            match groups.iter_mut().find(|(name, _)| *name == server) {
                Some((_, members)) => members.push(at),
                None => groups.push((server, vec![at])),
            }
        }
        let mut health = vec![Vec::new(); self.keys.len()];
        for (server, members) in groups {
            let keys: Vec<KeyInfo> = members.iter().map(|&at| self.keys[at].clone()).collect();
            let context = HealthContext::new(owners.get(server).cloned().unwrap_or_default());
            for (at, found) in members.into_iter().zip(findings(&keys, &context)) {
                health[at] = found;
            }
        }
        self.health = health;
    }

    /// The findings of the key at `position`, worst first.
    pub fn health_at(&self, position: u32) -> &[Finding] {
        self.health.get(position as usize).map_or(&[], Vec::as_slice)
    }

    fn needs_attention(&self, position: usize) -> bool {
        self.health.get(position).and_then(|found| worst(found)) >= Some(Level::Warning)
    }

    /// How many keys need attention (a warning or a danger finding).
    pub fn attention_count(&self) -> usize {
        (0..self.keys.len()).filter(|&at| self.needs_attention(at)).count()
    }

    pub fn all(&self) -> &[KeyInfo] {
        &self.keys
    }

    /// The key at a position of [`IndexedKeys::sorted`] or [`IndexedKeys::filtered`].
    pub fn at(&self, position: u32) -> Option<&KeyInfo> {
        self.keys.get(position as usize)
    }

    /// The server of the key at `position` (All servers only).
    pub fn server_at(&self, position: u32) -> Option<&ServerOf> {
        self.servers.get(position as usize)
    }

    /// What names the key at `position` for people: "key 5", or "key 5 on Frankfurt 1".
    pub fn name_at(&self, position: u32) -> String {
        let id = self.at(position).map(|k| crate::logic::visible::visible_text(&k.id).into_owned());
        match (id, self.server_at(position)) {
            (Some(id), Some(server)) => {
                tf(Fmt::KeysNameOnServer, &[("id", (&id).into()), ("server", (&server.label).into())])
            }
            (Some(id), None) => tf(Fmt::KeysName, &[("id", (&id).into())]),
            (None, _) => String::new(),
        }
    }

    /// What a selection remembers of the key at `position` (see `marks`).
    pub fn mark_at(&self, position: u32) -> Option<&str> {
        self.marks.get(position as usize).map(String::as_str)
    }

    /// The marks of every key (to drop selections of keys that are gone).
    pub fn marks(&self) -> &[String] {
        &self.marks
    }

    /// How many of `positions` are ticked in `selected`.
    pub fn count_selected(&self, positions: &[u32], selected: &std::collections::BTreeSet<String>) -> usize {
        positions.iter().filter(|&&p| self.mark_at(p).is_some_and(|mark| selected.contains(mark))).count()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The distinct owners, in natural order, for the owner filter.
    pub fn owners(&self) -> &[String] {
        &self.owners
    }

    fn compare(&self, a: usize, b: usize, column: Column) -> Ordering {
        let (x, y) = (&self.sort_keys[a], &self.sort_keys[b]);
        let label = |at: usize| self.servers.get(at).map_or("", |s| s.label.as_str());
        match column {
            Column::Server => natural_cmp(label(a), label(b)),
            Column::Id => Ordering::Equal,
            Column::IpAddresses => natural_cmp(&x.addresses, &y.addresses),
            Column::Description => natural_cmp(&x.description, &y.description),
            Column::Owner => natural_cmp(&x.owner, &y.owner),
        }
        // IDs break ties (numbers by value: Plesk's IDs are numbers), then the server, then the
        // position: every tie is broken, so an unstable sort is deterministic.
        .then_with(|| natural_cmp(&self.keys[a].id, &self.keys[b].id))
        .then_with(|| natural_cmp(label(a), label(b)))
        .then_with(|| a.cmp(&b))
    }

    /// Every key's position, in `order` (changes only when the list or the order does).
    pub fn sorted(&self, order: SortOrder) -> Vec<u32> {
        let mut positions: Vec<u32> = (0..self.keys.len() as u32).collect();
        positions.sort_unstable_by(|&a, &b| {
            let ordering = self.compare(a as usize, b as usize, order.column);
            match order.direction {
                Direction::Ascending => ordering,
                Direction::Descending => ordering.reverse(),
            }
        });
        positions
    }

    /// The positions of `sorted` the filters let through, in the same order.
    pub fn filtered(&self, sorted: &[u32], filters: &Filters) -> Vec<u32> {
        let needle = filters.text.trim().to_lowercase();
        // `str::contains` (not memchr's memmem): ~1 ms more per keystroke on 10,000 keys, 9 kB
        // less wasm (docs/performance.md).
        sorted
            .iter()
            .copied()
            .filter(|&p| {
                let (key, text) = (&self.keys[p as usize], &self.search[p as usize]);
                (needle.is_empty() || text.contains(needle.as_str()))
                    && filters.owner.as_ref().is_none_or(|owner| key.owner.as_ref() == Some(owner))
                    && (!filters.attention || self.needs_attention(p as usize))
            })
            .collect()
    }

    /// The keys the filters let through, in the sort order.
    pub fn view(&self, filters: &Filters, order: SortOrder) -> Vec<&KeyInfo> {
        self.filtered(&self.sorted(order), filters).into_iter().filter_map(|p| self.at(p)).collect()
    }
}

/// The line under the toolbar while keys are selected: "3 selected", "3 selected, 2 hidden by
/// the filter" (`hidden`: selected keys the filters do not let through).
pub fn selection_line(selected: usize, hidden: usize) -> String {
    if hidden == 0 {
        tf(Fmt::KeysSelection, &[("selected", selected.into())])
    } else {
        tf(Fmt::KeysSelectionHidden, &[("selected", selected.into()), ("hidden", hidden.into())])
    }
}

/// "1 key", "12 keys": a count with its noun in the right number.
pub fn keys_count(n: usize) -> String {
    tf(Fmt::KeysCount, &[("count", n.into())])
}

/// A key's addresses as shown to people: the list, or "Any address (no IP restriction)" for a
/// key Plesk accepts from anywhere (made by `plesk bin secret_key --create` without
/// `-ip-address`): a risk, said plainly, in the list and in look-ups.
pub fn addresses_shown(info: &KeyInfo) -> String {
    if info.binds_any_address() {
        t(Msg::KeysAnyAddress).to_owned()
    } else {
        info.ip_addresses.join(", ")
    }
}

/// "12 keys", "1 key", "3 of 12 shown".
pub fn count_line(shown: usize, total: usize) -> String {
    if shown == total {
        keys_count(total)
    } else {
        tf(Fmt::KeysCountShown, &[("shown", shown.into()), ("total", total.into())])
    }
}

/// Items of a list in a sentence (owner states, twin keys), with the language's separator.
fn list_words<T: AsRef<str>>(items: &[T]) -> String {
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(t(Msg::ListSeparator))
}

/// Plesk's status flags in words ("disabled by the administrator, expired").
fn status_words(status: u32) -> String {
    const FLAGS: [(u32, Msg); 5] = [
        (4, Msg::HealthFlag4),
        (16, Msg::HealthFlag16),
        (32, Msg::HealthFlag32),
        (64, Msg::HealthFlag64),
        (256, Msg::HealthFlag256),
    ];
    let words: Vec<&str> =
        FLAGS.iter().filter(|(flag, _)| status & flag != 0).map(|(_, word)| t(*word)).collect();
    if words.is_empty() {
        tf(Fmt::HealthStatusNumber, &[("status", (&status.to_string()).into())])
    } else {
        list_words(&words)
    }
}

/// A finding's reason in the person's language (`health.ftl`, shared with the CLI's
/// `health_words`): the protocol crate's `Finding::reason` stays the English of exports.
pub fn health_reason(finding: &Finding) -> String {
    match finding {
        Finding::OwnerMissing { login } => tf(Fmt::HealthReasonOwnerMissing, &[("login", login.into())]),
        Finding::OwnerInactive { login, status } => tf(
            Fmt::HealthReasonOwnerInactive,
            &[("login", login.into()), ("status", (&status_words(*status)).into())],
        ),
        Finding::UsableFromAnywhere { administrator: true, widest: None } => {
            t(Msg::HealthReasonAnywhereAdministrator).to_owned()
        }
        Finding::UsableFromAnywhere { administrator: false, widest: None } => {
            t(Msg::HealthReasonAnywhereKey).to_owned()
        }
        Finding::UsableFromAnywhere { administrator: true, widest: Some(range) } => {
            tf(Fmt::HealthReasonWideAdministrator, &[("range", range.into())])
        }
        Finding::UsableFromAnywhere { administrator: false, widest: Some(range) } => {
            tf(Fmt::HealthReasonWideKey, &[("range", range.into())])
        }
        Finding::PublicAmongPrivate { public } => {
            tf(Fmt::HealthReasonPublicAmongPrivate, &[("address", public.into())])
        }
        Finding::ServiceAddress { address } => {
            tf(Fmt::HealthReasonServiceAddress, &[("address", address.into())])
        }
        Finding::Twins { others } => tf(Fmt::HealthReasonTwins, &[("others", (&list_words(others)).into())]),
        Finding::NoDescription => t(Msg::HealthReasonNoDescription).to_owned(),
    }
}

/// What to do about a finding, in the person's language (see [`health_reason`]).
pub fn health_advice(finding: &Finding) -> &'static str {
    t(match finding {
        Finding::OwnerMissing { .. } => Msg::HealthAdviceOwnerMissing,
        Finding::OwnerInactive { .. } => Msg::HealthAdviceOwnerInactive,
        Finding::UsableFromAnywhere { .. } => Msg::HealthAdviceUsableFromAnywhere,
        Finding::PublicAmongPrivate { .. } => Msg::HealthAdvicePublicAmongPrivate,
        Finding::ServiceAddress { .. } => Msg::HealthAdviceServiceAddress,
        Finding::Twins { .. } => Msg::HealthAdviceTwins,
        Finding::NoDescription => Msg::HealthAdviceNoDescription,
    })
}

/// Rows per page of the table (keeps thousands of keys responsive).
pub const PAGE_SIZE: usize = 50;

/// The number of pages for `count` rows (at least one).
pub fn page_count(count: usize) -> usize {
    count.div_ceil(PAGE_SIZE).max(1)
}

/// The rows of page `page` (0-based, clamped).
pub fn page_of<T>(rows: &[T], page: usize) -> &[T] {
    let page = page.min(page_count(rows.len()) - 1);
    let start = page * PAGE_SIZE;
    &rows[start.min(rows.len())..(start + PAGE_SIZE).min(rows.len())]
}

/// The page of a table shown now — the key list's and All servers' alike: its rows (positions
/// in the table's own list), where it is, and the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TablePage<T> {
    /// The rows of this page.
    pub rows: Vec<T>,
    /// How many rows the filters let through (on every page).
    pub shown: usize,
    /// How many rows there are before filtering.
    pub total: usize,
    /// This page (0-based): the one asked for, or the last one when fewer are left.
    pub page: usize,
    pub pages: usize,
}

impl<T: Clone> TablePage<T> {
    /// Page `requested` of `shown` (the rows the filters let through, in order) out of `total`.
    pub fn of(shown: &[T], total: usize, requested: usize) -> Self {
        let pages = page_count(shown.len());
        let page = requested.min(pages - 1);
        TablePage { rows: page_of(shown, page).to_vec(), shown: shown.len(), total, page, pages }
    }

    /// This page and how many there are (for the pager).
    pub fn place(&self) -> (usize, usize) {
        (self.page, self.pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_page_is_capped_at_the_last_page() {
        let rows: Vec<u32> = (0..120).collect();
        let second = TablePage::of(&rows, 130, 1);
        assert_eq!((second.rows.first(), second.rows.len()), (Some(&50), PAGE_SIZE));
        assert_eq!((second.shown, second.total, second.place()), (120, 130, (1, 3)));
        let past_the_end = TablePage::of(&rows, 120, 9);
        assert_eq!((past_the_end.page, past_the_end.rows.len()), (2, 20), "the last page instead");
        let empty = TablePage::<u32>::of(&[], 0, 3);
        assert_eq!((empty.page, empty.pages, empty.rows.len()), (0, 1, 0));
    }

    #[test]
    fn a_key_without_addresses_is_shown_as_any_address() {
        let mut info = KeyInfo { id: "1".into(), ..KeyInfo::default() };
        assert_eq!(addresses_shown(&info), "Any address (no IP restriction)");
        info.ip_addresses = vec!["192.0.2.1".into(), "::1".into()];
        assert_eq!(addresses_shown(&info), "192.0.2.1, ::1");
    }

    fn key(id: &str, ip: &str, description: &str, owner: &str) -> KeyInfo {
        KeyInfo {
            id: id.into(),
            ip_addresses: vec![ip.into()],
            description: description.into(),
            owner: Some(owner.into()),
        }
    }

    fn sample() -> IndexedKeys {
        IndexedKeys::new(vec![
            key("10", "192.0.2.10", "Backup robot", "admin"),
            key("9", "2001:db8::1", "deploy", "jdoe"),
            key("100", "192.0.2.1", "CI", "reseller1"),
        ])
    }

    fn ids(view: Vec<&KeyInfo>) -> Vec<&str> {
        view.into_iter().map(|k| k.id.as_str()).collect()
    }

    #[test]
    fn ids_sort_numerically_and_headers_flip() {
        let keys = sample();
        let order = SortOrder::default();
        assert_eq!(ids(keys.view(&Filters::default(), order)), ["9", "10", "100"]);
        let flipped = order.toggled(Column::Id);
        assert_eq!(flipped.aria_sort(Column::Id), "descending");
        assert_eq!(ids(keys.view(&Filters::default(), flipped)), ["100", "10", "9"]);
        let by_description = flipped.toggled(Column::Description);
        assert_eq!(ids(keys.view(&Filters::default(), by_description)), ["10", "100", "9"]);
        assert_eq!(by_description.aria_sort(Column::Id), "none");
    }

    #[test]
    fn text_filter_matches_every_column_case_insensitively() {
        let keys = sample();
        let find = |text: &str| {
            ids(keys
                .view(&Filters { text: text.into(), owner: None, attention: false }, SortOrder::default()))
        };
        assert_eq!(find("robot"), ["10"]);
        assert_eq!(find("2001:DB8"), ["9"]);
        assert_eq!(find("reseller"), ["100"]);
        assert_eq!(find("100"), ["100"]);
        assert_eq!(find("  "), ["9", "10", "100"]);
        let owned = keys.view(
            &Filters { text: String::new(), owner: Some("jdoe".into()), attention: false },
            SortOrder::default(),
        );
        assert_eq!(ids(owned), ["9"]);
        assert_eq!(keys.owners(), ["admin", "jdoe", "reseller1"]);
    }

    #[test]
    fn sorting_uses_folded_descriptions_and_filtering_keeps_the_order() {
        let keys = IndexedKeys::new(vec![
            key("3", "192.0.2.3", "beta", "admin"),
            key("1", "192.0.2.1", "Beta", "admin"),
            key("2", "192.0.2.2", "ALPHA", "jdoe"),
            key("x7", "192.0.2.7", "alpha", "jdoe"),
        ]);
        let by_description = SortOrder { column: Column::Description, direction: Direction::Ascending };
        let sorted = keys.sorted(by_description);
        let names = |positions: &[u32]| -> Vec<&str> {
            positions.iter().filter_map(|&p| keys.at(p)).map(|k| k.id.as_str()).collect()
        };
        // Equal folded descriptions fall back to the ID (numbers before other IDs, as strings sort).
        assert_eq!(names(&sorted), ["2", "x7", "1", "3"]);
        let reversed = keys.sorted(SortOrder { direction: Direction::Descending, ..by_description });
        assert_eq!(names(&reversed), ["3", "1", "x7", "2"]);
        let filters = Filters { text: " BETA ".into(), owner: None, attention: false };
        assert_eq!(names(&keys.filtered(&sorted, &filters)), ["1", "3"]);
        let owned = Filters { text: String::new(), owner: Some("jdoe".into()), attention: false };
        assert_eq!(names(&keys.filtered(&reversed, &owned)), ["x7", "2"]);
        assert!(keys.at(4).is_none());
        assert!(IndexedKeys::default().sorted(by_description).is_empty());
    }

    #[test]
    fn folding_handles_ascii_in_place_and_unicode_fully() {
        assert_eq!(fold("Deploy ROBOT".to_owned()), "deploy robot");
        assert_eq!(fold("ÄRGER Straße".to_owned()), "ärger straße");
        let keys = IndexedKeys::new(vec![key("1", "192.0.2.1", "Überweisung", "admin")]);
        let found =
            keys.view(&Filters { text: "ÜBER".into(), owner: None, attention: false }, SortOrder::default());
        assert_eq!(ids(found), ["1"]);
    }

    #[test]
    fn descriptions_and_addresses_sort_naturally_in_the_table() {
        let keys = IndexedKeys::new(vec![
            key("1", "192.0.2.10", "backup #101", "admin"),
            key("2", "192.0.2.9", "backup #11", "admin"),
            key("3", "192.0.2.100", "backup #1", "admin"),
        ]);
        let by = |column| {
            ids(keys.view(&Filters::default(), SortOrder { column, direction: Direction::Ascending }))
        };
        assert_eq!(by(Column::Description), ["3", "2", "1"]);
        assert_eq!(by(Column::IpAddresses), ["2", "1", "3"]);
    }

    #[test]
    fn all_servers_rows_carry_their_server_for_names_marks_filter_and_sort() {
        let on = |name: &str, label: &str| ServerOf { name: name.into(), label: label.into() };
        let keys = IndexedKeys::on_servers(vec![
            (on("us1", "US 1"), key("5", "192.0.2.5", "ci", "admin")),
            (on("eu1", "EU 1"), key("5", "192.0.2.5", "ci", "admin")),
            (on("eu1", "EU 1"), key("12", "192.0.2.6", "deploy", "jdoe")),
        ]);
        assert_eq!(keys.name_at(0), "key 5 on US 1");
        assert_eq!(keys.mark_at(1), Some("eu1\u{1f}5"), "IDs repeat: the server is part of the mark");
        let by_server = keys.sorted(SortOrder { column: Column::Server, direction: Direction::Ascending });
        assert_eq!(by_server, [1, 2, 0]);
        let by_id = keys.sorted(SortOrder::default());
        assert_eq!(by_id, [1, 0, 2], "equal IDs: by server");
        let found = keys.filtered(&by_id, &Filters { text: "us 1".into(), owner: None, attention: false });
        assert_eq!(found, [0], "the server's label is searched too");
        assert_eq!(IndexedKeys::new(vec![key("5", "", "", "")]).name_at(0), "key 5");
        assert_eq!(keys.marks().len(), 3);
        let ticked: std::collections::BTreeSet<String> = ["eu1\u{1f}5".to_owned()].into();
        assert_eq!(keys.count_selected(&[0, 1, 2], &ticked), 1);
        assert_eq!(keys.count_selected(&[0, 2], &ticked), 0);
    }

    #[test]
    fn keys_that_need_attention_are_counted_and_filtered_per_server() {
        let on = |name: &str| ServerOf { name: name.into(), label: name.into() };
        let mut keys = IndexedKeys::on_servers(vec![
            (on("eu1"), key("1", "192.0.2.1", "shop", "jdoe")),
            (on("eu1"), key("2", "192.0.2.2", "twin", "ann")),
            (on("us1"), key("2", "192.0.2.2", "twin", "ann")),
        ]);
        assert_eq!(keys.attention_count(), 0, "owners unknown: nothing made up");
        assert!(keys.health_at(1).is_empty(), "twins only within one server");
        let owners: OwnersByServer =
            [("eu1".to_owned(), HashMap::from([("jdoe".to_owned(), OwnerStatus::Inactive(16))]))].into();
        keys.set_owners(&owners);
        assert_eq!(keys.attention_count(), 1);
        assert_eq!(keys.health_at(0)[0].code(), "owner-inactive");
        let attention = Filters { attention: true, ..Filters::default() };
        assert_eq!(keys.filtered(&keys.sorted(SortOrder::default()), &attention), [0]);
    }

    #[test]
    fn selection_lines_say_what_the_filter_hides() {
        assert_eq!(selection_line(3, 0), "3 selected");
        assert_eq!(selection_line(3, 3), "3 selected, 3 hidden by the filter");
        assert_eq!(keys_count(1), "1 key");
        assert_eq!(keys_count(0), "0 keys");
    }

    #[test]
    fn health_words_are_the_protocol_crates_in_english() {
        let findings = [
            Finding::OwnerMissing { login: "jdoe".into() },
            Finding::OwnerInactive { login: "jdoe".into(), status: 16 | 256 },
            Finding::OwnerInactive { login: "jdoe".into(), status: 2 },
            Finding::OwnerInactive { login: "jdoe".into(), status: 4 | 32 | 64 },
            Finding::UsableFromAnywhere { administrator: true, widest: None },
            Finding::UsableFromAnywhere { administrator: false, widest: None },
            Finding::UsableFromAnywhere { administrator: true, widest: Some("10.0.0.0/8".into()) },
            Finding::UsableFromAnywhere { administrator: false, widest: Some("::/32".into()) },
            Finding::PublicAmongPrivate { public: "203.0.113.9".into() },
            Finding::ServiceAddress { address: "127.0.0.1".into() },
            Finding::Twins { others: vec!["4".into(), "9".into()] },
            Finding::NoDescription,
        ];
        for finding in &findings {
            assert_eq!(health_reason(finding), finding.reason());
            assert_eq!(health_advice(finding), finding.advice());
        }
    }

    #[test]
    fn counts_and_pages() {
        assert_eq!(count_line(12, 12), "12 keys");
        assert_eq!(count_line(1, 1), "1 key");
        assert_eq!(count_line(3, 12), "3 of 12 shown");
        let rows: Vec<usize> = (0..120).collect();
        assert_eq!(page_count(rows.len()), 3);
        assert_eq!(page_of(&rows, 2), &rows[100..]);
        assert_eq!(page_of(&rows, 9), &rows[100..], "clamped to the last page");
        assert_eq!(page_count(0), 1);
        assert!(page_of::<usize>(&[], 0).is_empty());
    }
}
