//! Exporting the key list: CSV safe against spreadsheet formula injection, and JSON.

use plesk_xmlapi::KeyInfo;

use crate::logic::visible::is_hidden;

/// What a spreadsheet reads as the start of a formula (OWASP "CSV Injection"), with the
/// full-width signs some spreadsheets read like the ASCII ones.
const FORMULA_TRIGGERS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
/// Where a spreadsheet may start a new cell when it splits a line itself: comma, semicolon
/// (European locales), tab, and a line break inside the cell (a new row when pasted or split).
const CELL_SEPARATORS: [char; 5] = [',', ';', '\t', '\r', '\n'];

/// A CSV cell, per OWASP's advice on CSV injection: always quoted (embedded quotes doubled), and
/// every place a spreadsheet could start a formula neutralised with an apostrophe: the start of
/// the cell, and after any separator a spreadsheet might split on (`,` `;` TAB, line breaks),
/// whitespace (NBSP, U+3000, …) and invisible characters skipped.
pub fn csv_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    out.push('"');
    let mut at_cell_start = true;
    for c in text.chars() {
        if at_cell_start && FORMULA_TRIGGERS.contains(&c) {
            out.push('\'');
        }
        match c {
            '"' => out.push_str("\"\""),
            c => out.push(c),
        }
        at_cell_start =
            CELL_SEPARATORS.contains(&c) || (at_cell_start && (c.is_whitespace() || is_hidden(c)));
    }
    out.push('"');
    out
}

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
    fn formulas_are_neutralised_and_every_cell_quoted() {
        let table = [
            ("plain", "\"plain\""),
            ("", "\"\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "\"'+1\""),
            ("-1", "\"'-1\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\t=1", "\"'\t'=1\""),
            ("  =1+1", "\"  '=1+1\""),
            ("a,b", "\"a,b\""),
            ("note;=cmd|' /C calc'!A0", "\"note;'=cmd|' /C calc'!A0\""),
            ("note; @SUM(1)", "\"note; '@SUM(1)\""),
            ("a,-2", "\"a,'-2\""),
            ("x\t+1", "\"x\t'+1\""),
            ("a=b", "\"a=b\""),
            ("::1", "\"::1\""),
            // Issue 23 item 14.
            ("note\n=HYPERLINK(\"x\")", "\"note\n'=HYPERLINK(\"\"x\"\")\""),
            ("note\r\n+1", "\"note\r\n'+1\""),
            ("a\r@SUM(1)", "\"a\r'@SUM(1)\""),
            ("\r=1", "\"'\r'=1\""),
            ("＝1+1", "\"'＝1+1\""),
            ("＋1", "\"'＋1\""),
            ("－1", "\"'－1\""),
            ("＠SUM(A1)", "\"'＠SUM(A1)\""),
            ("\u{a0}=1", "\"\u{a0}'=1\""),
            ("\u{3000}=1", "\"\u{3000}'=1\""),
            ("\u{2003}\u{200b}=1", "\"\u{2003}\u{200b}'=1\""),
            ("x;\u{a0}＝1", "\"x;\u{a0}'＝1\""),
            ("a\u{a0}=b", "\"a\u{a0}=b\""),
        ];
        for (text, expected) in table {
            assert_eq!(csv_cell(text), expected, "{text:?}");
        }
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
