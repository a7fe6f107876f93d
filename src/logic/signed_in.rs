//! The signed-in mode as the panel shows it (`session.json`, see the gateway's
//! `session_info.rs`): who is signed in, and per server the role and the owners in scope. Pure:
//! the header's line, the owner choice, whether changes are offered.

/// One server the person may reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerScope {
    pub name: String,
    pub label: String,
    /// `admin`, `owner` or `viewer`.
    pub role: String,
    pub may_change: bool,
    /// The Plesk logins whose keys are in reach; `None`: every key of the server.
    pub owners: Option<Vec<String>>,
}

/// The person and their servers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SignedInView {
    pub name: String,
    pub sign_out: Option<String>,
    pub servers: Vec<ServerScope>,
}

/// How many owners the header names before "…".
const OWNERS_NAMED: usize = 3;

impl SignedInView {
    fn server(&self, name: &str) -> Option<&ServerScope> {
        self.servers.iter().find(|server| server.name == name).or_else(|| self.servers.first())
    }

    /// The header's line for server `current`: "Ana Silva — owner of acme, jdoe, 2 servers".
    pub fn header_line(&self, current: &str) -> String {
        let count = match self.servers.len() {
            1 => "1 server".to_owned(),
            n => format!("{n} servers"),
        };
        let Some(server) = self.server(current) else {
            return format!("{} — no server", self.name);
        };
        let role = match (server.role.as_str(), &server.owners) {
            ("admin", _) => "administrator".to_owned(),
            (role, Some(owners)) if !owners.is_empty() => {
                let mut named = owners.iter().take(OWNERS_NAMED).cloned().collect::<Vec<_>>().join(", ");
                if owners.len() > OWNERS_NAMED {
                    named.push_str(", …");
                }
                let words = if role == "viewer" { "read only:" } else { "owner of" };
                format!("{words} {named}")
            }
            ("viewer", _) => "read only, every key".to_owned(),
            (role, _) => role.to_owned(),
        };
        format!("{} — {role}, {count}", self.name)
    }

    /// Whether keys may be created and deleted on server `name`.
    pub fn may_change(&self, name: &str) -> bool {
        self.server(name).is_some_and(|server| server.may_change)
    }

    /// The owners a key may be created for on server `name`; `None`: any (an admin).
    pub fn owner_choice(&self, name: &str) -> Option<Vec<String>> {
        self.server(name).and_then(|server| server.owners.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> SignedInView {
        SignedInView {
            name: "Ana Silva".into(),
            sign_out: Some("https://portal.example.com/sign_out".into()),
            servers: vec![
                ServerScope {
                    name: "eu1".into(),
                    label: "Frankfurt 1".into(),
                    role: "owner".into(),
                    may_change: true,
                    owners: Some(vec!["acme".into(), "jdoe".into()]),
                },
                ServerScope {
                    name: "us1".into(),
                    label: "us1".into(),
                    role: "viewer".into(),
                    may_change: false,
                    owners: None,
                },
            ],
        }
    }

    #[test]
    fn the_header_says_who_and_what_on_the_server_shown() {
        let view = view();
        assert_eq!(view.header_line("eu1"), "Ana Silva — owner of acme, jdoe, 2 servers");
        assert_eq!(view.header_line("us1"), "Ana Silva — read only, every key, 2 servers");
        let many = SignedInView {
            servers: vec![ServerScope {
                owners: Some(["a", "b", "c", "d"].map(String::from).to_vec()),
                ..view.servers[0].clone()
            }],
            ..view.clone()
        };
        assert_eq!(many.header_line("eu1"), "Ana Silva — owner of a, b, c, …, 1 server");
    }

    #[test]
    fn changes_and_owners_follow_the_server() {
        let view = view();
        assert!(view.may_change("eu1") && !view.may_change("us1"));
        assert_eq!(view.owner_choice("eu1"), Some(vec!["acme".to_owned(), "jdoe".to_owned()]));
        assert_eq!(view.owner_choice("us1"), None);
        assert!(!SignedInView::default().may_change("eu1"), "no servers: nothing to change");
    }
}
