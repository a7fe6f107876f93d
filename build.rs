//! Compiles English's catalogue into the panel (`locales/en/panel*.ftl`, then `plesk.ftl`,
//! `health.ftl` and `input.ftl`, shared with the CLI): the
//! message keys as two enums (`Msg`: a text as it is; `Fmt`: a text with placeholders) whose
//! values are the messages' places in every language's compact catalogue, and English's compact
//! catalogue itself. Another language is fetched at run time (written by `cargo xtask dist`).

use std::fmt::Write;
use std::path::Path;

use plesk_i18n::compact::{self, FORMATTED, RECORD};

/// `connect-key-label` → `ConnectKeyLabel`.
fn variant(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The panel's sources (`src/**/*.rs`), to see which messages its code names.
fn panel_code(folder: &Path, code: &mut String) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    let mut paths: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            panel_code(&path, code);
        } else if path.extension().is_some_and(|e| e == "rs") {
            code.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
}

/// Whether the panel's code names `Msg::{variant}` or `Fmt::{variant}` (a whole name).
fn named(code: &str, variant: &str) -> bool {
    ["Msg::", "Fmt::"].iter().any(|kind| {
        let needle = format!("{kind}{variant}");
        code.match_indices(&needle).any(|(at, _)| {
            !code[at + needle.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        })
    })
}

fn main() {
    let folder = Path::new("locales/en");
    println!("cargo:rerun-if-changed=src");
    let mut code = String::new();
    panel_code(Path::new("src"), &mut code);
    // Messages are named one by one (`Msg::ConnectTitle`), never through a glob or a group
    // import, so a message the code does not name is one the panel never shows.
    for glob in ["Msg::*", "Fmt::*", "Msg::{", "Fmt::{"] {
        assert!(!code.contains(glob), "src names messages through `{glob}`: name each one (build.rs)");
    }
    println!("cargo:rerun-if-changed=locales/en");
    let sources = compact::panel_sources(folder).expect("locales/en is readable");
    for (name, _) in &sources {
        println!("cargo:rerun-if-changed=locales/en/{name}");
    }
    let texts: Vec<&str> = sources.iter().map(|(_, text)| text.as_str()).collect();
    let ids = compact::message_ids(&texts).unwrap_or_else(|e| panic!("locales/en: {e}"));
    let english = compact::compile(&ids, &texts).unwrap_or_else(|e| panic!("locales/en: {e}"));
    // English's catalogue in the wasm: a message the panel never shows (the static form's, which
    // `serve` writes; the CLI's among the shared files) is left empty — its place stays, so every
    // language's file lines up.
    let shown: Vec<String> = ids
        .iter()
        .zip(english.split(RECORD))
        .map(|(id, record)| if named(&code, &variant(id)) { record.to_owned() } else { String::new() })
        .collect();
    let shown = shown.join(&RECORD.to_string());
    let mut plain = String::new();
    let mut formatted = String::new();
    for (index, (id, record)) in ids.iter().zip(english.split(RECORD)).enumerate() {
        let (list, text) = match record.strip_prefix(FORMATTED) {
            Some(pattern) => (&mut formatted, pattern),
            None => (&mut plain, record),
        };
        let _ = writeln!(list, "    /// `{id}`: {}\n    {} = {index},", text.replace('\n', " "), variant(id));
    }
    let code = format!(
        "/// A message shown as it is (English's text in each doc line).\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[repr(u16)]\npub enum Msg {{\n{plain}}}\n\n\
         /// A message with placeholders, filled in by `tf`.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[repr(u16)]\npub enum Fmt {{\n{formatted}}}\n\n\
         /// How many messages every language's catalogue has.\npub const MESSAGE_COUNT: usize = {};\n\n\
         /// English's catalogue in the compact form (messages the panel never shows: empty).\npub const ENGLISH: &str = {shown:?};\n",
        ids.len()
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
