//! HTTP/2 over `serve`'s own TLS: chosen by ALPN, answering the panel and the agent path with
//! the same checks as HTTP/1.1 — in particular the host check, which HTTP/2 clients pass as
//! `:authority` instead of a Host header (DNS rebinding must not get through that way).

mod support;

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http2;
use hyper_util::rt::{TokioExecutor, TokioIo};
use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

/// An HTTP/2 connection to 127.0.0.1:`port`, trusting `ca`; also says which protocol ALPN chose.
async fn connect(port: u16, ca: &std::path::Path) -> (http2::SendRequest<Full<Bytes>>, Option<Vec<u8>>) {
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for certificate in rustls_pki_types::CertificateDer::pem_file_iter(ca).unwrap() {
        roots.add(certificate.unwrap()).unwrap();
    }
    let mut config =
        rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec()];
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let name = rustls_pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, tcp).await.unwrap();
    let chosen = tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
    let (sender, connection) = http2::handshake(TokioExecutor::new(), TokioIo::new(tls)).await.unwrap();
    tokio::spawn(connection);
    (sender, chosen)
}

async fn send(
    sender: &mut http2::SendRequest<Full<Bytes>>,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut request = hyper::Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Full::new(Bytes::from(body.to_owned()))).unwrap();
    let answer = sender.send_request(request).await.unwrap();
    let status = answer.status().as_u16();
    let body = answer.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn http2_is_offered_over_tls_with_the_same_checks() {
    let certificates = TestCertificates::make("http2");
    let server =
        Serve::start(&[&certificates.serve_options()[..], &["--sandbox-admin-key", ADMIN_KEY]].concat());
    let port: u16 = server.base().rsplit(':').next().unwrap().parse().unwrap();
    let (mut sender, chosen) = connect(port, &certificates.ca).await;
    assert_eq!(chosen.as_deref(), Some(b"h2".as_slice()), "ALPN chose HTTP/2");
    let origin = format!("https://127.0.0.1:{port}");

    let (status, servers) = send(&mut sender, "GET", &format!("{origin}/servers.json"), &[], "").await;
    assert_eq!(status, 200, "{servers}");
    assert!(servers.contains("\"servers\""), "{servers}");

    let agent = format!("{origin}/enterprise/control/agent.php");
    let (status, listed) =
        send(&mut sender, "POST", &agent, &[("KEY", ADMIN_KEY), ("content-type", "text/xml")], LIST).await;
    assert_eq!(status, 200);
    assert!(listed.contains("<status>ok</status>"), "{listed}");

    // DNS rebinding over HTTP/2: the name arrives as :authority, with no Host header.
    let (status, body) = send(&mut sender, "GET", "https://evil.example/", &[], "").await;
    assert_eq!(status, 421, "{body}");
    let (status, _) = send(
        &mut sender,
        "POST",
        "https://evil.example/enterprise/control/agent.php",
        &[("KEY", ADMIN_KEY)],
        LIST,
    )
    .await;
    assert_eq!(status, 421, "the agent path too");
}

/// HTTP/1.1's limits have HTTP/2 counterparts: a connection that sends nothing for the request
/// timeout is closed (it would otherwise hold one of --max-connections for ever).
#[tokio::test(flavor = "multi_thread")]
async fn an_idle_http2_connection_is_closed_after_the_request_timeout() {
    let certificates = TestCertificates::make("http2-idle");
    let server = Serve::start(
        &[&certificates.serve_options()[..], &["--sandbox-admin-key", ADMIN_KEY, "--request-timeout", "1"]]
            .concat(),
    );
    let port: u16 = server.base().rsplit(':').next().unwrap().parse().unwrap();
    let (mut sender, _) = connect(port, &certificates.ca).await;
    let (status, _) =
        send(&mut sender, "GET", &format!("https://127.0.0.1:{port}/servers.json"), &[], "").await;
    assert_eq!(status, 200);
    let closed = async {
        while sender.ready().await.is_ok() && !sender.is_closed() {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    };
    assert!(
        tokio::time::timeout(std::time::Duration::from_secs(10), closed).await.is_ok(),
        "the idle connection was closed"
    );
}
