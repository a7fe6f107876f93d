//! Test support: validates documents against Plesk's official XSDs (`crates/protocol/schemas`)
//! with xmllint, many documents per run. Panics when xmllint is missing: schema checks must
//! fail, never skip.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The path of one of the official schema files.
pub fn schema(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../protocol/schemas/1.6.6.0").join(name)
}

/// The outcome of validating one document.
#[derive(Debug)]
pub struct Verdict {
    pub valid: bool,
    /// xmllint's messages for this document, without the "file:line: element x: ..." prefix.
    pub messages: Vec<String>,
    pub lines: Vec<usize>,
}

/// Validates every document against `schema_file` in ONE xmllint run. Panics if xmllint is
/// missing: schema checks must never be skipped.
pub fn validate_all(schema_file: &str, documents: &[String]) -> Vec<Verdict> {
    let dir = std::env::temp_dir().join(format!("plesk-xmlapi-xmllint-{}-{}", std::process::id(), unique()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let paths: Vec<PathBuf> = documents
        .iter()
        .enumerate()
        .map(|(index, document)| {
            let path = dir.join(format!("doc{index}.xml"));
            std::fs::write(&path, document).expect("write document");
            path
        })
        .collect();
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema(schema_file))
        .args(&paths)
        .output()
        .expect("xmllint is required for the schema tests (Debian package libxml2-utils; `cargo xtask test` installs it)");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let verdicts = paths
        .iter()
        .map(|path| {
            let name = path.display().to_string();
            let mut messages = Vec::new();
            let mut lines = Vec::new();
            let mut valid = false;
            for line in stderr.lines() {
                if line == format!("{name} validates") {
                    valid = true;
                } else if let Some(rest) = line.strip_prefix(&format!("{name}:")) {
                    let (number, rest) = rest.split_once(':').unwrap_or(("0", rest));
                    lines.push(number.parse().unwrap_or(0));
                    let message =
                        rest.split_once("Schemas validity error : ").map(|(_, m)| m).unwrap_or(rest);
                    messages.push(message.trim().to_owned());
                }
            }
            Verdict { valid, messages, lines }
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    verdicts
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

pub fn assert_all_valid(schema_file: &str, documents: &[String]) {
    assert!(!documents.is_empty(), "nothing to validate");
    for (document, verdict) in documents.iter().zip(validate_all(schema_file, documents)) {
        assert!(verdict.valid, "{schema_file} refuses:\n{document}\n{:?}", verdict.messages);
    }
}
