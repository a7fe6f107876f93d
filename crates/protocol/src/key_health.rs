//! Which keys need attention, and why: findings per key, each with a level, a one-line reason in
//! plain words and what to do. One pure rule set for the panel and `plesk-keys report`; its
//! inputs are what Plesk itself tells (`secret_key get_info`, and `customer get` / `reseller get`
//! for the owners) and the addresses of the service in front of Plesk, when known.
//!
//! Plesk records no use of a key, so nothing here says a key is unused.

use std::collections::HashMap;
use std::net::IpAddr;

use crate::{AccountLookup, AccountQuery, ErrorCode, KeyInfo};

/// How urgent a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Note,
    Warning,
    Danger,
}

impl Level {
    /// The level's word: `danger`, `warning`, `note`.
    pub fn word(self) -> &'static str {
        match self {
            Level::Danger => "danger",
            Level::Warning => "warning",
            Level::Note => "note",
        }
    }

    /// Reads `danger`, `warning` or `note`.
    pub fn parse(word: &str) -> Option<Level> {
        match word {
            "danger" => Some(Level::Danger),
            "warning" => Some(Level::Warning),
            "note" => Some(Level::Note),
            _ => None,
        }
    }
}

/// Where an owner stands, as `customer get` / `reseller get` tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerStatus {
    /// Status 0.
    Active,
    /// Any other status (Plesk's flags: 4 under backup or restore, 16 disabled by the
    /// administrator, 32 by a reseller, 64 by the customer, 256 expired).
    Inactive(u32),
    /// Neither a customer nor a reseller has this login.
    Missing,
    /// Plesk could not be asked, or did not say.
    Unknown,
}

impl OwnerStatus {
    /// The status in words: "active", "disabled by the administrator, expired", "missing", …
    pub fn words(self) -> String {
        match self {
            OwnerStatus::Active => "active".into(),
            OwnerStatus::Missing => "missing".into(),
            OwnerStatus::Unknown => "unknown".into(),
            OwnerStatus::Inactive(status) => status_words(status),
        }
    }
}

/// Plesk's status flags in words.
pub fn status_words(status: u32) -> String {
    const FLAGS: [(u32, &str); 5] = [
        (4, "under backup or restore"),
        (16, "disabled by the administrator"),
        (32, "disabled by its reseller"),
        (64, "disabled by the customer"),
        (256, "expired"),
    ];
    let words: Vec<&str> =
        FLAGS.iter().filter(|(flag, _)| status & flag != 0).map(|(_, word)| *word).collect();
    if words.is_empty() {
        format!("status {status}")
    } else {
        words.join(", ")
    }
}

/// What is known besides the keys.
#[derive(Debug, Clone, Default)]
pub struct HealthContext {
    /// The administrator's login (Plesk names it as the owner of its keys): `admin` by default.
    pub administrator: String,
    /// Each owner's status, by login; an owner not listed is [`OwnerStatus::Unknown`].
    pub owners: HashMap<String, OwnerStatus>,
    /// The addresses of the service in front of Plesk (a gateway, a proxy) as Plesk sees them:
    /// a key bound to one works for anyone who can reach that service.
    pub service_addresses: Vec<IpAddr>,
}

impl HealthContext {
    /// The context for the administrator `admin` with these owners.
    pub fn new(owners: HashMap<String, OwnerStatus>) -> Self {
        HealthContext { administrator: "admin".into(), owners, service_addresses: Vec::new() }
    }

    fn is_administrator(&self, owner: Option<&str>) -> bool {
        owner.is_none_or(|owner| owner.is_empty() || owner == self.administrator)
    }
}

/// Something wrong with a key, or worth a look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The owner's login names no customer or reseller any more.
    OwnerMissing { login: String },
    /// The owner exists but is not active.
    OwnerInactive { login: String, status: u32 },
    /// Bound to no address, or to a range wider than a /24 (IPv4) or /64 (IPv6).
    UsableFromAnywhere { administrator: bool, widest: Option<String> },
    /// Bound to a public address while its other addresses are private.
    PublicAmongPrivate { public: String },
    /// Bound to the Plesk server itself (loopback) or to the service in front of Plesk.
    ServiceAddress { address: String },
    /// Other keys of the same owner on exactly the same addresses (rotation leftovers).
    Twins { others: Vec<String> },
    /// No description: nobody can tell later what it is for.
    NoDescription,
}

/// What a finding's action is, where one exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remedy {
    Rotate,
    Delete,
}

