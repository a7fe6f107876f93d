//! Several Plesk servers behind one `serve`: `--servers FILE` (or `[[server]]` tables in
//! `--config`), `--sandbox-servers`, `servers.json`, the per-server agent paths with every
//! protection, unknown names, and SIGHUP re-reading the file.

mod support;

use std::process::Command;
use std::time::Duration;

use plesk_xmlapi::{
    parse_response, CreateKey, IpList, KeyFilter, KeyList, Operation, OperationResponse, RequestPacket,
    ResponseBody,
};
use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
const PORTAL: &str = "https://portal.example.com";

fn reply(body: &'static str, delay: Duration) -> Reply {
    Reply { status: 200, body, delay, location: None, content_type: "text/xml" }
}

const EU_REPLY: &str = "<?xml version=\"1.0\"?><packet version=\"1.6.9.1\"><secret_key><get_info><result><status>ok</status><key_info><id>1</id><ip_address>192.0.2.1</ip_address><description>eu</description><login>admin</login></key_info></result></get_info></secret_key></packet>";

fn server_table(name: &str, label: &str, url: &str) -> String {
    format!("[[server]]\nname = \"{name}\"\nlabel = \"{label}\"\nurl = \"{url}\"\ntimeout = 5\n\n")
}

fn servers_json(serve: &Serve) -> String {
    format!("{}/servers.json", serve.base())
}

fn server_agent(serve: &Serve, name: &str) -> String {
    format!("{}/servers/{name}/enterprise/control/agent.php", serve.base())
}

