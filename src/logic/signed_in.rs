//! The signed-in mode as the panel shows it (`session.json`, written by the gateway's
//! `session_info.rs`, which also words each server's header line): per server whether changes
//! are offered and which owners a key may be made for. Pure.

/// One server the person may reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerScope {
    pub name: String,
    /// The header's line on this server: "ana@example.com — owner of acme, jdoe, 2 servers".
    pub line: String,
    pub may_change: bool,
    /// The Plesk logins whose keys are in reach; `None`: every key of the server.
    pub owners: Option<Vec<String>>,
}

/// The person's servers, and where "Sign out" goes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SignedInView {
    pub sign_out: Option<String>,
    pub servers: Vec<ServerScope>,
}

impl SignedInView {
    /// Server `name`, or the first (All servers, a name not in the list).
    pub fn server(&self, name: &str) -> Option<&ServerScope> {
        self.servers.iter().find(|server| server.name == name).or_else(|| self.servers.first())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_not_listed_falls_back_to_the_first() {
        let scope = |name: &str, may_change| ServerScope {
            name: name.into(),
            line: format!("ana — {name}"),
            may_change,
            owners: None,
        };
        let view = SignedInView { sign_out: None, servers: vec![scope("eu1", true), scope("us1", false)] };
        assert_eq!(view.server("us1").map(|s| s.may_change), Some(false));
        assert_eq!(view.server("*").map(|s| s.name.as_str()), Some("eu1"));
        assert_eq!(SignedInView::default().server("eu1"), None);
    }
}
