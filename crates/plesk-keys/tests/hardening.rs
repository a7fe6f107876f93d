//! Issue 23's findings against the gateway, each reproduced from outside: an audit log that
//! cannot be silenced or fooled, credentials never published, Host edge cases, error pages, and
//! SIGTERM draining the requests in flight (issue 22).

mod support;

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use plesk_xmlapi::{CreateKey, IpList, KeyFilter, Operation, RequestPacket};
use support::*;

fn create_packet() -> String {
    RequestPacket::new(Operation::Create(
        CreateKey::new(IpList::parse("127.0.0.1").unwrap(), "", "").unwrap(),
    ))
    .to_xml()
}

fn list_packet() -> String {
    RequestPacket::new(Operation::GetInfo(KeyFilter::All)).to_xml()
}

/// One request written byte for byte (header values a client library would refuse), over its
/// own connection; the answer's status code (0 when the connection closed without an answer).
fn raw(base: &str, request: &[u8]) -> u16 {
    let address = base.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer);
    text.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0)
}

fn agent_request(host_lines: &str, extra: &[u8], body: &str) -> Vec<u8> {
    let mut request = format!(
        "POST /enterprise/control/agent.php HTTP/1.1\r\n{host_lines}Connection: close\r\nContent-Length: {}\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(extra);
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body.as_bytes());
    request
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stalled_audit_reader_holds_back_only_the_changes_it_must_record() {
    let mut serve = Serve::start_with_unread_stdout(&["--sandbox-admin-key", ADMIN_KEY, "--audit-log", "-"]);
    let agent = serve.agent_url();
    let list = list_packet();
    // ~300 bytes a line: the pipe (64 KiB) and the queue fill long before this ends.
    for index in 0..2000 {
        let answer =
            tokio::time::timeout(Duration::from_secs(10), post(&agent, &[("KEY", ADMIN_KEY)], &list))
                .await
                .unwrap_or_else(|_| panic!("read {index} hangs behind the stalled audit reader"));
        assert_eq!(answer.status, 200);
    }
    for (path, status) in [("/servers.json", 200), ("/index.html", 404)] {
        let url = format!("{}{path}", serve.base());
        let answer = tokio::time::timeout(Duration::from_secs(10), request("GET", &url, &[], ""))
            .await
            .unwrap_or_else(|_| panic!("{path} never waits for the audit log"));
        assert_eq!(answer.status, status, "{path} (no panel in this test: its own sentence)");
    }
    let create =
        tokio::time::timeout(Duration::from_secs(15), post(&agent, &[("KEY", ADMIN_KEY)], &create_packet()))
            .await
            .expect("a change is refused, not left hanging");
    assert_eq!(create.status, 503, "{}", create.body);
    assert!(create.body.contains("audit log"), "{}", create.body);
    let after = post(&agent, &[("KEY", ADMIN_KEY)], &list).await;
    assert_eq!(after.body.matches("<key_info>").count(), 1, "no key was created: {}", after.body);
    assert!(serve.log().contains("audit line lost"), "the access log says the reads went unrecorded");
    assert!(serve.terminate(Duration::from_secs(10)), "SIGTERM still stops it");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_audit_log_that_cannot_be_written_refuses_changes_before_they_reach_plesk() {
    let upstream = RecordingUpstream::start(Reply::list()).await;
    let gateway = Serve::start(&["--upstream", &upstream.url(), "--audit-log", "/dev/full"]);
    let create = post(&gateway.agent_url(), &[("KEY", ADMIN_KEY)], &create_packet()).await;
    assert_eq!(create.status, 503, "{}", create.body);
    assert_eq!(upstream.count(), 0, "nothing reached Plesk");
    let read = post(&gateway.agent_url(), &[("KEY", ADMIN_KEY)], &list_packet()).await;
    assert_eq!(read.status, 200, "reads are answered");
    assert_eq!(upstream.count(), 1);
    assert!(gateway.wait_for_log("was not written").contains("No space left"), "{}", gateway.log());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reopen_that_fails_is_an_error_and_refuses_changes_until_one_succeeds() {
    let dir = fresh_folder("audit-symlink");
    let log = dir.join("audit.jsonl");
    let gateway = Serve::start(&["--sandbox-admin-key", ADMIN_KEY, "--audit-log", log.to_str().unwrap()]);
    let agent = gateway.agent_url();
    assert_eq!(post(&agent, &[("KEY", ADMIN_KEY)], &create_packet()).await.status, 200);
    // Rotated away and replaced by a link to somewhere else: never followed.
    std::fs::rename(&log, dir.join("audit.jsonl.1")).unwrap();
    let elsewhere = dir.join("elsewhere.jsonl");
    std::fs::write(&elsewhere, "").unwrap();
    std::os::unix::fs::symlink(&elsewhere, &log).unwrap();
    let hangup = Command::new("kill").args(["-HUP", &gateway.pid().to_string()]).status().unwrap();
    assert!(hangup.success());
    assert!(gateway.wait_for_log("every change is refused").contains("cannot open the audit log"));
    assert_eq!(post(&agent, &[("KEY", ADMIN_KEY)], &create_packet()).await.status, 503);
    assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "", "the link was not followed");
    std::fs::remove_file(&log).unwrap();
    std::fs::write(&log, "").unwrap();
    std::fs::set_permissions(&log, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let hangup = Command::new("kill").args(["-HUP", &gateway.pid().to_string()]).status().unwrap();
    assert!(hangup.success());
    assert!(gateway.wait_for_log("audit log was reopened").contains("audit log was reopened"));
    assert_eq!(post(&agent, &[("KEY", ADMIN_KEY)], &create_packet()).await.status, 200);
    let mode = std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&log).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o640, "tightened at open");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn credential_headers_twice_or_unreadable_reach_no_server() {
    let upstream = RecordingUpstream::start(Reply::list()).await;
    let gateway = Serve::start(&["--upstream", &upstream.url()]);
    let base = gateway.base();
    let body = list_packet();
    let host = "Host: 127.0.0.1\r\n";
    for (case, extra) in [
        ("two KEY headers", &b"KEY: first-key-value\r\nKEY: second-key-value\r\n"[..]),
        ("KEY outside visible ASCII", b"KEY: caf\xc3\xa9-key\r\n"),
        ("login with a control byte", b"HTTP_AUTH_LOGIN: adm\x7fin\r\nHTTP_AUTH_PASSWD: secret\r\n"),
        ("two passwords", b"HTTP_AUTH_LOGIN: admin\r\nHTTP_AUTH_PASSWD: a\r\nHTTP_AUTH_PASSWD: b\r\n"),
    ] {
        assert_eq!(raw(&base, &agent_request(host, extra, &body)), 400, "{case}");
    }
    assert_eq!(upstream.count(), 0, "nothing was forwarded");
    assert_eq!(raw(&base, &agent_request(host, b"KEY: one-key-value\r\n", &body)), 200);
    let seen = upstream.seen.lock().unwrap();
    assert_eq!(seen[0].headers.get("key"), Some(&vec!["one-key-value".to_owned()]));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_host_that_is_missing_repeated_or_unreadable_is_refused() {
    let serve = Serve::start(&["--sandbox-admin-key", ADMIN_KEY]);
    let base = serve.base();
    let get = |head: &[u8]| {
        let mut request = b"GET /servers.json ".to_vec();
        request.extend_from_slice(head);
        request.extend_from_slice(b"Connection: close\r\n\r\n");
        request
    };
    assert_eq!(raw(&base, &get(b"HTTP/1.1\r\nHost: 127.0.0.1\r\n")), 200);
    assert_eq!(raw(&base, &get(b"HTTP/1.0\r\n")), 400, "HTTP/1.0 without Host");
    assert_eq!(
        raw(&base, &get(b"HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n")),
        400,
        "two Host lines"
    );
    assert_eq!(raw(&base, &get(b"HTTP/1.1\r\nHost: \xffevil\r\n")), 400, "an undecodable Host");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_upstream_error_page_never_reaches_the_browser() {
    let page = "<!DOCTYPE html><html><body>Internal error at https://10.0.0.5:8443/admin/ in /usr/local/psa/admin/plib</body></html>";
    let upstream = RecordingUpstream::start(Reply::answering(500, page, "text/html")).await;
    let gateway = Serve::start(&["--upstream", &upstream.url()]);
    let answer = post(&gateway.agent_url(), &[("KEY", "k")], &list_packet()).await;
    assert_eq!(answer.status, 502);
    assert!(!answer.body.contains("10.0.0.5") && !answer.body.contains("/usr/local/psa"), "{}", answer.body);
    assert!(answer.body.contains("something other than an XML API packet"), "{}", answer.body);
}

#[test]
fn an_upstream_url_with_a_password_is_refused_and_never_repeated() {
    let dir = fresh_folder("userinfo");
    let servers = dir.join("servers.toml");
    std::fs::write(
        &servers,
        "[[server]]\nname = \"eu1\"\nurl = \"http://admin:PleskPassw0rd@127.0.0.1:39010\"\n",
    )
    .unwrap();
    for arguments in [
        vec!["--upstream", "http://admin:PleskPassw0rd@127.0.0.1:39010"],
        vec!["--servers", servers.to_str().unwrap()],
    ] {
        let output = Command::new(binary())
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(&arguments)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let (stdout, stderr) =
            (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(!output.status.success(), "{arguments:?} started: {stdout}");
        assert!(stderr.contains("user name or password"), "{stderr}");
        assert!(!stdout.contains("PleskPassw0rd") && !stderr.contains("PleskPassw0rd"), "{stdout}{stderr}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_tls_key_others_can_read_is_named_at_start() {
    let dir = fresh_folder("tls-key-mode");
    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let (certificate, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&certificate, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.signing_key.serialize_pem()).unwrap();
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let serve = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--tls-cert",
        certificate.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ]);
    let log = serve.wait_for_log("can be read by every user");
    assert!(log.contains(&key.display().to_string()), "{log}");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_lets_the_request_in_flight_finish() {
    let upstream =
        RecordingUpstream::start(Reply { delay: Duration::from_millis(1500), ..Reply::list() }).await;
    let mut gateway = Serve::start(&["--upstream", &upstream.url(), "--request-timeout", "10"]);
    let agent = gateway.agent_url();
    let in_flight = tokio::spawn(async move { post(&agent, &[("KEY", "k")], &list_packet()).await });
    for _ in 0..100 {
        if upstream.count() == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(upstream.count(), 1, "the request reached the upstream");
    let base = gateway.base();
    let stopped = tokio::task::spawn_blocking(move || gateway.terminate(Duration::from_secs(8)));
    let answer = in_flight.await.unwrap();
    assert_eq!((answer.status, answer.body.as_str()), (200, LIST_REPLY), "answered, not cut off");
    assert!(stopped.await.unwrap(), "then it exits");
    let address = base.trim_start_matches("http://").to_owned();
    assert!(std::net::TcpStream::connect(address).is_err(), "and accepts nothing more");
}
