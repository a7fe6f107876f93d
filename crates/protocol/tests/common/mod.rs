//! Shared helpers: fixtures, random packets, and schema validation (plesk-xsd-check).

#![allow(dead_code, unused_imports)]

pub mod strategies;

use std::path::Path;

pub use plesk_xsd_check::{assert_all_valid, validate_all};

pub fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}
