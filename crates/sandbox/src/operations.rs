//! Executing `secret_key` operations for an authenticated caller.

use std::net::IpAddr;

use plesk_xmlapi::{
    ErrorCode, GetInfoResult, IpList, KeyInfo, NewKey, OperationResponse, ReceivedCreate, ReceivedFilter,
    ReceivedOperation, ResultError,
};

use crate::accounts::{Account, AccountBook};
use crate::keys::{new_key_value, KeyStore, StoredKey};

/// Who is calling and what they may touch.
pub(crate) struct Scope<'a> {
    pub book: &'a AccountBook,
    pub caller: &'a Account,
    pub client: IpAddr,
}

impl Scope<'_> {
    fn may_manage(&self, key: &StoredKey) -> bool {
        self.book.manages(self.caller, &key.owner)
    }
}

fn not_found(key: &str) -> ResultError {
    ResultError { code: ErrorCode::NotFound, text: "Key is not found".into(), key: Some(key.to_owned()) }
}

fn info_of(key: &StoredKey) -> KeyInfo {
    key.info().clone()
}

/// True for operations that change the store.
pub(crate) fn mutates(operation: &ReceivedOperation) -> bool {
    !matches!(operation, ReceivedOperation::GetInfo(_))
}

/// Runs one operation. Read-only operations never touch `store` mutably.
pub(crate) fn execute(
    scope: &Scope<'_>,
    store: &mut KeyStore,
    operation: &ReceivedOperation,
) -> OperationResponse {
    match operation {
        ReceivedOperation::Create(create) => OperationResponse::Create(create_key(scope, store, create)),
        ReceivedOperation::GetInfo(filter) => get_info(scope, store, filter),
        ReceivedOperation::Delete(filter) => delete(scope, store, filter),
    }
}

pub(crate) fn get_info(scope: &Scope<'_>, store: &KeyStore, filter: &ReceivedFilter) -> OperationResponse {
    let results = match filter {
        ReceivedFilter::All => {
            let found: Vec<GetInfoResult> = store
                .iter()
                .filter(|key| scope.may_manage(key))
                .map(|key| GetInfoResult::Found(vec![info_of(key)]))
                .collect();
            if found.is_empty() {
                vec![GetInfoResult::Found(Vec::new())]
            } else {
                found
            }
        }
        ReceivedFilter::Keys(keys) => keys
            .iter()
            .map(|wanted| match store.resolve(wanted).filter(|key| scope.may_manage(key)) {
                Some(key) => GetInfoResult::Found(vec![info_of(key)]),
                None => GetInfoResult::Failed(not_found(wanted)),
            })
            .collect(),
    };
    OperationResponse::GetInfo(results)
}

fn delete(scope: &Scope<'_>, store: &mut KeyStore, filter: &ReceivedFilter) -> OperationResponse {
    let results = match filter {
        // Faithful to Plesk: an empty filter deletes every key the caller may manage.
        ReceivedFilter::All => {
            let doomed: Vec<u64> =
                store.iter().filter(|key| scope.may_manage(key)).map(|key| key.id).collect();
            if doomed.is_empty() {
                vec![Ok(None)]
            } else {
                doomed
                    .into_iter()
                    .filter_map(|id| store.remove(id))
                    .map(|removed| Ok(Some(removed.id.to_string())))
                    .collect()
            }
        }
        ReceivedFilter::Keys(keys) => keys
            .iter()
            .map(|wanted| {
                let id = store.resolve(wanted).filter(|key| scope.may_manage(key)).map(|key| key.id);
                // Obsidian's "Deleting Secret Keys": an ok result's key holds the key's ID, so
                // a value sent in the filter is never echoed back.
                match id.and_then(|id| store.remove(id)) {
                    Some(removed) => Ok(Some(removed.id.to_string())),
                    None => Err(not_found(wanted)),
                }
            })
            .collect(),
    };
    OperationResponse::Delete(results)
}

fn create_key(
    scope: &Scope<'_>,
    store: &mut KeyStore,
    create: &ReceivedCreate,
) -> Result<NewKey, ResultError> {
    let addresses = match create.ip_address.as_deref().map(str::trim) {
        Some(list) if !list.is_empty() => IpList::parse(list)
            .map_err(|error| ResultError {
                code: ErrorCode::InvalidValue,
                text: format!("Invalid IP address list: {error}"),
                key: None,
            })?
            .addresses()
            .to_vec(),
        _ => vec![scope.client.to_canonical()],
    };
    let owner = match create.login.as_deref().map(str::trim) {
        Some(login) if !login.is_empty() => {
            // Any active account the caller manages, the administrator's own login included
            // (Plesk's REST spec creates "a secret key for Administrator" with "login": "admin").
            let valid = scope
                .book
                .find(login)
                .is_some_and(|account| account.active && scope.book.manages(scope.caller, &account.login));
            if !valid {
                return Err(ResultError {
                    code: ErrorCode::OwnerNotFound,
                    text: format!(
                        "Owner not found: there is no active account with the login '{login}' that you may manage."
                    ),
                    key: None,
                });
            }
            login.to_owned()
        }
        _ => scope.caller.login.clone(),
    };
    let value = new_key_value();
    store.insert(&value, addresses, create.description.clone().unwrap_or_default(), owner);
    Ok(NewKey(value))
}
