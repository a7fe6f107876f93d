//! `serve --audit-log FILE`: one JSON line per agent request, from the sandbox and through the
//! gateway; never a key value or a password; reopened on SIGHUP.

mod support;

use std::path::Path;
use std::process::Command;

use plesk_xmlapi::{
    parse_response, CreateKey, IpList, KeyFilter, KeyList, Operation, OperationResponse, RequestPacket,
    ResponseBody,
};
use serde_json::Value;
use support::*;

const PASSWORD: &str = "audit-admin-pass-word-42";

fn all_lines(file: &Path) -> Vec<Value> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// The file's lines once it has `count` (the writer thread writes them a moment after the answer).
fn wait_for_lines(file: &Path, count: usize) -> Vec<Value> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let lines = all_lines(file);
        if lines.len() >= count || std::time::Instant::now() > deadline {
            return lines;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// One line per request: its outcome (a change's "sending" line, written before it was sent,
/// left out; `sent_first` checks those).
fn outcomes(lines: &[Value]) -> Vec<Value> {
    lines.iter().filter(|line| line["outcome"] != "sending").cloned().collect()
}

/// Every create and delete has its "sending" line before its outcome, with the same request.
fn sent_first(lines: &[Value]) {
    for (index, line) in lines.iter().enumerate() {
        let change = line["operations"].as_array().is_some_and(|ops| ops.iter().any(|op| op != "get_info"));
        if line["outcome"] != "sending" && change && line["status"] == 200 {
            let before = &lines[index - 1];
            assert_eq!(before["outcome"], "sending", "{before}");
            assert_eq!(before["status"], Value::Null);
            assert_eq!((&before["operations"], &before["creates"]), (&line["operations"], &line["creates"]));
        }
    }
}

fn create(ip: &str, login: &str) -> String {
    RequestPacket::new(Operation::Create(
        CreateKey::new(IpList::parse(ip).unwrap(), "audited", login).unwrap(),
    ))
    .to_xml()
}

fn lookup(keys: &str) -> String {
    RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(KeyList::parse(keys).unwrap()))).to_xml()
}

fn delete(keys: &str) -> String {
    RequestPacket::new(Operation::Delete(KeyList::parse(keys).unwrap())).to_xml()
}

