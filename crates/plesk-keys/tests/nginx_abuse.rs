//! One abuse table, run against `plesk-keys serve --upstream` and against nginx with
//! `deploy/nginx.conf`, both in front of the same hostile stand-in Plesk.

mod support;

use std::sync::{Arc, Mutex};

use support::deploy_nginx::*;
use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

/// What a stand-in Plesk saw of one request.
#[derive(Debug, Clone)]
struct PleskSaw {
    uri: String,
    headers: Vec<String>,
}

/// A stand-in Plesk over TLS (the test certificate) that answers with everything a gateway must
/// not pass back (cookies, CORS grants, banners), or with a redirect when the body asks for one.
async fn hostile_plesk(certificates: &TestCertificates) -> (u16, Arc<Mutex<Vec<PleskSaw>>>) {
    use http_body_util::{BodyExt, Full};
    use rustls_pki_types::pem::PemObject;
    let chain: Vec<_> = rustls_pki_types::CertificateDer::pem_file_iter(&certificates.cert)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let key = rustls_pki_types::PrivateKeyDer::from_pem_file(&certificates.key).unwrap();
    let config =
        rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let record = Arc::clone(&record);
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else { return };
                let service =
                    hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                        let record = Arc::clone(&record);
                        async move {
                            let uri = request.uri().to_string();
                            let headers =
                                request.headers().keys().map(|name| name.as_str().to_owned()).collect();
                            let body =
                                request.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                            record.lock().unwrap().push(PleskSaw { uri, headers });
                            let redirect = String::from_utf8_lossy(&body).contains("<redirect/>");
                            let mut response = hyper::Response::new(Full::new(bytes::Bytes::from_static(
                                LIST_REPLY.as_bytes(),
                            )));
                            let h = response.headers_mut();
                            if redirect {
                                *response.status_mut() = hyper::StatusCode::FOUND;
                                response
                                    .headers_mut()
                                    .insert("location", "https://elsewhere.example/".parse().unwrap());
                                return Ok::<_, std::convert::Infallible>(response);
                            }
                            for (name, value) in [
                                ("content-type", "text/xml"),
                                ("set-cookie", "PLESKSESSID=stolen"),
                                ("access-control-allow-origin", "*"),
                                ("access-control-allow-credentials", "true"),
                                ("x-powered-by", "Plesk stand-in"),
                                ("server", "plesk-stand-in"),
                                ("refresh", "0; url=https://elsewhere.example/"),
                                ("location", "https://elsewhere.example/"),
                            ] {
                                h.insert(name, value.parse().unwrap());
                            }
                            Ok(response)
                        }
                    });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    (port, seen)
}

/// What a row of the abuse table expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Refused with a 4xx; nothing reaches Plesk.
    Refused,
    /// Exactly this status; nothing reaches Plesk.
    Status(u16),
    /// Forwarded once, exactly to the agent path, and answered 200 with Plesk's answer only.
    Forwarded,
}

/// A row of the abuse table: name, method, path, headers, body, expectation.
type AbuseRow<'a> = (&'a str, &'a str, String, Vec<(&'a str, &'a str)>, &'a str, Expect);

