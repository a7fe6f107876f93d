//! The signed-in mode with the service's own OpenID Connect sign-in, against a real OpenID
//! provider (npm's `oidc-provider`, started here under Node; `tests/oidc/provider.mjs`), its
//! login and consent forms filled in over HTTP. The service is answered in-process (as behind
//! `http://127.0.0.1/`); two built-in sandboxes hold the keys. Before `method = "openid"` existed,
//! the config was refused; each refusal below (replayed callback, tampered cookie, another key's
//! cookie, a cookie after sign-out, a refused consent) is its own test.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use tower::ServiceExt;

const HELD: &str = "0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5";
const CALLBACK: &str = "http://127.0.0.1/auth/callback";

const RULES: &str = r#"
[[access]]
group = "resellers-1"
role = "owner"
owners = ["reseller1"]
include-customers = true

[[access]]
group = "platform"
role = "admin"

[[access]]
group = "support"
role = "viewer"
"#;

/// The provider's module, installed by `cargo xtask setup` (or given in PKP_OIDC_PROVIDER_MODULE).
fn provider_module() -> PathBuf {
    std::env::var_os("PKP_OIDC_PROVIDER_MODULE").map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/npm/node_modules/oidc-provider/lib/index.js")
    })
}

/// A running provider, stopped when dropped.
struct Provider {
    child: Child,
    base: String,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_provider() -> Provider {
    start_provider_with(false)
}

/// `userinfo_only`: the provider keeps the groups out of the ID token (userinfo endpoint only).
fn start_provider_with(userinfo_only: bool) -> Provider {
    start_provider_on(free_port(), userinfo_only, None, 0)
}

/// A provider whose clock is `offset` seconds off.
fn start_provider_skewed(offset: i64) -> Provider {
    start_provider_on(free_port(), false, None, offset)
}

/// A provider on `port`; `key_id`: it signs with a fresh key under that `kid`; `clock_offset`:
/// its clock runs that many seconds off.
fn start_provider_on(port: u16, userinfo_only: bool, key_id: Option<&str>, clock_offset: i64) -> Provider {
    let module = provider_module();
    assert!(module.exists(), "{} is missing: run `cargo xtask setup`", module.display());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/oidc/provider.mjs");
    let mut child = Command::new("node")
        .arg(script)
        .args([port.to_string().as_str(), CALLBACK, "http://127.0.0.1/"])
        .env("PKP_OIDC_PROVIDER_MODULE", &module)
        .env(if userinfo_only { "PKP_OIDC_USERINFO_ONLY" } else { "PKP_OIDC_UNUSED" }, "1")
        .env("PKP_OIDC_KEY_ID", key_id.unwrap_or_default())
        .env("PKP_OIDC_CLOCK_OFFSET", clock_offset.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("node runs");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
    let first = lines.next().and_then(Result::ok).unwrap_or_default();
    assert!(first.starts_with("ready"), "the provider did not start: {first:?}");
    // Keep reading what it prints, so that it never writes into a closed pipe.
    std::thread::spawn(move || for _ in lines {});
    Provider { child, base: format!("http://127.0.0.1:{port}") }
}

fn service(test: &str, provider: &Provider, key_file: Option<&Path>) -> (Router, PathBuf) {
    let dir = std::env::temp_dir().join(format!("pkp-openid-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let secret = dir.join("client-secret");
    std::fs::write(&secret, "plesk-keys-test-secret\n").unwrap();
    let key = key_file.map(Path::to_path_buf).unwrap_or_else(|| dir.join("session.key"));
    let config = dir.join("plesk-keys.toml");
    let text = format!(
        "quiet = true\nsandbox-servers = [\"eu1\", \"us1\"]\nsandbox-admin-key = \"{HELD}\"\n\n[sign-in]\nmethod = \"openid\"\nissuer = \"{}\"\nclient-id = \"plesk-keys\"\nclient-secret-file = \"{}\"\nsession-key-file = \"{}\"\nprovider-name = \"Test IdP\"\n{RULES}",
        provider.base,
        secret.display(),
        key.display()
    );
    std::fs::write(&config, text).unwrap();
    let router = plesk_keys::serve::in_process(&["--config", config.to_str().unwrap()]).expect("a router");
    (router, dir)
}

/// An answer of the service: status, headers, body.
async fn ask(
    router: &Router,
    method: &str,
    path: &str,
    cookies: &[(&str, &str)],
    body: &str,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut builder = Request::builder().method(method).uri(path).header(header::HOST, "127.0.0.1");
    if !cookies.is_empty() {
        let line: Vec<String> = cookies.iter().map(|(name, value)| format!("{name}={value}")).collect();
        builder = builder.header(header::COOKIE, line.join("; "));
    }
    if method == "POST" {
        builder = builder.header(header::ORIGIN, "http://127.0.0.1").header(header::CONTENT_TYPE, "text/xml");
    }
    let response = router.clone().oneshot(builder.body(Body::from(body.to_owned())).unwrap()).await.unwrap();
    let (parts, body) = response.into_parts();
    let text = String::from_utf8_lossy(&body.collect().await.unwrap().to_bytes()).into_owned();
    assert!(!text.contains(HELD), "the held key reached the browser");
    (parts.status, parts.headers, text)
}

/// The value a `Set-Cookie` of the answer gives cookie `name`.
fn set_cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .filter_map(|line| line.split(';').next()?.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// A browser at the provider: its cookies, kept by name.
struct Browser {
    client: Client<HttpConnector, Full<Bytes>>,
    jar: HashMap<String, String>,
}

impl Browser {
    fn new() -> Self {
        Browser { client: Client::builder(TokioExecutor::new()).build_http(), jar: HashMap::new() }
    }

    async fn go(&mut self, method: &str, url: &str, form: Option<String>) -> (u16, Option<String>, String) {
        let mut builder = hyper::Request::builder().method(method).uri(url);
        if !self.jar.is_empty() {
            let line: Vec<String> = self.jar.iter().map(|(name, value)| format!("{name}={value}")).collect();
            builder = builder.header("cookie", line.join("; "));
        }
        if form.is_some() {
            builder = builder.header("content-type", "application/x-www-form-urlencoded");
        }
        let request = builder.body(Full::new(Bytes::from(form.unwrap_or_default()))).unwrap();
        let response = self.client.request(request).await.expect("the provider answers");
        for line in response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()) {
            if let Some((name, value)) = line.split(';').next().and_then(|pair| pair.split_once('=')) {
                if value.is_empty() || line.to_ascii_lowercase().contains("max-age=0") {
                    self.jar.remove(name);
                } else {
                    self.jar.insert(name.to_owned(), value.to_owned());
                }
            }
        }
        let status = response.status().as_u16();
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let body =
            String::from_utf8_lossy(&response.into_body().collect().await.unwrap().to_bytes()).into_owned();
        (status, location, body)
    }

    /// Follows the provider's pages from `url` — the login form as `login`, then the consent
    /// (`consent`: allow or deny) — until it sends the browser back to the service; that URL.
    async fn sign_in(&mut self, provider: &str, url: &str, login: &str, consent: bool) -> String {
        let absolute = |location: &str| {
            if location.starts_with("http") {
                location.to_owned()
            } else {
                format!("{provider}{location}")
            }
        };
        let mut next = (url.to_owned(), None::<String>);
        for _ in 0..20 {
            if next.0.starts_with(CALLBACK) {
                return next.0;
            }
            let method = if next.1.is_some() { "POST" } else { "GET" };
            let (status, location, body) = self.go(method, &next.0, next.1.take()).await;
            if let Some(location) = location.filter(|_| (300..400).contains(&status)) {
                next = (absolute(&location), None);
                continue;
            }
            assert_eq!(status, 200, "{body}");
            let action =
                body.split("action=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("a form");
            let form = if body.contains("name=\"login\"") {
                format!("prompt=login&login={login}&password=any-password")
            } else if consent {
                "prompt=consent".to_owned()
            } else {
                // Deny: the consent page's abort link.
                let abort = body
                    .split("href=\"")
                    .find_map(|rest| rest.split('"').next().filter(|href| href.contains("abort")));
                next = (absolute(abort.expect("an abort link")), None);
                continue;
            };
            next = (absolute(action), Some(form));
        }
        panic!("the provider never sent the browser back");
    }
}

/// Signs `login` in: the session cookie's value, and the callback URL used.
async fn signed_in(router: &Router, provider: &Provider, login: &str) -> (String, String, String) {
    let (status, headers, _) = ask(router, "GET", "/auth/login", &[], "").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let pending = set_cookie(&headers, "__Host-pkp-login").expect("a login cookie").to_owned();
    let to = headers[header::LOCATION].to_str().unwrap().to_owned();
    assert!(to.contains("code_challenge_method=S256") && to.contains("nonce="), "{to}");
    let callback = Browser::new().sign_in(&provider.base, &to, login, true).await;
    let path = callback.trim_start_matches("http://127.0.0.1");
    let (status, headers, body) = ask(router, "GET", path, &[("__Host-pkp-login", &pending)], "").await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let session = set_cookie(&headers, "__Host-pkp-session").expect("a session cookie").to_owned();
    let flags = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|line| line.starts_with("__Host-pkp-session="))
        .unwrap()
        .to_owned();
    assert!(flags.contains("; Path=/; Secure; HttpOnly; SameSite=Lax"), "{flags}");
    (session, path.to_owned(), pending)
}

const LIST: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";

fn create(login: &str) -> String {
    format!("<packet><secret_key><create><ip_address>192.0.2.7</ip_address><description>for {login}</description><login>{login}</login></create></secret_key></packet>")
}

#[tokio::test(flavor = "multi_thread")]
async fn people_sign_in_with_the_provider_and_get_their_scope() {
    let provider = start_provider();
    let (router, _) = service("scope", &provider, None);
    let (root, _, _) = signed_in(&router, &provider, "root").await;
    let session = [("__Host-pkp-session", root.as_str())];
    for login in ["reseller1", "jdoe", "reseller2"] {
        let (_, _, made) =
            ask(&router, "POST", "/servers/eu1/enterprise/control/agent.php", &session, &create(login)).await;
        assert!(made.contains("<status>ok</status>"), "{made}");
    }
    let (ana, _, _) = signed_in(&router, &provider, "ana").await;
    let (status, _, about) = ask(&router, "GET", "/session.json", &[("__Host-pkp-session", &ana)], "").await;
    assert_eq!(status, StatusCode::OK, "{about}");
    assert!(about.contains("\"Ana Silva — owner of jdoe, reseller1, 2 servers\""), "{about}");
    let (_, _, listed) = ask(
        &router,
        "POST",
        "/servers/eu1/enterprise/control/agent.php",
        &[("__Host-pkp-session", &ana)],
        LIST,
    )
    .await;
    assert!(
        listed.contains("<login>jdoe</login>") && listed.contains("<login>reseller1</login>"),
        "{listed}"
    );
    assert!(!listed.contains("reseller2") && !listed.contains("<login>admin</login>"), "{listed}");
    let (sam, _, _) = signed_in(&router, &provider, "sam").await;
    let (_, _, refused) = ask(
        &router,
        "POST",
        "/servers/eu1/enterprise/control/agent.php",
        &[("__Host-pkp-session", &sam)],
        &create("jdoe"),
    )
    .await;
    assert!(refused.contains("<errcode>1006</errcode>"), "a viewer cannot create: {refused}");
}

#[tokio::test(flavor = "multi_thread")]
async fn replayed_forged_foreign_and_signed_out_sessions_are_refused() {
    let provider = start_provider();
    let (router, dir) = service("refusals", &provider, None);
    let (session, callback, pending) = signed_in(&router, &provider, "ana").await;
    let ask_session = |value: String| {
        let router = router.clone();
        async move { ask(&router, "GET", "/session.json", &[("__Host-pkp-session", &value)], "").await.0 }
    };
    assert_eq!(ask_session(session.clone()).await, StatusCode::OK);
    // The callback again: without the login cookie (spent), and with the old one (the code is spent).
    let (status, _, said) = ask(&router, "GET", &callback, &[], "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(said.contains("already used or has expired"), "{said}");
    let (status, _, said) = ask(&router, "GET", &callback, &[("__Host-pkp-login", &pending)], "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{said}");
    // A changed byte, a cookie sealed under another key.
    let mut tampered = session.clone().into_bytes();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    assert_eq!(ask_session(String::from_utf8(tampered).unwrap()).await, StatusCode::UNAUTHORIZED);
    let (other, _) = service("refusals-other-key", &provider, None);
    let (status, _, _) = ask(&other, "GET", "/session.json", &[("__Host-pkp-session", &session)], "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "another key's service refuses it");
    // The same key file: another instance takes it (no store but the key).
    let (twin, _) = service("refusals-twin", &provider, Some(&dir.join("session.key")));
    assert_eq!(
        ask(&twin, "GET", "/session.json", &[("__Host-pkp-session", &session)], "").await.0,
        StatusCode::OK
    );
    // Sign out: the cookie is removed, and the same value is refused from then on.
    let (status, headers, _) =
        ask(&router, "GET", "/auth/logout", &[("__Host-pkp-session", &session)], "").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(set_cookie(&headers, "__Host-pkp-session"), Some(""));
    assert!(
        headers[header::LOCATION].to_str().unwrap().contains("/session/end"),
        "the provider's end-session page"
    );
    assert_eq!(ask_session(session.clone()).await, StatusCode::UNAUTHORIZED);
    let (status, _, said) = ask(
        &router,
        "POST",
        "/servers/eu1/enterprise/control/agent.php",
        &[("__Host-pkp-session", &session)],
        LIST,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(said.contains("Your session has ended"), "{said}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_consent_and_an_unreachable_provider_are_said_plainly() {
    let provider = start_provider();
    let (router, _) = service("consent", &provider, None);
    let (_, headers, _) = ask(&router, "GET", "/auth/login", &[], "").await;
    let pending = set_cookie(&headers, "__Host-pkp-login").unwrap().to_owned();
    let to = headers[header::LOCATION].to_str().unwrap().to_owned();
    let callback = Browser::new().sign_in(&provider.base, &to, "ana", false).await;
    let (status, _, said) = ask(
        &router,
        "GET",
        callback.trim_start_matches("http://127.0.0.1"),
        &[("__Host-pkp-login", &pending)],
        "",
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(said.contains("You did not allow the sign-in"), "{said}");
    drop(provider);
    let gone = Provider {
        child: Command::new("true").spawn().unwrap(),
        base: format!("http://127.0.0.1:{}", free_port()),
    };
    let (router, _) = service("unreachable", &gone, None);
    let (status, _, said) = ask(&router, "GET", "/auth/login", &[], "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(said.contains("could not be reached"), "{said}");
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_kept_for_the_userinfo_endpoint_are_read_there() {
    let provider = start_provider_with(true);
    let (router, _) = service("userinfo", &provider, None);
    let (ana, _, _) = signed_in(&router, &provider, "ana").await;
    let (status, _, about) = ask(&router, "GET", "/session.json", &[("__Host-pkp-session", &ana)], "").await;
    assert_eq!(status, StatusCode::OK, "{about}");
    assert!(about.contains("owner of jdoe, reseller1"), "the groups came from userinfo: {about}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_provider_that_rotated_its_keys_is_asked_for_them_again() {
    let port = free_port();
    let before = start_provider_on(port, false, Some("key-one"), 0);
    let (router, _) = service("rotation", &before, None);
    // The service learns the provider's keys (key-one) with the first sign-in.
    signed_in(&router, &before, "ana").await;
    drop(before);
    // The provider comes back signing with key-two: the service's JWKS lacks it, fetches it again.
    let after = start_provider_on(port, false, Some("key-two"), 0);
    let (session, _, _) = signed_in(&router, &after, "ana").await;
    assert_eq!(
        ask(&router, "GET", "/session.json", &[("__Host-pkp-session", &session)], "").await.0,
        StatusCode::OK
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_provider_whose_clock_is_hours_off_is_said_plainly() {
    // Its ID tokens expired an hour before this service receives them.
    let provider = start_provider_skewed(-2 * 3600);
    let (router, _) = service("clock", &provider, None);
    let (_, headers, _) = ask(&router, "GET", "/auth/login", &[], "").await;
    let pending = set_cookie(&headers, "__Host-pkp-login").unwrap().to_owned();
    let to = headers[header::LOCATION].to_str().unwrap().to_owned();
    let callback = Browser::new().sign_in(&provider.base, &to, "ana", true).await;
    let (status, headers, said) = ask(
        &router,
        "GET",
        callback.trim_start_matches("http://127.0.0.1"),
        &[("__Host-pkp-login", &pending)],
        "",
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(said.contains("clocks of this service and of the identity provider disagree"), "{said}");
    assert_eq!(set_cookie(&headers, "__Host-pkp-session"), None, "no session");
}
