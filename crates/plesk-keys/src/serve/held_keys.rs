//! The Plesk keys `serve` holds in the signed-in mode: one per server, read from its `key-file`
//! (systemd's `LoadCredential=` puts it in `/run/credentials/plesk-keys.service/`), or made by a
//! built-in sandbox at start. Sent only to that server, as its `KEY` header; never written to a
//! log, an answer or the browser.

use std::path::Path;

use super::credentials::RequestCredentials;

/// A held key; its `Debug` shows no secret.
#[derive(Clone, PartialEq, Eq)]
pub struct HeldKey(String);

impl std::fmt::Debug for HeldKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HeldKey(<secret>)")
    }
}

/// Why a key file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyFileError {
    #[error("cannot read the key file {file}: {reason}")]
    Unreadable { file: String, reason: String },
    #[error("the key file {file} can be read by other users (mode {mode:o}); make it readable by the service only (chmod 600, or systemd's LoadCredential=)")]
    OpenToOthers { file: String, mode: u32 },
    #[error("the key file {file} holds no key, or characters a header cannot carry")]
    NotAKey { file: String },
}

impl HeldKey {
    /// A key the service made itself (a built-in sandbox's administrator key).
    pub fn new(value: String) -> Self {
        HeldKey(value)
    }

    /// The key in `file`: one line of visible ASCII, the file readable by its owner only.
    pub fn read(file: &Path) -> Result<Self, KeyFileError> {
        let name = file.display().to_string();
        let unreadable = |error: std::io::Error| KeyFileError::Unreadable {
            file: name.clone(),
            reason: error.to_string(),
        };
        let metadata = std::fs::metadata(file).map_err(unreadable)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = metadata.permissions().mode() & 0o777;
            if mode & 0o007 != 0 {
                return Err(KeyFileError::OpenToOthers { file: name, mode });
            }
        }
        let text = std::fs::read_to_string(file).map_err(unreadable)?;
        let value = text.trim();
        if value.is_empty() || !value.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(KeyFileError::NotAKey { file: name });
        }
        Ok(HeldKey(value.to_owned()))
    }

    /// The credentials the service sends with it: the key alone.
    pub fn credentials(&self) -> RequestCredentials {
        RequestCredentials { key: Some(self.0.clone()), login: None, password: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_file(mode: u32, text: &str) -> std::path::PathBuf {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let number = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let file = std::env::temp_dir().join(format!("plesk-keys-held-{}-{number}", std::process::id()));
        std::fs::write(&file, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        file
    }

    #[test]
    fn a_private_key_file_is_read() {
        let file = key_file(0o600, "e4b01d73-7368-64a6-0515-9fa8fc1d3a78\n");
        let key = HeldKey::read(&file).unwrap();
        assert_eq!(key.credentials().key.as_deref(), Some("e4b01d73-7368-64a6-0515-9fa8fc1d3a78"));
        assert!(!format!("{key:?}").contains("e4b0"));
        assert!(HeldKey::read(&key_file(0o640, "k")).is_ok(), "the service's group may read it");
    }

    #[test]
    fn open_empty_or_missing_files_are_refused() {
        assert!(matches!(HeldKey::read(&key_file(0o644, "k")), Err(KeyFileError::OpenToOthers { .. })));
        assert!(matches!(HeldKey::read(&key_file(0o600, " \n")), Err(KeyFileError::NotAKey { .. })));
        assert!(matches!(HeldKey::read(&key_file(0o600, "a b")), Err(KeyFileError::NotAKey { .. })));
        assert!(matches!(HeldKey::read(Path::new("/nonexistent/k")), Err(KeyFileError::Unreadable { .. })));
    }
}
