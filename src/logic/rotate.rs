//! Rotate and edit: Plesk has no update, so both create a twin and delete the old key only
//! after the create succeeded and the user confirmed.

use plesk_xmlapi::{CreateKey, CreateKeyError, ErrorCode, IpList, KeyInfo};

/// The changes of an edit (a rotate is an edit without changes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyEdit {
    pub ip_addresses: String,
    pub description: String,
    pub owner: String,
}

impl KeyEdit {
    /// The form's initial values for `info`.
    pub fn of(info: &KeyInfo) -> Self {
        KeyEdit {
            ip_addresses: info.ip_addresses.join(", "),
            description: info.description.clone(),
            owner: info.owner.clone().unwrap_or_default(),
        }
    }

    /// The create for the twin. `with_owner` false leaves `login` out (for the administrator's
    /// keys: Plesk takes `login` for resellers and customers only).
    pub fn create(&self, with_owner: bool) -> Result<CreateKey, CreateKeyError> {
        let addresses = IpList::parse(&self.ip_addresses)?;
        CreateKey::new(addresses, &self.description, if with_owner { &self.owner } else { "" })
    }
}

/// After a create with the owner failed with this code, retry without `login`: the owner was
/// the administrator (1015 "owner not found").
pub fn retry_without_owner(code: ErrorCode, had_owner: bool) -> bool {
    had_owner && code == ErrorCode::OwnerNotFound
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_start_from_the_key_and_build_twins() {
        let info = KeyInfo {
            id: "5".into(),
            ip_addresses: vec!["192.0.2.1".into(), "::1".into()],
            description: "ci".into(),
            owner: Some("admin".into()),
        };
        let edit = KeyEdit::of(&info);
        assert_eq!(edit.ip_addresses, "192.0.2.1, ::1");
        let twin = edit.create(true).unwrap();
        assert_eq!((twin.ip_addresses().to_string(), twin.login()), ("192.0.2.1,::1".into(), Some("admin")));
        assert_eq!(edit.create(false).unwrap().login(), None);
        assert!(retry_without_owner(ErrorCode::OwnerNotFound, true));
        assert!(!retry_without_owner(ErrorCode::OwnerNotFound, false));
        assert!(!retry_without_owner(ErrorCode::PermissionDenied, true));
    }
}
