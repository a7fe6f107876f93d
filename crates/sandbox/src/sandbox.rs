//! The emulated Plesk server: configuration, start-up, and answering one agent request.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

use plesk_xmlapi::{
    packet_version, parse_request_bytes, write_account_response, write_response, AccountAnswer, AccountQuery,
    ErrorCode, ReceivedOperation, ReceivedOperator, ResponseBody, ResponsePacket, ResponseStyle, SystemError,
};

use crate::account_get;
use crate::accounts::{AccountBook, AccountsError, Role};
use crate::auth::{authenticate, Credentials};
use crate::keys::{new_key_value, KeyStore};
use crate::operations::{execute, get_info, mutates, Scope};
use crate::persistence::{self, StateError};
use crate::version::{is_echoable_version, is_supported_version, DEFAULT_RESPONSE_VERSION};

/// How to start the sandbox.
#[derive(Debug, Clone, Default)]
pub struct SandboxConfig {
    /// Make sure a key with this value exists for the administrator (bound to 127.0.0.1, ::1).
    pub admin_key: Option<String>,
    /// The administrator's password; random when not given.
    pub admin_password: Option<String>,
    /// Accounts from `--sandbox-data`; the demo accounts when not given.
    pub accounts: Option<AccountBook>,
    /// Persist keys to this file.
    pub state_file: Option<PathBuf>,
    /// Let resellers and customers manage keys in their scope (an assumption, not Plesk's
    /// documented behaviour, which lists secret_key for the administrator only).
    pub allow_owners: bool,
}

/// What start-up made, for the operator to read.
#[derive(Debug, Clone)]
pub struct Startup {
    pub admin_key: String,
    pub admin_password: String,
    pub keys_loaded: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("{0}")]
    State(#[from] StateError),
    #[error("the sandbox accounts are invalid: {0}")]
    Accounts(#[from] AccountsError),
    #[error("the administrator key is empty or contains characters a header cannot carry")]
    BadAdminKey,
}

/// One agent request as the server received it.
#[derive(Debug, Clone)]
pub struct AgentRequest<'a> {
    pub body: &'a [u8],
    pub credentials: Credentials,
    /// `HTTP_PRETTY_PRINT: TRUE`.
    pub pretty: bool,
    /// The address Plesk would see: the TCP peer (or X-Forwarded-For when trusted).
    pub client: IpAddr,
}

/// What a request is answered with: secret_key results or a packet-level error, or the results
/// of customer and reseller gets (written by another writer of the protocol crate).
enum Answer {
    Keys(ResponseBody),
    Accounts(Vec<AccountAnswer>),
}

impl From<ResponseBody> for Answer {
    fn from(body: ResponseBody) -> Self {
        Answer::Keys(body)
    }
}

/// The emulated server. Thread-safe: answer requests from many threads at once.
pub struct Sandbox {
    book: AccountBook,
    store: RwLock<KeyStore>,
    state_file: Option<PathBuf>,
    allow_owners: bool,
}

impl Sandbox {
    pub fn new(config: SandboxConfig) -> Result<(Self, Startup), SandboxError> {
        // The administrator's password: as given; else the data file's; else a random one.
        let mut book = match config.accounts.clone() {
            Some(book) => book,
            None => AccountBook::demo(&config.admin_password.clone().unwrap_or_else(new_key_value)),
        };
        if let Some(password) = &config.admin_password {
            book.set_admin_password(password);
        }
        let admin_password = book.administrator().password.clone();
        let mut store = match &config.state_file {
            Some(path) => persistence::load(path)?,
            None => KeyStore::default(),
        };
        let keys_loaded = store.len();
        let admin_key = match config.admin_key {
            Some(key) => {
                let key = key.trim().to_owned();
                if key.is_empty() || key.chars().any(|c| c.is_control()) {
                    return Err(SandboxError::BadAdminKey);
                }
                key
            }
            None => new_key_value(),
        };
        let mut added = false;
        if store.by_value(&admin_key).is_none() {
            let loopback = vec![IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V6(Ipv6Addr::LOCALHOST)];
            let owner = book.administrator().login.clone();
            store.insert(&admin_key, loopback, "Sandbox administrator key".into(), owner);
            added = true;
        }
        for seed in &book.keys {
            let value = seed.key.trim();
            if store.by_value(value).is_none() {
                let owner = seed.owner.clone().unwrap_or_else(|| book.administrator().login.clone());
                store.insert(value, seed.ip_addresses.clone(), seed.description.clone(), owner);
                added = true;
            }
        }
        if let (true, Some(path)) = (added, &config.state_file) {
            persistence::save(path, &store)?;
        }
        let sandbox = Sandbox {
            book,
            store: RwLock::new(store),
            state_file: config.state_file,
            allow_owners: config.allow_owners,
        };
        Ok((sandbox, Startup { admin_key, admin_password, keys_loaded }))
    }

    pub fn accounts(&self) -> &AccountBook {
        &self.book
    }

    pub fn key_count(&self) -> usize {
        self.read().len()
    }

