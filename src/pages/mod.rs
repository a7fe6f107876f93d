//! One module per screen.

pub mod connect;
pub mod keys;