impl Finding {
    pub fn level(&self) -> Level {
        match self {
            Finding::OwnerMissing { .. } => Level::Danger,
            Finding::OwnerInactive { .. } => Level::Warning,
            Finding::UsableFromAnywhere { administrator: true, .. } => Level::Danger,
            Finding::UsableFromAnywhere { administrator: false, .. } => Level::Warning,
            Finding::PublicAmongPrivate { .. } => Level::Warning,
            // Keys used through a gateway are bound to its address by design: worth a look, not
            // an alarm.
            Finding::ServiceAddress { .. } => Level::Warning,
            Finding::Twins { .. } | Finding::NoDescription => Level::Note,
        }
    }

    /// A short name for scripts: `owner-missing`, `usable-from-anywhere`, …
    pub fn code(&self) -> &'static str {
        match self {
            Finding::OwnerMissing { .. } => "owner-missing",
            Finding::OwnerInactive { .. } => "owner-inactive",
            Finding::UsableFromAnywhere { .. } => "usable-from-anywhere",
            Finding::PublicAmongPrivate { .. } => "public-among-private",
            Finding::ServiceAddress { .. } => "service-address",
            Finding::Twins { .. } => "twins",
            Finding::NoDescription => "no-description",
        }
    }

    /// The reason in one line of plain words.
    pub fn reason(&self) -> String {
        match self {
            Finding::OwnerMissing { login } => format!("Its owner {login} no longer exists in Plesk."),
            Finding::OwnerInactive { login, status } => {
                format!("Its owner {login} is not active ({}).", status_words(*status))
            }
            Finding::UsableFromAnywhere { administrator, widest } => {
                let whose = if *administrator { "An administrator's key" } else { "This key" };
                match widest {
                    None => format!("{whose} bound to no address: it works from anywhere."),
                    Some(range) => format!("{whose} bound to {range}, a range wider than a /24 or /64."),
                }
            }
            Finding::PublicAmongPrivate { public } => {
                format!("Bound to the public address {public} while its other addresses are private.")
            }
            Finding::ServiceAddress { address } => format!(
                "Bound to {address}, the address of the Plesk server or of the service in front of it: it works for anyone who can send requests through there."
            ),
            Finding::Twins { others } => {
                format!("Other keys of the same owner on the same addresses: {}.", others.join(", "))
            }
            Finding::NoDescription => "No description: nobody can tell later what it is for.".into(),
        }
    }

    /// What to do, in plain words.
    pub fn advice(&self) -> &'static str {
        match self {
            Finding::OwnerMissing { .. } => "Delete it.",
            Finding::OwnerInactive { .. } => "Delete it if the owner is gone for good.",
            Finding::UsableFromAnywhere { .. } => "Rotate it with the addresses it is used from.",
            Finding::PublicAmongPrivate { .. } => "Check the public address; edit the key without it.",
            Finding::ServiceAddress { .. } => {
                "Keep it only for use through that service; otherwise rotate it with the addresses of the machines that use it."
            }
            Finding::Twins { .. } => "Delete the twins left over from a rotation.",
            Finding::NoDescription => "Edit it to say what it is for.",
        }
    }

    /// The panel's action for it, if one fits.
    pub fn remedy(&self) -> Option<Remedy> {
        match self {
            Finding::OwnerMissing { .. } | Finding::Twins { .. } => Some(Remedy::Delete),
            Finding::UsableFromAnywhere { .. } | Finding::ServiceAddress { .. } | Finding::NoDescription => {
                Some(Remedy::Rotate)
            }
            Finding::OwnerInactive { .. } | Finding::PublicAmongPrivate { .. } => None,
        }
    }
}

/// The owners to ask Plesk about for `keys`: every owner login but the administrator's, once,
/// sorted.
pub fn owners_to_ask(keys: &[KeyInfo], administrator: &str) -> Vec<String> {
    // Inserted one by one into a set, not collected (that sorts): the panel's wasm then needs
    // no sort of strings for it.
    let mut logins = std::collections::BTreeSet::new();
    for owner in keys.iter().filter_map(|key| key.owner.as_deref()) {
        if !owner.is_empty() && owner != administrator {
            logins.insert(owner);
        }
    }
    logins.into_iter().map(str::to_owned).collect()
}

