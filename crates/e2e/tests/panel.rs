//! Every workflow of the complete panel, in a real browser against the sandbox (or a gateway).

use e2e::{ensure, post_packet, stays_on_the_connect_form, with_panel, Page, ServerAddress, ADMIN_KEY};
use plesk_xmlapi::{CreateKey, IpList, Operation, RequestPacket};

const STORAGE_ENTRY: &str = "plesk-key-panel.key";
const ESCAPE: &str = "\u{E00C}";
const TAB: &str = "\u{E004}";

async fn create_over_http(
    server: &ServerAddress,
    ips: &str,
    description: &str,
    login: &str,
) -> Result<String, String> {
    let create = CreateKey::new(IpList::parse(ips).map_err(|e| e.to_string())?, description, login)
        .map_err(|e| e.to_string())?;
    let (status, body) =
        post_packet(&server.agent_url(), ADMIN_KEY, &RequestPacket::new(Operation::Create(create)).to_xml())
            .await;
    body.split("<key>")
        .nth(1)
        .and_then(|rest| rest.split("</key>").next())
        .map(str::to_owned)
        .ok_or_else(|| format!("create over HTTP failed: {status} {body}"))
}

async fn connect(page: &Page, server: &ServerAddress, key: &str) -> Result<(), String> {
    page.goto(&server.url).await?;
    page.type_into("API key", key).await?;
    page.click("button", "Connect").await
}

