//! The sandbox behind `serve`: concurrency over HTTP, durability across kill -9, accounts data,
//! X-Forwarded-For trust, owners mode.

mod support;

use std::collections::HashSet;
use std::process::{Command, Stdio};

use plesk_xmlapi::{
    parse_response, CreateKey, IpList, Operation, OperationResponse, RequestPacket, ResponseBody,
};
use support::*;

fn create_packet() -> String {
    RequestPacket::new(Operation::Create(
        CreateKey::new(IpList::parse("192.0.2.1").unwrap(), "load", "").unwrap(),
    ))
    .to_xml()
}

fn new_key(body: &str) -> Option<String> {
    match parse_response(body).ok()?.body {
        ResponseBody::Operations(mut ops) => match ops.remove(0) {
            OperationResponse::Create(Ok(key)) => Some(key.0),
            _ => None,
        },
        ResponseBody::System(_) => None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_concurrent_creates_from_fifty_clients_lose_nothing() {
    let server = Serve::start(&["--sandbox-admin-key", ADMIN_KEY, "--quiet"]);
    let agent = server.agent_url();
    let packet = create_packet();
    let clients: Vec<_> = (0..50)
        .map(|_| {
            let agent = agent.clone();
            let packet = packet.clone();
            tokio::spawn(async move {
                let mut keys = Vec::new();
                for _ in 0..20 {
                    let answer = post(&agent, &[("KEY", ADMIN_KEY)], &packet).await;
                    keys.push(new_key(&answer.body).expect("a created key"));
                }
                keys
            })
        })
        .collect();
    let mut all = Vec::new();
    for client in clients {
        all.extend(client.await.unwrap());
    }
    let distinct: HashSet<&String> = all.iter().collect();
    assert_eq!((all.len(), distinct.len()), (1000, 1000));
    let list = post(
        &agent,
        &[("KEY", ADMIN_KEY)],
        "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>",
    )
    .await;
    assert_eq!(list.body.matches("<key_info>").count(), 1001);
}

#[tokio::test(flavor = "multi_thread")]
async fn state_survives_kill_9_in_the_middle_of_requests() {
    let dir = std::env::temp_dir().join(format!("plesk-keys-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let state = dir.join("state.json");
    let state_arg = state.to_str().unwrap().to_owned();
    let args = ["--sandbox-admin-key", ADMIN_KEY, "--sandbox-state", &state_arg, "--quiet"];
    let confirmed = {
        let server = Serve::start(&args);
        let agent = server.agent_url();
        let packet = create_packet();
        let mut confirmed = Vec::new();
        for _ in 0..20 {
            confirmed.push(new_key(&post(&agent, &[("KEY", ADMIN_KEY)], &packet).await.body).unwrap());
        }
        // Requests in flight while the process is killed with SIGKILL.
        let inflight: Vec<_> = (0..20)
            .map(|_| {
                let agent = agent.clone();
                let packet = packet.clone();
                tokio::spawn(async move {
                    let _ = tokio::time::timeout(
                        std::time::Duration::from_secs(2),
                        post(&agent, &[("KEY", ADMIN_KEY)], &packet),
                    )
                    .await;
                })
            })
            .collect();
        let pid = server.pid();
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).stderr(Stdio::null()).status();
        for task in inflight {
            let _ = task.await;
        }
        confirmed
    };
    let text = std::fs::read_to_string(&state).unwrap();
    assert!(
        serde_json::from_str::<serde_json::Value>(&text).is_ok(),
        "the state file is whole after kill -9"
    );
    let restarted = Serve::start(&args);
    for value in &confirmed {
        let lookup = format!("<packet><secret_key><get_info><filter><key>{value}</key></filter></get_info></secret_key></packet>");
        let answer = post(&restarted.agent_url(), &[("KEY", ADMIN_KEY)], &lookup).await;
        assert!(answer.body.contains("<key_info>"), "a confirmed key was lost: {}", answer.body);
    }
    drop(restarted);
    std::fs::write(&state, "{ corrupt").unwrap();
    let output = Command::new(BINARY)
        .args(["serve", "--listen", "127.0.0.1:0", "--sandbox-state", &state_arg])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("corrupt"));
    assert_eq!(std::fs::read_to_string(&state).unwrap(), "{ corrupt", "left untouched");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn accounts_data_forwarded_for_and_owners_mode() {
    let dir = std::env::temp_dir().join(format!("plesk-keys-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("accounts.json");
    std::fs::write(
        &data,
        r#"{"accounts":[
            {"login":"root","password":"root-pw","role":"administrator"},
            {"login":"acme","password":"acme-pw","role":"reseller","api_access":true},
            {"login":"shop","password":"shop-pw","role":"customer","owner":"acme"}
        ]}"#,
    )
    .unwrap();
    let list = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
    let server = Serve::start(&[
        "--sandbox-data",
        data.to_str().unwrap(),
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--trusted-proxy",
        "127.0.0.1",
        "--sandbox-allow-owners",
        "--quiet",
    ]);
    let agent = server.agent_url();
    let as_root = post(&agent, &[("HTTP_AUTH_LOGIN", "root"), ("HTTP_AUTH_PASSWD", "root-pw")], list).await;
    assert!(
        as_root.body.contains("<login>root</login>"),
        "the data file's administrator owns the admin key: {}",
        as_root.body
    );
    let create = "<packet><secret_key><create><ip_address>203.0.113.5</ip_address><login>shop</login></create></secret_key></packet>";
    let shop_key = new_key(&post(&agent, &[("KEY", ADMIN_KEY)], create).await.body).unwrap();
    // The key works only from its address, as the trusted proxy reports it.
    let from_proxy =
        post(&agent, &[("KEY", &shop_key), ("X-Forwarded-For", "198.51.100.1, 203.0.113.5")], list).await;
    assert!(from_proxy.body.contains("<status>ok</status>"), "{}", from_proxy.body);
    let elsewhere = post(&agent, &[("KEY", &shop_key), ("X-Forwarded-For", "203.0.113.6")], list).await;
    assert!(elsewhere.body.contains("<errcode>11003</errcode>"));
    let reseller = post(&agent, &[("HTTP_AUTH_LOGIN", "acme"), ("HTTP_AUTH_PASSWD", "acme-pw")], list).await;
    assert_eq!(reseller.body.matches("<key_info>").count(), 1, "its customer's key only: {}", reseller.body);
    drop(server);

    let untrusting = Serve::start(&[
        "--sandbox-data",
        data.to_str().unwrap(),
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--quiet",
    ]);
    let spoofed =
        post(&untrusting.agent_url(), &[("KEY", ADMIN_KEY), ("X-Forwarded-For", "203.0.113.99")], list).await;
    assert!(spoofed.body.contains("<status>ok</status>"), "X-Forwarded-For is ignored unless trusted");
    let customer =
        post(&untrusting.agent_url(), &[("HTTP_AUTH_LOGIN", "shop"), ("HTTP_AUTH_PASSWD", "shop-pw")], list)
            .await;
    assert!(customer.body.contains("<errcode>1006</errcode>"), "owners mode is off by default");
    std::fs::write(&data, "{\"accounts\": []}").unwrap();
    let output = Command::new(BINARY)
        .args(["serve", "--listen", "127.0.0.1:0", "--sandbox-data", data.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("exactly one administrator"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn every_html_page_gets_a_fresh_nonce_and_the_policy() {
    let dist = std::env::temp_dir().join(format!("pkp-pages-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    let page = "<script nonce=\"{{__TRUNK NONCE__}}\" src=\"x.js\"></script>";
    std::fs::write(dist.join("index.html"), page).unwrap();
    std::fs::write(dist.join("other.html"), page).unwrap();
    let serve = Serve::start_with_dist(&dist, &[]);
    for name in ["", "index.html", "other.html"] {
        let answer = request("GET", &format!("{}/{name}", serve.base()), &[], "").await;
        assert_eq!(answer.status, 200, "{name}");
        let policy = answer.headers.get("content-security-policy").expect("a policy").to_str().unwrap();
        let nonce = answer.body.split("nonce=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        assert!(!nonce.contains("TRUNK") && nonce.len() >= 16, "{name}: placeholder not replaced: {nonce}");
        assert!(policy.contains(&format!("'nonce-{nonce}'")), "{name}: {policy}");
        assert!(policy.contains("frame-ancestors 'none'"), "{name}: {policy}");
    }
    let missing = request("GET", &format!("{}/missing.html", serve.base()), &[], "").await;
    assert_eq!(missing.status, 404);
    drop(serve);
    let _ = std::fs::remove_dir_all(&dist);
}

/// Issue 26 item 11: a binary without the panel does not only print a URL that answers "Not
/// found": its banner says what the URL serves and how to get the panel.
#[tokio::test]
async fn a_binary_without_the_panel_says_what_to_do_instead() {
    let serve = Serve::start_without_panel(&[]);
    let said = serve.banner.get(1).cloned().unwrap_or_default();
    assert!(said.starts_with("No panel in this build: "), "{:?}", serve.banner);
    assert!(said.contains(&serve.agent_url()) && said.contains("--dist dist"), "{said}");
    let page = request("GET", &serve.url, &[], "").await;
    assert!(page.status == 404 && page.body.contains("no panel built in"), "{}: {}", page.status, page.body);
}
