//! Pure logic behind the views: plain Rust, tested natively, no browser.

pub mod address_field;
pub mod connect;
pub mod curl;
pub mod deletions;
pub mod export;
pub mod fleet_tools;
pub mod fleet_view;
pub mod handoff;
pub mod idle;
pub mod latest;
pub mod list_status;
pub mod list_view;
pub mod natural_order;
pub mod servers;
pub mod signed_in;
pub mod visible;
