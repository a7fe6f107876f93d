//! What `serve` says in its headers and what it refuses to parse: HSTS over its own TLS, agent
//! answers always XML with a CSP whatever Plesk sent, no Transfer-Encoding (request smuggling).

mod support;

use std::time::Duration;

use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

#[tokio::test(flavor = "multi_thread")]
async fn hsts_only_when_serving_tls() {
    let certificates = TestCertificates::make("hsts");
    let tls =
        Serve::start(&[&certificates.serve_options()[..], &["--sandbox-admin-key", ADMIN_KEY]].concat());
    let port: u16 = tls.base().rsplit(':').next().unwrap().parse().unwrap();
    let head = tls_request(port, &certificates.ca, "GET", "/", &[("Host", "127.0.0.1")], "").await.head;
    assert!(head.contains("\r\nstrict-transport-security: max-age=31536000"), "{head}");
    let plain = Serve::start(&["--sandbox-admin-key", ADMIN_KEY]);
    let answer = request("GET", &format!("{}/", plain.base()), &[], "").await;
    assert!(answer.headers.get("strict-transport-security").is_none(), "never over plain http");
}

#[tokio::test(flavor = "multi_thread")]
async fn agent_answers_are_xml_with_a_csp_whatever_plesk_sent() {
    let html = RecordingUpstream::start(Reply::answering(200, LIST_REPLY, "text/html")).await;
    let gateway = Serve::start(&["--upstream", &html.url()]);
    let answer = post(&gateway.agent_url(), &[("KEY", "k")], LIST).await;
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.headers["content-type"], "text/xml; charset=UTF-8",
        "Plesk's text/html is not passed on"
    );
    assert_eq!(answer.headers["content-security-policy"], "default-src 'none'");
    let script =
        RecordingUpstream::start(Reply::answering(200, "<script>alert(1)</script>", "text/html")).await;
    let gateway = Serve::start(&["--upstream", &script.url()]);
    let answer = post(&gateway.agent_url(), &[("KEY", "k")], LIST).await;
    assert_eq!(answer.status, 502, "not an XML packet: never passed on");
    assert!(!answer.body.contains("script"), "{}", answer.body);
    assert_eq!(answer.headers["content-security-policy"], "default-src 'none'");
    let refused = request("GET", &gateway.agent_url(), &[], "").await;
    assert_eq!(refused.headers["content-security-policy"], "default-src 'none'", "errors too");
    let sandbox = Serve::start(&["--sandbox-admin-key", ADMIN_KEY]);
    let answer = post(&sandbox.agent_url(), &[("KEY", ADMIN_KEY)], LIST).await;
    assert_eq!(answer.headers["content-type"], "text/xml; charset=UTF-8");
    assert_eq!(answer.headers["content-security-policy"], "default-src 'none'");
}

/// Sends raw bytes and returns the status line of the answer.
async fn status_line(base: &str, raw: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(base.trim_start_matches("http://")).await.unwrap();
    stream.write_all(raw.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).lines().next().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn transfer_encoding_is_refused() {
    let upstream = RecordingUpstream::start(Reply::list()).await;
    let gateway = Serve::start(&["--upstream", &upstream.url()]);
    let chunked = format!("{:x}\r\n{LIST}\r\n0\r\n\r\n", LIST.len());
    let both = format!(
        "POST /enterprise/control/agent.php HTTP/1.1\r\nHost: 127.0.0.1\r\nKEY: k\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n{chunked}"
    );
    assert!(
        status_line(&gateway.base(), &both).await.contains(" 400 "),
        "Transfer-Encoding with Content-Length"
    );
    let te_first = format!(
        "POST /enterprise/control/agent.php HTTP/1.1\r\nHost: 127.0.0.1\r\nKEY: k\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n{chunked}"
    );
    assert!(status_line(&gateway.base(), &te_first).await.contains(" 400 "), "in either order");
    let only_te = format!(
        "POST /enterprise/control/agent.php HTTP/1.1\r\nHost: 127.0.0.1\r\nKEY: k\r\nTransfer-Encoding: chunked\r\n\r\n{chunked}"
    );
    assert!(status_line(&gateway.base(), &only_te).await.contains(" 400 "), "Transfer-Encoding alone");
    assert_eq!(upstream.count(), 0, "nothing refused reached Plesk");
    let fine = format!(
        "POST /enterprise/control/agent.php HTTP/1.1\r\nHost: 127.0.0.1\r\nKEY: k\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{LIST}",
        LIST.len()
    );
    assert!(status_line(&gateway.base(), &fine).await.contains(" 200 "));
}
