//! `deploy/nginx.conf` as an operator fills it in (envsubst's placeholders), run by the shared
//! nginx runner of the test suites (`crates/e2e/src/nginx.rs`).

use std::path::Path;

pub use super::nginx::{run_nginx, Nginx};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn start_nginx(
    dir: &Path,
    upstream: &str,
    ca: &Path,
    cert: &Path,
    key: &Path,
    dist: &Path,
) -> (Nginx, u16) {
    let port = free_port();
    let server_block = filled_template(port, upstream, ca, cert, key, dist);
    (run_nginx(dir, port, &server_block), port)
}

/// `deploy/nginx.conf` with every placeholder filled, as envsubst would.
pub fn filled_template(port: u16, upstream: &str, ca: &Path, cert: &Path, key: &Path, dist: &Path) -> String {
    let template =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/nginx.conf"))
            .unwrap();
    let server_block = [
        ("${PKP_LISTEN}", format!("127.0.0.1:{port}")),
        ("${PKP_SERVER_NAME}", "localhost".to_owned()),
        ("${PKP_TLS_CERT}", cert.display().to_string()),
        ("${PKP_TLS_KEY}", key.display().to_string()),
        ("${PKP_DIST}", dist.display().to_string()),
        ("${PKP_PLESK_ADDRESS}", upstream.trim_start_matches("https://").to_owned()),
        ("${PKP_PLESK_NAME}", "localhost".to_owned()),
        ("${PKP_PLESK_CA}", ca.display().to_string()),
        ("${PKP_FRAME_ANCESTORS}", "https://portal.example.com".to_owned()),
    ]
    .iter()
    .fold(template, |text, (placeholder, value)| text.replace(placeholder, value));
    let unfilled = server_block
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .any(|line| line.contains("${PKP_"));
    assert!(!unfilled, "every placeholder is filled");
    server_block
}