/// The two packets that ask about `logins` (see [`owners_to_ask`]): one `customer get` and one
/// `reseller get` per login, each kind in one packet — two round trips per server, however many
/// owners. `None` when there is nobody to ask about.
pub fn owner_packets(logins: &[String]) -> Option<(String, String)> {
    if logins.is_empty() {
        return None;
    }
    let customers: Vec<AccountQuery> = logins.iter().map(|login| AccountQuery::customer(login)).collect();
    let resellers: Vec<AccountQuery> = logins.iter().map(|login| AccountQuery::reseller(login)).collect();
    Some((AccountQuery::packet_of(&customers), AccountQuery::packet_of(&resellers)))
}

/// The owners' statuses from the answers to [`owner_packets`] (their lookups in order, one per
/// login; `None` for an answer that could not be had or read). A login found as a customer or a
/// reseller has that account's status; one both answers call unknown (1013) is missing;
/// anything else — no answer, another error — is unknown: a failed look-up never reads as a
/// finding.
pub fn owner_statuses(
    logins: &[String],
    customers: Option<&[AccountLookup]>,
    resellers: Option<&[AccountLookup]>,
) -> HashMap<String, OwnerStatus> {
    let found = |lookup: Option<&AccountLookup>, login: &str| match lookup {
        Some(AccountLookup::Found(accounts)) => {
            accounts.iter().find(|account| account.login.trim() == login.trim()).map(|account| account.status)
        }
        _ => None,
    };
    let unknown_login = |lookup: Option<&AccountLookup>| matches!(lookup, Some(AccountLookup::Failed(error)) if error.code == ErrorCode::NotFound);
    logins
        .iter()
        .enumerate()
        .map(|(at, login)| {
            let (customer, reseller) = (customers.and_then(|c| c.get(at)), resellers.and_then(|r| r.get(at)));
            let status = match found(customer, login).or_else(|| found(reseller, login)) {
                Some(0) => OwnerStatus::Active,
                Some(status) => OwnerStatus::Inactive(status),
                None if unknown_login(customer) && unknown_login(reseller) => OwnerStatus::Missing,
                None => OwnerStatus::Unknown,
            };
            (login.clone(), status)
        })
        .collect()
}

/// An address or a range as Plesk lists it for a key (`192.0.2.1`, `192.0.2.0/24`).
fn range_of(text: &str) -> Option<(IpAddr, u8)> {
    let (address, prefix) = match text.trim().split_once('/') {
        Some((address, prefix)) => (address, prefix.parse().ok()?),
        None => (text.trim(), if text.contains(':') { 128 } else { 32 }),
    };
    Some((address.parse().ok()?, prefix))
}

/// Private, loopback, link-local, documentation, unique-local: not reachable from the Internet.
fn is_private(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || a == 100 && (64..=127).contains(&b)
                || matches!((a, b, c), (192, 0, 2) | (198, 51, 100) | (203, 0, 113))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            v6.is_loopback()
                || first & 0xfe00 == 0xfc00
                || first & 0xffc0 == 0xfe80
                || (first, v6.segments()[1]) == (0x2001, 0x0db8)
        }
    }
}

