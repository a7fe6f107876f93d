//! Exporting the key list: CSV safe against spreadsheet formula injection, and JSON.

use plesk_xmlapi::KeyInfo;

/// A CSV cell safe against spreadsheet formula injection: the protocol crate's rule, shared
/// with `plesk-keys report`.
pub use plesk_xmlapi::csv_cell;

/// The keys as CSV with a header row (CRLF line ends, as RFC 4180).
pub fn keys_csv(keys: &[&KeyInfo]) -> String {
    let rows: Vec<(Option<&str>, &KeyInfo)> = keys.iter().map(|key| (None, *key)).collect();
    rows_csv(&rows, false)
}

/// The keys of several servers as CSV, with a first column **Server** (the server's name).
pub fn fleet_csv(rows: &[(&str, &KeyInfo)]) -> String {
    let rows: Vec<(Option<&str>, &KeyInfo)> =
        rows.iter().map(|(server, key)| (Some(*server), *key)).collect();
    rows_csv(&rows, true)
}

fn rows_csv(rows: &[(Option<&str>, &KeyInfo)], with_server: bool) -> String {
    let mut header = vec!["ID", "IP addresses", "Description", "Owner"];
    if with_server {
        header.insert(0, "Server");
    }
    let mut out = header.into_iter().map(csv_cell).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for (server, key) in rows {
        let mut cells = Vec::with_capacity(5);
        if with_server {
            cells.push(csv_cell(server.unwrap_or("")));
        }
        cells.extend([
            csv_cell(&key.id),
            csv_cell(&key.ip_addresses.join(" ")),
            csv_cell(&key.description),
            csv_cell(key.owner.as_deref().unwrap_or("")),
        ]);
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The keys as a JSON array of `{id, ip_addresses, description, owner}` (as the CLI's --json).
pub fn keys_json(keys: &[&KeyInfo]) -> String {
    let rows: Vec<(Option<&str>, &KeyInfo)> = keys.iter().map(|key| (None, *key)).collect();
    rows_json(&rows)
}

/// The keys of several servers as JSON, each with `"server"` first (as the CLI's
/// `list --server all --json`).
pub fn fleet_json(rows: &[(&str, &KeyInfo)]) -> String {
    let rows: Vec<(Option<&str>, &KeyInfo)> =
        rows.iter().map(|(server, key)| (Some(*server), *key)).collect();
    rows_json(&rows)
}

fn rows_json(rows: &[(Option<&str>, &KeyInfo)]) -> String {
    let entries: Vec<String> = rows
        .iter()
        .map(|(server, key)| {
            let addresses: Vec<String> = key.ip_addresses.iter().map(|a| json_string(a)).collect();
            let owner = key.owner.as_deref().map(json_string).unwrap_or_else(|| "null".into());
            let server = server.map(|name| format!("\"server\":{},", json_string(name))).unwrap_or_default();
            format!(
                "{{{server}\"id\":{},\"ip_addresses\":[{}],\"description\":{},\"owner\":{}}}",
                json_string(&key.id),
                addresses.join(","),
                json_string(&key.description),
                owner
            )
        })
        .collect();
    format!("[{}]\n", entries.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(description: &str) -> KeyInfo {
        KeyInfo {
            id: "7".into(),
            ip_addresses: vec!["192.0.2.1".into(), "::1".into()],
            description: description.into(),
            owner: None,
        }
    }

    #[test]
    fn cells_are_quoted_and_lines_end_in_crlf() {
        let csv = keys_csv(&[&key("line\nbreak")]);
        assert_eq!(csv, "\"ID\",\"IP addresses\",\"Description\",\"Owner\"\r\n\"7\",\"192.0.2.1 ::1\",\"line\nbreak\",\"\"\r\n");
    }

    /// Issue 23 item 14: a formula on the second line of a description (the cell table above has
    /// the full-width signs and the odd spaces).
    #[test]
    fn formulas_after_line_breaks_are_neutralised() {
        let csv = keys_csv(&[&key("line\n=1")]);
        assert!(csv.contains("\"line\n'=1\""), "{csv}");
    }

    #[test]
    fn fleet_exports_carry_the_server() {
        let info = key("ci");
        let csv = fleet_csv(&[("eu1", &info)]);
        assert!(csv.starts_with("\"Server\",\"ID\","), "{csv}");
        assert!(csv.contains("\r\n\"eu1\",\"7\","), "{csv}");
        assert!(fleet_json(&[("=eu1", &info)]).starts_with("[{\"server\":\"=eu1\",\"id\":\"7\""));
        assert_eq!(fleet_csv(&[("=cmd", &info)]).lines().nth(1).map(|l| &l[..7]), Some("\"'=cmd\""));
    }

    #[test]
    fn json_escapes_and_keeps_structure() {
        let json = keys_json(&[&key("say \"hi\"\\\u{1}")]);
        assert_eq!(
            json,
            "[{\"id\":\"7\",\"ip_addresses\":[\"192.0.2.1\",\"::1\"],\"description\":\"say \\\"hi\\\"\\\\\\u0001\",\"owner\":null}]\n"
        );
    }
}