    fn read(&self) -> RwLockReadGuard<'_, KeyStore> {
        self.store.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, KeyStore> {
        self.store.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Answers one request with a response packet (always HTTP 200, as Plesk does).
    pub fn handle(&self, request: &AgentRequest<'_>) -> String {
        let style = if request.pretty { ResponseStyle::Pretty } else { ResponseStyle::Compact };
        let requested_version = packet_version(request.body);
        let answer = match &requested_version {
            Some(version) if !is_supported_version(version) => {
                let shown: String = version.chars().filter(|c| !c.is_control()).take(32).collect();
                system(
                    ErrorCode::UnsupportedVersion,
                    format!(
                        "Protocol version '{shown}' is not supported. Current protocol version is '{DEFAULT_RESPONSE_VERSION}'"
                    ),
                )
                .into()
            }
            _ => self.answer(request),
        };
        // Plesk answers in the version asked for, even when it refuses that version (1005).
        let version = requested_version
            .filter(|v| is_echoable_version(v))
            .unwrap_or_else(|| DEFAULT_RESPONSE_VERSION.to_owned());
        match answer {
            Answer::Keys(body) => write_response(&ResponsePacket { version: Some(version), body }, style),
            Answer::Accounts(answers) => write_account_response(Some(&version), &answers, style),
        }
    }

    fn answer(&self, request: &AgentRequest<'_>) -> Answer {
        // The API access restriction refuses an address before any credential is looked at.
        if !self.book.api_allows(request.client) {
            let address = request.client.to_canonical();
            return system(ErrorCode::PermissionDenied, format!("Access to API is disabled for {address}"))
                .into();
        }
        let caller = {
            let store = self.read();
            match authenticate(&self.book, &store, &request.credentials, request.client) {
                Ok(account) => account,
                Err((code, text)) => return system(code, text).into(),
            }
        };
        let packet = match parse_request_bytes(request.body) {
            Ok(packet) => packet,
            Err(error) => return system(ErrorCode::ParseError, error.errtext()).into(),
        };
        let mut operations: Vec<&ReceivedOperation> = Vec::new();
        let mut queries: Vec<AccountQuery> = Vec::new();
        for operator in &packet.operators {
            match operator {
                ReceivedOperator::SecretKey(ops) => operations.extend(ops),
                ReceivedOperator::AccountGet { kind, filter } => {
                    queries.push(AccountQuery { kind: *kind, filter: filter.clone() })
                }
                ReceivedOperator::Unsupported(name) => {
                    return system(
                        ErrorCode::UnsupportedFeature,
                        format!(
                            "The operator '{name}' is not emulated: this Plesk sandbox emulates only the secret_key operator, and customer and reseller get by one login (customers: or one owner-login) for the general information alone."
                        ),
                    )
                    .into()
                }
            }
        }
        if !queries.is_empty() {
            return self.answer_account_queries(caller.role == Role::Administrator, &operations, &queries);
        }
        if caller.role != Role::Administrator && !self.allow_owners {
            return system(
                ErrorCode::PermissionDenied,
                "Permission denied: secret_key operations are available to the Plesk administrator only."
                    .into(),
            )
            .into();
        }
        let scope = Scope { book: &self.book, caller, client: request.client };
        if operations.iter().any(|op| mutates(op)) {
            self.execute_and_save(&scope, &operations).into()
        } else {
            let store = self.read();
            ResponseBody::Operations(
                operations
                    .iter()
                    .filter_map(|op| match op {
                        ReceivedOperation::GetInfo(filter) => Some(get_info(&scope, &store, filter)),
                        ReceivedOperation::Create(_) | ReceivedOperation::Delete(_) => None,
                    })
                    .collect(),
            )
            .into()
        }
    }

    /// Customer and reseller gets: for the administrator only (owners' mode or not: the gateway
    /// resolves scopes with the administrator's key; a real Plesk also lets a reseller read its
    /// own customers, which the sandbox does not emulate), and in packets of their own.
    fn answer_account_queries(
        &self,
        administrator: bool,
        operations: &[&ReceivedOperation],
        queries: &[AccountQuery],
    ) -> Answer {
        if !operations.is_empty() {
            return system(
                ErrorCode::UnsupportedFeature,
                "A packet mixing secret_key operations with customer or reseller get is not emulated: send them in separate packets."
                    .into(),
            )
            .into();
        }
        if !administrator {
            return system(
                ErrorCode::PermissionDenied,
                "Permission denied: customer and reseller get are available to the Plesk administrator only."
                    .into(),
            )
            .into();
        }
        Answer::Accounts(queries.iter().map(|query| account_get::answer(&self.book, query)).collect())
    }

    /// Runs a packet with changes under the write lock; persists before answering, and
    /// rolls back if the state cannot be saved.
    fn execute_and_save(&self, scope: &Scope<'_>, operations: &[&ReceivedOperation]) -> ResponseBody {
        let mut store = self.write();
        let before = self.state_file.as_ref().map(|_| store.clone());
        let results = operations.iter().map(|op| execute(scope, &mut store, op)).collect();
        if let (Some(path), Some(before)) = (&self.state_file, before) {
            if let Err(error) = persistence::save(path, &store) {
                *store = before;
                return system(ErrorCode::OperationFailed, format!("Operation failed: {error}"));
            }
        }
        ResponseBody::Operations(results)
    }
}

fn system(code: ErrorCode, text: String) -> ResponseBody {
    ResponseBody::System(SystemError { code, text })
}
