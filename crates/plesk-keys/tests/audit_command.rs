//! `plesk-keys audit FILE`: the audit log read back by person, server, key and time.

use std::process::Command;

const BINARY: &str = env!("CARGO_BIN_EXE_plesk-keys");

const LOG: &str = r#"{"time":"2026-12-05T09:00:00.000Z","client":"127.0.0.1","server":"eu1","person":{"subject":"ana","name":"ana@example.com","via":"forward-auth"},"role":"owner","rule":1,"decision":"allowed","reason":null,"credential":"key:0123456789ab","operations":["create"],"creates":[{"owner":"jdoe","addresses":["192.0.2.1"]}],"keys":[],"created":["3f9c0e1b77aa"],"deleted":[],"found":0,"status":200,"outcome":"ok","codes":[],"duration_ms":3}
{"time":"2026-12-05T09:01:00.000Z","client":"127.0.0.1","server":"us1","person":{"subject":"ana","name":"ana@example.com","via":"forward-auth"},"role":"owner","rule":1,"decision":"refused","reason":"key-out-of-scope","credential":"key:0123456789ab","operations":["delete"],"creates":[],"keys":["17"],"created":[],"deleted":[],"found":0,"status":200,"outcome":"ok","codes":[1006,1013],"duration_ms":2}
{"time":"2026-12-05T10:00:00.000Z","client":"127.0.0.1","server":"eu1","person":{"subject":"sam","name":"sam@example.com","via":"forward-auth"},"role":"viewer","rule":3,"decision":"allowed","reason":null,"credential":"key:0123456789ab","operations":["get_info"],"creates":[],"keys":["all"],"created":[],"deleted":[],"found":4,"status":200,"outcome":"ok","codes":[],"duration_ms":1}
"#;

fn log_file(name: &str) -> std::path::PathBuf {
    let file = std::env::temp_dir().join(format!("pkp-audit-command-{name}-{}.log", std::process::id()));
    std::fs::write(&file, LOG).unwrap();
    file
}

fn audit(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(BINARY).arg("audit").args(args).output().expect("plesk-keys runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn lines_about_a_person_a_server_a_key_or_a_time() {
    let file = log_file("filters");
    let path = file.to_str().unwrap();
    let (code, table, _) = audit(&[path, "--person", "ana@example.com"]);
    assert_eq!(code, 0);
    assert_eq!(table.lines().count(), 3, "a header and Ana's two lines: {table}");
    assert!(table.contains("refused (key-out-of-scope)"), "{table}");
    let (_, json, _) = audit(&[path, "--server", "eu1", "--json"]);
    let subjects: Vec<String> = json
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["person"]["subject"].to_string())
        .collect();
    assert_eq!(subjects, ["\"ana\"", "\"sam\""]);
    let (_, by_key, _) = audit(&[path, "--key", "17", "--json"]);
    assert_eq!(by_key.lines().count(), 1);
    let (_, created, _) = audit(&[path, "--key", "sha256:3f9c0e1b77aa", "--json"]);
    assert_eq!(created.lines().count(), 1);
    let (_, late, _) = audit(&[path, "--since", "2026-12-05T09:30", "--json"]);
    assert_eq!(late.lines().count(), 1);
}

#[test]
fn bad_input_is_said_plainly() {
    let (code, _, error) = audit(&["/nonexistent/audit.log"]);
    assert_eq!(code, 2);
    assert!(error.contains("cannot read /nonexistent/audit.log"), "{error}");
    let (code, _, error) = audit(&[log_file("time").to_str().unwrap(), "--since", "yesterday"]);
    assert_eq!(code, 2);
    assert!(error.contains("is not a UTC time"), "{error}");
    let mixed = std::env::temp_dir().join(format!("pkp-audit-command-mixed-{}.log", std::process::id()));
    std::fs::write(&mixed, format!("garbage\n{LOG}")).unwrap();
    let (code, table, error) = audit(&[mixed.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(table.lines().count(), 4);
    assert!(error.contains("1 line(s) are not audit lines and were skipped (line 1)"), "{error}");
}
