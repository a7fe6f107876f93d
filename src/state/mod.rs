//! The panel's few shared stores, provided once by the app.

pub mod announcer;
pub mod connect;
pub mod keys;
pub mod new_key;
pub mod request;
pub mod table_view;
