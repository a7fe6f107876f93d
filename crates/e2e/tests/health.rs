//! Issue 27 in the panel: each key's health from what Plesk says (the key list, its owner's
//! status by `customer get` / `reseller get`), a badge with its reasons, **Needs attention (N)**,
//! a finding's action, and the same on All servers. The sandbox starts with keys of its data
//! file: one for a customer disabled after it was made, one usable from anywhere, a healthy one.

use e2e::{connect_every_server, connect_with_key, ensure, with_panel, Page, ADMIN_KEY};

/// The sandbox's data: jdoe active, paused disabled by the administrator, and three keys.
fn data_file() -> std::path::PathBuf {
    let data = r#"{"accounts": [
  {"login": "admin", "password": "admin-password-1", "role": "administrator"},
  {"login": "reseller1", "password": "reseller-password-1", "role": "reseller", "api_access": true},
  {"login": "jdoe", "password": "jdoe-password-1", "role": "customer", "owner": "reseller1"},
  {"login": "paused", "password": "paused-password-1", "role": "customer", "active": false, "status": 16}
],
 "keys": [
  {"key": "e2e-healthy-key-0001", "ip_addresses": ["192.0.2.10"], "description": "healthy shop", "owner": "jdoe"},
  {"key": "e2e-paused-key-00002", "ip_addresses": ["192.0.2.12"], "description": "paused shop", "owner": "paused"},
  {"key": "e2e-anywhere-key-003", "description": "made by the CLI"}
]}"#;
    let path = std::env::temp_dir().join(format!("pkp-e2e-health-{}.json", e2e::free_port()));
    std::fs::write(&path, data).expect("data file");
    path
}

/// The Health cell of the row whose description is `description`.
async fn health_of(page: &Page, description: &str) -> Result<String, String> {
    let rows = page.table_rows("Secret keys").await?;
    rows.iter()
        .find(|row| row["Description"] == description)
        .map(|row| row["Health"].clone())
        .ok_or_else(|| format!("no row {description:?}: {rows:?}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn each_key_says_what_needs_attention_and_why() {
    let data = data_file();
    let file = data.to_str().unwrap_or_default().to_owned();
    with_panel(&["--sandbox-data", &file], |server, page| async move {
        page.goto(&server.url).await?;
        connect_with_key(&page, ADMIN_KEY).await?;
        // The owners' statuses arrive after the list.
        page.wait_for_text("the owner's status", |text| text.contains("Needs attention (3)")).await?;
        ensure(health_of(&page, "healthy shop").await?.is_empty(), "a healthy key has no badge")?;
        let paused = health_of(&page, "paused shop").await?;
        ensure(paused.starts_with("Warning"), format!("the disabled owner: {paused:?}"))?;
        ensure(health_of(&page, "made by the CLI").await?.starts_with("Danger"), "usable from anywhere")?;
        // The reasons, opened by keyboard or click (and so for screen readers).
        let anywhere = page
            .execute("return [...document.querySelectorAll('tr:not([hidden]) .pkp-health summary')].find(s => s.closest('tr').textContent.includes('made by the CLI')).textContent;", vec![])
            .await?;
        let summary = anywhere.as_str().unwrap_or_default().to_owned();
        page.click("DisclosureTriangle", &summary).await?;
        page.wait_for_text("the reason", |text| {
            text.contains("An administrator's key bound to no address: it works from anywhere.")
        })
        .await?;
        let paused_reason = page.body_text().await;
        ensure(!paused_reason.contains("Its owner jdoe"), "the healthy key's owner is not reported")?;
        // The finding's action: rotate, confirmed as always.
        let rotate = page
            .execute("return [...document.querySelectorAll('details.pkp-health[open] button')].map(b => b.getAttribute('aria-label'))[0];", vec![])
            .await?;
        let rotate = rotate.as_str().ok_or("the open finding offers no action")?.to_owned();
        page.click("button", &rotate).await?;
        page.role("dialog", &rotate.replace(" as advised", "")).await?;
        page.click("button", "Cancel").await?;
        // Needs attention: only the keys with a warning or a danger.
        page.set_checked("checkbox", "Needs attention (3)", true).await?;
        page.wait_for_text("the filtered list", |text| text.contains("3 of 4 shown")).await?;
        let rows = page.table_rows("Secret keys").await?;
        ensure(rows.iter().all(|row| row["Description"] != "healthy shop"), format!("{rows:?}"))?;
        // The disabled owner's reason, in words.
        let paused_summary = page
            .execute("return [...document.querySelectorAll('tr:not([hidden]) .pkp-health summary')].find(s => s.closest('tr').textContent.includes('paused shop')).textContent;", vec![])
            .await?;
        page.click("DisclosureTriangle", paused_summary.as_str().unwrap_or_default()).await?;
        page.wait_for_text("the disabled owner's reason", |text| {
            text.contains("Its owner paused is not active (disabled by the administrator).")
        })
        .await
        .map(|_| ())
    })
    .await;
    let _ = std::fs::remove_file(data);
}

#[tokio::test(flavor = "multi_thread")]
async fn all_servers_says_the_same_per_server() {
    let data = data_file();
    let file = data.to_str().unwrap_or_default().to_owned();
    with_panel(&["--sandbox-servers", "eu1,us1", "--sandbox-data", &file], |server, page| async move {
        page.goto(&server.url).await?;
        connect_every_server(&page, ADMIN_KEY).await?;
        page.select("Server", "All servers").await?;
        page.wait_for_text("both servers' owners", |text| text.contains("Needs attention (6)")).await?;
        page.set_checked("checkbox", "Needs attention (6)", true).await?;
        let rows = page.table_rows("Secret keys").await?;
        ensure(rows.len() == 6, format!("three per server: {rows:?}"))?;
        ensure(
            rows.iter()
                .filter(|row| row["Description"] == "paused shop")
                .all(|row| row["Health"].starts_with("Warning")),
            format!("{rows:?}"),
        )
    })
    .await;
    let _ = std::fs::remove_file(data);
}
