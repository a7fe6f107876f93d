//! Plesk accounts: the administrator, resellers and customers, each active or disabled (and
//! with the status customer and reseller get report); and what else a `--sandbox-data` file may
//! describe of the server (start-up keys).

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

/// What an account is in Plesk's hierarchy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Role {
    Administrator,
    /// `api_access`: the "Ability to use XML API" permission.
    Reseller {
        api_access: bool,
    },
    /// `owner`: the reseller owning this customer; none for the administrator's customers.
    Customer {
        #[serde(default)]
        owner: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub login: String,
    pub password: String,
    #[serde(flatten)]
    pub role: Role,
    /// Whether the account may sign in (a disabled one gets 1011).
    #[serde(default = "active_by_default")]
    pub active: bool,
    /// Plesk's status as customer and reseller get report it: 0 (active) or a sum of 4 (under
    /// backup or restore), 16 (disabled by the administrator), 64 (disabled by its owner) and
    /// 256 (expired). When absent, it follows `active`: 0 or 16. Given, it must agree with
    /// `active`: 16, 64 and 256 are for accounts that may not sign in, and only they.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u32>,
}

fn active_by_default() -> bool {
    true
}

/// The status flags Plesk documents (plesk_common.xsd `objectStatus`).
const KNOWN_STATUS_FLAGS: u32 = plesk_xmlapi::Account::UNDER_BACKUP
    | plesk_xmlapi::Account::DISABLED_BY_ADMIN
    | plesk_xmlapi::Account::DISABLED_BY_OWNER
    | plesk_xmlapi::Account::EXPIRED;

/// The flags of an account that may not sign in.
const SIGN_IN_BLOCKING_FLAGS: u32 = plesk_xmlapi::Account::DISABLED_BY_ADMIN
    | plesk_xmlapi::Account::DISABLED_BY_OWNER
    | plesk_xmlapi::Account::EXPIRED;

impl Account {
    /// The status customer and reseller get report: `status` as given, else 0 for an active
    /// account and 16 (disabled by the administrator) for another.
    pub fn plesk_status(&self) -> u32 {
        self.status.unwrap_or(if self.active {
            plesk_xmlapi::Account::ACTIVE
        } else {
            plesk_xmlapi::Account::DISABLED_BY_ADMIN
        })
    }

    fn check_status(&self) -> Result<(), AccountsError> {
        let Some(status) = self.status else { return Ok(()) };
        if status & !KNOWN_STATUS_FLAGS != 0 {
            return Err(AccountsError::UnknownStatus { login: self.login.clone(), status });
        }
        if (status & SIGN_IN_BLOCKING_FLAGS != 0) == self.active {
            return Err(AccountsError::StatusDisagrees {
                login: self.login.clone(),
                status,
                active: self.active,
            });
        }
        Ok(())
    }
}

/// A key the data file gives the sandbox at start-up. Its value stands in the file in clear
/// (sandbox data only); the sandbox stores only its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeedKey {
    pub key: String,
    /// The bound addresses. Empty: usable from any address, as a key made by
    /// `plesk bin secret_key --create` without `-ip-address`.
    #[serde(default)]
    pub ip_addresses: Vec<IpAddr>,
    #[serde(default)]
    pub description: String,
    /// The owner's login; the administrator when absent.
    #[serde(default)]
    pub owner: Option<String>,
}

/// Why an accounts file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountsError {
    #[error("the accounts data is not valid JSON of the documented shape: {0}")]
    Format(String),
    #[error("the accounts data needs exactly one administrator, found {0}")]
    Administrators(usize),
    #[error("the login '{0}' appears twice")]
    DuplicateLogin(String),
    #[error("the customer '{customer}' names the owner '{owner}', which is not a reseller")]
    UnknownOwner { customer: String, owner: String },
    #[error("the account '{0}' has an empty login or password")]
    Incomplete(String),
    #[error(
        "the account '{login}' has the status {status}; Plesk's statuses are 0 (active) or a sum of 4 \
         (under backup or restore), 16 (disabled by the administrator), 64 (disabled by its owner) and 256 (expired)"
    )]
    UnknownStatus { login: String, status: u32 },
    #[error(
        "the account '{login}' has the status {status} and \"active\": {active}; an account with 16, 64 or 256 \
         in its status may not sign in (\"active\": false), and only such an account"
    )]
    StatusDisagrees { login: String, status: u32, active: bool },
    #[error("a key in the data file is empty or has characters a header cannot carry")]
    BadKey,
    #[error("a key in the data file appears twice")]
    DuplicateKey,
    #[error("a key in the data file names the owner '{0}', which is not an account")]
    UnknownKeyOwner(String),
}