/// The findings of each key of one server, in the order of `keys`.
pub fn findings(keys: &[KeyInfo], context: &HealthContext) -> Vec<Vec<Finding>> {
    // Twins: keys of one owner on the same addresses (as Plesk lists them: a rotation copies
    // them in order).
    let mut by_binding: HashMap<String, Vec<&str>> = HashMap::new();
    let binding = |key: &KeyInfo| {
        let addresses: Vec<&str> = key.ip_addresses.iter().map(|a| a.trim()).collect();
        format!("{}\u{1f}{}", key.owner.as_deref().unwrap_or(""), addresses.join(","))
    };
    for key in keys {
        by_binding.entry(binding(key)).or_default().push(&key.id);
    }
    keys.iter()
        .map(|key| {
            // Kept in order of level by construction (no sort): danger, warning, note.
            let mut found = Leveled::default();
            let administrator = context.is_administrator(key.owner.as_deref());
            if let Some(login) = key.owner.as_deref().filter(|_| !administrator) {
                match context.owners.get(login).copied().unwrap_or(OwnerStatus::Unknown) {
                    OwnerStatus::Missing => found.push(Finding::OwnerMissing { login: login.to_owned() }),
                    OwnerStatus::Inactive(status) => {
                        found.push(Finding::OwnerInactive { login: login.to_owned(), status })
                    }
                    OwnerStatus::Active | OwnerStatus::Unknown => {}
                }
            }
            let ranges: Vec<(&str, Option<(IpAddr, u8)>)> = key
                .ip_addresses
                .iter()
                .filter(|a| !a.trim().is_empty())
                .map(|a| (a.as_str(), range_of(a)))
                .collect();
            let widest = ranges.iter().find(|(_, range)| match range {
                Some((IpAddr::V4(_), prefix)) => *prefix < 24,
                Some((IpAddr::V6(_), prefix)) => *prefix < 64,
                None => false,
            });
            if ranges.is_empty() {
                found.push(Finding::UsableFromAnywhere { administrator, widest: None });
            } else if let Some((text, _)) = widest {
                found.push(Finding::UsableFromAnywhere { administrator, widest: Some((*text).to_owned()) });
            }
            let service = ranges.iter().find(|(_, range)| {
                range.is_some_and(|(address, _)| {
                    address.is_loopback() || context.service_addresses.contains(&address)
                })
            });
            if let Some((address, _)) = service {
                found.push(Finding::ServiceAddress { address: (*address).to_owned() });
            }
            let private = ranges.iter().filter(|(_, r)| r.is_some_and(|(a, _)| is_private(a))).count();
            let public = ranges.iter().find(|(_, r)| r.is_some_and(|(a, _)| !is_private(a)));
            if let (true, Some((address, _))) = (private > 0, public) {
                found.push(Finding::PublicAmongPrivate { public: (*address).to_owned() });
            }
            let twins = &by_binding[&binding(key)];
            if twins.len() > 1 && !ranges.is_empty() {
                let others = twins.iter().filter(|id| **id != key.id).map(|id| format!("key {id}")).collect();
                found.push(Finding::Twins { others });
            }
            if key.description.trim().is_empty() {
                found.push(Finding::NoDescription);
            }
            found.into_vec()
        })
        .collect()
}

/// Findings collected by level, handed out worst first.
#[derive(Default)]
struct Leveled([Vec<Finding>; 3]);

impl Leveled {
    fn push(&mut self, finding: Finding) {
        self.0[finding.level() as usize].push(finding);
    }

    fn into_vec(self) -> Vec<Finding> {
        let [notes, warnings, dangers] = self.0;
        dangers.into_iter().chain(warnings).chain(notes).collect()
    }
}

