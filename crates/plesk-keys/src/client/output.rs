//! Printing keys: an aligned table for people, JSON for scripts. Plesk text is printed with
//! control, bidi and invisible characters escaped (the protocol crate's [`visible_escapes`]), so
//! a description cannot drive the terminal, reorder a line or pass for another name.

use std::fmt::Write as _;

use plesk_xmlapi::{is_hidden_char, redact_key_shapes, visible_escapes, EscapeNotation, KeyInfo, KeyRef};
use serde_json::{json, Value};

use crate::messages::text;

/// Replaces hidden characters (ESC, CR, C1, bidi overrides, zero-width, …) with visible escapes.
pub fn printable(text: &str) -> String {
    visible_escapes(text, EscapeNotation::Backslash).into_owned()
}

/// Plesk's text (an error text, a quoted answer) as the CLI shows it: key-shaped text redacted,
/// hidden characters escaped.
pub fn quoted(text: &str) -> String {
    printable(&redact_key_shapes(text))
}

/// `value` as one line of JSON in which every hidden character is a `\uXXXX` escape: a script
/// reads back exactly what Plesk sent, a terminal shows nothing hidden.
pub fn json_text(value: &Value) -> String {
    let raw = value.to_string();
    if !raw.chars().any(is_hidden_char) {
        return raw;
    }
    let mut safe = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        if is_hidden_char(c) {
            // Only inside strings: serde_json writes the structure itself in ASCII.
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(safe, "\\u{unit:04x}");
            }
        } else {
            safe.push(c);
        }
    }
    safe
}

pub fn key_json(info: &KeyInfo) -> Value {
    json!({
        "id": info.id,
        "ip_addresses": info.ip_addresses,
        "any_address": info.binds_any_address(),
        "description": info.description,
        "owner": info.owner,
    })
}

/// "a request task failed: …" (a task of the fleet's requests panicked or was cancelled).
pub fn request_task_failed(error: &impl std::fmt::Display) -> String {
    text("cli-request-task-failed", &[("detail", error.to_string().into())])
}

/// "server NAME: why", the line naming a failed server.
pub fn server_failed(name: &str, reason: &str) -> String {
    text("cli-server-failed", &[("server", printable(name).into()), ("reason", reason.into())])
}

/// A key as people read it, in their language: "key 17", "key value e4b01d73…" (never a value
/// in full). The JSON keeps the protocol crate's English [`KeyRef::shown`].
pub fn shown(reference: &KeyRef) -> String {
    if reference.is_id() {
        text("cli-key-id", &[("id", reference.as_str().into())])
    } else {
        let start: String = reference.as_str().chars().take(8).collect();
        text("cli-key-value", &[("start", start.into())])
    }
}

/// The keys as an aligned table with a header row.
pub fn key_table(keys: &[KeyInfo]) -> String {
    let header = ["cli-column-id", "cli-column-addresses", "cli-column-description", "cli-column-owner"];
    table(&header.map(|id| text(id, &[])), keys.iter().map(key_cells).collect())
}

/// The keys of several servers, each row led by its server's name.
pub fn server_key_table(rows: &[(String, KeyInfo)]) -> String {
    let cells = rows
        .iter()
        .map(|(server, key)| std::iter::once(printable(server)).chain(key_cells(key)).collect())
        .collect();
    let header = [
        "cli-column-server",
        "cli-column-id",
        "cli-column-addresses",
        "cli-column-description",
        "cli-column-owner",
    ];
    table(&header.map(|id| text(id, &[])), cells)
}

fn key_cells(key: &KeyInfo) -> Vec<String> {
    vec![
        printable(&key.id),
        addresses_cell(key),
        printable(&key.description),
        printable(key.owner.as_deref().unwrap_or("")),
    ]
}

