//! `plesk-keys report` end to end against `serve --sandbox-servers` (issue 27): each finding
//! appears for a key that has it and not for one that has not — including a customer disabled
//! after its key was made —, `--fail-on danger` exits 1 on a fleet with a danger finding and 0
//! once it is fixed, and the CSV and JSON carry the same rows.

mod support;

use serde_json::Value;
use support::*;

fn table(name: &str, url: &str) -> String {
    format!("[[server]]\nname = \"{name}\"\nurl = \"{url}\"\ntimeout = 5\n\n")
}

/// The sandbox's accounts: the administrator, a reseller, and jdoe (active or disabled) and ann,
/// customers.
fn accounts(jdoe_active: bool) -> String {
    format!(
        r#"{{"accounts": [
  {{"login": "admin", "password": "admin-password-1", "role": "administrator"}},
  {{"login": "reseller1", "password": "reseller-password-1", "role": "reseller", "api_access": true}},
  {{"login": "jdoe", "password": "jdoe-password-1", "role": "customer", "owner": "reseller1", "active": {jdoe_active}}},
  {{"login": "ann", "password": "ann-password-1", "role": "customer"}},
  {{"login": "leaver", "password": "leaver-password-1", "role": "customer"}}
]}}"#
    )
}

fn start(dir: &std::path::Path, jdoe_active: bool, without_leaver: bool) -> Serve {
    let mut data = accounts(jdoe_active);
    if without_leaver {
        data = data.replace(
            ",\n  {\"login\": \"leaver\", \"password\": \"leaver-password-1\", \"role\": \"customer\"}",
            "",
        );
        assert!(!data.contains("leaver"));
    }
    let file = dir.join(format!("accounts-{jdoe_active}-{without_leaver}.json"));
    std::fs::write(&file, data).unwrap();
    Serve::start(&[
        "--sandbox-servers",
        "eu1,us1",
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--sandbox-data",
        file.to_str().unwrap(),
        "--sandbox-state",
        dir.join("state.json").to_str().unwrap(),
    ])
}

/// Each row's (server, ID) → its finding codes.
fn findings_of(rows: &[Value]) -> Vec<(String, String, Vec<String>)> {
    rows.iter()
        .map(|row| {
            let codes =
                row["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_owned());
            (
                row["server"].as_str().unwrap().to_owned(),
                row["description"].as_str().unwrap().to_owned(),
                codes.collect(),
            )
        })
        .collect()
}

fn codes_for<'a>(rows: &'a [(String, String, Vec<String>)], server: &str, description: &str) -> &'a [String] {
    &rows
        .iter()
        .find(|(s, d, _)| s == server && d == description)
        .unwrap_or_else(|| panic!("{server} {description}: {rows:?}"))
        .2
}

