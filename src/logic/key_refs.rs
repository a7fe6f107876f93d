//! Showing key references safely: IDs as they are, key values never in full.

/// True for a numeric key ID.
pub fn is_key_id(reference: &str) -> bool {
    !reference.is_empty() && reference.bytes().all(|b| b.is_ascii_digit())
}

/// A reference for display: an ID, or the first 8 characters of a value.
pub fn shown_reference(reference: &str) -> String {
    if is_key_id(reference) {
        format!("key {reference}")
    } else {
        let start: String = reference.chars().take(8).collect();
        format!("key value {start}…")
    }
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
