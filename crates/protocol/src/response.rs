//! Response packets, typed. The same types are parsed by clients and written by servers.

use std::fmt;

use crate::contract::is_key_id;
use crate::error_code::ErrorCode;
use crate::secret_text::redact_key_shapes;

/// A whole response packet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponsePacket {
    /// The packet's `version` attribute, as sent.
    pub version: Option<String>,
    pub body: ResponseBody,
}

impl ResponsePacket {
    /// The key IDs Plesk named in this answer (the `key` of each `key_info`): the only
    /// digits-only texts known to be IDs. A digits-only text a request named that is not among
    /// them may be a key value, better fingerprinted than shown.
    pub fn answered_key_ids(&self) -> Vec<&str> {
        let ResponseBody::Operations(operations) = &self.body else { return Vec::new() };
        operations
            .iter()
            .flat_map(|operation| match operation {
                OperationResponse::GetInfo(results) => results.as_slice(),
                _ => &[],
            })
            .flat_map(|result| match result {
                GetInfoResult::Found(infos) => infos.as_slice(),
                GetInfoResult::Failed(_) => &[],
            })
            .map(|info| info.id.as_str())
            .filter(|id| is_key_id(id))
            .collect()
    }
}

/// A packet holds either a packet-level error or the operations' results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseBody {
    System(SystemError),
    /// One entry per operation, in request order (across all `<secret_key>` elements).
    Operations(Vec<OperationResponse>),
}

/// A packet-level `<system>` error: nothing in the packet was executed. Its sentence
/// ([`fmt::Display`]) redacts key-shaped text in Plesk's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemError {
    pub code: ErrorCode,
    pub text: String,
}

/// What Plesk 18.0.33 and later say, after the exception name, for a key they do not know.
const UNKNOWN_KEY_TEXT: &str = "key is not found";
/// What Plesk says with 1006 when its API access restriction refuses the address it sees,
/// followed by that address.
const API_ACCESS_RESTRICTED_TEXT: &str = "access to api is disabled for";

/// An error in plain words: the code's explanation, refined where Plesk's text says which of two
/// causes applies — the only places the text, not the code, decides. 11003: since Plesk 18.0.33
/// its text names an unknown key ("key is not found") apart from a key used from an address it
/// is not bound to ("Invalid secret key usage"). 1006: "Access to API is disabled for ADDRESS"
/// (the API access restriction) apart from an account that may not manage keys.
fn explain(code: ErrorCode, text: &str) -> &'static str {
    let says = |phrase: &str| text.to_ascii_lowercase().contains(phrase);
    match code {
        ErrorCode::InvalidSecretKey if says(UNKNOWN_KEY_TEXT) => {
            "Plesk does not know this secret key: it may have been deleted, or be mistyped."
        }
        ErrorCode::PermissionDenied if says(API_ACCESS_RESTRICTED_TEXT) => {
            "Plesk's API access restriction refuses the address it sees (through a gateway, the gateway's address): ask your administrator to allow it."
        }
        code => code.explanation(),
    }
}

impl SystemError {
    /// The error in plain words (see [`explain`]).
    pub fn explanation(&self) -> &'static str {
        explain(self.code, &self.text)
    }
}

impl fmt::Display for SystemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (Plesk error {}: {})", self.explanation(), self.code, redact_key_shapes(&self.text))
    }
}

/// An error `result`: status `error`, the code, Plesk's text and the key it was about. Its
/// sentence ([`fmt::Display`]) redacts key-shaped text in Plesk's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultError {
    pub code: ErrorCode,
    pub text: String,
    pub key: Option<String>,
}

impl fmt::Display for ResultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (Plesk error {}: {})",
            explain(self.code, &self.text),
            self.code,
            redact_key_shapes(&self.text)
        )
    }
}

/// What `get_info` reports about one key. `id` is the key's ID (an integer since Plesk stores
/// only hashes of keys); the value itself is never shown again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyInfo {
    pub id: String,
    /// The bound addresses, read leniently from Plesk's comma-separated string.
    pub ip_addresses: Vec<String>,
    /// Empty when Plesk sends `<description/>` or `xsi:nil="true"`.
    pub description: String,
    /// The owner's login; Plesk names the administrator when no login was given at create.
    pub owner: Option<String>,
}

impl KeyInfo {
    /// True for a key bound to no address: usable from anywhere, which is a risk worth showing.
    /// `plesk bin secret_key --create` without `-ip-address` makes such keys; get_info then
    /// sends an empty (or no) `ip_address`.
    pub fn binds_any_address(&self) -> bool {
        self.ip_addresses.iter().all(|address| address.trim().is_empty())
    }
}

/// The new key of a successful create. Its `Debug` hides the value.
#[derive(Clone, PartialEq, Eq)]
pub struct NewKey(pub String);

impl fmt::Debug for NewKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewKey(<secret>)")
    }
}

pub type CreateResult = Result<NewKey, ResultError>;

/// One `result` of a get_info: the key_info entries it holds (possibly none), or an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GetInfoResult {
    Found(Vec<KeyInfo>),
    Failed(ResultError),
}

/// One result of a delete: ok (with the key it was about, if Plesk names it) or an error.
pub type DeleteResult = Result<Option<String>, ResultError>;

/// One entry of a flattened get_info answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyLookup {
    Found(KeyInfo),
    Failed(ResultError),
}

/// The answer to one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperationResponse {
    Create(CreateResult),
    GetInfo(Vec<GetInfoResult>),
    Delete(Vec<DeleteResult>),
}

impl OperationResponse {
    /// The get_info results flattened: one entry per key_info or per error, in order. An ok
    /// result without key_info contributes nothing (that is how "no keys" is answered).
    pub fn key_lookups(&self) -> Vec<KeyLookup> {
        self.clone().into_key_lookups()
    }

    /// As [`OperationResponse::key_lookups`], moving the keys out instead of copying them.
    pub fn into_key_lookups(self) -> Vec<KeyLookup> {
        let OperationResponse::GetInfo(results) = self else { return Vec::new() };
        let count = results
            .iter()
            .map(|result| match result {
                GetInfoResult::Found(infos) => infos.len(),
                GetInfoResult::Failed(_) => 1,
            })
            .sum();
        let mut lookups = Vec::with_capacity(count);
        for result in results {
            match result {
                GetInfoResult::Found(infos) => lookups.extend(infos.into_iter().map(KeyLookup::Found)),
                GetInfoResult::Failed(error) => lookups.push(KeyLookup::Failed(error)),
            }
        }
        lookups
    }

    /// The operation's element name in the packet.
    pub fn operation_name(&self) -> &'static str {
        match self {
            OperationResponse::Create(_) => "create",
            OperationResponse::GetInfo(_) => "get_info",
            OperationResponse::Delete(_) => "delete",
        }
    }
}