/// All accounts of the emulated server, and the keys it starts with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountBook {
    pub accounts: Vec<Account>,
    /// Keys made at start-up unless the state already holds them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keys: Vec<SeedKey>,
    /// Plesk's API access restriction (`panel.ini`: `[api] allowedIPs`): when given, requests
    /// from other addresses get 1006 "Access to API is disabled for ADDRESS".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_allowed_ips: Option<Vec<IpAddr>>,
}

impl AccountBook {
    /// The documented demo accounts (passwords are for the sandbox only; see the README).
    pub fn demo(admin_password: &str) -> Self {
        let account = |login: &str, password: &str, role: Role, active: bool| Account {
            login: login.into(),
            password: password.into(),
            role,
            active,
            status: None,
        };
        AccountBook {
            accounts: vec![
                account("admin", admin_password, Role::Administrator, true),
                account("reseller1", "reseller1-demo", Role::Reseller { api_access: true }, true),
                account("reseller2", "reseller2-demo", Role::Reseller { api_access: false }, true),
                account("jdoe", "jdoe-demo", Role::Customer { owner: Some("reseller1".into()) }, true),
                account("customer2", "customer2-demo", Role::Customer { owner: None }, true),
                account("disabled1", "disabled1-demo", Role::Customer { owner: None }, false),
            ],
            keys: Vec::new(),
            api_allowed_ips: None,
        }
    }

    /// Reads the `--sandbox-data` JSON format (see the README) and checks it.
    pub fn from_json(text: &str) -> Result<Self, AccountsError> {
        let book: AccountBook =
            serde_json::from_str(text).map_err(|e| AccountsError::Format(e.to_string()))?;
        book.validate()?;
        Ok(book)
    }

    fn validate(&self) -> Result<(), AccountsError> {
        let admins = self.accounts.iter().filter(|a| a.role == Role::Administrator).count();
        if admins != 1 {
            return Err(AccountsError::Administrators(admins));
        }
        for (index, account) in self.accounts.iter().enumerate() {
            if account.login.trim().is_empty() || account.password.is_empty() {
                return Err(AccountsError::Incomplete(account.login.clone()));
            }
            account.check_status()?;
            if self.accounts[..index].iter().any(|a| a.login == account.login) {
                return Err(AccountsError::DuplicateLogin(account.login.clone()));
            }
            if let Role::Customer { owner: Some(owner) } = &account.role {
                if !matches!(self.find(owner).map(|o| &o.role), Some(Role::Reseller { .. })) {
                    return Err(AccountsError::UnknownOwner {
                        customer: account.login.clone(),
                        owner: owner.clone(),
                    });
                }
            }
        }
        self.validate_keys()
    }

    fn validate_keys(&self) -> Result<(), AccountsError> {
        for (index, seed) in self.keys.iter().enumerate() {
            if seed.key.trim().is_empty() || seed.key.chars().any(char::is_control) {
                return Err(AccountsError::BadKey);
            }
            if self.keys[..index].iter().any(|other| other.key.trim() == seed.key.trim()) {
                return Err(AccountsError::DuplicateKey);
            }
            if let Some(owner) = seed.owner.as_deref().filter(|owner| self.find(owner).is_none()) {
                return Err(AccountsError::UnknownKeyOwner(owner.to_owned()));
            }
        }
        Ok(())
    }

    /// True when the API access restriction lets `client` use the API at all.
    pub fn api_allows(&self, client: IpAddr) -> bool {
        let client = client.to_canonical();
        self.api_allowed_ips
            .as_ref()
            .is_none_or(|allowed| allowed.iter().any(|address| address.to_canonical() == client))
    }

