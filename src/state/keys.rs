//! The key list: loaded from Plesk, refreshed on demand; view state (filters, sort, page,
//! selection, failed deletions) lives here too so every widget sees the same.
//!
//! Why the list is not a Leptos `LocalResource`: its first answer arrives inside Connect's own
//! packet (one round trip instead of two, see `state/connect.rs`), which a resource would fetch
//! again; deletes edit it in place without a round trip; the rows stay on screen while a refresh
//! is under way; and an answer to a refresh that a newer refresh, a Log out or another connect
//! overtook is dropped (`logic::latest`, through `Session::answer` and this list's own `Latest`).
//! Why not a `reactive_stores::Store`: this struct is already a store of one signal per field
//! with the rules as methods; a derived `Store` adds the same signals plus its own path types per
//! field, more wasm for the same tracking. Writes are Actions
//! (`state/request.rs`).

use std::collections::{BTreeMap, HashMap, HashSet};

use leptos::prelude::*;
use leptos::task::spawn_local;
use plesk_xmlapi::key_health::owners_to_ask;
use plesk_xmlapi::{KeyInfo, KeyList, KeyLookup};

use crate::api::{owner_lookup, AgentClient};
use crate::logic::deletions::DeletionReport;
use crate::logic::latest::Latest;
use crate::logic::list_status::ListPhase;
use crate::logic::list_view::{IndexedKeys, OwnersByServer};
use crate::session::Session;
use crate::state::table_view::TableView;
use crate::timing;

/// Views read it through its methods (tracked where they say so) and change it only through
/// them, so each rule (back to page 1 on a new filter or sort, ticks and failures following the
/// list) lives here once.
#[derive(Clone, Copy)]
pub struct KeysStore {
    keys: RwSignal<IndexedKeys>,
    loaded: RwSignal<bool>,
    loading: RwSignal<bool>,
    error: RwSignal<Option<String>>,
    refreshed_at: RwSignal<Option<String>>,
    /// Filters, sort, page and ticks (marks are key IDs here).
    pub table: TableView,
    /// What Plesk last said of the owners of the keys listed (key health).
    owners: StoredValue<OwnersByServer>,
    /// IDs whose deletion failed, with the reason (the row stays and is marked).
    failed: RwSignal<BTreeMap<String, String>>,
    /// A Connect is being checked: the key page is built (hidden) meanwhile, so that only the
    /// rows are left to fill in when the answer comes.
    preparing: RwSignal<bool>,
    /// Moved on by every refresh, seed and reset: an answer that arrives after a newer refresh,
    /// or after a log-out, is dropped instead of overwriting newer state.
    latest: StoredValue<Latest>,
    // What a refresh needs, held here: refreshes run after awaits, outside any reactive owner.
    session: Session,
    client: StoredValue<AgentClient>,
}

impl KeysStore {
    pub fn new(session: Session, client: AgentClient) -> Self {
        KeysStore {
            latest: StoredValue::new(Latest::default()),
            session,
            client: StoredValue::new(client),
            keys: RwSignal::new(IndexedKeys::default()),
            loaded: RwSignal::new(false),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            refreshed_at: RwSignal::new(None),
            table: TableView::new(),
            owners: StoredValue::new(OwnersByServer::new()),
            failed: RwSignal::new(BTreeMap::new()),
            preparing: RwSignal::new(false),
        }
    }

    /// The list (read-only).
    pub fn keys(&self) -> ReadSignal<IndexedKeys> {
        self.keys.read_only()
    }

    /// Why the last refresh failed, if it did.
    pub fn error(&self) -> ReadSignal<Option<String>> {
        self.error.read_only()
    }

    /// When the list was last loaded (HH:MM:SS).
    pub fn refreshed_at(&self) -> ReadSignal<Option<String>> {
        self.refreshed_at.read_only()
    }

    /// Whether a list was loaded (tracked).
    pub fn is_loaded(&self) -> bool {
        self.loaded.get()
    }

    /// Whether a list is neither there nor asked for (not tracked).
    pub fn needs_loading(&self) -> bool {
        !self.loaded.get_untracked() && !self.loading.get_untracked()
    }

    /// Loading, refreshing, shown or failed (tracked).
    pub fn phase(&self) -> ListPhase {
        ListPhase::of(self.loading.get(), self.loaded.get(), self.error.with(Option::is_some))
    }

    /// The ticked keys, in list order.
    pub fn selected_keys(&self) -> Vec<KeyInfo> {
        self.table.selected().with_untracked(|selected| {
            self.keys.with_untracked(|keys| {
                keys.all().iter().filter(|k| selected.contains(&k.id)).cloned().collect()
            })
        })
    }

    /// Why deleting key `id` failed, if it did (tracked).
    pub fn failure_of(&self, id: &str) -> Option<String> {
        self.failed.with(|failed| failed.get(id).cloned())
    }

    /// Whether a Connect is being checked (tracked).
    pub fn is_preparing(&self) -> bool {
        self.preparing.get()
    }

    /// A Connect's check starts (`true`) or ends (`false`).
    pub fn set_preparing(&self, preparing: bool) {
        self.preparing.set(preparing);
    }

    /// Forgets the list and every view state (log-out); answers still in flight are dropped.
    pub fn reset(&self) {
        self.latest.update_value(Latest::overtake);
        self.keys.set(IndexedKeys::default());
        self.loaded.set(false);
        self.loading.set(false);
        self.error.set(None);
        self.refreshed_at.set(None);
        self.table.clear_selection();
        self.owners.set_value(OwnersByServer::new());
        self.failed.set(BTreeMap::new());
    }

