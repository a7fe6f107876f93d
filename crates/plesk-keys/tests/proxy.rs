//! `serve` behind a reverse proxy: the panel's POSTs from its public origin are accepted (with
//! `--public-origin`, or with `--trusted-proxy` and X-Forwarded-*), and X-Forwarded-* headers
//! from any other peer are ignored.

mod support;

use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
const PORTAL: &str = "https://portal.example.com";

/// The headers a browser on the portal sends through a TLS proxy that passes `Host $host`.
fn through_portal(key: &str) -> Vec<(&str, &str)> {
    vec![("Origin", PORTAL), ("Host", "portal.example.com"), ("KEY", key)]
}

#[tokio::test(flavor = "multi_thread")]
async fn the_public_origin_is_the_panels_own_origin() {
    let plain = Serve::start(&["--sandbox-admin-key", ADMIN_KEY, "--allowed-host", "portal.example.com"]);
    let refused = post(&plain.agent_url(), &through_portal(ADMIN_KEY), LIST).await;
    assert_eq!(refused.status, 403, "without --public-origin the TLS portal's origin is foreign");

    let public = Serve::start(&["--sandbox-admin-key", ADMIN_KEY, "--public-origin", PORTAL]);
    let accepted = post(&public.agent_url(), &through_portal(ADMIN_KEY), LIST).await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert!(accepted.body.contains("<status>ok</status>"), "{}", accepted.body);
    assert!(accepted.headers.get("access-control-allow-origin").is_none(), "same origin: no CORS grant");
    // A sub-path and the default port name the same origin.
    let sub_path = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--public-origin",
        "https://portal.example.com:443/tools/",
    ]);
    assert_eq!(post(&sub_path.agent_url(), &through_portal(ADMIN_KEY), LIST).await.status, 200);
    let other =
        post(&public.agent_url(), &[("Origin", "https://evil.example.com"), ("KEY", ADMIN_KEY)], LIST).await;
    assert_eq!(other.status, 403);
}

#[tokio::test(flavor = "multi_thread")]
async fn forwarded_proto_and_host_count_only_from_trusted_proxies() {
    let forwarded = [
        ("Origin", PORTAL),
        ("X-Forwarded-Proto", "https"),
        ("X-Forwarded-Host", "portal.example.com"),
        ("KEY", ADMIN_KEY),
    ];
    let trusting = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--trusted-proxy",
        "127.0.0.1",
        "--allowed-host",
        "portal.example.com",
    ]);
    let accepted = post(&trusting.agent_url(), &forwarded, LIST).await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert!(accepted.body.contains("<status>ok</status>"), "{}", accepted.body);

    let untrusting = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--trusted-proxy",
        "10.0.0.0/8",
        "--allowed-host",
        "portal.example.com",
    ]);
    let refused = post(&untrusting.agent_url(), &forwarded, LIST).await;
    assert_eq!(refused.status, 403, "X-Forwarded-Proto/-Host from an untrusted peer are ignored");
}

#[tokio::test(flavor = "multi_thread")]
async fn forwarded_for_counts_only_from_trusted_proxies_and_every_line_is_read() {
    let create =
        "<packet><secret_key><create><ip_address>203.0.113.5</ip_address></create></secret_key></packet>";
    let bound_key = |body: &str| {
        body.split("<key>").nth(1).and_then(|rest| rest.split("</key>").next()).map(str::to_owned)
    };

    let untrusting = Serve::start(&["--sandbox-admin-key", ADMIN_KEY]);
    let created = post(&untrusting.agent_url(), &[("KEY", ADMIN_KEY)], create).await;
    let key = bound_key(&created.body).expect("a created key");
    let spoofed =
        post(&untrusting.agent_url(), &[("KEY", &key), ("X-Forwarded-For", "203.0.113.5")], LIST).await;
    assert!(
        spoofed.body.contains("<errcode>11003</errcode>"),
        "a spoofed address is ignored: {}",
        spoofed.body
    );

    let trusting = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--trusted-proxy",
        "127.0.0.1",
        "--trusted-proxy",
        "198.51.100.0/24",
    ]);
    let created = post(&trusting.agent_url(), &[("KEY", ADMIN_KEY)], create).await;
    let key = bound_key(&created.body).expect("a created key");
    // Two proxies, two header lines: the client is the right-most untrusted address of all lines;
    // what the client wrote itself (left of it) is never believed.
    let chained = post(
        &trusting.agent_url(),
        &[("KEY", &key), ("X-Forwarded-For", "192.0.2.99, 203.0.113.5"), ("X-Forwarded-For", "198.51.100.7")],
        LIST,
    )
    .await;
    assert!(chained.body.contains("<status>ok</status>"), "{}", chained.body);
    let forged = post(
        &trusting.agent_url(),
        &[("KEY", &key), ("X-Forwarded-For", "203.0.113.5, 192.0.2.99"), ("X-Forwarded-For", "198.51.100.7")],
        LIST,
    )
    .await;
    assert!(forged.body.contains("<errcode>11003</errcode>"), "{}", forged.body);
}

