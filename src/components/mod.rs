//! Widgets, one per file.

pub mod create_form;
pub mod delete_dialog;
pub mod dialog;
pub mod field;
pub mod fleet_tools;
pub mod icons;
pub mod idle_guard;
pub mod key_settings;
pub mod key_table;
pub mod lookup;
pub mod new_key;
pub mod packet_inspector;
pub mod pager;
pub mod rotate_dialog;
pub mod server_picker;
pub mod status;
pub mod theme_switch;
