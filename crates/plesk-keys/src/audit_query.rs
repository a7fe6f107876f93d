//! `plesk-keys audit FILE`: reads the audit log `serve --audit-log` writes (one JSON object per
//! line) and shows the lines about a person, a server, a key or a time span — as a table for
//! people or as the lines themselves for scripts. A line that is not JSON is counted and said on
//! stderr, never guessed at; the lines around it are still shown.

use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

use crate::client::output::{json_text, printable, table};

/// `plesk-keys audit`.
#[derive(Args, Debug, Clone)]
pub struct AuditArgs {
    /// The audit log (`serve --audit-log FILE`); `-` reads standard input.
    pub file: PathBuf,
    /// Only lines about this person (their subject or name, any case).
    #[arg(long, value_name = "SUBJECT|NAME")]
    pub person: Option<String>,
    /// Only lines about this server (its name in the servers file).
    #[arg(long, value_name = "NAME")]
    pub server: Option<String>,
    /// Only lines naming this key: an ID, a fingerprint (`sha256:…` or its 12 hex digits), or a
    /// key value (turned into its fingerprint here; the log never holds values).
    #[arg(long, value_name = "ID|FINGERPRINT|VALUE")]
    pub key: Option<String>,
    /// Only lines at or after this UTC time: `2026-12-05` or `2026-12-05T14:30[:00]`.
    #[arg(long, value_name = "TIME", value_parser = check_time)]
    pub since: Option<String>,
    /// Only lines before this UTC time; a date alone includes that whole day.
    #[arg(long, value_name = "TIME", value_parser = check_time)]
    pub until: Option<String>,
    /// Print the matching lines as JSON (one per line) instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// A time as the log writes it, cut anywhere after the day: `YYYY-MM-DD[THH:MM[:SS]]`.
fn check_time(text: &str) -> Result<String, String> {
    let shape = "YYYY-MM-DDTHH:MM:SS";
    let text = text.trim();
    let fits = [10, 16, 19].contains(&text.len())
        && text.chars().zip(shape.chars()).all(|(c, s)| match s {
            'Y' | 'M' | 'D' | 'H' | 'S' => c.is_ascii_digit(),
            other => c == other,
        });
    if fits {
        Ok(text.to_owned())
    } else {
        Err(format!("{text:?} is not a UTC time: give 2026-12-05 or 2026-12-05T14:30 or 2026-12-05T14:30:00"))
    }
}

/// What to keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub person: Option<String>,
    pub server: Option<String>,
    /// An ID, or a fingerprint's 12 hex digits.
    pub key: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
}

fn is_fingerprint(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// How a key is named in the log: an ID as it is, anything else by its fingerprint.
fn key_as_logged(text: &str) -> String {
    let text = text.trim();
    let bare = text.strip_prefix("sha256:").unwrap_or(text);
    if plesk_xmlapi::contract::is_key_id(bare) || is_fingerprint(bare) {
        bare.to_ascii_lowercase()
    } else {
        crate::serve::fingerprint(bare)
    }
}

fn text<'a>(line: &'a Value, field: &str) -> &'a str {
    line.get(field).and_then(Value::as_str).unwrap_or_default()
}

fn texts(line: &Value, field: &str) -> Vec<String> {
    line.get(field)
        .and_then(Value::as_array)
        .map(|items| {
            items.iter().map(|item| item.as_str().map_or_else(|| item.to_string(), str::to_owned)).collect()
        })
        .unwrap_or_default()
}

impl AuditFilter {
    pub fn from_args(args: &AuditArgs) -> Self {
        AuditFilter {
            person: args.person.clone(),
            server: args.server.clone(),
            key: args.key.as_deref().map(key_as_logged),
            since: args.since.clone(),
            until: args.until.clone(),
        }
    }

    /// Whether `line` (one parsed log line) is kept.
    pub fn keeps(&self, line: &Value) -> bool {
        let time = text(line, "time");
        if self.since.as_deref().is_some_and(|since| time < since) {
            return false;
        }
        if self.until.as_deref().is_some_and(|until| time >= until && !time.starts_with(until)) {
            return false;
        }
        if self.server.as_deref().is_some_and(|server| text(line, "server") != server) {
            return false;
        }
        if let Some(person) = &self.person {
            let who = line.get("person");
            let named = |field: &str| {
                who.and_then(|who| who.get(field))
                    .and_then(Value::as_str)
                    .is_some_and(|name| name.eq_ignore_ascii_case(person))
            };
            if !named("subject") && !named("name") {
                return false;
            }
        }
        if let Some(key) = &self.key {
            let named = ["keys", "created", "deleted"]
                .iter()
                .flat_map(|field| texts(line, field))
                .any(|logged| logged.strip_prefix("sha256:").unwrap_or(&logged).eq_ignore_ascii_case(key));
            if !named {
                return false;
            }
        }
        true
    }
}

/// The kept lines of a log's `text`, and the numbers of the lines that are not JSON objects.
pub fn read_log(text: &str, filter: &AuditFilter) -> (Vec<Value>, Vec<usize>) {
    let mut kept = Vec::new();
    let mut unreadable = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(value) if value.is_object() => {
                if filter.keeps(&value) {
                    kept.push(value);
                }
            }
            _ => unreadable.push(index + 1),
        }
    }
    (kept, unreadable)
}

