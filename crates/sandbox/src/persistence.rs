//! `--sandbox-state FILE`: the key store on disk, written atomically (temp file, fsync,
//! rename, fsync of the folder) so a crash or kill -9 leaves the old or the new state.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::keys::KeyStore;

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("the state file {path} is corrupt ({detail}); it was left untouched. Move it away or fix it to start.")]
    Corrupt { path: PathBuf, detail: String },
    #[error("cannot read the state file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write the state file {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

/// Loads the store, or an empty one if the file does not exist yet.
pub fn load(path: &Path) -> Result<KeyStore, StateError> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(KeyStore::default()),
        Err(source) => return Err(StateError::Read { path: path.to_owned(), source }),
    };
    let mut store: KeyStore = serde_json::from_str(&text)
        .map_err(|error| StateError::Corrupt { path: path.to_owned(), detail: error.to_string() })?;
    store.reindex();
    Ok(store)
}

/// Replaces the file with `store`, atomically.
pub fn save(path: &Path, store: &KeyStore) -> Result<(), StateError> {
    let failed = |source| StateError::Write { path: path.to_owned(), source };
    let json = serde_json::to_vec_pretty(store).map_err(|e| failed(std::io::Error::other(e)))?;
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    let mut file = File::create(&temporary).map_err(failed)?;
    file.write_all(&json).map_err(failed)?;
    file.sync_all().map_err(failed)?;
    drop(file);
    fs::rename(&temporary, path).map_err(failed)?;
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        File::open(folder).and_then(|dir| dir.sync_all()).map_err(failed)?;
    }
    Ok(())
}
