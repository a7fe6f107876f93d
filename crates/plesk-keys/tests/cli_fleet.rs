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