    /// Applies a delete answer: deleted keys leave the list (and their marks), failed ones stay,
    /// marked with Plesk's reason.
    pub fn apply_deletions(&self, report: &DeletionReport) {
        self.failed.update(|failed| {
            for id in &report.deleted {
                failed.remove(id);
            }
            for (id, reason) in &report.failed {
                failed.insert(id.clone(), reason.clone());
            }
        });
        self.remove(&report.deleted);
    }

    /// Drops deleted keys from the list without a reload (failed ones stay, marked).
    pub fn remove(&self, ids: &[String]) {
        self.keys.update(|keys| {
            *keys = IndexedKeys::new(keys.all().iter().filter(|k| !ids.contains(&k.id)).cloned().collect());
            self.owners.with_value(|owners| keys.set_owners(owners));
        });
        self.keys.with_untracked(|keys| self.table.keep_selected_in(keys));
    }

    /// Asks Plesk about the owners of the keys listed (key health), and computes the findings
    /// again with the answer — unless a newer list came meanwhile. A failed look-up leaves the
    /// owners unknown: the keys stay as they are.
    fn ask_about_owners(&self) {
        let store = *self;
        let logins = self.keys.with_untracked(|keys| owners_to_ask(keys.all(), "admin"));
        if logins.is_empty() {
            return;
        }
        let Some(credential) = self.session.credential_untracked() else { return };
        let Some(asked) = self.latest.try_with_value(Latest::current) else { return };
        let client = self.client.get_value();
        // The look-up's code is a part of its own: if it cannot be fetched, the owners stay unknown.
        let answer = self.session.answer(async move {
            match owner_lookup(client, credential, logins).await {
                Ok(lookup) => lookup.await,
                Err(_) => HashMap::new(),
            }
        });
        spawn_local(async move {
            let Some(statuses) = answer.await else { return };
            if store.latest.try_with_value(|latest| latest.is_latest(asked)) != Some(true) {
                return;
            }
            let owners: OwnersByServer = [(String::new(), statuses)].into();
            store.keys.try_update(|keys| keys.set_owners(&owners));
            store.owners.try_set_value(owners);
        });
    }

    /// Shows a list that came with Connect's check (no second request); answers of older
    /// refreshes still in flight are dropped.
    pub fn seed(&self, keys: Vec<plesk_xmlapi::KeyInfo>) {
        self.latest.update_value(Latest::overtake);
        let indexed = IndexedKeys::new(keys);
        timing::mark(timing::KEYS_STORED);
        self.keys.set(indexed);
        self.loading.set(false);
        self.loaded.set(true);
        self.error.set(None);
        self.refreshed_at.set(Some(now_hms()));
        self.ask_about_owners();
    }

    /// Reloads the list from Plesk (the previous list stays visible meanwhile).
    pub fn refresh(&self) {
        let store = *self;
        let session = self.session;
        let client = self.client.get_value();
        let Some(credential) = session.credential_untracked() else { return };
        let Some(ticket) = store.latest.try_update_value(Latest::new_request) else { return };
        store.loading.set(true);
        store.error.set(None);
        let list_client = client.clone();
        let answer = session.answer(async move { list_client.list_keys(&credential).await });
        spawn_local(async move {
            // Dropped when another session began, or when a newer refresh overtook this one.
            let Some(result) = answer.await else { return };
            if store.latest.try_with_value(|latest| latest.is_latest(ticket)) != Some(true) {
                return;
            }
            timing::mark(timing::KEYS_PARSED);
            store.loading.set(false);
            match result {
                Ok(keys) => {
                    // Forget ticks and failures of keys that are gone (only when there are any:
                    // a list of thousands is not copied for nothing).
                    if store.failed.with_untracked(|f| !f.is_empty()) {
                        let ids: HashSet<&str> = keys.iter().map(|k| k.id.as_str()).collect();
                        store.failed.update(|failed| failed.retain(|id, _| ids.contains(id.as_str())));
                    }
                    let indexed = IndexedKeys::new(keys);
                    store.table.keep_selected_in(&indexed);
                    timing::mark(timing::KEYS_STORED);
                    store.keys.set(indexed);
                    store.loaded.set(true);
                    store.error.set(None);
                    store.refreshed_at.set(Some(now_hms()));
                    store.ask_about_owners();
                }
                // Shown once, in the list (an alert there); not copied to the status line.
                Err(error) => store.error.set(Some(error.to_string())),
            }
        });
        if let Some(value) = session.credential_untracked().and_then(|c| c.key_value().map(str::to_owned)) {
            if session.own_key_id().is_none() {
                find_own_key_id(session, client, value);
            }
        }
    }
}

/// Learns the ID of the key the panel uses (to warn before deleting it).
fn find_own_key_id(session: Session, client: AgentClient, value: String) {
    let Ok(keys) = KeyList::parse(&value) else { return };
    let Some(credential) = session.credential_untracked() else { return };
    let answer = session.answer(async move { client.look_up(&credential, &keys).await });
    spawn_local(async move {
        if let Some(Ok(answers)) = answer.await {
            if let Some((_, KeyLookup::Found(info))) = answers.into_iter().next() {
                session.set_own_key(info.id, info.owner);
            }
        }
    });
}

pub fn use_keys() -> KeysStore {
    expect_context::<KeysStore>()
}

/// The local time as HH:MM:SS.
pub fn now_hms() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}:{:02}", now.get_hours(), now.get_minutes(), now.get_seconds())
}
