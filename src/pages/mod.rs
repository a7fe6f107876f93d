//! One module per screen.

pub mod all_servers;
pub mod connect;
pub mod keys;
