//! The `serve` router answered in-process (`tower::ServiceExt::oneshot`): no listener, no
//! binary. The tests that spawn `plesk-keys serve` cover the accept loop around it.

use std::net::TcpListener;
use std::path::PathBuf;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;

const ASSET: &str = "/app-0123456789abcdef.js";

/// A built panel in a fresh folder: a page with the nonce placeholder, an asset and its `.br` twin.
fn dist(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pkp-router-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<head><script nonce=\"{{__TRUNK NONCE__}}\"></script></head>")
        .unwrap();
    std::fs::write(dir.join("app-0123456789abcdef.js"), "0123456789").unwrap();
    std::fs::write(dir.join("app-0123456789abcdef.js.br"), "compressed").unwrap();
    dir
}

fn panel(test: &str) -> Router {
    let dir = dist(test);
    plesk_keys::serve::in_process(&["--dist", dir.to_str().unwrap(), "--quiet"]).expect("a router")
}

/// A request as an HTTP/1.1 client sends it (with Host, 127.0.0.1 unless `headers` name one).
fn request(method: &str, path: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let mut request = builder.body(Body::empty()).unwrap();
    if !request.headers().contains_key(header::HOST) {
        request.headers_mut().insert(header::HOST, "127.0.0.1:8080".parse().unwrap());
    }
    request
}

async fn send(router: &Router, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = router.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts.status, parts.headers, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn an_unchanged_asset_is_304() {
    let router = panel("304");
    let (status, headers, body) = send(&router, request("GET", ASSET, &[])).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "0123456789"));
    assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
    let modified = headers[header::LAST_MODIFIED].to_str().unwrap().to_owned();
    let (status, _, body) = send(&router, request("GET", ASSET, &[("if-modified-since", &modified)])).await;
    assert_eq!((status, body.as_str()), (StatusCode::NOT_MODIFIED, ""));
}

#[tokio::test]
async fn a_range_is_206() {
    let router = panel("range");
    let (status, headers, body) = send(&router, request("GET", ASSET, &[("range", "bytes=2-4")])).await;
    assert_eq!((status, body.as_str()), (StatusCode::PARTIAL_CONTENT, "234"));
    assert_eq!(headers[header::CONTENT_RANGE], "bytes 2-4/10");
}

#[tokio::test]
async fn head_has_no_body() {
    let router = panel("head");
    let (status, headers, body) = send(&router, request("HEAD", ASSET, &[])).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, ""));
    assert_eq!(headers[header::CONTENT_LENGTH], "10");
    let (status, headers, body) = send(&router, request("HEAD", "/", &[])).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, ""));
    assert!(headers["content-security-policy"].to_str().unwrap().contains("'nonce-"));
}

#[tokio::test]
async fn precompressed_twins_and_pages_with_a_fresh_nonce() {
    let router = panel("br");
    let (_, headers, body) = send(&router, request("GET", ASSET, &[("accept-encoding", "gzip, br")])).await;
    assert_eq!((headers[header::CONTENT_ENCODING].to_str().unwrap(), body.as_str()), ("br", "compressed"));
    let (_, headers, body) = send(&router, request("GET", ASSET, &[("accept-encoding", "br;q=0")])).await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(body, "0123456789");
    let (_, first, page) = send(&router, request("GET", "/", &[])).await;
    let (_, second, _) = send(&router, request("GET", "/", &[])).await;
    assert_ne!(first["content-security-policy"], second["content-security-policy"]);
    let nonce = page.split("nonce=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
    assert!(first["content-security-policy"].to_str().unwrap().contains(&format!("'nonce-{nonce}'")));
    assert_eq!(first[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(first["cross-origin-opener-policy"], "same-origin", "no window shared with an opener");
    let features = first["permissions-policy"].to_str().unwrap();
    assert!(features.contains("camera=()") && features.contains("geolocation=()"), "{features}");
    let (status, _, _) = send(&router, request("GET", "/.git/config", &[])).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = send(&router, request("POST", ASSET, &[])).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}

/// A foreign Origin is refused with 403 before anything reaches the Plesk server, and a
/// foreign Host with 421: the upstream here is a listener that must never see a connection.
#[tokio::test]
async fn refused_before_forwarding() {
    let plesk = TcpListener::bind("127.0.0.1:0").unwrap();
    plesk.set_nonblocking(true).unwrap();
    let upstream = format!("http://{}", plesk.local_addr().unwrap());
    let router = plesk_keys::serve::in_process(&[
        "--upstream",
        &upstream,
        "--allow-origin",
        "https://portal.example.com",
        "--quiet",
    ])
    .unwrap();
    let agent = "/enterprise/control/agent.php";
    let post = |headers: &[(&str, &str)]| {
        let mut request = request("POST", agent, headers);
        *request.body_mut() = Body::from("<packet/>");
        request.headers_mut().insert(header::CONTENT_LENGTH, 9.into());
        request
    };
    let (status, headers, _) =
        send(&router, post(&[("KEY", "k"), ("origin", "https://evil.example.com")])).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(headers["content-security-policy"], "default-src 'none'");
    let mut large = request("POST", agent, &[("origin", "https://evil.example.com")]);
    *large.body_mut() = Body::from(vec![b' '; 2 << 20]);
    assert_eq!(send(&router, large).await.0, StatusCode::FORBIDDEN, "the origin before the size");
    let (status, _, _) = send(&router, post(&[("KEY", "k"), ("host", "rebound.example.com")])).await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST);
    let (status, _, _) = send(&router, post(&[("KEY", "k"), ("transfer-encoding", "chunked")])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let mut without_host = post(&[("KEY", "k")]);
    without_host.headers_mut().remove(header::HOST);
    let (status, _, body) = send(&router, without_host).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "HTTP/1.1 without Host would skip the host check: {body}");
    assert_eq!(
        plesk.accept().map(|_| ()).unwrap_err().kind(),
        std::io::ErrorKind::WouldBlock,
        "nothing reached the Plesk server"
    );
    let (status, headers, _) = send(
        &router,
        request(
            "OPTIONS",
            agent,
            &[("origin", "https://portal.example.com"), ("access-control-request-method", "POST")],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(headers["access-control-allow-origin"], "https://portal.example.com");
    let (status, _, body) =
        send(&router, request("POST", "/servers/nope/enterprise/control/agent.php", &[])).await;
    assert_eq!((status, body.as_str()), (StatusCode::NOT_FOUND, "There is no server of that name.\n"));
}

#[tokio::test]
async fn the_sandbox_answers_in_process() {
    let router = plesk_keys::serve::in_process(&["--quiet"]).unwrap();
    let (status, headers, body) = send(&router, request("GET", "/servers.json", &[])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert!(body.starts_with("{\"servers\":["), "{body}");
    let (status, _, body) = send(&router, request("HEAD", "/servers.json", &[])).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, ""));
    let (status, _, _) = send(&router, request("DELETE", "/servers.json", &[])).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}