fn hangup(serve: &Serve) {
    let status = Command::new("kill").args(["-HUP", &serve.pid().to_string()]).status().unwrap();
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread")]
async fn each_server_has_its_path_and_servers_json_lists_names_and_labels_only() {
    let eu = RecordingUpstream::start(reply(EU_REPLY, Duration::ZERO)).await;
    let us = RecordingUpstream::start(reply(LIST_REPLY, Duration::ZERO)).await;
    let dir = fresh_folder("fleet-paths");
    let file = dir.join("servers.toml");
    let text =
        server_table("eu1", "Frankfurt 1", &eu.url()) + &server_table("us-1", "Dallas \\\"1\\\"", &us.url());
    std::fs::write(&file, text).unwrap();
    let gateway =
        Serve::start(&["--servers", file.to_str().unwrap(), "--allow-origin", PORTAL, "--max-body", "1000"]);
    assert_eq!(
        gateway.banner.last().map(String::as_str),
        Some(format!("Servers: eu1, us-1 ({}/servers.json)", gateway.base()).as_str())
    );
    assert!(gateway
        .banner
        .iter()
        .any(|line| line.starts_with("Server eu1 (Frankfurt 1): ") && line.contains(" → ")));

    let listing = request("GET", &servers_json(&gateway), &[], "").await;
    assert_eq!(listing.status, 200);
    assert_eq!(
        listing.body,
        r#"{"servers":[{"name":"eu1","label":"Frankfurt 1"},{"name":"us-1","label":"Dallas \"1\""}]}"#
    );
    assert_eq!(listing.headers["content-type"], "application/json");
    assert_eq!(listing.headers["cache-control"], "no-cache");
    assert!(!listing.body.contains("127.0.0.1"), "never a URL");
    assert_eq!(request("POST", &servers_json(&gateway), &[], "").await.status, 405);

    let headers = [("KEY", "k-value"), ("Content-Type", "text/xml")];
    let to_us = post(&server_agent(&gateway, "us-1"), &headers, LIST).await;
    assert_eq!((to_us.status, to_us.body.as_str()), (200, LIST_REPLY));
    let to_eu = post(&server_agent(&gateway, "eu1"), &headers, LIST).await;
    assert_eq!((to_eu.status, to_eu.body.as_str()), (200, EU_REPLY));
    let default = post(&gateway.agent_url(), &headers, LIST).await;
    assert_eq!(default.body, EU_REPLY, "the bare agent path is the first server");
    assert_eq!((eu.count(), us.count()), (2, 1));
    assert_eq!(us.seen.lock().unwrap()[0].headers["key"], ["k-value"]);

    for unknown in ["asia1", "EU1", "eu1/../us-1", "", "eu1/x"] {
        let answer = post(&server_agent(&gateway, unknown), &headers, LIST).await;
        assert_eq!(answer.status, 404, "{unknown}");
    }
    assert_eq!((eu.count(), us.count()), (2, 1), "an unknown name reaches no server");

    // The protections of the agent path hold for every server's path.
    let foreign = post(&server_agent(&gateway, "us-1"), &[("Origin", "https://evil.example")], LIST).await;
    assert_eq!(foreign.status, 403);
    let cross = post(&server_agent(&gateway, "us-1"), &[("Origin", PORTAL)], LIST).await;
    assert_eq!(cross.headers["access-control-allow-origin"], PORTAL);
    assert_eq!(cross.headers["content-security-policy"], "default-src 'none'");
    let get = request("GET", &server_agent(&gateway, "us-1"), &[], "").await;
    assert_eq!(get.status, 405);
    let port = gateway.base().rsplit(':').next().unwrap().parse().unwrap();
    let rebound = raw_request(
        port,
        "POST",
        "/servers/us-1/enterprise/control/agent.php",
        &[("Host", "evil.example")],
        LIST,
    )
    .await;
    assert_eq!(rebound.status, 421);
    let big = "x".repeat(5000);
    assert_eq!(post(&server_agent(&gateway, "us-1"), &[], &big).await.status, 413);
    assert_eq!(us.count(), 2, "only the allowed cross-origin POST reached us-1");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn one_server_is_listed_as_default() {
    let sandbox = Serve::start(&["--sandbox-admin-key", ADMIN_KEY]);
    let listing = request("GET", &servers_json(&sandbox), &[], "").await;
    assert_eq!(
        (listing.status, listing.body.as_str()),
        (200, r#"{"servers":[{"name":"default","label":"Sandbox"}]}"#)
    );
    assert_eq!(listing.headers["content-type"], "application/json");
    assert_eq!(listing.headers["cache-control"], "no-cache");
    let head = request("HEAD", &servers_json(&sandbox), &[], "").await;
    assert_eq!((head.status, head.body.as_str()), (200, ""));

    let upstream = RecordingUpstream::start(reply(LIST_REPLY, Duration::ZERO)).await;
    let gateway = Serve::start(&["--upstream", &upstream.url()]);
    let listing = request("GET", &servers_json(&gateway), &[], "").await;
    let expected = format!(r#"{{"servers":[{{"name":"default","label":"{}"}}]}}"#, upstream.address);
    assert_eq!(listing.body, expected);
    let by_name = post(&server_agent(&gateway, "default"), &[], LIST).await;
    assert_eq!(by_name.body, LIST_REPLY, "the listed name works too");
    assert_eq!(post(&server_agent(&gateway, "eu1"), &[], LIST).await.status, 404);
}

fn create(ip: &str, description: &str) -> String {
    RequestPacket::new(Operation::Create(
        CreateKey::new(IpList::parse(ip).unwrap(), description, "").unwrap(),
    ))
    .to_xml()
}

fn descriptions(body: &str) -> Vec<String> {
    match parse_response(body).expect("a packet").body {
        ResponseBody::Operations(operations) => operations
            .iter()
            .flat_map(OperationResponse::key_lookups)
            .filter_map(|lookup| match lookup {
                plesk_xmlapi::KeyLookup::Found(info) => Some(info.description),
                plesk_xmlapi::KeyLookup::Failed(_) => None,
            })
            .collect(),
        ResponseBody::System(error) => panic!("{error}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn sandbox_servers_are_independent() {
    let fleet = Serve::start(&["--sandbox-servers", "eu1,us1,asia1", "--sandbox-admin-key", ADMIN_KEY]);
    let listing = request("GET", &servers_json(&fleet), &[], "").await;
    assert_eq!(
        listing.body,
        r#"{"servers":[{"name":"eu1","label":"Sandbox eu1"},{"name":"us1","label":"Sandbox us1"},{"name":"asia1","label":"Sandbox asia1"}]}"#
    );
    for name in ["eu1", "us1", "asia1"] {
        let key_line = format!("Server {name} administrator key: {ADMIN_KEY}");
        assert!(fleet.banner.contains(&key_line), "{:?}", fleet.banner);
        assert!(fleet
            .banner
            .iter()
            .any(|l| l.starts_with(&format!("Server {name} administrator login: admin / password: "))));
    }
    let passwords: std::collections::HashSet<&String> =
        fleet.banner.iter().filter(|l| l.contains("administrator login")).collect();
    assert_eq!(passwords.len(), 3);

    let admin = [("KEY", ADMIN_KEY)];
    let made = post(&server_agent(&fleet, "us1"), &admin, &create("192.0.2.1", "only on us1")).await;
    assert!(made.body.contains("<status>ok</status>"), "{}", made.body);
    let list = RequestPacket::new(Operation::GetInfo(KeyFilter::All)).to_xml();
    let us1 = descriptions(&post(&server_agent(&fleet, "us1"), &admin, &list).await.body);
    assert!(us1.contains(&"only on us1".to_owned()), "{us1:?}");
    for other in [server_agent(&fleet, "eu1"), server_agent(&fleet, "asia1"), fleet.agent_url()] {
        let keys = descriptions(&post(&other, &admin, &list).await.body);
        assert_eq!(keys, ["Sandbox administrator key"], "{other}");
    }
    let lookup =
        RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(KeyList::parse("2").unwrap()))).to_xml();
    assert!(post(&server_agent(&fleet, "eu1"), &admin, &lookup).await.body.contains("1013"));
}

#[tokio::test(flavor = "multi_thread")]
async fn server_tables_in_the_config_file_and_bad_files_named_by_line() {
    let upstream = RecordingUpstream::start(reply(LIST_REPLY, Duration::ZERO)).await;
    let dir = fresh_folder("fleet-config");
    let config = dir.join("plesk-keys.toml");
    std::fs::write(
        &config,
        format!("quiet = false\n\n{}", server_table("eu1", "Frankfurt 1", &upstream.url())),
    )
    .unwrap();
    let gateway = Serve::start(&["--config", config.to_str().unwrap()]);
    let listing = request("GET", &servers_json(&gateway), &[], "").await;
    assert_eq!(listing.body, r#"{"servers":[{"name":"eu1","label":"Frankfurt 1"}]}"#);
    assert_eq!(post(&server_agent(&gateway, "eu1"), &[], LIST).await.body, LIST_REPLY);

    let bad = dir.join("bad.toml");
    std::fs::write(
        &bad,
        "[[server]]\nname = \"eu1\"\nurl = \"https://a\"\n\n[[server]]\nname = \"Bad Name\"\n",
    )
    .unwrap();
    let (code, _, stderr) =
        cli(&["serve", "--listen", "127.0.0.1:0", "--servers", bad.to_str().unwrap()], &[], None);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!("{} line 6: `name`: \"Bad Name\" is not a server name", bad.display())),
        "{stderr}"
    );
    let (code, _, stderr) = cli(
        &["serve", "--servers", bad.to_str().unwrap(), "--upstream", "https://plesk.example.com"],
        &[],
        None,
    );
    assert_eq!(code, 2, "one form or the other: {stderr}");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn sighup_rereads_the_file_keeps_requests_in_flight_and_refuses_a_bad_file() {
    let slow = RecordingUpstream::start(reply(EU_REPLY, Duration::from_millis(1500))).await;
    let other = RecordingUpstream::start(reply(LIST_REPLY, Duration::ZERO)).await;
    let dir = fresh_folder("fleet-sighup");
    let file = dir.join("servers.toml");
    std::fs::write(&file, server_table("eu1", "Frankfurt 1", &slow.url())).unwrap();
    let gateway = Serve::start(&["--servers", file.to_str().unwrap()]);

    // A request in flight to eu1 while the file changes: eu1 is gone from the new file.
    let eu1 = server_agent(&gateway, "eu1");
    let in_flight = tokio::spawn(async move { post(&eu1, &[], LIST).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    std::fs::write(
        &file,
        server_table("us1", "Dallas 1", &other.url()) + &server_table("eu2", "Frankfurt 2", &slow.url()),
    )
    .unwrap();
    hangup(&gateway);
    let log = gateway.wait_for_log("us1, eu2");
    assert!(log.contains("servers reloaded from") && log.contains("us1, eu2"), "{log}");
    let answer = in_flight.await.unwrap();
    assert_eq!((answer.status, answer.body.as_str()), (200, EU_REPLY), "the request in flight was answered");
    let listing = request("GET", &servers_json(&gateway), &[], "").await;
    assert_eq!(
        listing.body,
        r#"{"servers":[{"name":"us1","label":"Dallas 1"},{"name":"eu2","label":"Frankfurt 2"}]}"#
    );
    assert_eq!(post(&server_agent(&gateway, "eu1"), &[], LIST).await.status, 404);
    assert_eq!(post(&gateway.agent_url(), &[], LIST).await.body, LIST_REPLY, "us1 is the default now");

    // A bad file is refused and the servers stay.
    std::fs::write(&file, "[[server]]\nname = \"us1\"\n").unwrap();
    hangup(&gateway);
    let log = gateway.wait_for_log("has no `url`");
    assert!(log.contains("SIGHUP: the servers file was refused") && log.contains("has no `url`"), "{log}");
    assert_eq!(request("GET", &servers_json(&gateway), &[], "").await.body, listing.body);
    assert_eq!(post(&server_agent(&gateway, "us1"), &[], LIST).await.body, LIST_REPLY);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sandbox_delay_makes_every_server_slow() {
    let fleet = Serve::start(&[
        "--sandbox-servers",
        "eu1,us1",
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--sandbox-delay",
        "400",
    ]);
    let started = std::time::Instant::now();
    let answer = post(&server_agent(&fleet, "us1"), &[("KEY", ADMIN_KEY)], LIST).await;
    assert!(answer.body.contains("<status>ok</status>"), "{}", answer.body);
    assert!(started.elapsed() >= Duration::from_millis(400), "{:?}", started.elapsed());
    let (code, _, err) =
        cli(&["serve", "--upstream", "https://plesk.example.com", "--sandbox-delay", "5"], &[], None);
    assert_eq!(code, 2, "a sandbox option: {err}");
}
