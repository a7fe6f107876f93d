//! `deploy/nginx.conf`, filled in and run by a real nginx on loopback in front of the sandbox
//! (over verified TLS): create, list and delete through it, with a key and with login+password.

mod support;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

struct Nginx {
    child: Child,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn nginx_binary() -> &'static str {
    ["/usr/sbin/nginx", "/usr/bin/nginx"]
        .into_iter()
        .find(|path| Path::new(path).exists())
        .expect("nginx is required (Debian package nginx; `cargo xtask test` installs it)")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_nginx(dir: &Path, upstream: &str, ca: &Path, cert: &Path, key: &Path, dist: &Path) -> (Nginx, u16) {
    let port = free_port();
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
    let as_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    let main = format!(
        "{user}daemon off;\nmaster_process off;\nworker_processes 1;\npid {dir}/nginx.pid;\nerror_log {dir}/error.log;\n\
         events {{ worker_connections 256; }}\n\
         http {{\n include /etc/nginx/mime.types;\n types {{ application/wasm wasm; }}\n access_log {dir}/access.log;\n\
         client_body_temp_path {dir}/body;\n proxy_temp_path {dir}/proxy;\n fastcgi_temp_path {dir}/fastcgi;\n\
         uwsgi_temp_path {dir}/uwsgi;\n scgi_temp_path {dir}/scgi;\n{server_block}\n}}\n",
        user = if as_root { "user root;\n" } else { "" },
        dir = dir.display(),
    );
    let config = dir.join("nginx.conf");
    std::fs::write(&config, main).unwrap();
    let test =
        Command::new(nginx_binary()).args(["-t", "-p"]).arg(dir).arg("-c").arg(&config).output().unwrap();
    assert!(test.status.success(), "nginx -t: {}", String::from_utf8_lossy(&test.stderr));
    let child = Command::new(nginx_binary())
        .args(["-p"])
        .arg(dir)
        .arg("-c")
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    (Nginx { child }, port)
}

#[tokio::test(flavor = "multi_thread")]
async fn create_list_delete_through_nginx_with_a_key_and_with_login_and_password() {
    let certificates = TestCertificates::make("nginx");
    let dir = certificates.dir.join("nginx");
    let dist = certificates.dir.join("dist");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        "<!doctype html><title>panel</title><script type=\"module\" nonce=\"{{__TRUNK NONCE__}}\">import './app.js';</script>",
    )
    .unwrap();
    std::fs::write(dist.join("app-0123456789abcdef_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    let plesk = Serve::start(&[
        "--tls-cert",
        certificates.cert.to_str().unwrap(),
        "--tls-key",
        certificates.key.to_str().unwrap(),
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--sandbox-admin-password",
        "nginx-test-pw",
        "--trusted-proxy",
        "127.0.0.1",
    ]);
    let (_nginx, port) =
        start_nginx(&dir, &plesk.base(), &certificates.ca, &certificates.cert, &certificates.key, &dist);
    let agent = format!("http://127.0.0.1:{port}/enterprise/control/agent.php");

    let create = "<packet><secret_key><create><ip_address>192.0.2.44</ip_address><description>via nginx</description></create></secret_key></packet>";
    let created =
        post(&agent, &[("KEY", ADMIN_KEY), ("Content-Type", "text/xml"), ("Cookie", "portal=1")], create)
            .await;
    let error_log = || std::fs::read_to_string(dir.join("error.log")).unwrap_or_default();
    assert_eq!(created.status, 200, "{}\nnginx error log:\n{}", created.body, error_log());
    assert!(created.body.contains("<status>ok</status>"), "{}", created.body);
    assert_eq!(created.headers["cache-control"], "no-store");

    let login = [("HTTP_AUTH_LOGIN", "admin"), ("HTTP_AUTH_PASSWD", "nginx-test-pw")];
    let listed = post(&agent, &login, LIST).await;
    assert!(
        listed.body.contains("<description>via nginx</description>"),
        "underscore headers survive: {}",
        listed.body
    );
    let id = listed
        .body
        .split("<key_info>")
        .find(|entry| entry.contains("via nginx"))
        .and_then(|entry| entry.split("<key>").nth(1))
        .and_then(|rest| rest.split("</key>").next())
        .expect("the new key's ID")
        .to_owned();
    let delete = format!(
        "<packet><secret_key><delete><filter><key>{id}</key></filter></delete></secret_key></packet>"
    );
    let deleted = post(&agent, &login, &delete).await;
    assert!(deleted.body.contains("<status>ok</status>"), "{}", deleted.body);
    assert!(!post(&agent, &[("KEY", ADMIN_KEY)], LIST).await.body.contains("via nginx"));

    assert_eq!(request("GET", &agent, &[], "").await.status, 403, "POST only");
    let too_big = "x".repeat(2 * 1024 * 1024);
    assert_eq!(post(&agent, &[("KEY", ADMIN_KEY)], &too_big).await.status, 413);
    let index = request("GET", &format!("http://127.0.0.1:{port}/"), &[], "").await;
    assert_eq!((index.status, index.headers["cache-control"].to_str().unwrap()), (200, "no-cache"));
    let policy = index.headers["content-security-policy"].to_str().unwrap().to_owned();
    let nonce = policy.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).unwrap().to_owned();
    assert_eq!(nonce.len(), 32, "{policy}");
    assert!(
        index.body.contains(&format!("nonce=\"{nonce}\"")),
        "the page carries the header's nonce: {}",
        index.body
    );
    assert!(
        policy.contains("frame-ancestors https://portal.example.com")
            && policy.contains("default-src 'none'")
    );
    let again = request("GET", &format!("http://127.0.0.1:{port}/"), &[], "").await;
    assert!(!again.body.contains(&nonce), "a fresh nonce per response");
    let asset =
        request("GET", &format!("http://127.0.0.1:{port}/app-0123456789abcdef_bg.wasm"), &[], "").await;
    assert_eq!(asset.headers["content-type"], "application/wasm");
    assert!(asset.headers["cache-control"].to_str().unwrap().contains("immutable"));

    // Plesk sees nginx; with a wrong trusted CA nginx refuses the upstream.
    let (_other, other_port) = start_nginx(
        &{
            let d = certificates.dir.join("nginx-wrong-ca");
            std::fs::create_dir_all(&d).unwrap();
            d
        },
        &plesk.base(),
        &certificates.other_ca,
        &certificates.cert,
        &certificates.key,
        &dist,
    );
    let refused = post(
        &format!("http://127.0.0.1:{other_port}/enterprise/control/agent.php"),
        &[("KEY", ADMIN_KEY)],
        LIST,
    )
    .await;
    assert_eq!(refused.status, 502, "TLS to Plesk is verified");
}
