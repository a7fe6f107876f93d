//! The split build (issue 29): the first download holds the connect form and the key list; each
//! later part (look-up, the packet inspector, the delete and rotate/edit dialogs, All servers) is
//! a module of its own, fetched after the list is shown and working when opened; a part that
//! cannot be fetched says so in place with **Retry**, and Retry brings it.

use e2e::{connect_with_key, ensure, post_packet, server_labels, with_panel, Page, ADMIN_KEY};
use serde_json::{json, Value};

/// The names of the wasm files the page has fetched so far (Resource Timing).
async fn fetched_wasm(page: &Page) -> Result<Vec<String>, String> {
    let names = page
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name)\
             .filter(n => n.endsWith('.wasm')).map(n => n.split('/').pop());",
            vec![],
        )
        .await?;
    Ok(names
        .as_array()
        .map(|names| names.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_first_download_is_the_first_screen_and_every_part_opens() {
    with_panel(&["--sandbox-servers", "eu1,us1"], |server, page| async move {
        let agent = format!("{}servers/eu1/enterprise/control/agent.php", server.url);
        let create = "<packet><secret_key><create><ip_address>192.0.2.5</ip_address>\
                      <description>part test</description></create></secret_key></packet>";
        let (status, body) = post_packet(&agent, ADMIN_KEY, create).await;
        ensure(status == 200 && body.contains("<status>ok</status>"), format!("create: {status} {body}"))?;

        page.goto(&server.url).await?;
        page.role("textbox", "API key").await?;
        let first = fetched_wasm(&page).await?;
        ensure(
            first.len() == 1 && first.iter().all(|name| name.ends_with("_bg.wasm")),
            format!("the connect form loads the first module only: {first:?}"),
        )?;
        let labels = server_labels(&page).await?;
        page.select("Server", &labels[0]).await?;
        connect_with_key(&page, ADMIN_KEY).await?;

        // Below the list, as parts: look-up and the packet inspector.
        page.role("heading", "Look up keys").await?;
        // The new key, shown once: a part too.
        page.type_into("IP addresses", "192.0.2.31").await?;
        page.type_into("Description", "new key part").await?;
        page.click("button", "Create key").await?;
        let value = page.text_of("status", "New key").await?;
        ensure(value.len() == 36, format!("a new key is shown: {value:?}"))?;
        page.click("button", "Dismiss").await?;
        page.wait_for_text("the packet inspector", |text| text.contains("Packet inspector")).await?;
        // The dialogs.
        page.click("button", "Delete key 1").await?;
        page.role("dialog", "Delete key 1?").await?;
        page.click("button", "Cancel").await?;
        page.click("button", "Rotate key 1").await?;
        page.role("button", "Create new key").await?;
        page.click("button", "Cancel").await?;
        page.click("button", "Edit key 1").await?;
        page.wait_for_text("the edit dialog", |text| text.contains("Plesk has no update operation")).await?;
        page.click("button", "Cancel").await?;
        // All servers.
        page.select("Server", "All servers").await?;
        page.role("heading", "All servers").await?;

        let later = fetched_wasm(&page).await?;
        for part in [
            "split_new_key",
            "split_lookup",
            "split_packet_inspector",
            "split_delete_dialog",
            "split_change_dialog",
            "split_all_servers",
        ] {
            ensure(
                later.iter().any(|name| name.starts_with(part)),
                format!("{part} was fetched: {later:?}"),
            )?;
        }
        // English outside a portal: neither another language's work nor the portal's messages.
        for part in ["split_put_in_use", "split_listen_to_portal"] {
            ensure(
                !later.iter().any(|name| name.starts_with(part)),
                format!("{part} is not fetched in English outside a portal: {later:?}"),
            )?;
        }
        ensure(!page.body_text().await.contains("Could not load"), "no part failed to load")
    })
    .await;
}

/// A new key's value exists only in Plesk's create answer: when its part cannot be fetched, the
/// value waits and Retry shows it.
#[tokio::test(flavor = "multi_thread")]
async fn a_new_key_whose_part_cannot_be_fetched_is_not_lost() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        page.devtools("Network.enable", json!({})).await?;
        page.devtools("Network.setBlockedURLs", json!({ "urls": ["*split_new_key*"] })).await?;
        connect_with_key(&page, ADMIN_KEY).await?;
        page.type_into("IP addresses", "192.0.2.32").await?;
        page.type_into("Description", "new key part blocked").await?;
        page.click("button", "Create key").await?;
        page.wait_for_text("the part's failure", |text| {
            text.contains("Could not load this part of the panel")
        })
        .await?;
        page.devtools("Network.setBlockedURLs", json!({ "urls": [] })).await?;
        page.click("button", "Retry").await?;
        let value = page.text_of("status", "New key").await?;
        ensure(value.len() == 36, format!("the new key is shown after Retry: {value:?}"))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_part_that_cannot_be_fetched_says_so_and_retry_brings_it() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        page.devtools("Network.enable", json!({})).await?;
        page.devtools("Network.setBlockedURLs", json!({ "urls": ["*split_delete_dialog*"] })).await?;
        connect_with_key(&page, ADMIN_KEY).await?;
        page.type_into("Description", "typed before").await?;

        page.click("button", "Delete key 1").await?;
        let failed = page.role("dialog", "Could not open this").await?;
        let said = failed.text().await.map_err(|e| e.to_string())?;
        ensure(
            said.contains("Could not load this part of the panel"),
            format!("the failure in words: {said}"),
        )?;
        ensure(page.absent("dialog", "Delete key 1?").await, "no dialog without its part")?;
        // Cancel is a way back: the page is there again, with the list and what was typed.
        page.click("button", "Cancel").await?;
        page.role("table", "Secret keys").await?;
        let typed =
            page.role("textbox", "Description").await?.prop("value").await.map_err(|e| e.to_string())?;
        ensure(
            typed.as_deref() == Some("typed before"),
            format!("the form keeps what was typed: {typed:?}"),
        )?;

        // Still blocked: Retry fails again; then the network is back and Retry opens the dialog.
        page.click("button", "Delete key 1").await?;
        page.role("dialog", "Could not open this").await?;
        page.devtools("Network.setBlockedURLs", json!({ "urls": [] })).await?;
        page.click("button", "Retry").await?;
        page.role("dialog", "Delete key 1?").await?;
        page.click("button", "Cancel").await?;
        ensure(!page.body_text().await.contains("Could not load"), "the failure is gone after Retry")?;
        ensure(!page.focused_name().await?.is_empty(), "the focus is not lost after the dialog")
    })
    .await;
}