/// Aligned columns under a header row.
pub(crate) fn table(header: &[impl AsRef<str>], rows: Vec<Vec<String>>) -> String {
    let header: Vec<String> = header.iter().map(|cell| cell.as_ref().to_owned()).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| columns(h)).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(columns(cell));
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(rows.iter()) {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell}{}", " ".repeat(width.saturating_sub(columns(cell)))))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// How many terminal columns `text` takes: East Asian wide and full-width characters (the
/// Japanese and Chinese headers) take two, combining marks none, so the columns stay aligned in every language.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            // Combining marks (Arabic's shadda and vowel signs among them) and joiners take none.
            0x0300..=0x036F
            | 0x0610..=0x061A
            | 0x064B..=0x065F
            | 0x0670
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E4
            | 0x06E7
            | 0x06E8
            | 0x06EA..=0x06ED
            | 0x200B..=0x200D => 0,
            _ => 1,
        })
        .sum()
}

/// What a key is bound to: its addresses, or plainly "any address" (a risk: the key works
/// from anywhere) for a key bound to none.
fn addresses_cell(info: &KeyInfo) -> String {
    if info.binds_any_address() {
        any_address()
    } else {
        printable(&info.ip_addresses.join(","))
    }
}

/// How a key bound to no address is shown.
pub fn any_address() -> String {
    text("cli-any-address", &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_shown_in_english_as_the_protocol_crate_shows_it() {
        for text in ["17", "e4b01d73-7368-64a6-0515-9fa8fc1d3a78"] {
            let reference = KeyRef::new(text).expect("a key reference");
            assert_eq!(shown(&reference), reference.shown());
        }
    }

    #[test]
    fn wide_characters_take_two_columns_and_stay_aligned() {
        assert_eq!((columns("ID"), columns("説明"), columns("IP 地址")), (2, 4, 7));
        assert_eq!(columns("المعرّف"), 6, "the shadda takes no column");
        let aligned = table(&["説明", "ID"], vec![vec!["a".into(), "1".into()]]);
        assert_eq!(aligned, "説明  ID\na     1\n");
    }

    #[test]
    fn table_aligns_and_escapes() {
        let keys = vec![KeyInfo {
            id: "17".into(),
            ip_addresses: vec!["192.0.2.1".into(), "::1".into()],
            description: "evil\u{1b}[31m".into(),
            owner: Some("admin".into()),
        }];
        let table = key_table(&keys);
        assert!(table.starts_with("ID  IP addresses   Description"), "{table}");
        assert!(
            table.contains("192.0.2.1,::1") && table.contains("\\u{1b}[31m") && !table.contains('\u{1b}')
        );
        assert_eq!(key_json(&keys[0])["ip_addresses"][1], "::1");
        assert_eq!(key_json(&keys[0])["any_address"], false);
        let hidden = KeyInfo { description: "us1=\u{202e}FAKE\u{9b}\u{200b}".into(), ..keys[0].clone() };
        let shown = key_table(std::slice::from_ref(&hidden));
        assert!(shown.contains("us1=\\u{202e}FAKE\\u{9b}\\u{200b}"), "{shown}");
        let json = json_text(&key_json(&hidden));
        assert!(json.contains("us1=\\u202eFAKE\\u009b\\u200b") && json.is_ascii(), "{json}");
        let read: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(read["description"], hidden.description.as_str());
        let merged = server_key_table(&[("eu1".into(), keys[0].clone())]);
        assert!(merged.starts_with("Server  ID  IP addresses"), "{merged}");
        assert!(
            merged.lines().nth(1).is_some_and(|row| row.starts_with("eu1     17  192.0.2.1,::1")),
            "{merged}"
        );
    }

    #[test]
    fn a_key_bound_to_no_address_shows_as_any_address() {
        let keys = vec![KeyInfo { id: "3".into(), owner: Some("admin".into()), ..KeyInfo::default() }];
        assert!(key_table(&keys).lines().nth(1).is_some_and(|row| row.contains(&any_address())));
        assert_eq!(key_json(&keys[0])["any_address"], true);
        assert_eq!(key_json(&keys[0])["ip_addresses"], serde_json::json!([]));
    }
}
