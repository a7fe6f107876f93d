//! Keyboard only: connect, create a key, dismiss it and delete a key without a pointer.

use e2e::{with_panel, ADMIN_KEY};

const ENTER: &str = "\u{E007}";
const SHIFT_TAB: &str = "\u{E008}\u{E004}\u{E000}";

#[tokio::test(flavor = "multi_thread")]
async fn every_step_of_create_and_delete_by_keyboard() {
    with_panel(&[], |server, page| async move {
        page.goto(&server.url).await?;
        page.role("textbox", "API key").await?;
        page.tab_to("textbox", "API key").await?;
        page.press(ADMIN_KEY).await?;
        page.press(ENTER).await?;
        page.table_rows("Secret keys").await?;

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
        page.wait_for_text("the deletion", |text| text.contains("1 key(s) deleted.")).await?;
        if page.body_text().await.contains("typed with the keyboard") {
            return Err("the key is still listed".into());
        }
        Ok(())
    })
    .await;
}
