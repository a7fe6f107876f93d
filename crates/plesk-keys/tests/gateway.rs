//! The gateway (`serve --upstream`) on loopback: exact header forwarding, CORS by origin, body
//! cap, timeout, unreachable upstream, redirects, TLS verification, and no secret in the logs.

mod support;

use std::time::Duration;

use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
const PORTAL: &str = "https://portal.example.com";

#[tokio::test(flavor = "multi_thread")]
async fn forwards_the_body_and_exactly_the_plesk_headers() {
    let upstream = RecordingUpstream::start(Reply::list()).await;
    let gateway = Serve::start(&["--upstream", &upstream.url(), "--allow-origin", PORTAL]);
    let answer = post(
        &gateway.agent_url(),
        &[
            ("KEY", "secret-key-value"),
            ("HTTP_AUTH_LOGIN", "admin"),
            ("HTTP_AUTH_PASSWD", "pass-word-value"),
            ("HTTP_PRETTY_PRINT", "TRUE"),
            ("Content-Type", "text/xml"),
            ("Cookie", "portal_session=abc"),
            ("Authorization", "Bearer portal-token"),
            ("X-Forwarded-For", "203.0.113.7"),
            ("X-Custom", "nope"),
        ],
        LIST,
    )
    .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body, LIST_REPLY);
    assert_eq!(answer.headers.get("cache-control").unwrap(), "no-store");
    assert!(answer.headers.get("access-control-allow-origin").is_none(), "no Origin, no CORS headers");
    let seen = upstream.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].body, LIST);
    let headers = &seen[0].headers;
    assert_eq!(headers["key"], ["secret-key-value"]);
    assert_eq!(headers["http_auth_login"], ["admin"]);
    assert_eq!(headers["http_auth_passwd"], ["pass-word-value"]);
    assert_eq!(headers["http_pretty_print"], ["TRUE"]);
    assert_eq!(headers["content-type"], ["text/xml"]);
    for absent in ["cookie", "authorization", "x-forwarded-for", "x-custom", "origin"] {
        assert!(!headers.contains_key(absent), "{absent} was forwarded");
    }
    let line = "method=POST path=\"/enterprise/control/agent.php\"}: answered status=200";
    let log = gateway.wait_for_log(line);
    assert!(log.contains(line), "{log}");
    for secret in ["secret-key-value", "pass-word-value", "portal-token"] {
        assert!(!log.contains(secret), "{secret} in the log: {log}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn cors_is_granted_to_allowed_origins_only_and_foreign_requests_never_reach_plesk() {
    let upstream = RecordingUpstream::start(Reply::list()).await;
    let gateway = Serve::start(&["--upstream", &upstream.url(), "--allow-origin", PORTAL]);
    let agent = gateway.agent_url();
    let preflight = |origin: &'static str, headers: &'static str| {
        let agent = agent.clone();
        async move {
            request(
                "OPTIONS",
                &agent,
                &[
                    ("Origin", origin),
                    ("Access-Control-Request-Method", "POST"),
                    ("Access-Control-Request-Headers", headers),
                ],
                "",
            )
            .await
        }
    };
    let granted = preflight(PORTAL, "key,content-type,http_pretty_print").await;
    assert_eq!(granted.status, 204);
    assert_eq!(granted.headers["access-control-allow-origin"], PORTAL);
    assert_eq!(granted.headers["access-control-allow-methods"], "POST");
    assert!(granted.headers["access-control-allow-headers"].to_str().unwrap().contains("HTTP_AUTH_PASSWD"));
    assert_eq!(granted.headers["vary"], "Origin");

    let foreign = preflight("https://evil.example.com", "key").await;
    assert_eq!(foreign.status, 403);
    assert!(foreign.headers.get("access-control-allow-origin").is_none());
    let odd_header = preflight(PORTAL, "key,authorization").await;
    assert_eq!(odd_header.status, 403);

    let cross = post(&agent, &[("Origin", PORTAL), ("KEY", "k")], LIST).await;
    assert_eq!((cross.status, cross.headers["access-control-allow-origin"].to_str().unwrap()), (200, PORTAL));
    let before = upstream.count();
    let refused = post(&agent, &[("Origin", "https://evil.example.com"), ("KEY", "k")], LIST).await;
    assert_eq!(refused.status, 403);
    assert_eq!(upstream.count(), before, "a refused request must not reach Plesk");

    let host = gateway.base().trim_start_matches("http://").to_owned();
    let same = post(&agent, &[("Origin", &gateway.base()), ("Host", &host), ("KEY", "k")], LIST).await;
    assert_eq!(same.status, 200);
    assert!(
        same.headers.get("access-control-allow-origin").is_none(),
        "same-origin use gets no CORS headers"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn limits_methods_and_paths() {
    let upstream = RecordingUpstream::start(Reply::list()).await;
    let gateway = Serve::start(&["--upstream", &upstream.url(), "--max-body", "1000"]);
    let big = "x".repeat(5000);
    assert_eq!(post(&gateway.agent_url(), &[("KEY", "k")], &big).await.status, 413);
    assert_eq!(request("GET", &gateway.agent_url(), &[], "").await.status, 405);
    assert_eq!(request("PUT", &gateway.agent_url(), &[], "x").await.status, 405);
    assert_eq!(
        request("GET", &format!("{}/enterprise/control/other.php", gateway.base()), &[], "").await.status,
        404
    );
    assert_eq!(request("GET", &format!("{}/../../etc/passwd", gateway.base()), &[], "").await.status, 404);
    assert_eq!(upstream.count(), 0, "nothing refused reached Plesk");
}

#[tokio::test(flavor = "multi_thread")]
async fn timeout_unreachable_and_redirect() {
    let slow = RecordingUpstream::start(Reply { delay: Duration::from_secs(5), ..Reply::list() }).await;
    let gateway = Serve::start(&["--upstream", &slow.url(), "--upstream-timeout", "1"]);
    let answer = post(&gateway.agent_url(), &[("KEY", "k")], LIST).await;
    assert_eq!(answer.status, 504, "{}", answer.body);

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let gateway = Serve::start(&["--upstream", &format!("http://127.0.0.1:{port}")]);
    assert_eq!(post(&gateway.agent_url(), &[("KEY", "k")], LIST).await.status, 502);

    let redirecting = RecordingUpstream::start(Reply {
        status: 302,
        body: "",
        delay: Duration::ZERO,
        location: Some("https://elsewhere.example/"),
        content_type: "text/xml",
    })
    .await;
    let gateway = Serve::start(&["--upstream", &redirecting.url()]);
    let answer = post(&gateway.agent_url(), &[("KEY", "k")], LIST).await;
    assert_eq!(answer.status, 502, "redirects are never followed or passed on");
    assert!(answer.headers.get("location").is_none());
}

#[tokio::test(flavor = "multi_thread")]
async fn tls_to_the_upstream_is_verified() {
    let certificates = TestCertificates::make("gateway-tls");
    let cert = certificates.cert.to_str().unwrap();
    let key = certificates.key.to_str().unwrap();
    let plesk = Serve::start(&["--tls-cert", cert, "--tls-key", key, "--sandbox-admin-key", ADMIN_KEY]);
    assert!(plesk.url.starts_with("https://127.0.0.1:"), "{}", plesk.url);

    let trusted =
        Serve::start(&["--upstream", &plesk.base(), "--upstream-ca", certificates.ca.to_str().unwrap()]);
    let answer = post(&trusted.agent_url(), &[("KEY", ADMIN_KEY), ("HTTP_PRETTY_PRINT", "TRUE")], LIST).await;
    assert_eq!(answer.status, 200, "{}", trusted.log());
    assert!(answer.body.contains("<description>Sandbox administrator key</description>"), "{}", answer.body);
    assert!(answer.body.contains("\n  <secret_key>"), "HTTP_PRETTY_PRINT passed through");
    let with_password =
        post(&trusted.agent_url(), &[("HTTP_AUTH_LOGIN", "admin"), ("HTTP_AUTH_PASSWD", "wrong")], LIST)
            .await;
    assert!(with_password.body.contains("<errcode>1001</errcode>"), "{}", with_password.body);

    let wrong_ca = Serve::start(&[
        "--upstream",
        &plesk.base(),
        "--upstream-ca",
        certificates.other_ca.to_str().unwrap(),
    ]);
    assert_eq!(post(&wrong_ca.agent_url(), &[("KEY", ADMIN_KEY)], LIST).await.status, 502);
    let system_roots = Serve::start(&["--upstream", &plesk.base()]);
    assert_eq!(post(&system_roots.agent_url(), &[("KEY", ADMIN_KEY)], LIST).await.status, 502);

    let insecure = Serve::start(&["--upstream", &plesk.base(), "--upstream-insecure"]);
    assert!(insecure.log().contains("NOT verified") || insecure.banner.iter().any(|l| l.contains("→")));
    assert_eq!(post(&insecure.agent_url(), &[("KEY", ADMIN_KEY)], LIST).await.status, 200);
    assert!(
        insecure.wait_for_log("NOT verified").contains("NOT verified"),
        "insecure mode is announced loudly"
    );

    for server in [&plesk, &trusted, &wrong_ca, &system_roots, &insecure] {
        let log = server.wait_for_log("method=POST path=\"/enterprise/control/agent.php\"");
        assert!(log.contains("POST"), "every server logged its requests: {log}");
        assert!(!log.contains(ADMIN_KEY), "a key in the log: {log}");
    }
}

/// Writes raw bytes to the gateway and returns the status line it answers (or "" if it closes).
async fn raw_exchange(address: &str, request: &[u8], pause_after: std::time::Duration) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(request).await.unwrap();
    tokio::time::sleep(pause_after).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).lines().next().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn abusive_requests_are_refused_before_reaching_plesk() {
    let upstream = RecordingUpstream::start(Reply::list()).await;
    let gateway = Serve::start(&["--upstream", &upstream.url(), "--request-timeout", "1"]);
    let address = gateway.base().trim_start_matches("http://").to_owned();
    // A body that trickles in: 408 after the request timeout.
    let slow = format!("POST /enterprise/control/agent.php HTTP/1.1\r\nHost: {address}\r\nKEY: k\r\nContent-Length: 100\r\n\r\n<packet>");
    let status = raw_exchange(&address, slow.as_bytes(), Duration::ZERO).await;
    assert!(status.contains(" 408 "), "slow body: {status:?}");
    // Header folding (a classic injection vehicle) is refused outright.
    let folded = format!("POST /enterprise/control/agent.php HTTP/1.1\r\nHost: {address}\r\nKEY: k\r\n X-Injected: yes\r\nContent-Length: 0\r\n\r\n");
    let status = raw_exchange(&address, folded.as_bytes(), Duration::ZERO).await;
    assert!(status.contains(" 400 ") || status.is_empty(), "folded header: {status:?}");
    // Slow headers: the connection is dropped after the timeout.
    let started = std::time::Instant::now();
    let status =
        raw_exchange(&address, b"POST /enterprise/control/agent.php HTTP/1.1\r\nHost: x\r\n", Duration::ZERO)
            .await;
    assert!(status.is_empty() || status.contains(" 408 "), "slow headers: {status:?}");
    assert!(started.elapsed() < Duration::from_secs(10), "the connection was not held open");
    assert_eq!(upstream.count(), 0, "no refused request reached Plesk");
}
