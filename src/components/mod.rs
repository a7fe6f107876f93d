//! Widgets shared by the pages.

pub mod key_table;
pub mod status;
