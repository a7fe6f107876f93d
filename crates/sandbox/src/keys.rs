//! The key store: only SHA-256 hashes of key values are kept, as Plesk does since 2020.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

use plesk_xmlapi::KeyInfo;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One stored key: never its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredKey {
    pub id: u64,
    /// Hex SHA-256 of the key value.
    pub hash: String,
    pub ip_addresses: Vec<IpAddr>,
    pub description: String,
    pub owner: String,
    /// What get_info shows, rendered once (IDs and addresses formatted) instead of per request.
    #[serde(skip)]
    info: KeyInfo,
}

impl StoredKey {
    fn render(&mut self) {
        self.info = KeyInfo {
            id: self.id.to_string(),
            ip_addresses: self.ip_addresses.iter().map(ToString::to_string).collect(),
            description: self.description.clone(),
            owner: Some(self.owner.clone()),
        };
    }

    /// True when a request from `client` may use this key: it is bound to that address, or to
    /// no address at all (`plesk bin secret_key --create` without `-ip-address`).
    pub fn accepts_from(&self, client: IpAddr) -> bool {
        let client = client.to_canonical();
        self.ip_addresses.is_empty() || self.ip_addresses.iter().any(|bound| bound.to_canonical() == client)
    }

    /// The key as get_info reports it.
    pub fn info(&self) -> &KeyInfo {
        &self.info
    }
}

/// All keys, by ID, with an index from value hash to ID.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyStore {
    keys: BTreeMap<u64, StoredKey>,
    next_id: u64,
    #[serde(skip)]
    by_hash: HashMap<String, u64>,
}

/// The hex SHA-256 of a key value.
pub fn hash_key(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(value.as_bytes());
    let mut hex = String::with_capacity(digest.len() * 2);
    for byte in digest {
        hex.push(HEX[usize::from(byte >> 4)] as char);
        hex.push(HEX[usize::from(byte & 0x0f)] as char);
    }
    hex
}

/// A fresh key value: a random UUID, as Plesk makes them.
pub fn new_key_value() -> String {
    uuid::Uuid::new_v4().to_string()
}

impl KeyStore {
    /// Rebuilds the hash index after deserialising.
    pub fn reindex(&mut self) {
        self.keys.values_mut().for_each(StoredKey::render);
        self.by_hash = self.keys.values().map(|k| (k.hash.clone(), k.id)).collect();
        let highest = self.keys.keys().next_back().copied().unwrap_or(0);
        self.next_id = self.next_id.max(highest + 1).max(1);
    }

    /// Stores a new key for `value` and returns its ID.
    pub fn insert(
        &mut self,
        value: &str,
        ip_addresses: Vec<IpAddr>,
        description: String,
        owner: String,
    ) -> u64 {
        self.next_id = self.next_id.max(1);
        let id = self.next_id;
        self.next_id += 1;
        let hash = hash_key(value);
        self.by_hash.insert(hash.clone(), id);
        let mut key = StoredKey { id, hash, ip_addresses, description, owner, info: KeyInfo::default() };
        key.render();
        self.keys.insert(id, key);
        id
    }

    pub fn by_value(&self, value: &str) -> Option<&StoredKey> {
        self.by_hash.get(&hash_key(value)).and_then(|id| self.keys.get(id))
    }

    /// A key named by its value or its numeric ID.
    pub fn resolve(&self, value_or_id: &str) -> Option<&StoredKey> {
        let trimmed = value_or_id.trim();
        if plesk_xmlapi::contract::is_key_id(trimmed) {
            if let Some(key) = trimmed.parse().ok().and_then(|id: u64| self.keys.get(&id)) {
                return Some(key);
            }
        }
        self.by_value(trimmed)
    }

    pub fn remove(&mut self, id: u64) -> Option<StoredKey> {
        let removed = self.keys.remove(&id)?;
        self.by_hash.remove(&removed.hash);
        Some(removed)
    }

    /// Every key, in ID order.
    pub fn iter(&self) -> impl Iterator<Item = &StoredKey> {
        self.keys.values()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_hashes_only_and_resolves_by_value_or_id() {
        let mut store = KeyStore::default();
        let value = new_key_value();
        let id = store.insert(&value, vec!["127.0.0.1".parse().unwrap()], "d".into(), "admin".into());
        let json = serde_json::to_string(&store).unwrap();
        assert!(!json.contains(&value), "the value must never be stored");
        assert_eq!(store.resolve(&value).map(|k| k.id), Some(id));
        assert_eq!(store.resolve(&id.to_string()).map(|k| k.id), Some(id));
        assert!(store.resolve("nope").is_none());
        let mut restored: KeyStore = serde_json::from_str(&json).unwrap();
        restored.reindex();
        assert_eq!(restored.resolve(&value).map(|k| k.id), Some(id));
        assert_eq!(restored.insert("x", vec![], String::new(), "admin".into()), id + 1);
    }

    #[test]
    fn new_values_are_uuids() {
        let value = new_key_value();
        assert_eq!(value.len(), 36);
        assert_ne!(value, new_key_value());
    }
}
