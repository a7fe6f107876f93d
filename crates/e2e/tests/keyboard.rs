//! Keyboard only: connect, create a key, dismiss it and delete a key, look keys up, cancel an edit
//! and rotate a key, all without a pointer.

use e2e::{post_packet, with_panel, Page, ServerAddress, ADMIN_KEY};

const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";
const SHIFT_TAB: &str = "\u{E008}\u{E004}\u{E000}";

/// Opens the panel, tabs to the key field, types the key and presses Enter; waits for the list.
async fn connect_by_keyboard(page: &Page, server: &ServerAddress) -> Result<(), String> {
    page.goto(&server.url).await?;
    page.role("textbox", "API key").await?;
    page.tab_to("textbox", "API key").await?;
    page.press(ADMIN_KEY).await?;
    page.press(ENTER).await?;
    page.table_rows("Secret keys").await.map(|_| ())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_step_of_create_and_delete_by_keyboard() {
    with_panel(&[], |server, page| async move {
        connect_by_keyboard(&page, &server).await?;

        page.tab_to("textbox", "IP addresses").await?;
        page.press("192.0.2.77").await?;
        page.tab_to("textbox", "Description").await?;
        page.press("typed with the keyboard").await?;
        page.tab_to("button", "Create key").await?;
        page.press(ENTER).await?;
        page.role("status", "New key").await?;
        page.tab_to("button", "Dismiss").await?;
        page.press(ENTER).await?;
        page.wait_for_text("the new row", |text| text.contains("typed with the keyboard")).await?;

        page.tab_to("button", "Delete key 2").await?;
        page.press(ENTER).await?;
        page.role("dialog", "Delete key 2?").await?;
        if page.focused_name().await? != "Cancel" {
            return Err("the dialog should focus Cancel first".into());
        }
        page.press(SHIFT_TAB).await?;
        if page.focused_name().await? != "Delete" {
            return Err(format!("Shift+Tab should reach Delete, got {:?}", page.focused_name().await?));
        }
        page.press(ENTER).await?;
        page.wait_for_text("the deletion", |text| text.contains("1 key deleted.")).await?;
        if page.body_text().await.contains("typed with the keyboard") {
            return Err("the key is still listed".into());
        }
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn look_up_cancel_an_edit_and_rotate_by_keyboard() {
    with_panel(&[], |server, page| async move {
        let create = "<packet><secret_key><create><ip_address>192.0.2.80</ip_address>\
                      <description>rotate me</description></create></secret_key></packet>";
        let (status, body) = post_packet(&server.agent_url(), ADMIN_KEY, create).await;
        if status != 200 || !body.contains("<status>ok</status>") {
            return Err(format!("could not create a second key: {status} {body}"));
        }
        connect_by_keyboard(&page, &server).await?;

        page.tab_to("textbox", "Keys to look up").await?;
        page.press("1").await?;
        page.tab_to("button", "Look up").await?;
        page.press(ENTER).await?;
        page.wait_for_text("the look-up result", |text| text.contains("key 1: found — ID 1")).await?;

        page.tab_to("button", "Edit key 2").await?;
        page.press(ENTER).await?;
        page.role("dialog", "Edit key 2").await?;
        page.press(ESCAPE).await?;
        if !page.absent("dialog", "Edit key 2").await {
            return Err("Escape should close the dialog".into());
        }
        if page.focused_name().await? != "Edit key 2" {
            return Err(format!("focus should return to Edit key 2, got {:?}", page.focused_name().await?));
        }

        page.tab_to("button", "Rotate key 2").await?;
        page.press(ENTER).await?;
        page.role("dialog", "Rotate key 2").await?;
        page.tab_to("button", "Create new key").await?;
        page.press(ENTER).await?;
        page.role("status", "New key").await?;
        page.tab_to("button", "Delete old key 2").await?;
        page.press(ENTER).await?;
        page.wait_for_text("the rotation", |text| text.contains("Key 2 deleted")).await?;
        Ok(())
    })
    .await;
}
