//! The README's portal recipe in a real browser: the portal's TLS nginx with the panel on a
//! sub-path in front of `plesk-keys serve`, Chromium at `https://portal.example.com:PORT/…`
//! (the name mapped to 127.0.0.1, the test certificate accepted): connect, list, create, delete
//! — once with `--public-origin`, once with `--trusted-proxy` and nginx's X-Forwarded-* lines.
//! Before `--public-origin`, every POST of the panel was refused with 403 here.

use std::path::Path;

use e2e::certificate::self_signed;
use e2e::nginx::{readme_nginx_block, run_nginx, Nginx};
use e2e::{free_port, with_panel_using, PanelServer, ADMIN_KEY};

/// nginx with the README's recipe, listening on `port`, proxying to `serve_url`.
fn portal_nginx(dir: &Path, port: u16, serve_url: &str, with_forwarded: bool) -> Nginx {
    let (cert, key) = self_signed(dir, "portal", "portal.example.com", "DNS:portal.example.com")
        .expect("the portal's test certificate");
    let mut block = readme_nginx_block(0)
        .replace("listen 443 ssl;", &format!("listen 127.0.0.1:{port} ssl;"))
        .replace("/etc/ssl/portal.pem", &cert.display().to_string())
        .replace("/etc/ssl/portal.key", &key.display().to_string())
        .replace("http://127.0.0.1:8080/", serve_url);
    if with_forwarded {
        let host_line = "proxy_set_header Host $http_host;";
        block = block.replace(host_line, &format!("{host_line}\n{}", readme_nginx_block(1)));
    }
    run_nginx(dir, port, &block)
}

async fn through_the_portal(option: &str) {
    let port = free_port();
    let dir = std::env::temp_dir().join(format!("pkp-e2e-portal-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("folder");
    let public_origin = format!("https://portal.example.com:{port}");
    let server_args: Vec<String> = match option {
        "--public-origin" => vec!["--public-origin".into(), public_origin.clone()],
        _ => vec![
            "--trusted-proxy".into(),
            "127.0.0.1".into(),
            "--allowed-host".into(),
            "portal.example.com".into(),
        ],
    };
    let server_args: Vec<&str> = server_args.iter().map(String::as_str).collect();
    let resolver = "--host-resolver-rules=MAP portal.example.com 127.0.0.1";
    let browser_args = [resolver, "--ignore-certificate-errors"];
    let with_forwarded = option == "--trusted-proxy";
    let nginx_dir = dir.clone();
    with_panel_using(&PanelServer::dist(), &server_args, &browser_args, |server, page| async move {
        let _nginx = portal_nginx(&nginx_dir, port, &server.url, with_forwarded);
        page.goto(&format!("{public_origin}/tools/plesk-keys/")).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        let rows = page.table_rows("Secret keys").await?;
        if rows.is_empty() {
            return Err(format!("{option}: no keys listed through the portal"));
        }
        page.type_into("IP addresses", "192.0.2.81").await?;
        page.type_into("Description", "through the portal").await?;
        page.click("button", "Create key").await?;
        page.role("status", "New key").await?;
        page.click("button", "Dismiss").await?;
        page.wait_for_text("the new key in the list", |text| text.contains("through the portal")).await?;
        let rows = page.table_rows("Secret keys").await?;
        let id = rows
            .iter()
            .find(|row| row["Description"] == "through the portal")
            .map(|row| row["ID"].clone())
            .ok_or(format!("{option}: the new key is listed: {rows:?}"))?;
        page.click("button", &format!("Delete key {id}")).await?;
        page.role("dialog", &format!("Delete key {id}?")).await?;
        page.click("button", "Delete").await?;
        page.wait_for_text("the deletion", |text| text.contains("1 key deleted.")).await?;
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_readme_portal_recipe_in_a_browser_with_public_origin() {
    through_the_portal("--public-origin").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_readme_portal_recipe_in_a_browser_with_trusted_proxy() {
    through_the_portal("--trusted-proxy").await;
}
