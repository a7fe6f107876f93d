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

/// A new file readable by this user only, never through a symlink or into an existing file
/// (O_CREAT|O_EXCL does not follow symlinks). A leftover from a crash of a process with the same
/// ID is removed first (the link itself, not what it points to); should something put a new one
/// there in between, the write fails instead of following it.
fn create_exclusively(temporary: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let open = || fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(temporary);
    match open() {
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            fs::remove_file(temporary)?;
            open()
        }
        result => result,
    }
}

/// Replaces the file with `store`, atomically.
pub fn save(path: &Path, store: &KeyStore) -> Result<(), StateError> {
    let failed = |source| StateError::Write { path: path.to_owned(), source };
    let json = serde_json::to_vec_pretty(store).map_err(|e| failed(std::io::Error::other(e)))?;
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    let mut file = create_exclusively(&temporary).map_err(failed)?;
    file.write_all(&json).map_err(failed)?;
    file.sync_all().map_err(failed)?;
    drop(file);
    fs::rename(&temporary, path).map_err(failed)?;
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        File::open(folder).and_then(|dir| dir.sync_all()).map_err(failed)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_temporary_file_is_new_private_and_never_a_symlink_target() {
        let dir = std::env::temp_dir().join(format!("sandbox-state-symlink-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let state = dir.join("state.json");
        let victim = dir.join("victim.txt");
        fs::write(&victim, "precious").unwrap();
        // Another local user plants a link where the temporary file will be written.
        let temporary = state.with_extension(format!("tmp-{}", std::process::id()));
        std::os::unix::fs::symlink(&victim, &temporary).unwrap();
        save(&state, &KeyStore::default()).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious", "the link was followed");
        assert!(load(&state).is_ok());
        let mode = fs::metadata(&state).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the state file is readable by its owner only: {mode:o}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
