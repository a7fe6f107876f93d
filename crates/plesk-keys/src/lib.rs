//! `plesk-keys` as a library: the `serve` router and the client commands, used by the binary
//! (`main.rs`) and by tests that answer requests in-process (`serve::in_process`).

pub mod audit_query;
pub mod client;
pub mod messages;
pub mod serve;
mod servers_file;
mod tls;
mod toml_text;
mod transport;
