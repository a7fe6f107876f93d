//! The client commands against a sandbox server: output, JSON, exit codes, credentials.

mod support;

use support::*;

fn env<'a>(server: &'a Serve, endpoint: &'a str) -> Vec<(&'a str, &'a str)> {
    let _ = server;
    vec![("PLESK_ENDPOINT", endpoint), ("PLESK_KEY", ADMIN_KEY)]
}

#[test]
fn list_create_info_rotate_delete_with_exit_codes() {
    let server = Serve::start(&["--sandbox-admin-key", ADMIN_KEY, "--quiet"]);
    let base = server.base();
    let env = env(&server, &base);

    let (code, out, err) = cli(
        &["create", "--ip", "127.0.0.1", "--description", "ci bot", "--login", "jdoe", "--json"],
        &env,
        None,
    );
    assert_eq!(code, 0, "{err}");
    let created: serde_json::Value = serde_json::from_str(&out).unwrap();
    let value = created["key"].as_str().unwrap().to_owned();
    assert_eq!(value.len(), 36);
    assert_eq!((created["owner"].as_str(), created["description"].as_str()), (Some("jdoe"), Some("ci bot")));
    let id = created["id"].as_str().unwrap().to_owned();

    let (code, out, _) = cli(&["list"], &env, None);
    assert_eq!(code, 0);
    assert!(out.starts_with("ID  IP addresses") && out.contains("ci bot") && !out.contains(&value), "{out}");

    let (code, out, err) = cli(&["info", "-", "--json"], &env, Some(&format!("{value}\nmissing\n")));
    assert_eq!(code, 3, "one key was not found");
    let found: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(found[0]["id"].as_str(), Some(id.as_str()));
    assert!(err.contains("1013") && !err.contains("warning"), "{err}");

    let (_, _, err) = cli(&["info", &value], &env, None);
    assert!(err.contains("visible to other users"), "values in arguments draw a warning: {err}");

    let (code, out, err) = cli(&["rotate", &id, "--json"], &env, None);
    assert_eq!(code, 0, "{err}");
    let rotated: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((rotated["owner"].as_str(), rotated["description"].as_str()), (Some("jdoe"), Some("ci bot")));
    let (_, out, _) = cli(&["info", &id, "--json"], &env, None);
    assert_eq!(out.trim(), "[]", "the old key is gone");

    let new_id = rotated["id"].as_str().unwrap().to_owned();
    let (code, out, _) = cli(&["delete", &new_id, "999999"], &env, None);
    assert_eq!(code, 3);
    assert!(out.contains(&format!("deleted key {new_id}")), "{out}");
}

#[test]
fn usage_errors_and_transport_errors_have_their_codes() {
    let server = Serve::start(&["--sandbox-admin-key", ADMIN_KEY, "--quiet"]);
    let base = server.base();
    let env = env(&server, &base);
    assert_eq!(cli(&["delete"], &env, None).0, 2, "delete refuses to run with no key");
    assert_eq!(cli(&["delete", "-"], &env, Some(" \n ")).0, 2, "an empty list from stdin is refused too");
    assert_eq!(cli(&["create", "--ip", "300.0.0.1"], &env, None).0, 2);
    assert_eq!(cli(&["list"], &[("PLESK_ENDPOINT", &base)], None).0, 2, "no credential");
    assert_eq!(cli(&["list"], &[("PLESK_KEY", ADMIN_KEY)], None).0, 2, "no endpoint");
    let (code, _, err) = cli(&["list"], &[("PLESK_ENDPOINT", &base), ("PLESK_KEY", "wrong")], None);
    assert_eq!(code, 3);
    assert!(err.contains("11003"), "{err}");
    let (code, _, _) = cli(&["list"], &[("PLESK_ENDPOINT", "http://127.0.0.1:9"), ("PLESK_KEY", "k")], None);
    assert_eq!(code, 4);
}

#[test]
fn login_and_password_key_file_and_dry_run() {
    let server = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--sandbox-admin-password",
        "pw-for-tests",
        "--quiet",
    ]);
    let base = server.base();
    let with_login =
        [("PLESK_ENDPOINT", base.as_str()), ("PLESK_LOGIN", "admin"), ("PLESK_PASSWORD", "pw-for-tests")];
    let (code, out, err) = cli(&["list", "--json"], &with_login, None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Sandbox administrator key"));

    let file = std::env::temp_dir().join(format!("plesk-keys-key-file-{}", std::process::id()));
    std::fs::write(&file, format!("{ADMIN_KEY}\n")).unwrap();
    let (code, _, err) = cli(&["list", "--key-file", file.to_str().unwrap(), "--endpoint", &base], &[], None);
    std::fs::remove_file(&file).unwrap();
    assert_eq!(code, 0, "{err}");

    let (code, out, _) =
        cli(&["delete", "-", "--dry-run"], &[], Some("e4b01d73-7368-64a6-0515-9fa8fc1d3a78\n17\n"));
    assert_eq!(code, 0);
    assert!(
        out.contains("<key>17</key>") && out.contains("[redacted key]") && !out.contains("e4b01d73"),
        "{out}"
    );
}

