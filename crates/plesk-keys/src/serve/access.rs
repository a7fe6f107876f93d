//! Who may do what, from the `[[access]]` rules of the config file: a rule maps a group or a user
//! to a role (`admin`, `owner`, `viewer`) on some servers. The first rule that names the person
//! and the server decides (like a firewall: the file's order is the precedence, and the audit
//! names the rule by its number).

use super::identity::Identity;

/// What a rule lets a person do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Everything, on the servers named.
    Admin,
    /// Read, create and delete the keys of the listed Plesk logins (and, with
    /// `include-customers`, of those resellers' customers).
    Owner,
    /// Read only: the listed owners' keys, or every key when no owner is listed.
    Viewer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Owner => "owner",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "admin" => Some(Role::Admin),
            "owner" => Some(Role::Owner),
            "viewer" => Some(Role::Viewer),
            _ => None,
        }
    }

    /// Whether the role may create or delete keys.
    pub fn may_change(self) -> bool {
        !matches!(self, Role::Viewer)
    }
}

/// Whom a rule names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// Everyone whose groups include this one (exactly, case and all).
    Group(String),
    /// The person whose subject or email is exactly this.
    User(String),
}

/// One `[[access]]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRule {
    pub subject: Subject,
    pub role: Role,
    /// Plesk logins whose keys the rule reaches (owner, viewer).
    pub owners: Vec<String>,
    /// Also the keys of the customers of those logins (resellers), found with `customer get`.
    pub include_customers: bool,
    /// The servers the rule holds on; `None`: every server.
    pub servers: Option<Vec<String>>,
}

impl AccessRule {
    fn names(&self, identity: &Identity) -> bool {
        match &self.subject {
            Subject::Group(group) => identity.groups.iter().any(|g| g == group),
            Subject::User(user) => &identity.subject == user || identity.email.as_ref() == Some(user),
        }
    }

    fn holds_on(&self, server: &str) -> bool {
        self.servers.as_ref().is_none_or(|servers| servers.iter().any(|s| s == server))
    }
}

/// What the person may do on one server, and which rule said so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The rule's number in the file (1 = the first `[[access]]`).
    pub rule: usize,
    pub role: Role,
    pub owners: Vec<String>,
    pub include_customers: bool,
}

impl Grant {
    /// Whether every key of the server is in reach (an admin; a viewer without owners).
    pub fn reaches_every_key(&self) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Viewer => self.owners.is_empty(),
            Role::Owner => false,
        }
    }
}

/// The rules, in the file's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    rules: Vec<AccessRule>,
}

impl Policy {
    pub fn new(rules: Vec<AccessRule>) -> Self {
        Policy { rules }
    }

    pub fn rules(&self) -> &[AccessRule] {
        &self.rules
    }

    /// The grant of the first rule naming `identity` on `server`; `None`: the server is out of reach.
    pub fn grant(&self, identity: &Identity, server: &str) -> Option<Grant> {
        self.rules.iter().enumerate().find(|(_, rule)| rule.names(identity) && rule.holds_on(server)).map(
            |(index, rule)| Grant {
                rule: index + 1,
                role: rule.role,
                owners: rule.owners.clone(),
                include_customers: rule.include_customers,
            },
        )
    }

    /// The servers (of `all`, in their order) where `identity` has a grant.
    pub fn servers_for<'a>(&self, identity: &Identity, all: &[&'a str]) -> Vec<&'a str> {
        all.iter().copied().filter(|server| self.grant(identity, server).is_some()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::identity::IdentitySource;
    use super::*;

    fn person(subject: &str, groups: &[&str]) -> Identity {
        Identity {
            subject: subject.into(),
            email: Some(format!("{subject}@example.com")),
            display_name: None,
            groups: groups.iter().map(|g| g.to_string()).collect(),
            source: IdentitySource::ForwardAuth,
        }
    }

    fn policy() -> Policy {
        Policy::new(vec![
            AccessRule {
                subject: Subject::User("root@example.com".into()),
                role: Role::Admin,
                owners: vec![],
                include_customers: false,
                servers: None,
            },
            AccessRule {
                subject: Subject::Group("resellers-acme".into()),
                role: Role::Owner,
                owners: vec!["acme".into()],
                include_customers: true,
                servers: Some(vec!["eu1".into()]),
            },
            AccessRule {
                subject: Subject::Group("support".into()),
                role: Role::Viewer,
                owners: vec![],
                include_customers: false,
                servers: None,
            },
        ])
    }

    #[test]
    fn the_first_rule_naming_the_person_and_server_decides() {
        let policy = policy();
        let ana = person("ana", &["resellers-acme", "support"]);
        let on_eu1 = policy.grant(&ana, "eu1").unwrap();
        assert_eq!(
            (on_eu1.rule, on_eu1.role, on_eu1.owners.as_slice()),
            (2, Role::Owner, &["acme".to_owned()][..])
        );
        let on_us1 = policy.grant(&ana, "us1").unwrap();
        assert_eq!((on_us1.rule, on_us1.role), (3, Role::Viewer), "the owner rule holds on eu1 only");
        assert!(on_us1.reaches_every_key() && !on_us1.role.may_change());
        let root = policy.grant(&person("root", &[]), "us1").unwrap();
        assert_eq!((root.rule, root.role), (1, Role::Admin));
        assert_eq!(policy.grant(&person("eve", &["Resellers-acme"]), "eu1"), None, "groups match exactly");
        assert_eq!(policy.servers_for(&person("bo", &["resellers-acme"]), &["eu1", "us1"]), ["eu1"]);
    }
}