/// The highest level among `found`, if any.
pub fn worst(found: &[Finding]) -> Option<Level> {
    found.iter().map(Finding::level).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: &str, addresses: &[&str], description: &str, owner: &str) -> KeyInfo {
        KeyInfo {
            id: id.into(),
            ip_addresses: addresses.iter().map(|a| (*a).to_owned()).collect(),
            description: description.into(),
            owner: Some(owner.into()),
        }
    }

    fn codes(found: &[Finding]) -> Vec<&'static str> {
        found.iter().map(Finding::code).collect()
    }

    fn context() -> HealthContext {
        HealthContext::new(HashMap::from([
            ("jdoe".to_owned(), OwnerStatus::Active),
            ("gone".to_owned(), OwnerStatus::Missing),
            ("paused".to_owned(), OwnerStatus::Inactive(16)),
            ("reseller1".to_owned(), OwnerStatus::Active),
        ]))
    }

    #[test]
    fn each_finding_appears_for_a_key_that_has_it_and_not_for_one_that_has_not() {
        let keys = [
            key("1", &["192.0.2.10"], "CI", "jdoe"),
            key("2", &["192.0.2.11"], "old shop", "gone"),
            key("3", &["192.0.2.12"], "paused shop", "paused"),
            key("4", &[], "made by the CLI", "admin"),
            key("5", &["10.0.0.0/8"], "whole network", "admin"),
            key("6", &["10.1.2.3", "8.8.8.8"], "mixed", "jdoe"),
            key("7", &["127.0.0.1"], "local", "admin"),
            key("8", &["192.0.2.30"], "", "reseller1"),
            key("9", &["192.0.2.30"], "rotated", "reseller1"),
            key("10", &["2001:db8::/48"], "v6 range", "jdoe"),
            key("11", &["192.0.2.40"], "unknown owner", "stranger"),
        ];
        let found = findings(&keys, &context());
        let by_id = |id: &str| codes(&found[keys.iter().position(|k| k.id == id).unwrap()]);
        assert!(by_id("1").is_empty(), "a healthy key has no finding");
        assert_eq!(by_id("2"), ["owner-missing"]);
        assert_eq!(by_id("3"), ["owner-inactive"]);
        assert_eq!(found[2][0].reason(), "Its owner paused is not active (disabled by the administrator).");
        assert_eq!(by_id("4"), ["usable-from-anywhere"]);
        assert_eq!(found[3][0].level(), Level::Danger, "an administrator's key from anywhere");
        assert_eq!(by_id("5"), ["usable-from-anywhere"]);
        assert!(found[4][0].reason().contains("10.0.0.0/8"));
        assert_eq!(by_id("6"), ["public-among-private"]);
        assert_eq!(by_id("7"), ["service-address"]);
        assert_eq!(by_id("8"), ["twins", "no-description"]);
        assert_eq!(found[7][0].reason(), "Other keys of the same owner on the same addresses: key 9.");
        assert_eq!(by_id("9"), ["twins"]);
        assert_eq!(by_id("10"), ["usable-from-anywhere"], "a /48 is wider than a /64");
        assert_eq!(found[9][0].level(), Level::Warning, "not the administrator's");
        assert!(by_id("11").is_empty(), "an owner whose status is unknown is not reported missing");
    }

    #[test]
    fn the_service_in_front_of_plesk_counts_as_its_own_address() {
        let mut context = context();
        let keys = [key("1", &["198.51.100.7"], "via the gateway", "jdoe")];
        assert!(findings(&keys, &context)[0].is_empty());
        context.service_addresses.push("198.51.100.7".parse().unwrap());
        assert_eq!(codes(&findings(&keys, &context)[0]), ["service-address"]);
    }

    #[test]
    fn owners_are_asked_in_two_packets_and_read_back_by_position() {
        use crate::{Account, ResultError};
        let keys = [
            key("1", &[], "", "jdoe"),
            key("2", &[], "", "admin"),
            key("3", &[], "", "r1"),
            key("4", &[], "", "jdoe"),
        ];
        let logins = owners_to_ask(&keys, "admin");
        assert_eq!(logins, ["jdoe", "r1"]);
        let (customers, resellers) = owner_packets(&logins).unwrap();
        assert_eq!(customers.matches("<customer><get>").count(), 2, "{customers}");
        assert_eq!(resellers.matches("<reseller><get>").count(), 2, "{resellers}");
        assert!(owner_packets(&[]).is_none());
        let account = |login: &str, status| Account {
            id: "1".into(),
            login: login.into(),
            name: String::new(),
            status,
            owner_login: None,
        };
        let missing = || {
            AccountLookup::Failed(ResultError {
                code: ErrorCode::NotFound,
                text: "client does not exist".into(),
                key: None,
            })
        };
        let logins = ["jdoe".to_owned(), "r1".to_owned(), "gone".to_owned(), "odd".to_owned()];
        let customers = [AccountLookup::Found(vec![account("jdoe", 16)]), missing(), missing(), missing()];
        let resellers = [
            missing(),
            AccountLookup::Found(vec![account("r1", 0)]),
            missing(),
            AccountLookup::Failed(ResultError {
                code: ErrorCode::OperationFailed,
                text: "x".into(),
                key: None,
            }),
        ];
        let statuses = owner_statuses(&logins, Some(&customers), Some(&resellers));
        assert_eq!(statuses["jdoe"], OwnerStatus::Inactive(16));
        assert_eq!(statuses["r1"], OwnerStatus::Active);
        assert_eq!(statuses["gone"], OwnerStatus::Missing);
        assert_eq!(statuses["odd"], OwnerStatus::Unknown, "another error is not 'missing'");
        let unanswered = owner_statuses(&logins, None, Some(&resellers));
        assert_eq!(unanswered["gone"], OwnerStatus::Unknown, "no customer answer: unknown, never missing");
    }

    #[test]
    fn levels_order_findings_and_words_read_back() {
        let keys = [key("1", &[], "", "gone")];
        let found = &findings(&keys, &context())[0];
        assert_eq!(codes(found), ["owner-missing", "usable-from-anywhere", "no-description"]);
        assert_eq!(worst(found), Some(Level::Danger));
        assert_eq!(worst(&[]), None);
        for level in [Level::Danger, Level::Warning, Level::Note] {
            assert_eq!(Level::parse(level.word()), Some(level));
        }
        assert_eq!(status_words(16 | 256), "disabled by the administrator, expired");
        assert_eq!(OwnerStatus::Inactive(32).words(), "disabled by its reseller");
        assert!(found.iter().all(|f| !f.advice().is_empty()));
    }
}