fn column(rows: &[std::collections::HashMap<String, String>], name: &str) -> Vec<String> {
    rows.iter().map(|row| row[name].clone()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn memory_mode_forgets_the_key_on_reload_and_tab_mode_keeps_it() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        page.type_into("API key", ADMIN_KEY).await?;
        page.set_checked("radio", "In memory only (gone on reload)", true).await?;
        page.click("button", "Connect").await?;
        page.table_rows("Secret keys").await?;
        ensure(page.session_storage(STORAGE_ENTRY).await?.is_none(), "memory mode wrote sessionStorage")?;
        page.reload().await?;
        page.role("textbox", "API key").await?;

        connect(&page, &server, ADMIN_KEY).await?;
        page.table_rows("Secret keys").await?;
        page.reload().await?;
        page.table_rows("Secret keys").await?;
        ensure(
            page.session_storage(STORAGE_ENTRY).await?.as_deref() == Some(ADMIN_KEY),
            "tab mode lost the key",
        )?;
        page.click("button", "Log out").await?;
        page.role("textbox", "API key").await?;
        ensure(page.session_storage(STORAGE_ENTRY).await?.is_none(), "log out left the key")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_with_a_password_then_create_a_key_for_this_browser() {
    with_panel(&["--sandbox-admin-password", "e2e-admin-pw"], |server, page| async move {
        page.goto(&server.url).await?;
        page.open_disclosure("Sign in with login and password").await?;
        page.type_into("Login", "admin").await?;
        page.type_into("Password", "e2e-admin-pw").await?;
        page.click("button", "Sign in").await?;
        page.table_rows("Secret keys").await?;
        ensure(
            page.session_storage(STORAGE_ENTRY).await?.is_none(),
            "a password session must not touch storage",
        )?;
        page.click("button", "Create a key for this browser").await?;
        let value = page.text_of("status", "New key").await?;
        ensure(value.len() == 36, format!("a new key is shown: {value:?}"))?;
        page.wait_for_text("the new key in the list", |text| text.contains("Plesk Key Panel (this browser)"))
            .await?;
        ensure(
            page.session_storage(STORAGE_ENTRY).await?.as_deref() == Some(value.as_str()),
            "the panel switched to the new key",
        )?;
        ensure(
            page.absent("button", "Create a key for this browser").await,
            "the offer is gone once a key is used",
        )
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn sort_filter_and_export() {
    with_panel(&[], |server, page| async move {
        create_over_http(&server, "192.0.2.20", "zulu deploy", "jdoe").await?;
        create_over_http(&server, "192.0.2.21", "alpha backup", "").await?;
        create_over_http(&server, "2001:db8::5", "=cmd|' /C calc'!A0", "reseller1").await?;
        connect(&page, &server, ADMIN_KEY).await?;
        page.wait_for_text("four keys", |text| text.contains("4 keys")).await?;
        page.click("button", "Description").await?;
        let rows = page.table_rows("Secret keys").await?;
        ensure(
            column(&rows, "Description")
                == ["=cmd|' /C calc'!A0", "alpha backup", "Sandbox administrator key", "zulu deploy"],
            format!("sorted by description: {:?}", column(&rows, "Description")),
        )?;
        page.click("button", "Description").await?;
        let rows = page.table_rows("Secret keys").await?;
        ensure(column(&rows, "Description")[0] == "zulu deploy", "descending after a second click")?;

        page.type_into("Filter keys", "DEPLOY").await?;
        page.wait_for_text("a filtered count", |text| text.contains("1 of 4 shown")).await?;
        page.type_into("Filter keys", "").await?;
        page.select("Owner", "reseller1").await?;
        page.wait_for_text("an owner-filtered count", |text| text.contains("1 of 4 shown")).await?;
        let rows = page.table_rows("Secret keys").await?;
        ensure(column(&rows, "Owner") == ["reseller1"], format!("owner filter: {rows:?}"))?;

        page.click("button", "Export CSV").await?;
        let csv = page.downloaded("plesk-keys.csv").await?;
        ensure(
            csv.starts_with("\"ID\",\"IP addresses\",\"Description\",\"Owner\"\r\n"),
            format!("csv header: {csv}"),
        )?;
        ensure(
            csv.contains(",\"'=cmd|' /C calc'!A0\",\"reseller1\""),
            format!("formula neutralised: {csv}"),
        )?;
        page.select("Owner", "All owners").await?;
        page.wait_for_text("all keys again", |text| text.contains("4 keys")).await?;
        page.click("button", "Export JSON").await?;
        let json = page.downloaded("plesk-keys.json").await?;
        let parsed: serde_json::Value =
            serde_json::from_str(&json).map_err(|e| format!("export is not JSON: {e}"))?;
        ensure(parsed.as_array().map(Vec::len) == Some(4), format!("four keys exported: {json}"))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn create_shows_the_key_once_with_copy_and_dismiss() {
    with_panel(&[], |server, page| async move {
        connect(&page, &server, ADMIN_KEY).await?;
        page.table_rows("Secret keys").await?;
        page.type_into("IP addresses", "192.0.2.30, 192.0.2.300").await?;
        page.wait_for_text("the reason shown as you type", |text| {
            text.contains("'192.0.2.300' is not an IPv4 or IPv6 address.")
        })
        .await?;
        page.click("button", "Create key").await?;
        page.wait_for_text("the refusal", |text| text.contains("IP addresses: '192.0.2.300'")).await?;
        page.type_into("IP addresses", "").await?;
        page.type_into("Description", "made in the browser").await?;
        page.click("button", "Create key").await?;
        page.wait_for_text("the checkbox requirement", |text| {
            text.contains("tick “Bind to the address Plesk sees”")
        })
        .await?;
        ensure(
            page.role("textbox", "Description")
                .await?
                .prop("value")
                .await
                .map_err(|e| e.to_string())?
                .as_deref()
                == Some("made in the browser"),
            "input kept after a refusal",
        )?;
        page.type_into("IP addresses", "192.0.2.30, 2001:db8::30").await?;
        page.click("button", "Create key").await?;
        let value = page.text_of("status", "New key").await?;
        ensure(value.len() == 36, format!("the value: {value:?}"))?;
        page.wait_for_text("the new row", |text| text.contains("made in the browser")).await?;
        let rows = page.table_rows("Secret keys").await?;
        ensure(rows.iter().any(|r| r["IP addresses"] == "192.0.2.30, 2001:db8::30"), format!("{rows:?}"))?;
        page.click("button", "Copy").await?;
        page.wait_for_text("the copy result", |text| {
            text.contains("copied to the clipboard") || text.contains("Copy failed")
        })
        .await?;
        page.click("button", "Dismiss").await?;
        ensure(page.absent("status", "New key").await, "the key is gone after Dismiss")?;
        ensure(!page.body_text().await.contains(&value), "the value is nowhere on the page")?;
        // The packet inspector shows the exchange, redacted.
        page.open_disclosure("Packet inspector").await?;
        let text = page.body_text().await;
        ensure(
            text.contains("<create>") && !text.contains(&value) && !text.contains(ADMIN_KEY),
            "the inspector is redacted",
        )
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn look_up_found_and_not_found() {
    with_panel(&[], |server, page| async move {
        let value = create_over_http(&server, "192.0.2.40", "lookup target", "").await?;
        connect(&page, &server, ADMIN_KEY).await?;
        page.table_rows("Secret keys").await?;
        page.type_into("Keys to look up", &format!("{value}\n1, 4242")).await?;
        page.click("button", "Look up").await?;
        let text = page
            .wait_for_text("three result lines", |text| {
                text.contains("key 4242: not found (Plesk error 1013)")
            })
            .await?;
        ensure(
            text.contains(&format!("key value {}…: found — ID 2", &value[..8])),
            format!("value lookup: {text}"),
        )?;
        ensure(text.contains("key 1: found — ID 1"), "ID lookup")?;
        ensure(!text.contains(&value), "the full value is not echoed")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bulk_delete_with_a_partial_failure_keeps_and_marks_the_failed_key() {
    with_panel(&[], |server, page| async move {
        create_over_http(&server, "192.0.2.50", "first doomed", "").await?;
        create_over_http(&server, "192.0.2.51", "second doomed", "").await?;
        connect(&page, &server, ADMIN_KEY).await?;
        page.wait_for_text("three keys", |text| text.contains("3 keys")).await?;
        page.set_checked("checkbox", "Select key 2", true).await?;
        page.set_checked("checkbox", "Select key 3", true).await?;
        // Someone else deletes key 3 meanwhile: Plesk will answer 1013 for it.
        let delete =
            "<packet><secret_key><delete><filter><key>3</key></filter></delete></secret_key></packet>";
        post_packet(&server.agent_url(), ADMIN_KEY, delete).await;
        page.click("button", "Delete selected (2)").await?;
        let dialog = page.role("dialog", "Delete 2 keys?").await?;
        let listed = dialog.text().await.map_err(|e| e.to_string())?;
        ensure(
            listed.contains("key 2 (first doomed") && listed.contains("key 3 (second doomed"),
            format!("the dialog names the keys: {listed}"),
        )?;
        ensure(page.focused_name().await? == "Cancel", "focus starts on Cancel")?;
        page.press(TAB).await?;
        ensure(page.focused_name().await? == "Delete", "Tab wraps inside the dialog")?;
        page.press(TAB).await?;
        ensure(page.focused_name().await? == "Cancel", "focus is trapped")?;
        page.click("button", "Delete").await?;
        page.wait_for_text("the partial result", |text| text.contains("1 key deleted; not deleted: key 3"))
            .await?;
        let rows = page.table_rows("Secret keys").await?;
        // Key 1 is the one this browser uses, and says so.
        ensure(column(&rows, "ID") == ["1this browser", "3"], format!("key 2 gone, key 3 stays: {rows:?}"))?;
        ensure(
            rows[1]["Description"].contains("Not deleted:") && rows[1]["Description"].contains("1013"),
            "key 3 is marked",
        )
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn escape_cancels_and_deleting_the_own_key_logs_out() {
    with_panel(&[], |server, page| async move {
        connect(&page, &server, ADMIN_KEY).await?;
        page.table_rows("Secret keys").await?;
        page.click("button", "Delete key 1").await?;
        page.role("dialog", "Delete key 1?").await?;
        page.wait_for_text("the own-key warning", |text| text.contains("the key this panel is using"))
            .await?;
        page.press(ESCAPE).await?;
        ensure(page.absent("dialog", "Delete key 1?").await, "Escape closes the dialog")?;
        ensure(page.table_rows("Secret keys").await?.len() == 1, "nothing was deleted")?;
        page.click("button", "Delete key 1").await?;
        page.click("button", "Delete").await?;
        page.role("textbox", "API key").await?;
        page.wait_for_text("the log-out notice", |text| text.contains("you are logged out")).await?;
        ensure(page.session_storage(STORAGE_ENTRY).await?.is_none(), "storage cleared")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn rotate_and_edit_replace_keys_only_after_confirmation() {
    with_panel(&[], |server, page| async move {
        create_over_http(&server, "192.0.2.60, 192.0.2.61", "rotating", "jdoe").await?;
        create_over_http(&server, "192.0.2.62", "editing", "").await?;
        connect(&page, &server, ADMIN_KEY).await?;
        page.wait_for_text("three keys", |text| text.contains("3 keys")).await?;

        page.click("button", "Rotate key 2").await?;
        page.click("button", "Create new key").await?;
        let value = page.text_of("status", "New key").await?;
        ensure(value.len() == 36, "the twin's key is shown")?;
        page.click("button", "Delete old key 2").await?;
        page.wait_for_text("the rotation", |text| text.contains("Key 2 deleted")).await?;
        let mut rows = page.table_rows("Secret keys").await?;
        for _ in 0..50 {
            if !column(&rows, "ID").contains(&"2".to_owned())
                && column(&rows, "Description").contains(&"rotating".to_owned())
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            rows = page.table_rows("Secret keys").await?;
        }
        let twin = rows.iter().find(|r| r["Description"] == "rotating").ok_or("twin missing")?;
        ensure(
            twin["ID"] != "2" && twin["IP addresses"] == "192.0.2.60, 192.0.2.61" && twin["Owner"] == "jdoe",
            format!("same settings: {twin:?}"),
        )?;

        page.click("button", "Edit key 3").await?;
        page.wait_for_text("the no-update explanation", |text| {
            text.contains("Plesk has no update operation")
        })
        .await?;
        page.type_into("Description", "edited").await?;
        page.click("button", "Save as new key").await?;
        page.text_of("status", "New key").await?;
        page.click("button", "Keep old key").await?;
        page.wait_for_text("both keys", |text| text.contains("edited") && text.contains("editing")).await?;
        let rows = page.table_rows("Secret keys").await?;
        let edited = rows.iter().find(|r| r["Description"] == "edited").ok_or("edited key missing")?;
        ensure(
            edited["Owner"] == "admin" && edited["IP addresses"] == "192.0.2.62",
            format!("administrator's key re-created without login: {edited:?}"),
        )
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_customer_key_gets_the_1006_explanation() {
    with_panel(&[], |server, page| async move {
        let customer_key = create_over_http(&server, "127.0.0.1", "jdoe's key", "jdoe").await?;
        connect(&page, &server, &customer_key).await?;
        let text = page
            .wait_for_text("the 1006 explanation", |text| {
                text.contains("1006") && text.contains("administrator only")
            })
            .await?;
        let sentence = text.lines().find(|line| line.contains("1006")).unwrap_or_default().trim().to_owned();
        stays_on_the_connect_form(&page, &customer_key, &sentence).await
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_gateway_whose_plesk_is_down_is_reported_as_such() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let port = closed.local_addr().expect("address").port();
    drop(closed);
    let upstream = format!("http://127.0.0.1:{port}");
    with_panel(&["--upstream", &upstream], |server, page| async move {
        connect(&page, &server, "any-key").await?;
        let sentence = "could not reach the Plesk server (HTTP 502)";
        stays_on_the_connect_form(&page, "any-key", sentence).await?;
        page.click("button", "Retry").await?;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        stays_on_the_connect_form(&page, "any-key", sentence).await
    })
    .await;
}