#[test]
fn trusted_proxy_values_are_checked() {
    let (code, _, stderr) = cli(&["serve", "--trusted-proxy", "proxy.example.com"], &[], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("not an IP address or a CIDR range"), "{stderr}");
    let (code, _, stderr) = cli(&["serve", "--public-origin", "portal.example.com"], &[], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("is not a URL"), "{stderr}");
}

/// Sends one raw HTTP/1.1 request (headers exactly as given) and returns its status code.
async fn raw_status(base: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> u16 {
    let port: u16 =
        base.rsplit(':').next().and_then(|port| port.parse().ok()).expect("a port in the base URL");
    raw_request(port, method, path, headers, body).await.status
}

#[tokio::test(flavor = "multi_thread")]
async fn unexpected_host_names_get_421_on_every_path() {
    let dist = std::env::temp_dir().join(format!("pkp-rebinding-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>panel</title>").unwrap();
    let server = Serve::start_with_dist(
        &dist,
        &[
            "--sandbox-admin-key",
            ADMIN_KEY,
            "--allowed-host",
            "keys.example.com",
            "--trusted-proxy",
            "127.0.0.1",
        ],
    );
    let base = server.base();
    let agent = "/enterprise/control/agent.php";
    let port = base.rsplit(':').next().unwrap().to_owned();
    let with_host = |host: &str| vec![("Host", host.to_owned()), ("KEY", ADMIN_KEY.to_owned())];
    for (host, expected) in [
        (format!("127.0.0.1:{port}"), 200),
        (format!("localhost:{port}"), 200),
        ("[::1]".to_owned(), 200),
        ("keys.example.com".to_owned(), 200),
        ("evil.example".to_owned(), 421),
        (format!("evil.example:{port}"), 421),
        ("keys.example.com.evil.example".to_owned(), 421),
    ] {
        let headers = with_host(&host);
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        assert_eq!(raw_status(&base, "GET", "/", &headers, "").await, expected, "GET / with Host {host}");
        assert_eq!(raw_status(&base, "GET", "/missing.js", &headers, "").await, expected.max(404), "{host}");
        assert_eq!(raw_status(&base, "POST", agent, &headers, LIST).await, expected, "POST with Host {host}");
        assert_eq!(raw_status(&base, "OPTIONS", agent, &headers, "").await, expected.max(403), "{host}");
    }
    // From a trusted proxy, X-Forwarded-Host is the name the browser used.
    let forwarded = [("Host", "127.0.0.1"), ("X-Forwarded-Host", "evil.example"), ("KEY", ADMIN_KEY)];
    assert_eq!(raw_status(&base, "POST", agent, &forwarded, LIST).await, 421);
    drop(server);
    let untrusting = Serve::start_with_dist(&dist, &["--sandbox-admin-key", ADMIN_KEY]);
    assert_eq!(
        raw_status(&untrusting.base(), "POST", agent, &forwarded, LIST).await,
        200,
        "X-Forwarded-Host from an untrusted peer is ignored"
    );
    let _ = std::fs::remove_dir_all(&dist);
}
