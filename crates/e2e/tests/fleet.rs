//! A fleet in one panel: `serve --sandbox-servers eu1,us1` (two independent emulated Plesk
//! servers, the same admin key given to both). The **Server** picker connects each server with
//! its own credential, each list is that server's own, **All servers** shows both in one table
//! with a **Server** column, **Create on servers** and **Find on all servers** ask every server,
//! a row's delete goes to its server, and **Log out** clears every server's stored key.

use e2e::{post_packet, server_labels, with_panel, ADMIN_KEY};

#[tokio::test(flavor = "multi_thread")]
async fn a_fleet_in_one_panel() {
    with_panel(&["--sandbox-servers", "eu1,us1"], |server, page| async move {
        page.goto(&server.url).await?;
        page.role("combobox", "Server").await?;
        let labels = server_labels(&page).await?;
        let [eu1, us1] = labels.as_slice() else { return Err(format!("two servers expected: {labels:?}")) };

        // eu1: connect, and a key that exists there only (created over eu1's own agent path).
        page.select("Server", eu1).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        page.table_rows("Secret keys").await?;
        let eu1_agent = format!("{}servers/eu1/enterprise/control/agent.php", server.url);
        let create = "<packet><secret_key><create><ip_address>192.0.2.90</ip_address><description>eu1 only</description></create></secret_key></packet>";
        let (status, body) = post_packet(&eu1_agent, ADMIN_KEY, create).await;
        if status != 200 || !body.contains("<status>ok</status>") {
            return Err(format!("create on eu1: {status} {body}"));
        }
        page.click("button", "Refresh").await?;
        page.wait_for_text("eu1's new key", |text| text.contains("eu1 only")).await?;

        // us1: its own credential (none yet), its own keys.
        page.select("Server", us1).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.click("button", "Connect").await?;
        let rows = page.table_rows("Secret keys").await?;
        if rows.is_empty() || rows.iter().any(|row| row["Description"] == "eu1 only") {
            return Err(format!("us1 lists its own keys only: {rows:?}"));
        }

        // All servers: both, with their server; delete eu1's key from there.
        page.select("Server", "All servers").await?;
        page.wait_for_text("both servers' lists", |text| text.contains("keys on 2 of 2 servers")).await?;
        let rows = page.table_rows("Secret keys").await?;
        let eu1_row = rows
            .iter()
            .find(|row| row["Description"] == "eu1 only")
            .ok_or(format!("eu1's key in the merged list: {rows:?}"))?;
        if &eu1_row["Server"] != eu1 || !rows.iter().any(|row| &row["Server"] == us1) {
            return Err(format!("the Server column: {rows:?}"));
        }
        page.click("button", "Export CSV").await?;
        let csv = page.downloaded("plesk-keys-servers.csv").await?;
        if !csv.starts_with("\"Server\",\"ID\"") || !csv.contains("\"eu1\",") || !csv.contains("\"us1\",") {
            return Err(format!("the export carries the server: {csv}"));
        }

        // Create on servers: one key per server, each value shown once with its server.
        page.type_into("IP addresses", "192.0.2.91").await?;
        page.type_into("Description", "on every server").await?;
        page.click("button", "Create on servers").await?;
        let shown = page.text_of("region", "New keys").await?;
        // Each server's line, its value beside or below it.
        let value_after = |label: &str| {
            let flat = shown.replace('\n', " ");
            flat.split(&format!("{label}:")).nth(1).and_then(|rest| rest.split_whitespace().next()).map(str::to_owned)
        };
        let eu1_value = value_after(eu1).ok_or(format!("a value for {eu1}: {shown}"))?;
        if value_after(us1).is_none_or(|value| value.len() != 36) || eu1_value.len() != 36 {
            return Err(format!("one value per server: {shown}"));
        }
        page.wait_for_text("the new keys in the table", |text| text.matches("on every server").count() >= 2).await?;

        // Find on all servers: eu1's new value is valid on eu1 only.
        page.type_into("Key value or ID", &eu1_value).await?;
        page.click("button", "Find on all servers").await?;
        page.wait_for_text("where the key is valid", |text| {
            text.contains(&format!("Valid on {eu1} as key")) && text.contains(&format!("not found on {us1}."))
        })
        .await?;
        page.click("button", "Dismiss").await?;

        // Bulk delete across servers: one packet per server, reported per key.
        let rows = page.table_rows("Secret keys").await?;
        let everywhere: Vec<(String, String)> = rows
            .iter()
            .filter(|row| row["Description"] == "on every server")
            .map(|row| (row["ID"].clone(), row["Server"].clone()))
            .collect();
        if everywhere.len() != 2 {
            return Err(format!("one new key per server: {rows:?}"));
        }
        for (id, label) in &everywhere {
            page.set_checked("checkbox", &format!("Select key {id} on {label}"), true).await?;
        }
        page.click("button", "Delete selected (2)").await?;
        page.role("dialog", "Delete 2 keys on 2 servers?").await?;
        page.click("button", "Delete").await?;
        page.wait_for_text("the bulk deletion", |text| text.contains("2 keys deleted.")).await?;
        let rows = page.table_rows("Secret keys").await?;
        if rows.iter().any(|row| row["Description"] == "on every server") {
            return Err(format!("the bulk-deleted keys are still listed: {rows:?}"));
        }

        let id = eu1_row["ID"].clone();
        page.click("button", &format!("Delete key {id} on {eu1}")).await?;
        page.role("dialog", &format!("Delete key {id} on {eu1}?")).await?;
        page.click("button", "Delete").await?;
        page.wait_for_text("the deletion", |text| text.contains(&format!("Key {id} deleted on {eu1}."))).await?;
        let rows = page.table_rows("Secret keys").await?;
        if rows.iter().any(|row| row["Description"] == "eu1 only") {
            return Err(format!("the deleted key is still listed: {rows:?}"));
        }

        // A large fleet list is paged: 60 more keys on us1 make two pages.
        let us1_agent = format!("{}servers/us1/enterprise/control/agent.php", server.url);
        for n in 0..60 {
            let create = format!("<packet><secret_key><create><ip_address>192.0.2.92</ip_address><description>bulk {n}</description></create></secret_key></packet>");
            post_packet(&us1_agent, ADMIN_KEY, &create).await;
        }
        page.click("button", "Refresh").await?;
        page.wait_for_text("two pages", |text| text.contains("Page 1 of 2")).await?;
        let first = page.table_rows("Secret keys").await?;
        page.click("button", "Next page").await?;
        page.wait_for_text("the second page", |text| text.contains("Page 2 of 2")).await?;
        let second = page.table_rows("Secret keys").await?;
        if first.len() != 50 || second.is_empty() || first.iter().any(|row| second.contains(row)) {
            return Err(format!("pages of 50: {} then {} rows", first.len(), second.len()));
        }

        // A reload keeps every server's stored key: All servers asks both again.
        page.reload().await?;
        page.select("Server", "All servers").await?;
        page.wait_for_text("both servers after a reload", |text| text.contains("keys on 2 of 2 servers")).await?;

        page.click("button", "Log out").await?;
        for name in ["eu1", "us1"] {
            if page.session_storage(&format!("plesk-key-panel.key.{name}")).await?.is_some() {
                return Err(format!("{name}'s key stayed in storage after Log out"));
            }
        }
        // Log out closes All servers: its table (every server's keys) and its new key values go.
        page.role("textbox", "API key").await?;
        if !page.absent("table", "Secret keys").await || !page.absent("region", "New keys").await {
            return Err("All servers stayed on screen after Log out".into());
        }
        page.select("Server", eu1).await?;
        page.role("textbox", "API key").await.map(|_| ())
    })
    .await;
}
