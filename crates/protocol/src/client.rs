//! Client decisions shared by the panel and the CLI, free of I/O: what a rotate or edit sends,
//! and in which order. The transports (gloo-net in the panel, hyper in the CLI) only carry the
//! packets this module builds.

use crate::ip::IpList;
use crate::key::{KeyList, KeyListError};
use crate::request::{CreateKey, CreateKeyError, Operation, RequestPacket};
use crate::response::{KeyInfo, NewKey};

/// The settings of a key's twin, as text (a rotate copies them, an edit lets the user change
/// them first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwinSettings {
    /// Comma- or space-separated addresses.
    pub ip_addresses: String,
    pub description: String,
    /// The owner's login; empty for "the caller".
    pub owner: String,
}

impl TwinSettings {
    /// The settings of `info`, unchanged (a rotate).
    pub fn of(info: &KeyInfo) -> Self {
        TwinSettings {
            ip_addresses: info.ip_addresses.join(", "),
            description: info.description.clone(),
            owner: info.owner.clone().unwrap_or_default(),
        }
    }
}

/// Why a rotate or edit cannot start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RotateError {
    #[error("{0}")]
    Settings(#[from] CreateKeyError),
    #[error("The key to replace has no usable ID: {0}")]
    OldKey(#[from] KeyListError),
}

/// A rotate or edit: Plesk has no update, so a twin is created first and the old key is
/// deleted only after that create succeeded.
///
/// The twin keeps its owner: `login` is sent whenever the twin has an owner, and left out only
/// when that owner is the caller itself (a key created without `login` belongs to the caller).
/// Nothing here retries a refused create without `login`: that would hand a reseller's or a
/// customer's key to the administrator. A refused create (1015 for a disabled or misspelt
/// owner, …) is an error, and the old key stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotatePlan {
    old_id: KeyList,
    twin: CreateKey,
}

impl RotatePlan {
    /// Plans replacing the key `old_id` with a twin of `settings`. `caller_login` is the login
    /// the credential belongs to, when Plesk told it (a look-up of the panel's own key, or the
    /// login signed in with); never guessed from an error.
    pub fn new(
        old_id: &str,
        settings: &TwinSettings,
        caller_login: Option<&str>,
    ) -> Result<Self, RotateError> {
        let addresses = IpList::parse(&settings.ip_addresses).map_err(CreateKeyError::from)?;
        let owner = settings.owner.trim();
        let login = if caller_login.is_some_and(|caller| caller == owner) { "" } else { owner };
        let twin = CreateKey::new(addresses, &settings.description, login)?;
        Ok(RotatePlan { old_id: KeyList::parse(old_id)?, twin })
    }

    /// The create of the twin: the one thing to send first.
    pub fn create(&self) -> &CreateKey {
        &self.twin
    }

    pub fn create_packet(&self) -> RequestPacket {
        RequestPacket::new(Operation::Create(self.twin.clone()))
    }

    /// The delete of the old key. It takes the twin's new key: a delete can only be built once
    /// the create has succeeded.
    pub fn delete_old_packet(&self, _created: &NewKey) -> RequestPacket {
        RequestPacket::new(Operation::Delete(self.old_id.clone()))
    }

    /// The old key's ID, as a list for the delete.
    pub fn old_key(&self) -> &KeyList {
        &self.old_id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(owner: &str) -> KeyInfo {
        KeyInfo {
            id: "5".into(),
            ip_addresses: vec!["192.0.2.1".into(), "::1".into()],
            description: "ci".into(),
            owner: Some(owner.into()),
        }
    }

    #[test]
    fn a_twin_keeps_its_owner_unless_the_owner_is_the_caller() {
        let customer = TwinSettings::of(&key("jdoe"));
        let plan = RotatePlan::new("5", &customer, Some("admin")).unwrap();
        assert_eq!(plan.create().login(), Some("jdoe"));
        assert_eq!(plan.create().ip_addresses().to_string(), "192.0.2.1,::1");
        assert_eq!(plan.create().description(), Some("ci"));

        let admins = TwinSettings::of(&key("admin"));
        assert_eq!(RotatePlan::new("5", &admins, Some("admin")).unwrap().create().login(), None);
        assert_eq!(
            RotatePlan::new("5", &admins, None).unwrap().create().login(),
            Some("admin"),
            "an unknown caller never drops the owner"
        );
        assert_eq!(
            RotatePlan::new("5", &customer, Some("reseller1")).unwrap().create().login(),
            Some("jdoe"),
            "a reseller's twin of its customer's key stays the customer's"
        );
    }

    #[test]
    fn an_edited_owner_is_sent_as_typed() {
        let mut edited = TwinSettings::of(&key("jdoe"));
        edited.owner = " jdeo ".into();
        assert_eq!(RotatePlan::new("5", &edited, Some("admin")).unwrap().create().login(), Some("jdeo"));
    }

    #[test]
    fn the_old_key_is_deleted_by_id_only_after_a_create() {
        let plan = RotatePlan::new("5", &TwinSettings::of(&key("jdoe")), None).unwrap();
        assert!(plan.create_packet().to_xml().contains("<login>jdoe</login>"));
        let delete = plan.delete_old_packet(&NewKey("new".into())).to_xml();
        assert!(delete.contains("<delete><filter><key>5</key></filter></delete>"), "{delete}");
        assert!(matches!(
            RotatePlan::new("", &TwinSettings::of(&key("jdoe")), None),
            Err(RotateError::OldKey(_))
        ));
        let mut bad = TwinSettings::of(&key("jdoe"));
        bad.ip_addresses = "300.1.1.1".into();
        assert!(matches!(RotatePlan::new("5", &bad, None), Err(RotateError::Settings(_))));
    }
}
