//! Signing in with OpenID Connect in Chromium: `plesk-keys serve` over its own TLS (the session
//! cookie is `__Host-`, so `Secure`), two built-in sandboxes whose keys it holds, and a real
//! OpenID provider (npm's `oidc-provider`, `tests/oidc/provider.mjs`) whose login and consent
//! pages the browser fills in.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use e2e::certificate::self_signed;
use e2e::{free_port, with_server, PanelServer, ADMIN_KEY};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The provider, stopped when dropped.
struct Provider(std::process::Child);

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_provider(port: u16, panel: &str) -> Provider {
    let module = repository().join(".tools/npm/node_modules/oidc-provider/lib/index.js");
    assert!(module.exists(), "{} is missing: run `cargo xtask setup`", module.display());
    let mut child = Command::new("node")
        .arg(repository().join("tests/oidc/provider.mjs"))
        .arg(port.to_string())
        .arg(format!("{panel}auth/callback"))
        .arg(panel)
        .env("PKP_OIDC_PROVIDER_MODULE", module)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("node runs");
    let mut lines = std::io::BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines.next().and_then(Result::ok).unwrap_or_default();
    assert!(first.starts_with("ready"), "the provider did not start: {first:?}");
    std::thread::spawn(move || for _ in lines {});
    Provider(child)
}

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

/// Fills the provider's development login form as `login`, then allows the consent (by script:
/// for signing in again, after the typed first sign-in).
const SIGN_IN_AT_PROVIDER: &str = "const [login] = arguments; \
    const field = document.querySelector('input[name=login]'); \
    if (field) { field.value = login; document.querySelector('input[name=password]').value = 'any-password'; field.form.submit(); return 'login'; } \
    const consent = document.querySelector('form button[type=submit], form button'); \
    if (consent) { consent.closest('form').submit(); return 'consent'; } \
    return 'nothing';";

#[tokio::test(flavor = "multi_thread")]
async fn a_reseller_signs_in_with_the_provider_and_out_again() {
    let dir = std::env::temp_dir().join(format!("pkp-e2e-openid-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    let (cert, key) = self_signed(&dir, "panel", "127.0.0.1", "IP:127.0.0.1").expect("a certificate");
    let provider_port = free_port();
    let secret = dir.join("client-secret");
    std::fs::write(&secret, "plesk-keys-test-secret").expect("secret");
    let config = dir.join("plesk-keys.toml");
    std::fs::write(
        &config,
        format!(
            "sandbox-servers = [\"eu1\", \"us1\"]\n\n[sign-in]\nmethod = \"openid\"\nissuer = \"http://127.0.0.1:{provider_port}\"\nclient-id = \"plesk-keys\"\nclient-secret-file = \"{}\"\nsession-key-file = \"{}\"\nprovider-name = \"Test IdP\"\n{RULES}",
            secret.display(),
            dir.join("session.key").display()
        ),
    )
    .expect("config");
    let args = [
        "--tls-cert",
        cert.to_str().expect("path"),
        "--tls-key",
        key.to_str().expect("path"),
        "--config",
        config.to_str().expect("path"),
    ];
    let server = PanelServer::start_with_dist(&PanelServer::dist(), &args).await;
    let provider = start_provider(provider_port, &server.url);
    with_server(server, &["--ignore-certificate-errors"], |server, page| async move {
        let _provider = provider;
        page.goto(&server.url).await?;
        page.wait_for_text("the offer to sign in", |text| text.contains("Sign in with Test IdP to use the panel.")).await?;
        page.click("link", "Sign in").await?;
        // The provider's own pages, typed into as a person would: login, then consent.
        page.type_into("Enter any login", "ana").await?;
        page.type_into("and password", "any-password").await?;
        page.click("button", "Sign-in").await?;
        page.click("button", "Continue").await?;
        page.wait_for_text("Ana's scope", |text| text.contains("Ana Silva — owner of jdoe, reseller1, 2 servers")).await?;
        // The session cookie: __Host-, Secure, HttpOnly, SameSite=Lax, Path=/ — and not readable by the page.
        let cookies = page.devtools("Network.getAllCookies", serde_json::json!({})).await?;
        let session = cookies["cookies"]
            .as_array()
            .and_then(|all| all.iter().find(|cookie| cookie["name"] == "__Host-pkp-session"))
            .cloned()
            .ok_or(format!("no session cookie in {cookies}"))?;
        let flags = (&session["secure"], &session["httpOnly"], &session["sameSite"], &session["path"]);
        if flags != (&true.into(), &true.into(), &"Lax".into(), &"/".into()) {
            return Err(format!("the session cookie's flags: {session}"));
        }
        let readable = page
            .execute("return document.cookie + JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.documentElement.outerHTML;", vec![])
            .await?;
        let readable = readable.as_str().unwrap_or_default();
        if readable.contains("pkp-session") || readable.contains(ADMIN_KEY) {
            return Err("the session or a held key is readable in the page".into());
        }
        // The session ends while a form is being filled in: the panel says so and offers signing in
        // again in a new tab; what was typed stays.
        page.type_into("Description", "typed before the session ended").await?;
        page.devtools(
            "Network.deleteCookies",
            serde_json::json!({"name": "__Host-pkp-session", "url": server.url}),
        )
        .await?;
        page.click("button", "Refresh").await?;
        page.wait_for_text("the session's end", |text| text.contains("Your session has ended")).await?;
        let offered = page
            .execute(
                "const a = [...document.querySelectorAll('a')].find(a => a.textContent.trim() === 'Sign in' && a.offsetParent !== null); \
                 return [a ? a.target : 'none', document.getElementById('pkp-create-description').value];",
                vec![],
            )
            .await?;
        if offered != serde_json::json!(["_blank", "typed before the session ended"]) {
            return Err(format!("after the session ended: {offered}"));
        }
        // Signing in again (here, in this tab) brings the panel back.
        page.goto(&format!("{}auth/login", server.url)).await?;
        for _ in 0..10 {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            if page.body_text().await.contains("Ana Silva") {
                break;
            }
            page.execute(SIGN_IN_AT_PROVIDER, vec!["ana".into()]).await?;
        }
        page.wait_for_text("Ana again", |text| text.contains("Ana Silva — owner of")).await?;
        // Sign out: the session ends here, then at the provider.
        page.click("link", "Sign out").await?;
        page.goto(&server.url).await?;
        page.wait_for_text("signed out", |text| text.contains("Sign in with Test IdP to use the panel.")).await?;
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}
