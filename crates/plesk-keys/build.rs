//! The panel inside the binary: when `PLESK_KEYS_PANEL_DIR` names a built panel (`cargo xtask
//! dist`; `cargo xtask package` sets it), every file in it (index.html, the hashed assets and their
//! `.br`/`.gz` twins) is compiled in with `include_bytes!`. Without it the table is empty: a plain
//! `cargo build` needs no built panel, and `serve` then says how to get one.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const PANEL_DIR: &str = "PLESK_KEYS_PANEL_DIR";

fn main() {
    println!("cargo:rerun-if-env-changed={PANEL_DIR}");
    if let Err(message) = generate() {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
}

/// The same rule as `serve`'s URL paths: names a URL can reach, nothing hidden.
fn servable(name: &str) -> bool {
    !name.starts_with('.') && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn panel_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{PANEL_DIR}={}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{PANEL_DIR}={}: {e}", dir.display()))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_file() || !servable(&name) {
            println!("cargo:warning=not built into the binary (not a servable file): {}", path.display());
            continue;
        }
        let path = path.canonicalize().map_err(|e| format!("{}: {e}", path.display()))?;
        println!("cargo:rerun-if-changed={}", path.display());
        files.push((name, path));
    }
    if !files.iter().any(|(name, _)| name == "index.html") {
        return Err(format!(
            "{PANEL_DIR}={} has no index.html: build the panel first with `cargo xtask dist`",
            dir.display()
        ));
    }
    // Sorted by name: the server looks files up by binary search.
    files.sort();
    Ok(files)
}

fn generate() -> Result<(), String> {
    let files = match std::env::var_os(PANEL_DIR) {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            println!("cargo:rerun-if-changed={}", dir.display());
            panel_files(&dir)?
        }
        _ => Vec::new(),
    };
    let mut table = String::from(
        "/// The built panel: (file name, contents), sorted by name; empty in builds without it.\n\
         pub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for (name, path) in &files {
        let path = path.to_str().ok_or_else(|| format!("{} is not valid UTF-8", path.display()))?;
        let _ = writeln!(table, "    ({name:?}, include_bytes!({path:?})),");
    }
    table.push_str("];\n");
    let out = std::env::var_os("OUT_DIR").ok_or("cargo did not set OUT_DIR")?;
    let target = Path::new(&out).join("panel.rs");
    std::fs::write(&target, table).map_err(|e| format!("cannot write {}: {e}", target.display()))
}
