//! `deploy/nginx.conf` with its "fleet" lines filled in, in front of two sandboxes, as
//! `serve --servers` does: `servers.json` lists them and each path reaches its own server.

mod support;

use std::time::Duration;

use support::deploy_nginx::*;
use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

/// Adds `line` after the comment block of the template that starts with `marker`, as an operator
/// following the "fleet" comments would.
fn add_after(text: &str, marker: &str, line: &str) -> String {
    let start = text.find(marker).unwrap_or_else(|| panic!("the template has {marker:?}"));
    let example_end = text[start..].find("\n").map(|at| start + at + 1).unwrap_or(text.len());
    let next = text[example_end..].find("\n").map(|at| example_end + at + 1).unwrap_or(text.len());
    format!("{}{line}\n{}", &text[..next], &text[next..])
}

#[tokio::test(flavor = "multi_thread")]
async fn the_fleet_layout_lists_the_servers_and_keeps_them_apart() {
    let certificates = TestCertificates::make("nginx-fleet");
    let dir = certificates.dir.join("nginx");
    let dist = certificates.dir.join("dist");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&dist).unwrap();
    let sandbox =
        || Serve::start(&[&certificates.serve_options()[..], &["--sandbox-admin-key", ADMIN_KEY]].concat());
    let (eu1, us1) = (sandbox(), sandbox());
    let port = free_port();
    let one =
        filled_template(port, &eu1.base(), &certificates.ca, &certificates.cert, &certificates.key, &dist);

    // With one server: servers.json names it "default", the bare path and servers/default work.
    let _single = run_nginx(&dir, port, &one);
    let base = format!("http://127.0.0.1:{port}");
    let listing = request("GET", &format!("{base}/servers.json"), &[], "").await;
    assert_eq!(
        (listing.status, listing.body.as_str()),
        (200, r#"{"servers":[{"name":"default","label":"localhost"}]}"#)
    );
    assert_eq!(listing.headers["content-type"], "application/json");
    assert_eq!(listing.headers["cache-control"], "no-cache");
    let by_name =
        post(&format!("{base}/servers/default/enterprise/control/agent.php"), &[("KEY", ADMIN_KEY)], LIST)
            .await;
    assert!(by_name.body.contains("<status>ok</status>"), "{}", by_name.body);
    drop(_single);

    // The fleet lines filled in, as their comments say.
    let us1_address = us1.base().trim_start_matches("https://").to_owned();
    let mut fleet = add_after(
        &one,
        "# fleet: one upstream block",
        &format!("upstream plesk_us1 {{ server {us1_address}; keepalive 32; }}"),
    );
    fleet = fleet.replace(
        "/servers/default/enterprise/control/agent.php plesk_agent;",
        "/servers/eu1/enterprise/control/agent.php plesk_agent;",
    );
    fleet = add_after(
        &fleet,
        "# fleet: one line per server",
        "    /servers/us1/enterprise/control/agent.php plesk_us1;",
    );
    fleet = add_after(&fleet, "# fleet: one line per further server", "    plesk_us1 localhost;");
    fleet = fleet.replace(
        r#"{"servers":[{"name":"default","label":"localhost"}]}"#,
        r#"{"servers":[{"name":"eu1","label":"Frankfurt 1"},{"name":"us1","label":"Dallas 1"}]}"#,
    );
    let fleet_dir = certificates.dir.join("nginx-fleet");
    std::fs::create_dir_all(&fleet_dir).unwrap();
    let _nginx = run_nginx(&fleet_dir, port, &fleet);
    let error_log = || std::fs::read_to_string(fleet_dir.join("error.log")).unwrap_or_default();
    let listing = request("GET", &format!("{base}/servers.json"), &[], "").await;
    assert_eq!(
        listing.body,
        r#"{"servers":[{"name":"eu1","label":"Frankfurt 1"},{"name":"us1","label":"Dallas 1"}]}"#
    );

    let agent = |name: &str| format!("{base}/servers/{name}/enterprise/control/agent.php");
    let create = "<packet><secret_key><create><ip_address>192.0.2.44</ip_address><description>only on us1</description></create></secret_key></packet>";
    let created = post(&agent("us1"), &[("KEY", ADMIN_KEY)], create).await;
    assert!(created.body.contains("<status>ok</status>"), "{}\n{}", created.body, error_log());
    assert!(post(&agent("us1"), &[("KEY", ADMIN_KEY)], LIST).await.body.contains("only on us1"));
    for other in [agent("eu1"), format!("{base}/enterprise/control/agent.php")] {
        let listed = post(&other, &[("KEY", ADMIN_KEY)], LIST).await;
        assert!(
            listed.body.contains("<status>ok</status>") && !listed.body.contains("only on us1"),
            "{other}: {}",
            listed.body
        );
    }
    let before = (eu1.log().matches("POST").count(), us1.log().matches("POST").count());
    for unknown in ["asia1", "default", "US1"] {
        let answer = post(&agent(unknown), &[("KEY", ADMIN_KEY)], LIST).await;
        assert_eq!(answer.status, 404, "{unknown}");
    }
    let foreign = post(&agent("us1"), &[("KEY", ADMIN_KEY), ("Origin", "https://evil.example")], LIST).await;
    assert_eq!(foreign.status, 403);
    assert_eq!(request("GET", &agent("us1"), &[], "").await.status, 403, "POST only");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        (eu1.log().matches("POST").count(), us1.log().matches("POST").count()),
        before,
        "nothing reached a server"
    );
}