/// One abuse table, run against `plesk-keys serve --upstream` and against nginx with
/// deploy/nginx.conf, both in front of the same hostile stand-in Plesk: the two keep the same
/// promises.
#[tokio::test(flavor = "multi_thread")]
async fn one_abuse_table_for_the_binary_and_nginx() {
    let certificates = TestCertificates::make("abuse");
    let dist = certificates.dir.join("dist");
    std::fs::create_dir_all(dist.join(".git")).unwrap();
    let page =
        "<!doctype html><title>panel</title><script nonce=\"{{__TRUNK NONCE__}}\" src=\"x.js\"></script>";
    std::fs::write(dist.join("index.html"), page).unwrap();
    std::fs::write(dist.join("other.html"), page).unwrap();
    std::fs::write(dist.join(".secret"), "secret").unwrap();
    std::fs::write(dist.join(".git/config"), "[core]").unwrap();
    let (plesk_port, seen) = hostile_plesk(&certificates).await;
    let upstream = format!("https://127.0.0.1:{plesk_port}");

    let binary = Serve::start_with_dist(
        &dist,
        &["--upstream", &upstream, "--upstream-ca", certificates.ca.to_str().unwrap(), "--quiet"],
    );
    let binary_port: u16 = binary.base().rsplit(':').next().unwrap().parse().unwrap();
    let nginx_dir = certificates.dir.join("nginx-abuse");
    std::fs::create_dir_all(&nginx_dir).unwrap();
    let (_nginx, nginx_port) =
        start_nginx(&nginx_dir, &upstream, &certificates.ca, &certificates.cert, &certificates.key, &dist);

    let agent = "/enterprise/control/agent.php";
    let big = "x".repeat(2 * 1024 * 1024);
    let chunked = format!("{:x}\r\n{LIST}\r\n0\r\n\r\n", LIST.len());
    for (front, port) in [("plesk-keys serve", binary_port), ("nginx", nginx_port)] {
        let own_origin = format!("http://127.0.0.1:{port}");
        let host = format!("127.0.0.1:{port}");
        let rows: Vec<AbuseRow> = vec![
            (
                "a foreign Origin",
                "POST",
                agent.into(),
                vec![("Origin", "https://evil.example"), ("KEY", "k")],
                LIST,
                Expect::Status(403),
            ),
            (
                "the panel's own Origin",
                "POST",
                agent.into(),
                vec![("Origin", &own_origin), ("KEY", "k")],
                LIST,
                Expect::Forwarded,
            ),
            ("GET on the agent path", "GET", agent.into(), vec![], "", Expect::Refused),
            ("PUT on the agent path", "PUT", agent.into(), vec![("KEY", "k")], LIST, Expect::Refused),
            (
                "a query string",
                "POST",
                format!("{agent}?KEY=x&panel=javascript:alert(1)"),
                vec![("KEY", "k")],
                LIST,
                Expect::Forwarded,
            ),
            (
                "browser and portal headers",
                "POST",
                agent.into(),
                vec![
                    ("KEY", "k"),
                    ("Cookie", "portal=1"),
                    ("Authorization", "Bearer portal"),
                    ("X-Forwarded-For", "203.0.113.9"),
                ],
                LIST,
                Expect::Forwarded,
            ),
            (
                "Transfer-Encoding with Content-Length",
                "POST",
                agent.into(),
                vec![("KEY", "k"), ("Transfer-Encoding", "chunked")],
                &chunked,
                Expect::Status(400),
            ),
            ("a body over 1 MiB", "POST", agent.into(), vec![("KEY", "k")], &big, Expect::Status(413)),
            (
                "a redirect from Plesk",
                "POST",
                agent.into(),
                vec![("KEY", "k")],
                "<redirect/>",
                Expect::Status(502),
            ),
            ("a dotfile", "GET", "/.secret".into(), vec![], "", Expect::Status(404)),
            ("a dot folder", "GET", "/.git/config".into(), vec![], "", Expect::Status(404)),
            ("another HTML page", "GET", "/other.html".into(), vec![], "", Expect::Status(200)),
        ];
        for (name, method, path, mut headers, body, expect) in rows {
            headers.push(("Host", &host));
            let before = seen.lock().unwrap().len();
            let answer = raw_request(port, method, &path, &headers, body).await;
            let reached: Vec<PleskSaw> = seen.lock().unwrap()[before..].to_vec();
            let label = format!(
                "{front}, {name}: {} {}",
                answer.head.lines().next().unwrap_or(""),
                answer.body.chars().take(200).collect::<String>()
            );
            match expect {
                Expect::Refused => {
                    assert!((400..500).contains(&answer.status), "{label}");
                    assert!(reached.is_empty(), "{label}: reached Plesk");
                }
                Expect::Status(status) => {
                    assert_eq!(answer.status, status, "{label}");
                    if path.starts_with(agent) && status != 502 {
                        assert!(reached.is_empty(), "{label}: reached Plesk");
                    }
                }
                Expect::Forwarded => {
                    assert_eq!(answer.status, 200, "{label}");
                    assert_eq!(reached.len(), 1, "{label}");
                    assert_eq!(reached[0].uri, agent, "{label}: exactly the agent path, no query string");
                    for absent in ["cookie", "authorization", "x-forwarded-for", "origin", "x-forwarded-host"]
                    {
                        assert!(
                            !reached[0].headers.iter().any(|h| h == absent),
                            "{label}: {absent} reached Plesk"
                        );
                    }
                    assert!(answer.body.contains("<status>ok</status>"), "{label}");
                    assert!(answer.head.contains("\r\ncontent-type: text/xml"), "{label}");
                    assert!(
                        answer.head.contains("\r\ncontent-security-policy: default-src 'none'"),
                        "{label}"
                    );
                    assert!(answer.head.contains("\r\ncache-control: no-store"), "{label}");
                    for leaked in [
                        "set-cookie",
                        "access-control-",
                        "x-powered-by",
                        "plesk-stand-in",
                        "refresh:",
                        "location:",
                    ] {
                        assert!(!answer.head.contains(leaked), "{label}: Plesk's {leaked} passed back");
                    }
                }
            }
            if name == "a redirect from Plesk" {
                assert!(!answer.head.contains("location:"), "{label}: the redirect's target passed back");
            }
            if name == "another HTML page" {
                let policy = answer
                    .head
                    .lines()
                    .find(|l| l.starts_with("content-security-policy:"))
                    .unwrap_or_default();
                assert!(
                    policy.contains("default-src 'none'") && policy.contains("'nonce-"),
                    "{label}: {policy}"
                );
                assert!(!answer.body.contains("TRUNK NONCE"), "{label}: the nonce is filled in");
            }
        }
    }
}
