//! The client commands with `--servers FILE --server NAME|all`: per-server keys from
//! PLESK_KEY_<NAME> or --key-dir, the merged list, and a partial failure (exit code 5).

mod support;

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;
use support::*;

fn table(name: &str, url: &str) -> String {
    format!("[[server]]\nname = \"{name}\"\nurl = \"{url}\"\ntimeout = 5\n\n")
}

#[test]
fn list_all_merges_names_each_failed_server_and_exits_5() {
    let fleet = Serve::start(&["--sandbox-servers", "eu1,us-1", "--sandbox-admin-key", ADMIN_KEY]);
    let dir = fresh_folder("cli-fleet-merge");
    let servers = dir.join("servers.toml");
    let base = fleet.base();
    let text = table("eu1", &format!("{base}/servers/eu1"))
        + &table("us-1", &format!("{base}/servers/us-1"))
        + &table("dead", "http://127.0.0.1:9");
    std::fs::write(&servers, text).unwrap();
    let file = servers.to_str().unwrap();
    let keys = [("PLESK_KEY_EU1", ADMIN_KEY), ("PLESK_KEY_US_1", ADMIN_KEY), ("PLESK_KEY_DEAD", "dead-key")];

    let (code, out, err) = cli(
        &["create", "--servers", file, "--server", "us-1", "--description", "only on us-1", "--json"],
        &keys,
        None,
    );
    assert_eq!(code, 0, "{err}");
    let created: Value = serde_json::from_str(&out).unwrap();
    let value = created["key"].as_str().unwrap().to_owned();

    let (code, out, err) = cli(&["list", "--servers", file, "--server", "all", "--json"], &keys, None);
    assert_eq!(code, 5, "one server failed: {err}");
    let rows: Vec<Value> = serde_json::from_str(&out).expect("what did answer is printed");
    let seen: Vec<(&str, &str)> = rows
        .iter()
        .map(|row| (row["server"].as_str().unwrap(), row["description"].as_str().unwrap()))
        .collect();
    assert_eq!(
        seen,
        [
            ("eu1", "Sandbox administrator key"),
            ("us-1", "Sandbox administrator key"),
            ("us-1", "only on us-1")
        ]
    );
    assert!(err.contains("server dead: ") && err.contains("1 of 3 servers failed (dead)"), "{err}");
    for secret in [ADMIN_KEY, "dead-key", value.as_str()] {
        assert!(!out.contains(secret) && !err.contains(secret), "{secret}");
    }

    // Keys from files in --key-dir, refused when others may read them.
    let two = dir.join("two.toml");
    std::fs::write(
        &two,
        table("eu1", &format!("{base}/servers/eu1")) + &table("us-1", &format!("{base}/servers/us-1")),
    )
    .unwrap();
    let keys_dir = dir.join("keys");
    std::fs::create_dir_all(&keys_dir).unwrap();
    for name in ["eu1", "us-1"] {
        let key = keys_dir.join(format!("{name}.key"));
        std::fs::write(&key, format!("{ADMIN_KEY}\n")).unwrap();
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let two_file = two.to_str().unwrap();
    let key_dir = keys_dir.to_str().unwrap();
    let (code, out, err) =
        cli(&["list", "--servers", two_file, "--server", "all", "--key-dir", key_dir], &[], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Server  ID"), "{out}");
    assert!(out.lines().any(|line| line.starts_with("us-1") && line.contains("only on us-1")), "{out}");
    // A key found on the servers that know it; one key made per server, each shown once.
    let (code, out, err) = cli(
        &["info", "-", "--servers", two_file, "--server", "all", "--key-dir", key_dir],
        &[],
        Some(&value),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines().nth(1).is_some_and(|row| row.starts_with("us-1") && row.contains("only on us-1")),
        "{out}"
    );
    assert!(err.contains("found on us-1"), "{err}");
    let (code, out, err) =
        cli(&["create", "--servers", two_file, "--server", "all", "--key-dir", key_dir, "--json"], &[], None);
    assert_eq!(code, 0, "{err}");
    let made: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(
        made.iter().map(|entry| entry["server"].as_str().unwrap()).collect::<Vec<_>>(),
        ["eu1", "us-1"]
    );
    let (code, out, err) =
        cli(&["create", "--servers", file, "--server", "all", "--description", "every"], &keys, None);
    assert_eq!(code, 5, "{err}");
    assert!(
        out.lines().any(|line| line.starts_with("eu1=")) && out.lines().any(|line| line.starts_with("us-1="))
    );
    assert!(err.contains("server dead: ") && err.contains("no key was made there"), "{err}");
    let (code, _, err) =
        cli(&["info", "999999", "--servers", two_file, "--server", "all", "--key-dir", key_dir], &[], None);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("key 999999: found on no server"), "{err}");
    std::fs::set_permissions(keys_dir.join("us-1.key"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, _, err) =
        cli(&["list", "--servers", two_file, "--server", "us-1", "--key-dir", key_dir], &[], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("us-1.key may be read by group or others: chmod 600"), "{err}");

    // Usage errors: which server, unknown names, a missing key, all with one-server commands.
    let usage = [
        (vec!["list", "--servers", file], "names 3 servers: pick one with --server NAME"),
        (vec!["list", "--servers", file, "--server", "asia1"], "there is no server \"asia1\""),
        (vec!["delete", "1", "--servers", file, "--server", "all"], "delete and rotate act on one server"),
        (vec!["list", "--servers", file, "--server", "eu1", "--key-file", file], "--key-file holds one key"),
        (vec!["list", "--server", "eu1"], "--servers"),
    ];
    for (args, expected) in usage {
        let (code, _, err) = cli(&args, &keys, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    let (code, _, err) =
        cli(&["list", "--servers", file, "--server", "eu1"], &[("PLESK_KEY", ADMIN_KEY)], None);
    assert_eq!(code, 2, "never another server's key: {err}");
    assert!(err.contains("no key for server eu1") && err.contains("PLESK_KEY_EU1"), "{err}");

    let (code, out, err) = cli(&["list", "--servers", file, "--server", "all", "--dry-run"], &[], None);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("POST {base}/servers/us-1 (server us-1; nothing sent: --dry-run)")),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// A stand-in Plesk answering every request with `body` (status `status`).
async fn hostile(status: u16, body: &'static str) -> RecordingUpstream {
    RecordingUpstream::start(Reply {
        status,
        body,
        delay: std::time::Duration::ZERO,
        location: None,
        content_type: "text/xml",
    })
    .await
}

/// The characters a hostile Plesk may hide in its text: C1 controls, CR/LF, bidi overrides,
/// isolates and marks, zero-width characters.
const HIDDEN: [char; 12] = [
    '\u{9b}', '\r', '\u{1b}', '\u{202e}', '\u{202a}', '\u{2066}', '\u{200e}', '\u{61c}', '\u{200b}',
    '\u{200d}', '\u{2060}', '\u{feff}',
];

/// Issue 23, item 6: a compromised Plesk's "new key" forging a `NAME=value` line is refused (the
/// value withheld); the other server's key is still printed, and nothing hidden reaches stdout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_on_all_servers_refuses_a_hostile_new_key_unprinted() {
    let evil = hostile(200, "<packet version=\"1.6.9.1\"><secret_key><create><result><status>ok</status><key>abc&#x9b;2J&#13;us1=&#x202e;FAKE&#10;x</key></result></create></secret_key></packet>").await;
    let good = hostile(200, "<packet version=\"1.6.9.1\"><secret_key><create><result><status>ok</status><key>e4b01d73-7368-64a6-0515-9fa8fc1d3a78</key></result></create></secret_key></packet>").await;
    let dir = fresh_folder("cli-fleet-hostile-create");
    let servers = dir.join("servers.toml");
    std::fs::write(&servers, table("eu1", &evil.url()) + &table("us1", &good.url())).unwrap();
    let file = servers.to_str().unwrap().to_owned();
    let keys = [("PLESK_KEY_EU1", ADMIN_KEY), ("PLESK_KEY_US1", ADMIN_KEY)];
    for json in [false, true] {
        let mut args = vec!["create", "--servers", file.as_str(), "--server", "all"];
        if json {
            args.push("--json");
        }
        let (code, out, err) = tokio::task::block_in_place(|| cli(&args, &keys, None));
        assert_eq!(code, 5, "{out}{err}");
        assert!(out.contains("e4b01d73-7368-64a6-0515-9fa8fc1d3a78"), "the good server's key: {out}");
        for text in [&out, &err] {
            assert!(!text.contains("FAKE") && !text.contains("us1=\u{202e}"), "{text:?}");
            assert!(!text.chars().any(|c| HIDDEN.contains(&c) && c != '\n'), "{text:?}");
        }
        assert!(err.contains("server eu1") && err.contains("not shaped like a key"), "{err}");
    }
}

/// Issue 23, item 6: tables and `--json` escape what Plesk hid in its text; JSON still reads
/// back as the very text Plesk sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables_and_json_escape_hidden_characters() {
    let body = "<packet version=\"1.6.9.1\"><secret_key><get_info><result><status>ok</status><key_info><key>7</key><ip_address>192.0.2.1</ip_address><description>us1=&#x202e;FAKE&#x9b;2J&#x200b;&#x2066;&#x200e;&#x61c;&#x200d;&#x2060;&#xfeff;&#x202a;</description><login>admin&#x200b;</login></key_info></result></get_info></secret_key></packet>";
    let upstream = hostile(200, body).await;
    let url = upstream.url();
    let env = [("PLESK_ENDPOINT", url.as_str()), ("PLESK_KEY", ADMIN_KEY)];
    let (code, table, err) = tokio::task::block_in_place(|| cli(&["list"], &env, None));
    assert_eq!(code, 0, "{err}");
    assert!(table.contains("admin\\u{200b}") && table.contains("\\u{202e}FAKE"), "{table}");
    let (code, json, err) = tokio::task::block_in_place(|| cli(&["list", "--json"], &env, None));
    assert_eq!(code, 0, "{err}");
    for text in [&table, &json] {
        assert!(!text.chars().any(|c| HIDDEN.contains(&c)), "{text:?}");
    }
    let rows: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows[0]["owner"], "admin\u{200b}", "JSON escapes, it does not change the text");
    assert_eq!(
        rows[0]["description"],
        "us1=\u{202e}FAKE\u{9b}2J\u{200b}\u{2066}\u{200e}\u{61c}\u{200d}\u{2060}\u{feff}\u{202a}"
    );
}

/// Issue 23, item 9: a non-XML error page quoted in the CLI's message carries no key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quoted_error_pages_and_error_texts_carry_no_key() {
    let page = hostile(
        500,
        "Internal error at https://plesk.internal/x: KEY e4b01d73-7368-64a6-0515-9fa8fc1d3a78 refused",
    )
    .await;
    let refusal = hostile(200, "<packet version=\"1.6.9.1\"><system><status>error</status><errcode>11003</errcode><errtext>PleskAPIInvalidSecretKeyException : key e4b01d73-7368-64a6-0515-9fa8fc1d3a78 is not found</errtext></system></packet>").await;
    for upstream in [&page, &refusal] {
        let url = upstream.url();
        let env = [("PLESK_ENDPOINT", url.as_str()), ("PLESK_KEY", ADMIN_KEY)];
        let (code, out, err) = tokio::task::block_in_place(|| cli(&["list"], &env, None));
        assert_ne!(code, 0, "{out}");
        assert!(err.contains("[redacted key]"), "{err}");
        for fragment in ["e4b01d73", "7368-64a6", "9fa8fc1d3a78"] {
            assert!(!err.contains(fragment) && !out.contains(fragment), "{err}");
        }
    }
}