#[test]
fn every_finding_for_the_key_that_has_it_and_fail_on_danger() {
    let dir = fresh_folder("report");
    let fleet = start(&dir, true, false);
    let servers = dir.join("servers.toml");
    let base = fleet.base();
    std::fs::write(
        &servers,
        table("eu1", &format!("{base}/servers/eu1")) + &table("us1", &format!("{base}/servers/us1")),
    )
    .unwrap();
    let file = servers.to_str().unwrap();
    let keys = [("PLESK_KEY_EU1", ADMIN_KEY), ("PLESK_KEY_US1", ADMIN_KEY)];
    let create = |server: &str, ip: &str, description: &str, login: &str| {
        let mut args = vec!["create", "--servers", file, "--server", server, "--description", description];
        if !ip.is_empty() {
            args.extend(["--ip", ip]);
        }
        if !login.is_empty() {
            args.extend(["--login", login]);
        }
        let (code, _, err) = cli(&args, &keys, None);
        assert_eq!(code, 0, "{description}: {err}");
    };
    create("eu1", "192.0.2.10", "healthy", "jdoe");
    create("eu1", "192.0.2.11", "will lose its owner", "leaver");
    create("eu1", "192.0.2.12", "its owner is disabled later", "jdoe");
    create("eu1", "10.0.0.5,203.0.113.9,8.8.8.8", "one public among private", "ann");
    create("eu1", "192.0.2.20", "rotated", "ann");
    create("eu1", "192.0.2.20", "rotated twin", "ann");
    create("us1", "192.0.2.30", "", "ann");
    create("us1", "198.51.100.7", "through the gateway", "ann");

    let report = |extra: &[&str]| {
        let mut args = vec!["report", "--servers", file, "--server", "all"];
        args.extend_from_slice(extra);
        cli(&args, &keys, None)
    };
    let (code, out, err) = report(&["--format", "json", "--service-address", "198.51.100.7"]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    let found = findings_of(&rows);
    assert!(codes_for(&found, "eu1", "healthy").is_empty(), "{found:?}");
    assert!(codes_for(&found, "eu1", "its owner is disabled later").is_empty(), "{found:?}");
    assert_eq!(codes_for(&found, "eu1", "one public among private"), ["public-among-private"]);
    assert_eq!(codes_for(&found, "eu1", "rotated"), ["twins"]);
    assert_eq!(codes_for(&found, "us1", ""), ["no-description"]);
    assert_eq!(codes_for(&found, "us1", "through the gateway"), ["service-address"]);
    // Each sandbox's administrator key is bound to loopback: the Plesk server's own address.
    assert_eq!(codes_for(&found, "eu1", "Sandbox administrator key"), ["service-address"]);
    let jdoe = rows.iter().find(|row| row["description"] == "healthy").unwrap();
    assert_eq!(jdoe["owner_status"], "active");
    let (code, _, err) = report(&["--fail-on", "danger"]);
    assert_eq!(code, 0, "no danger yet: {err}");
    let (code, _, _) = report(&["--fail-on", "warning"]);
    assert_eq!(code, 1, "warnings exist");
    drop(fleet);

    // The administrator disables jdoe and removes the leaver in Plesk; the keys stay.
    let fleet = start(&dir, false, true);
    let base = fleet.base();
    std::fs::write(
        &servers,
        table("eu1", &format!("{base}/servers/eu1")) + &table("us1", &format!("{base}/servers/us1")),
    )
    .unwrap();
    let (code, out, err) = report(&["--format", "json", "--fail-on", "danger"]);
    assert_eq!(code, 1, "a missing owner is a danger: {err}");
    assert!(err.contains("1 key with a danger finding or worse"), "{err}");
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    let found = findings_of(&rows);
    assert_eq!(codes_for(&found, "eu1", "will lose its owner"), ["owner-missing"]);
    assert_eq!(codes_for(&found, "eu1", "its owner is disabled later"), ["owner-inactive"]);
    let disabled = rows.iter().find(|row| row["description"] == "its owner is disabled later").unwrap();
    assert_eq!(disabled["owner_status"], "disabled by the administrator");
    assert!(
        codes_for(&found, "eu1", "one public among private") == ["public-among-private"],
        "others unchanged"
    );

    // Fixed: the orphaned key deleted; --fail-on danger passes again.
    let orphan = rows.iter().find(|row| row["description"] == "will lose its owner").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (code, _, err) = cli(&["delete", &orphan, "--servers", file, "--server", "eu1"], &keys, None);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = report(&["--fail-on", "danger"]);
    assert_eq!(code, 0, "fixed: {err}");

    // The table names every finding below it; the CSV is quoted and neutralised like the export.
    let (_, table_out, _) = report(&[]);
    assert!(table_out.starts_with("Server  ID"), "{table_out}");
    assert!(
        table_out.contains("Its owner jdoe is not active (disabled by the administrator)."),
        "{table_out}"
    );
    let (_, csv, _) = report(&["--format", "csv"]);
    assert!(csv.starts_with("\"Server\",\"ID\",\"Owner\",\"Owner status\""), "{csv}");
    assert_eq!(csv.matches("\r\n").count(), rows.len(), "a header and one line per key (the orphan is gone)");
    assert!(!csv.contains(ADMIN_KEY) && !table_out.contains(ADMIN_KEY), "no key value is ever printed");
}

/// A Plesk that answers the owner look-ups with something unreadable (here: the key list again):
/// the keys are all reported, the owners' status says "unknown" and no owner finding is made
/// up; stderr says why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_owner_lookup_that_fails_leaves_the_status_unknown_not_the_keys_hidden() {
    let plesk = RecordingUpstream::start(Reply {
        status: 200,
        body: "<packet version=\"1.6.9.1\"><secret_key><get_info><result><status>ok</status><key_info><key>4</key><ip_address>192.0.2.4</ip_address><description>shop</description><login>jdoe</login></key_info></result></get_info></secret_key></packet>",
        delay: std::time::Duration::ZERO,
        location: None,
        content_type: "text/xml",
    })
    .await;
    let endpoint = plesk.url();
    let run = tokio::task::spawn_blocking(move || {
        cli(
            &["report", "--endpoint", &endpoint, "--json", "--fail-on", "danger"],
            &[("PLESK_KEY", ADMIN_KEY)],
            None,
        )
    });
    let (code, out, err) = run.await.unwrap();
    assert_eq!(code, 0, "nothing is made up from a failed look-up: {err}");
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(rows[0]["owner_status"], "unknown");
    assert!(rows[0]["findings"].as_array().unwrap().is_empty(), "{out}");
    assert!(err.contains("the owners' status is unknown"), "{err}");
    assert_eq!(plesk.seen.lock().unwrap().len(), 3, "one key list and two owner packets");
}
