//! `deploy/nginx.conf`, filled in and run by a real nginx on loopback in front of the sandbox
//! (over verified TLS): create, list and delete through it, with a key and with login+password;
//! and the README's portal recipe as written. (The abuse table: `nginx_abuse.rs`; the fleet
//! layout: `nginx_fleet.rs`.)

mod support;

use std::path::Path;

use support::deploy_nginx::*;
use support::nginx::readme_nginx_block;
use support::*;

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

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