fn new_key(body: &str) -> String {
    match parse_response(body).expect("a packet").body {
        ResponseBody::Operations(mut operations) => match operations.remove(0) {
            OperationResponse::Create(Ok(key)) => key.0,
            other => panic!("{other:?}"),
        },
        ResponseBody::System(error) => panic!("{error}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_request_is_a_line_without_any_secret() {
    let dir = fresh_folder("audit-secrets");
    let (sandbox_log, gateway_log) = (dir.join("sandbox.jsonl"), dir.join("gateway.jsonl"));
    let sandbox = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--sandbox-admin-password",
        PASSWORD,
        "--audit-log",
        sandbox_log.to_str().unwrap(),
    ]);
    let gateway = Serve::start(&[
        "--upstream",
        &sandbox.base(),
        "--trusted-proxy",
        "127.0.0.1",
        "--audit-log",
        gateway_log.to_str().unwrap(),
    ]);
    let agent = gateway.agent_url();
    let as_admin = [("KEY", ADMIN_KEY), ("X-Forwarded-For", "198.51.100.7")];

    let first = new_key(&post(&agent, &as_admin, &create("127.0.0.1", "")).await.body);
    let second = new_key(&post(&agent, &as_admin, &create("192.0.2.1,192.0.2.2", "jdoe")).await.body);
    let with_first = [("KEY", first.as_str())];
    let listed =
        post(&agent, &with_first, &RequestPacket::new(Operation::GetInfo(KeyFilter::All)).to_xml()).await;
    assert!(listed.body.contains("<status>ok</status>"), "the new key works: {}", listed.body);
    let found = post(&agent, &with_first, &lookup(&second)).await.body;
    let second_id =
        found.split("<key>").nth(1).and_then(|rest| rest.split("</key>").next()).unwrap().to_owned();
    let by_login = [("HTTP_AUTH_LOGIN", "admin"), ("HTTP_AUTH_PASSWD", PASSWORD)];
    assert!(post(&agent, &by_login, &lookup(&first)).await.body.contains("<status>ok</status>"));
    let wrong = [("HTTP_AUTH_LOGIN", "admin"), ("HTTP_AUTH_PASSWD", "not-the-pass-word")];
    assert!(post(&agent, &wrong, &lookup("1")).await.body.contains("1001"));
    let deleted = post(&agent, &as_admin, &delete(&format!("{second_id}\n{first}"))).await.body;
    assert_eq!(deleted.matches("<status>ok</status>").count(), 2, "{deleted}");
    assert!(post(&agent, &as_admin, &lookup(&second)).await.body.contains("1013"));

    let secrets = [ADMIN_KEY, PASSWORD, "not-the-pass-word", first.as_str(), second.as_str()];
    for file in [&gateway_log, &sandbox_log] {
        let lines = wait_for_lines(file, 11);
        let text = std::fs::read_to_string(file).unwrap();
        assert_eq!(
            lines.len(),
            11,
            "a line per request and one before each change in {}: {text}",
            file.display()
        );
        sent_first(&lines);
        for secret in secrets {
            assert!(!text.contains(secret), "{secret} in {}: {text}", file.display());
        }
    }

    let gateway_lines = outcomes(&all_lines(&gateway_log));
    let sandbox_lines = outcomes(&all_lines(&sandbox_log));
    let made = &gateway_lines[1];
    assert_eq!(made["client"], "198.51.100.7", "after --trusted-proxy");
    assert_eq!(sandbox_lines[1]["client"], "127.0.0.1", "the gateway, as the sandbox sees it");
    assert_eq!(made["server"], "default");
    assert_eq!(made["operations"], serde_json::json!(["create"]));
    assert_eq!(
        made["creates"],
        serde_json::json!([{"owner": "jdoe", "addresses": ["192.0.2.1", "192.0.2.2"]}])
    );
    assert_eq!(made["outcome"], "ok");
    assert_eq!(made["status"], 200);
    let created = made["created"][0].as_str().unwrap().to_owned();
    assert_eq!(created.len(), 12);
    assert_eq!(
        gateway_lines[3]["keys"],
        serde_json::json!([format!("sha256:{created}")]),
        "the look-up names it"
    );
    assert!(gateway_lines[0]["credential"].as_str().unwrap().starts_with("key:"));
    assert_eq!(gateway_lines[4]["credential"], "login:admin");
    assert_eq!(
        (gateway_lines[5]["outcome"].clone(), gateway_lines[5]["codes"].clone()),
        ("plesk-error".into(), serde_json::json!([1001]))
    );
    assert_eq!(gateway_lines[6]["operations"], serde_json::json!(["delete"]));
    assert_eq!(gateway_lines[6]["keys"][0], second_id.as_str());
    assert!(gateway_lines[6]["deleted"].as_array().unwrap().iter().any(|id| id == second_id.as_str()));
    assert_eq!(gateway_lines[7]["codes"], serde_json::json!([1013]));
    for line in &gateway_lines {
        assert!(line["time"].as_str().unwrap().ends_with('Z'), "{line}");
        assert!(line["duration_ms"].is_u64());
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn sighup_reopens_the_file_after_rotation_and_refusals_are_logged_too() {
    let dir = fresh_folder("audit-rotate");
    let log = dir.join("audit.jsonl");
    let gateway = Serve::start(&[
        "--sandbox-servers",
        "eu1,us1",
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--audit-log",
        log.to_str().unwrap(),
    ]);
    let us1 = format!("{}/servers/us1/enterprise/control/agent.php", gateway.base());
    let list = RequestPacket::new(Operation::GetInfo(KeyFilter::All)).to_xml();
    post(&us1, &[("KEY", ADMIN_KEY)], &list).await;
    assert_eq!(post(&us1, &[("Origin", "https://evil.example")], &list).await.status, 403);
    let before = wait_for_lines(&log, 2);
    assert_eq!(before.len(), 2);
    assert_eq!((before[0]["server"].clone(), before[0]["found"].clone()), ("us1".into(), 1.into()));
    assert_eq!(
        (before[1]["outcome"].clone(), before[1]["operations"].clone()),
        ("http-403".into(), serde_json::json!([]))
    );

    let rotated = dir.join("audit.jsonl.1");
    std::fs::rename(&log, &rotated).unwrap();
    let status = Command::new("kill").args(["-HUP", &gateway.pid().to_string()]).status().unwrap();
    assert!(status.success());
    let text = gateway.wait_for_log("audit log was reopened");
    assert!(text.contains("SIGHUP: the audit log was reopened"), "{text}");
    post(&gateway.agent_url(), &[("KEY", ADMIN_KEY)], &list).await;
    let after = wait_for_lines(&log, 1);
    assert_eq!(all_lines(&rotated).len(), 2, "the old file is left alone");
    assert_eq!(after.len(), 1);
    assert_eq!(after[0]["server"], "eu1");
    let _ = std::fs::remove_dir_all(dir);
}
