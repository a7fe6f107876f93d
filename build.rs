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

fn main() {
    let folder = Path::new("locales/en");
    println!("cargo:rerun-if-changed=locales/en");
    let sources = compact::panel_sources(folder).expect("locales/en is readable");
    for (name, _) in &sources {
        println!("cargo:rerun-if-changed=locales/en/{name}");
    }
    let texts: Vec<&str> = sources.iter().map(|(_, text)| text.as_str()).collect();
    let ids = compact::message_ids(&texts).unwrap_or_else(|e| panic!("locales/en: {e}"));
    let english = compact::compile(&ids, &texts).unwrap_or_else(|e| panic!("locales/en: {e}"));
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
         /// English's catalogue in the compact form.\npub const ENGLISH: &str = {english:?};\n",
        ids.len()
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
