//! `deploy/nginx.conf`, filled in and run by a real nginx on loopback in front of the sandbox
//! (over verified TLS): create, list and delete through it, with a key and with login+password;
//! and with its "fleet" lines filled in, in front of two sandboxes, as `serve --servers` does.

mod support;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
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
    let server_block = filled_template(port, upstream, ca, cert, key, dist);
    (run_nginx(dir, port, &server_block), port)
}

/// `deploy/nginx.conf` with every placeholder filled, as envsubst would.
fn filled_template(port: u16, upstream: &str, ca: &Path, cert: &Path, key: &Path, dist: &Path) -> String {
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

/// Runs nginx with `server_block` (listening on `port`) in its http context, in the folder `dir`,
/// until dropped.
fn run_nginx(dir: &Path, port: u16, server_block: &str) -> Nginx {
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
    Nginx { child }
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

/// The `n`-th ```nginx block of the README's portal recipe, without the list indentation.
fn readme_nginx_block(n: usize) -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md")).unwrap();
    let recipe = readme.split("- **Sub-path**").nth(1).expect("the README's portal recipe");
    let block =
        recipe.split("```nginx\n").nth(n + 1).and_then(|rest| rest.split("```").next()).expect("a block");
    block.lines().map(|line| line.strip_prefix("  ").unwrap_or(line)).collect::<Vec<_>>().join("\n")
}

/// The README's portal recipe, run as written: a TLS nginx with the panel on a sub-path in front
/// of `serve`; the browser's requests (Origin, Host as it sends them) create, list and delete —
/// with `--public-origin`, with `--trusted-proxy` and the X-Forwarded-* lines, refused without.
#[tokio::test(flavor = "multi_thread")]
async fn the_readme_portal_recipe_works_over_tls_on_a_sub_path() {
    let certificates = TestCertificates::make("portal");
    let dist = certificates.dir.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>panel</title>").unwrap();
    let recipe = readme_nginx_block(0);
    let forwarded_lines = readme_nginx_block(1);
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md")).unwrap();
    for promised in [
        "plesk-keys serve --public-origin https://portal.example.com`",
        "plesk-keys serve --trusted-proxy 127.0.0.1 --allowed-host portal.example.com`",
    ] {
        assert!(readme.contains(promised), "the README names the flags this test uses: {promised}");
    }
    let portal = |name: &str, port: u16, serve: &Serve, with_forwarded: bool| {
        let mut block = recipe
            .replace("listen 443 ssl;", &format!("listen 127.0.0.1:{port} ssl;"))
            .replace("/etc/ssl/portal.pem", certificates.cert.to_str().unwrap())
            .replace("/etc/ssl/portal.key", certificates.key.to_str().unwrap())
            .replace("http://127.0.0.1:8080/", &format!("{}/", serve.base()));
        if with_forwarded {
            let host_line = "proxy_set_header Host $http_host;";
            block = block.replace(host_line, &format!("{host_line}\n{forwarded_lines}"));
        }
        let dir = certificates.dir.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        run_nginx(&dir, port, &block)
    };
    let sandbox = |extra: &[&str]| {
        let mut args = vec!["--sandbox-admin-key", ADMIN_KEY, "--quiet"];
        args.extend_from_slice(extra);
        Serve::start_with_dist(&dist, &args)
    };

    // The origin as the browser has it: the portal's name and nginx's (test) port.
    let (public_port, trusting_port, bare_port) = (free_port(), free_port(), free_port());
    let public = sandbox(&["--public-origin", &format!("https://portal.example.com:{public_port}")]);
    let trusting = sandbox(&["--trusted-proxy", "127.0.0.1", "--allowed-host", "portal.example.com"]);
    let bare = sandbox(&["--allowed-host", "portal.example.com"]);
    let _a = portal("public", public_port, &public, false);
    let _b = portal("trusting", trusting_port, &trusting, true);
    let _c = portal("bare", bare_port, &bare, false);

    let agent = "/tools/plesk-keys/enterprise/control/agent.php";
    let create = "<packet><secret_key><create><ip_address>192.0.2.80</ip_address><description>portal</description></create></secret_key></packet>";
    for (label, nginx_port) in [("--public-origin", public_port), ("--trusted-proxy", trusting_port)] {
        let origin = format!("https://portal.example.com:{nginx_port}");
        let host = format!("portal.example.com:{nginx_port}");
        let browser = [("Host", host.as_str()), ("Origin", origin.as_str()), ("KEY", ADMIN_KEY)];
        let page =
            tls_request(nginx_port, &certificates.ca, "GET", "/tools/plesk-keys/", &browser[..1], "").await;
        assert_eq!(page.status, 200, "{label}: the panel on its sub-path: {}", page.head);
        let created = tls_request(nginx_port, &certificates.ca, "POST", agent, &browser, create).await;
        assert_eq!(created.status, 200, "{label}: {} {}", created.head, created.body);
        assert!(created.body.contains("<status>ok</status>"), "{label}: {}", created.body);
        let listed = tls_request(nginx_port, &certificates.ca, "POST", agent, &browser, LIST).await;
        let id = listed
            .body
            .split("<key_info>")
            .find(|entry| entry.contains("<description>portal</description>"))
            .and_then(|entry| entry.split("<key>").nth(1))
            .and_then(|rest| rest.split("</key>").next())
            .unwrap_or_else(|| panic!("{label}: the new key is listed: {}", listed.body))
            .to_owned();
        let delete = format!(
            "<packet><secret_key><delete><filter><key>{id}</key></filter></delete></secret_key></packet>"
        );
        let deleted = tls_request(nginx_port, &certificates.ca, "POST", agent, &browser, &delete).await;
        assert!(deleted.body.contains("<status>ok</status>"), "{label}: {}", deleted.body);
        let login = [
            ("Host", host.as_str()),
            ("Origin", origin.as_str()),
            ("HTTP_AUTH_LOGIN", "admin"),
            ("HTTP_AUTH_PASSWD", "wrong"),
        ];
        let by_password = tls_request(nginx_port, &certificates.ca, "POST", agent, &login, LIST).await;
        assert!(
            by_password.body.contains("<errcode>1001</errcode>"),
            "{label}: underscore headers pass: {}",
            by_password.body
        );
    }
    let bare_origin = format!("https://portal.example.com:{bare_port}");
    let bare_host = format!("portal.example.com:{bare_port}");
    let refused = tls_request(
        bare_port,
        &certificates.ca,
        "POST",
        agent,
        &[("Host", &bare_host), ("Origin", &bare_origin), ("KEY", ADMIN_KEY)],
        LIST,
    )
    .await;
    assert_eq!(refused.status, 403, "without either option the portal's own requests are foreign");
}

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
