//! Screenshots of the main screens, light and dark, desktop and phone. Written to
//! `PKP_SCREENSHOTS` (`cargo xtask screenshots` points it at docs/screenshots) or to
//! target/e2e-screenshots.

use std::path::PathBuf;

use e2e::{post_packet, with_panel, ADMIN_KEY};

fn folder() -> PathBuf {
    let folder = std::env::var("PKP_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots"));
    std::fs::create_dir_all(&folder).expect("screenshot folder");
    folder
}

/// A screenshot is taken only of a view no wider than the window (issue 26).
async fn fits(page: &e2e::Page, view: &str) -> Result<(), String> {
    let fits =
        page.execute("return document.documentElement.scrollWidth <= window.innerWidth;", vec![]).await?;
    if fits == serde_json::json!(true) {
        Ok(())
    } else {
        Err(format!("{view} is wider than the window"))
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn main_screens_light_and_dark() {
    with_panel(&[], |server, page| async move {
        let folder = folder();
        for (description, owner, ip) in [
            ("CI deploy robot", "", "192.0.2.10"),
            ("Backup job", "reseller1", "192.0.2.11,2001:db8::11"),
            ("Shop integration", "jdoe", "198.51.100.7"),
        ] {
            let login = if owner.is_empty() { String::new() } else { format!("<login>{owner}</login>") };
            let packet = format!("<packet><secret_key><create><ip_address>{ip}</ip_address><description>{description}</description>{login}</create></secret_key></packet>");
            post_packet(&server.agent_url(), ADMIN_KEY, &packet).await;
        }
        page.client().set_window_size(1280, 900).await.map_err(|e| e.to_string())?;
        page.goto(&server.url).await?;
        page.role("textbox", "API key").await?;
        page.screenshot(&folder.join("connect-light.png")).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        page.wait_for_text("the list", |text| text.contains("4 keys")).await?;
        page.screenshot(&folder.join("keys-light.png")).await?;
        page.type_into("IP addresses", "192.0.2.50").await?;
        page.type_into("Description", "New monitoring key").await?;
        page.click("button", "Create key").await?;
        page.role("status", "New key").await?;
        page.execute("window.scrollTo(0, 0)", vec![]).await?;
        page.screenshot(&folder.join("new-key-light.png")).await?;
        page.set_checked("switch", "Dark theme", true).await?;
        page.screenshot(&folder.join("new-key-dark.png")).await?;
        page.click("button", "Dismiss").await?;
        page.click("button", "Delete key 2").await?;
        page.role("dialog", "Delete key 2?").await?;
        page.screenshot(&folder.join("delete-dialog-dark.png")).await?;
        page.click("button", "Cancel").await?;
        page.client().set_window_size(360, 780).await.map_err(|e| e.to_string())?;
        page.set_checked("switch", "Dark theme", false).await?;
        fits(&page, "the key list on a phone").await?;
        page.screenshot(&folder.join("phone-light.png")).await?;
        // A key created on the phone: the new key in view, with the focus.
        page.client().set_window_size(390, 844).await.map_err(|e| e.to_string())?;
        page.type_into("IP addresses", "192.0.2.51").await?;
        page.type_into("Description", "Made on a phone").await?;
        page.click("button", "Create key").await?;
        page.role("status", "New key").await?;
        fits(&page, "the new key on a phone").await?;
        page.screenshot(&folder.join("phone-new-key-light.png")).await?;
        Ok(())
    })
    .await;
}

/// The fleet: two sandboxes, both connected, **All servers**.
#[tokio::test(flavor = "multi_thread")]
async fn all_servers_of_a_fleet() {
    with_panel(&["--sandbox-servers", "eu1,us1"], |server, page| async move {
        let folder = folder();
        for (name, description) in [("eu1", "Monitoring (Frankfurt)"), ("us1", "Billing export")] {
            let agent = format!("{}servers/{name}/enterprise/control/agent.php", server.url);
            let packet = format!("<packet><secret_key><create><ip_address>192.0.2.20</ip_address><description>{description}</description></create></secret_key></packet>");
            post_packet(&agent, ADMIN_KEY, &packet).await;
        }
        page.client().set_window_size(1280, 900).await.map_err(|e| e.to_string())?;
        page.goto(&server.url).await?;
        for label in ["Sandbox eu1", "Sandbox us1"] {
            page.select("Server", label).await?;
            page.type_into("API key", ADMIN_KEY).await?;
            page.click("button", "Connect").await?;
            page.table_rows("Secret keys").await?;
        }
        page.select("Server", "All servers").await?;
        page.wait_for_text("both servers", |text| text.contains("keys on 2 of 2 servers")).await?;
        page.screenshot(&folder.join("fleet-light.png")).await?;
        page.client().set_window_size(390, 844).await.map_err(|e| e.to_string())?;
        page.set_checked("switch", "Dark theme", true).await?;
        fits(&page, "All servers on a phone").await?;
        page.screenshot(&folder.join("phone-all-servers-dark.png")).await?;
        Ok(())
    })
    .await;
}

/// Issue 28: the key list and the create form on a phone in German (the longest words) and in
/// Arabic (right to left), each no wider than the window.
#[tokio::test(flavor = "multi_thread")]
async fn german_and_arabic_on_a_phone() {
    with_panel(&[], |server, page| async move {
        let folder = folder();
        for (description, ip) in [("CI deploy robot", "192.0.2.10"), ("Backup job", "192.0.2.11,2001:db8::11")] {
            let packet = format!("<packet><secret_key><create><ip_address>{ip}</ip_address><description>{description}</description></create></secret_key></packet>");
            post_packet(&server.agent_url(), ADMIN_KEY, &packet).await;
        }
        page.client().set_window_size(390, 844).await.map_err(|e| e.to_string())?;
        for tag in ["de", "ar"] {
            page.goto(&format!("{}?lang={tag}", server.url)).await?;
            let ready = format!(
                "return document.documentElement.lang === '{tag}' && document.querySelectorAll('#pkp-keys-table tbody tr:not([hidden])').length > 2;"
            );
            let mut tries = 0;
            if page.execute("return !!sessionStorage.length;", vec![]).await? != serde_json::json!(true) {
                page.execute(
                    "const field = document.getElementById('pkp-api-key'); field.value = arguments[0];\
                     field.dispatchEvent(new Event('input', { bubbles: true }));",
                    vec![serde_json::json!(ADMIN_KEY)],
                )
                .await
                .ok();
                page.execute("document.getElementById('pkp-connect')?.click();", vec![]).await.ok();
            }
            while page.execute(&ready, vec![]).await? != serde_json::json!(true) {
                tries += 1;
                if tries > 100 {
                    return Err(format!("the key list in {tag} did not show: {}", page.body_text().await));
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            fits(&page, &format!("the key list on a phone in {tag}")).await?;
            page.screenshot(&folder.join(format!("phone-{tag}-light.png"))).await?;
        }
        Ok(())
    })
    .await;
}