/// The kept lines as a table: time, person, server, operations, decision, outcome.
pub fn audit_table(lines: &[Value]) -> String {
    let rows = lines
        .iter()
        .map(|line| {
            let person = line
                .get("person")
                .and_then(|who| who.get("name").or_else(|| who.get("subject")))
                .and_then(Value::as_str)
                .unwrap_or("-");
            let decision = match (text(line, "decision"), text(line, "reason")) {
                ("", _) => "-".to_owned(),
                (decision, "") => decision.to_owned(),
                (decision, reason) => format!("{decision} ({reason})"),
            };
            let codes = texts(line, "codes").join(",");
            let outcome = if codes.is_empty() {
                text(line, "outcome").to_owned()
            } else {
                format!("{} {codes}", text(line, "outcome"))
            };
            [
                text(line, "time").to_owned(),
                person.to_owned(),
                text(line, "server").to_owned(),
                texts(line, "operations").join(" "),
                decision,
                outcome,
            ]
            .map(|cell| printable(&cell))
            .to_vec()
        })
        .collect();
    table(&["Time", "Person", "Server", "Operations", "Decision", "Outcome"], rows)
}

/// Runs `plesk-keys audit`: 0 with lines shown (or none matching), 2 when the log cannot be read.
pub fn run(args: &AuditArgs) -> u8 {
    let read = if args.file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(&args.file)
    };
    let text = match read {
        Ok(text) => text,
        Err(error) => {
            eprintln!("plesk-keys audit: cannot read {}: {error}", args.file.display());
            return 2;
        }
    };
    let (kept, unreadable) = read_log(&text, &AuditFilter::from_args(args));
    if !unreadable.is_empty() {
        let shown: Vec<String> = unreadable.iter().take(10).map(usize::to_string).collect();
        let more = if unreadable.len() > 10 { ", …" } else { "" };
        eprintln!(
            "plesk-keys audit: {} line(s) are not audit lines and were skipped (line {}{more})",
            unreadable.len(),
            shown.join(", ")
        );
    }
    if args.json {
        for line in &kept {
            println!("{}", json_text(line));
        }
    } else if kept.is_empty() {
        eprintln!("plesk-keys audit: no line matches");
    } else {
        print!("{}", audit_table(&kept));
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = r#"{"time":"2026-12-05T09:00:00.000Z","server":"eu1","person":{"subject":"ana","name":"Ana@Example.com","via":"forward-auth"},"role":"owner","rule":1,"decision":"allowed","reason":null,"operations":["create"],"keys":[],"created":["3f9c0e1b77aa"],"deleted":[],"outcome":"ok","codes":[]}
not json at all
{"time":"2026-12-05T23:59:59.999Z","server":"us1","person":{"subject":"sam","name":"sam","via":"forward-auth"},"role":"viewer","rule":3,"decision":"refused","reason":"read-only","operations":["delete"],"keys":["17"],"created":[],"deleted":[],"outcome":"ok","codes":[1006]}
{"time":"2026-12-06T00:00:00.000Z","server":"eu1","credential":"key:abc","operations":["get_info"],"keys":["sha256:0123456789ab"],"created":[],"deleted":[],"outcome":"ok","codes":[]}
"#;

    fn kept(filter: AuditFilter) -> Vec<String> {
        let (lines, unreadable) = read_log(LOG, &filter);
        assert_eq!(unreadable, [2]);
        lines.iter().map(|line| text(line, "time").to_owned()).collect()
    }

    #[test]
    fn filters_by_person_server_key_and_time() {
        assert_eq!(kept(AuditFilter::default()).len(), 3);
        let ana = AuditFilter { person: Some("ana@example.com".into()), ..AuditFilter::default() };
        assert_eq!(kept(ana), ["2026-12-05T09:00:00.000Z"]);
        let eu1 = AuditFilter { server: Some("eu1".into()), ..AuditFilter::default() };
        assert_eq!(kept(eu1).len(), 2);
        let key17 = AuditFilter { key: Some(key_as_logged("17")), ..AuditFilter::default() };
        assert_eq!(kept(key17), ["2026-12-05T23:59:59.999Z"]);
        let fingerprint =
            AuditFilter { key: Some(key_as_logged("sha256:0123456789AB")), ..AuditFilter::default() };
        assert_eq!(kept(fingerprint), ["2026-12-06T00:00:00.000Z"]);
        let created = AuditFilter { key: Some(key_as_logged("3f9c0e1b77aa")), ..AuditFilter::default() };
        assert_eq!(kept(created).len(), 1);
        let day = AuditFilter {
            since: Some("2026-12-05".into()),
            until: Some("2026-12-05".into()),
            ..AuditFilter::default()
        };
        assert_eq!(kept(day).len(), 2, "a date alone is the whole day");
        let evening = AuditFilter { since: Some("2026-12-05T12:00".into()), ..AuditFilter::default() };
        assert_eq!(kept(evening).len(), 2);
    }

    #[test]
    fn a_key_value_is_looked_for_by_its_fingerprint() {
        let value = "6f1e3c2a-9b7d-4e5f-8a1b-2c3d4e5f6a7b";
        assert_eq!(key_as_logged(value), crate::serve::fingerprint(value));
        assert_eq!(key_as_logged(" 17 "), "17");
    }

    #[test]
    fn times_are_checked_and_the_table_names_each_decision() {
        assert!(check_time("2026-12-05T14:30").is_ok());
        for bad in ["yesterday", "2026-12-5", "2026-12-05 14:30", "2026-12-05T14"] {
            assert!(check_time(bad).is_err(), "{bad}");
        }
        let (lines, _) = read_log(LOG, &AuditFilter::default());
        let shown = audit_table(&lines);
        assert!(shown.contains("refused (read-only)") && shown.contains("Ana@Example.com"), "{shown}");
        assert!(shown.contains("ok 1006"), "{shown}");
    }
}
