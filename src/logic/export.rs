//! Exporting the key list: CSV safe against spreadsheet formula injection, and JSON.

use plesk_xmlapi::KeyInfo;

/// A CSV cell: quoted when needed; a cell a spreadsheet would run as a formula (starting with
/// `= + - @`, or tab/CR) gets a leading apostrophe.
pub fn csv_cell(text: &str) -> String {
    let neutralised =
        if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if neutralised.contains([',', '"', '\n', '\r'])
        || neutralised.starts_with(' ')
        || neutralised.ends_with(' ')
    {
        format!("\"{}\"", neutralised.replace('"', "\"\""))
    } else {
        neutralised
    }
}

/// The keys as CSV with a header row (CRLF line ends, as RFC 4180).
pub fn keys_csv(keys: &[&KeyInfo]) -> String {
    let mut out = String::from("ID,IP addresses,Description,Owner\r\n");
    for key in keys {
        let cells = [
            csv_cell(&key.id),
            csv_cell(&key.ip_addresses.join(" ")),
            csv_cell(&key.description),
            csv_cell(key.owner.as_deref().unwrap_or("")),
        ];
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
    let entries: Vec<String> = keys
        .iter()
        .map(|key| {
            let addresses: Vec<String> = key.ip_addresses.iter().map(|a| json_string(a)).collect();
            let owner = key.owner.as_deref().map(json_string).unwrap_or_else(|| "null".into());
            format!(
                "{{\"id\":{},\"ip_addresses\":[{}],\"description\":{},\"owner\":{}}}",
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
    fn formulas_are_neutralised_and_cells_quoted() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for dangerous in ["+1", "-1", "@SUM(A1)", "=1+1"] {
            assert!(csv_cell(dangerous).trim_start_matches('"').starts_with('\''), "{dangerous}");
        }
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("plain"), "plain");
        let csv = keys_csv(&[&key("line\nbreak")]);
        assert_eq!(csv, "ID,IP addresses,Description,Owner\r\n7,192.0.2.1 ::1,\"line\nbreak\",\r\n");
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