    pub fn find(&self, login: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.login == login)
    }

    pub fn administrator(&self) -> &Account {
        self.accounts
            .iter()
            .find(|a| a.role == Role::Administrator)
            .unwrap_or_else(|| unreachable!("validated: exactly one administrator"))
    }

    /// Replaces the administrator's password.
    pub fn set_admin_password(&mut self, password: &str) {
        if let Some(admin) = self.accounts.iter_mut().find(|a| a.role == Role::Administrator) {
            admin.password = password.to_owned();
        }
    }

    /// True when `manager` may manage keys owned by `owner` (with owners' management on).
    pub fn manages(&self, manager: &Account, owner: &str) -> bool {
        match &manager.role {
            Role::Administrator => true,
            Role::Reseller { .. } => {
                owner == manager.login
                    || matches!(self.find(owner).map(|o| &o.role), Some(Role::Customer { owner: Some(r) }) if *r == manager.login)
            }
            Role::Customer { .. } => owner == manager.login,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_data_is_valid_and_round_trips_through_json() {
        let demo = AccountBook::demo("secret");
        let json = serde_json::to_string(&demo).unwrap();
        assert_eq!(AccountBook::from_json(&json), Ok(demo));
    }

    #[test]
    fn refuses_inconsistent_data() {
        let two_admins = r#"{"accounts":[{"login":"a","password":"p","role":"administrator"},{"login":"b","password":"p","role":"administrator"}]}"#;
        assert_eq!(AccountBook::from_json(two_admins), Err(AccountsError::Administrators(2)));
        let orphan = r#"{"accounts":[{"login":"a","password":"p","role":"administrator"},{"login":"c","password":"p","role":"customer","owner":"nobody"}]}"#;
        assert!(matches!(AccountBook::from_json(orphan), Err(AccountsError::UnknownOwner { .. })));
        assert!(matches!(AccountBook::from_json("{"), Err(AccountsError::Format(_))));
    }

    #[test]
    fn statuses_follow_active_or_are_given_and_must_agree() {
        let demo = AccountBook::demo("x");
        assert_eq!(demo.find("jdoe").unwrap().plesk_status(), 0);
        assert_eq!(demo.find("disabled1").unwrap().plesk_status(), 16);
        let with = |customer: &str| {
            AccountBook::from_json(&format!(
                r#"{{"accounts":[{{"login":"a","password":"p","role":"administrator"}},{{"login":"c","password":"p","role":"customer",{customer}}}]}}"#
            ))
        };
        for (customer, status) in [
            (r#""status":4"#, 4),
            (r#""status":256,"active":false"#, 256),
            (r#""status":20,"active":false"#, 20),
            (r#""active":false"#, 16),
            (r#""status":0"#, 0),
        ] {
            assert_eq!(with(customer).unwrap().find("c").unwrap().plesk_status(), status, "{customer}");
        }
        assert_eq!(with(r#""status":2"#), Err(AccountsError::UnknownStatus { login: "c".into(), status: 2 }));
        assert_eq!(
            with(r#""status":16"#),
            Err(AccountsError::StatusDisagrees { login: "c".into(), status: 16, active: true })
        );
        assert_eq!(
            with(r#""status":4,"active":false"#),
            Err(AccountsError::StatusDisagrees { login: "c".into(), status: 4, active: false })
        );
        let json = serde_json::to_string(&with(r#""status":256,"active":false"#).unwrap()).unwrap();
        assert!(
            json.contains(r#""status":256"#) && !serde_json::to_string(&demo).unwrap().contains("status")
        );
    }

    #[test]
    fn start_up_keys_are_checked() {
        let admin = r#"{"login":"a","password":"p","role":"administrator"}"#;
        let with = |keys: &str| format!(r#"{{"accounts":[{admin}],"keys":[{keys}]}}"#);
        let any = AccountBook::from_json(&with(r#"{"key":"k1"}"#)).unwrap();
        assert!(any.keys[0].ip_addresses.is_empty() && any.keys[0].owner.is_none());
        assert_eq!(AccountBook::from_json(&with(r#"{"key":" "}"#)), Err(AccountsError::BadKey));
        assert_eq!(
            AccountBook::from_json(&with(r#"{"key":"k1"},{"key":"k1"}"#)),
            Err(AccountsError::DuplicateKey)
        );
        assert_eq!(
            AccountBook::from_json(&with(r#"{"key":"k1","owner":"ghost"}"#)),
            Err(AccountsError::UnknownKeyOwner("ghost".into()))
        );
        assert!(matches!(
            AccountBook::from_json(&with(r#"{"key":"k1","ip_addresses":["300.1.1.1"]}"#)),
            Err(AccountsError::Format(_))
        ));
    }

    #[test]
    fn resellers_manage_their_customers_only() {
        let book = AccountBook::demo("x");
        let reseller = book.find("reseller1").unwrap();
        assert!(book.manages(reseller, "jdoe") && book.manages(reseller, "reseller1"));
        assert!(!book.manages(reseller, "customer2") && !book.manages(reseller, "admin"));
    }
}
