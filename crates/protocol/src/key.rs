//! Key references (a key value or its numeric ID) and non-empty lists of them.

use std::fmt;

use crate::limits::{MAX_KEYS_PER_FILTER, MAX_KEY_CHARS};
use crate::text::{SafeText, TextError, TextField};

/// A key value (a UUID) or a key ID, as `get_info` and `delete` filters take them.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct KeyRef(SafeText);

impl KeyRef {
    /// Trims surrounding whitespace; refuses empty, over-long or non-XML text.
    pub fn new(value: &str) -> Result<Self, TextError> {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return Err(TextError::Empty { field: TextField::Key });
        }
        SafeText::new(TextField::Key, trimmed, MAX_KEY_CHARS).map(KeyRef)
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// True for a numeric ID, which is not secret; false for a key value
    /// ([`crate::contract::is_key_id`]).
    pub fn is_id(&self) -> bool {
        crate::contract::is_key_id(self.as_str())
    }

    /// The reference for people (messages, reports): an ID as it is, a key value never in
    /// full: "key 17", "key value e4b01d73…".
    pub fn shown(&self) -> String {
        if self.is_id() {
            format!("key {}", self.as_str())
        } else {
            let start: String = self.as_str().chars().take(8).collect();
            format!("key value {start}…")
        }
    }
}

/// Key values are secrets: debug output shows IDs only.
impl fmt::Debug for KeyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_id() {
            write!(f, "KeyRef({})", self.as_str())
        } else {
            f.write_str("KeyRef(<key value>)")
        }
    }
}

/// Why a key list was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyListError {
    #[error("No key given: name at least one key value or ID.")]
    Empty,
    #[error("{count} keys are too many for one request; at most {max}.")]
    TooMany { count: usize, max: usize },
    #[error("Entry {position}: {source}")]
    Entry { position: usize, source: TextError },
}

/// A NON-EMPTY list of distinct keys. An empty delete filter makes Plesk delete every key,
/// so this type cannot be empty: no client request can carry one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyList(Vec<KeyRef>);

impl KeyList {
    pub fn one(key: KeyRef) -> Self {
        KeyList(vec![key])
    }

    /// Keeps the first occurrence of each key; refuses an empty or over-long list.
    pub fn new(keys: Vec<KeyRef>) -> Result<Self, KeyListError> {
        let mut distinct: Vec<KeyRef> = Vec::with_capacity(keys.len());
        for key in keys {
            if !distinct.contains(&key) {
                distinct.push(key);
            }
        }
        if distinct.is_empty() {
            return Err(KeyListError::Empty);
        }
        if distinct.len() > MAX_KEYS_PER_FILTER {
            return Err(KeyListError::TooMany { count: distinct.len(), max: MAX_KEYS_PER_FILTER });
        }
        Ok(KeyList(distinct))
    }

    /// Parses values or IDs separated by newlines, commas or spaces.
    pub fn parse(input: &str) -> Result<Self, KeyListError> {
        let keys = input
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|entry| !entry.is_empty())
            .enumerate()
            .map(|(index, entry)| {
                KeyRef::new(entry).map_err(|source| KeyListError::Entry { position: index + 1, source })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Self::new(keys)
    }

    pub fn keys(&self) -> &[KeyRef] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false; present for clippy's `len_without_is_empty` and for readers.
    pub fn is_empty(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines_and_commas_and_drops_duplicates() {
        let list = KeyList::parse("17\n 6575fae3-1111 , 17,\n\n18").unwrap();
        let keys: Vec<&str> = list.keys().iter().map(KeyRef::as_str).collect();
        assert_eq!(keys, ["17", "6575fae3-1111", "18"]);
    }

    #[test]
    fn cannot_be_empty() {
        assert_eq!(KeyList::parse(" ,\n "), Err(KeyListError::Empty));
        assert_eq!(KeyList::new(Vec::new()), Err(KeyListError::Empty));
    }

    #[test]
    fn shown_references_keep_ids_and_shorten_values() {
        assert_eq!(KeyRef::new("17").unwrap().shown(), "key 17");
        assert_eq!(
            KeyRef::new("e4b01d73-7368-64a6-0515-9fa8fc1d3a78").unwrap().shown(),
            "key value e4b01d73…"
        );
    }

    #[test]
    fn debug_hides_key_values() {
        let value = KeyRef::new("e4b01d73-7368-64a6-0515-9fa8fc1d3a78").unwrap();
        assert!(!format!("{value:?}").contains("e4b01d73"));
        assert_eq!(format!("{:?}", KeyRef::new("17").unwrap()), "KeyRef(17)");
    }
}
