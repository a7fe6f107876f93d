//! Showing key references safely: IDs as they are, key values never in full. The rule is the
//! protocol crate's ([`KeyRef::shown`]), shared with the command line.

use plesk_xmlapi::KeyRef;

/// A reference for display: "key 17", or "key value e4b01d73…" for a value. References come
/// from a parsed [`plesk_xmlapi::KeyList`]; anything else is shown as "a key".
pub fn shown_reference(reference: &str) -> String {
    KeyRef::new(reference).map(|key| key.shown()).unwrap_or_else(|_| "a key".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_shortened() {
        assert_eq!(shown_reference("17"), "key 17");
        assert_eq!(shown_reference("e4b01d73-7368-64a6-0515-9fa8fc1d3a78"), "key value e4b01d73…");
    }
}