/// A rotate whose create is refused (here 1015: the owner's account was disabled since) ends
/// with the error and the old key kept: it never retries without `login`, which would hand the
/// customer's key, with the same addresses, to the administrator.
#[test]
fn a_refused_rotate_keeps_the_old_key_and_never_changes_its_owner() {
    let folder = std::env::temp_dir().join(format!("plesk-keys-rotate-owner-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let accounts = |shop_active: bool| {
        let path = folder.join(format!("accounts-{shop_active}.json"));
        let data = serde_json::json!({"accounts": [
            {"login": "root", "password": "root-pw-for-tests", "role": "administrator"},
            {"login": "shop", "password": "shop-pw-for-tests", "role": "customer", "active": shop_active},
        ]});
        std::fs::write(&path, data.to_string()).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let state = folder.join("state.json");
    let state = state.to_str().unwrap();
    let start = |data: &str| {
        Serve::start(&[
            "--sandbox-admin-key",
            ADMIN_KEY,
            "--sandbox-data",
            data,
            "--sandbox-state",
            state,
            "--quiet",
        ])
    };

    let active = accounts(true);
    let server = start(&active);
    let base = server.base();
    let (code, out, err) =
        cli(&["create", "--ip", "192.0.2.7", "--login", "shop", "--json"], &env(&server, &base), None);
    assert_eq!(code, 0, "{err}");
    let id = serde_json::from_str::<serde_json::Value>(&out).unwrap()["id"].as_str().unwrap().to_owned();
    drop(server);

    let disabled = accounts(false);
    let server = start(&disabled);
    let base = server.base();
    let env = env(&server, &base);
    let (code, _, err) = cli(&["rotate", &id], &env, None);
    assert_eq!(code, 3, "the refused create is a Plesk error: {err}");
    assert!(err.contains("1015") && err.contains(&format!("the old key {id} was kept")), "{err}");
    let (code, out, err) = cli(&["list", "--json"], &env, None);
    assert_eq!(code, 0, "{err}");
    let keys: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let bound_to_the_address: Vec<_> =
        keys.iter().filter(|k| k["ip_addresses"].to_string().contains("192.0.2.7")).collect();
    assert_eq!(bound_to_the_address.len(), 1, "no twin was created for anyone else: {out}");
    assert_eq!(bound_to_the_address[0]["id"].as_str(), Some(id.as_str()));
    assert_eq!(bound_to_the_address[0]["owner"].as_str(), Some("shop"));
    drop(server);
    let _ = std::fs::remove_dir_all(&folder);
}

/// `--help` shows each command with exactly its own options: `serve` none of the client's
/// connection options, each client command all of them.
#[test]
fn each_command_shows_and_accepts_only_its_own_options() {
    let (code, serve_help, _) = cli(&["serve", "--help"], &[], None);
    assert_eq!(code, 0);
    for client_option in
        ["--endpoint", "--key-file", "--json", "--dry-run", "--ca", "--insecure", "--timeout"]
    {
        assert!(!serve_help.contains(client_option), "serve --help lists {client_option}:\n{serve_help}");
    }
    for command in ["list", "info", "create", "delete", "rotate"] {
        let (code, help, _) = cli(&[command, "--help"], &[], None);
        assert_eq!(code, 0);
        for client_option in ["--endpoint", "--key-file", "--json", "--dry-run", "--ca", "--timeout"] {
            assert!(help.contains(client_option), "{command} --help lacks {client_option}:\n{help}");
        }
        assert!(
            !help.contains("--listen") && !help.contains("--sandbox"),
            "{command} --help lists serve options"
        );
    }
    let (code, _, err) = cli(&["serve", "--json"], &[], None);
    assert_eq!(code, 2, "serve refuses a client option: {err}");
    assert!(err.contains("--json"), "{err}");
}

/// Credentials over plain http:// to another machine draw a warning; loopback does not.
#[test]
fn plain_http_to_another_machine_is_warned_about() {
    let env = [("PLESK_KEY", ADMIN_KEY)];
    let (_, _, err) = cli(&["list", "--endpoint", "http://plesk.invalid:8880", "--timeout", "2"], &env, None);
    assert!(err.contains("unencrypted"), "{err}");
    let (_, _, err) = cli(&["list", "--endpoint", "http://127.0.0.1:9", "--timeout", "2"], &env, None);
    assert!(!err.contains("unencrypted"), "{err}");
}
