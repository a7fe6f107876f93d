//! `plesk-xmlapi`: the Plesk XML API `secret_key` protocol (and the customer and reseller reads
//! around it), typed, in both directions.
//!
//! - Clients build [`RequestPacket`]s (create / get_info / delete) and parse
//!   [`ResponsePacket`]s with [`parse_response`].
//! - Servers (the sandbox) parse requests with [`parse_request`] — reporting schema-invalid
//!   packets in Plesk's own 1014 wording — and write responses with [`write_response`].
//! - [`redact_packet`] renders any packet for display with key values and passwords removed.
//! - [`AccountQuery`] asks Plesk about customers and resellers (`customer get`, `reseller get`);
//!   [`read_account_answer`] reads the answer, [`write_account_response`] writes it (a server).
//!
//! Pure Rust: no I/O, no HTTP, no browser; compiles for native and wasm32 alike.

mod accounts;
pub mod client;
pub mod contract;
mod credential;
mod csv;
mod dom;
mod error_code;
mod escape;
mod ip;
mod key;
pub mod key_health;
pub mod key_list_filter;
pub mod limits;
mod redact;
mod request;
mod request_parse;
mod response;
mod response_parse;
mod response_write;
mod schema_check;
mod secret_text;
mod text;
mod xml_out;

pub use accounts::{
    read_account_answer, write_account_response, Account, AccountAnswer, AccountAnswerError, AccountFilter,
    AccountKind, AccountLookup, AccountQuery, UNKNOWN_CREATION_DATE,
};
pub use contract::AGENT_PATH;
pub use credential::{Credential, KEY_HEADER, LOGIN_HEADER, PASSWORD_HEADER, PRETTY_PRINT_HEADER};
pub use csv::csv_cell;
pub use dom::XmlError;
pub use error_code::ErrorCode;
pub use ip::{IpList, IpListError};
pub use key::{KeyList, KeyListError, KeyRef};
pub use redact::redact_packet;
pub use request::{CreateKey, CreateKeyError, KeyFilter, Operation, ProtocolVersion, RequestPacket};
pub use request_parse::{
    packet_version, parse_request, parse_request_bytes, ReceivedCreate, ReceivedFilter, ReceivedOperation,
    ReceivedOperator, ReceivedPacket, RequestError,
};
pub use response::{
    CreateResult, DeleteResult, GetInfoResult, KeyInfo, KeyLookup, NewKey, OperationResponse, ResponseBody,
    ResponsePacket, ResultError, SystemError,
};
pub use response_parse::{parse_response, parse_response_bytes, ResponseError};
pub use response_write::write_response;
pub use secret_text::{redact_key_shapes, REDACTED};
pub use text::{is_hidden_char, visible_escapes, EscapeNotation, SafeText, TextError, TextField};
pub use xml_out::ResponseStyle;
