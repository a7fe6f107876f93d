//! `plesk-sandbox`: a faithful in-memory emulation of Plesk's documented `secret_key`
//! behaviour (see `shared/PLESK.md`), answering through the protocol crate's server side; and
//! of `customer get` / `reseller get` by login or owner login, from its account book, for the
//! administrator.
//!
//! Checks run in Plesk's documented order: protocol version, authentication method and
//! credentials, the user's API permission, packet validity, then the operations in order.

mod account_get;
mod accounts;
mod auth;
mod keys;
mod operations;
mod persistence;
mod sandbox;
mod version;

pub use accounts::{Account, AccountBook, AccountsError, Role, SeedKey};
pub use auth::Credentials;
pub use keys::{KeyStore, StoredKey};
pub use persistence::StateError;
pub use sandbox::{AgentRequest, Sandbox, SandboxConfig, SandboxError, Startup};
pub use version::{is_supported_version, DEFAULT_RESPONSE_VERSION};
