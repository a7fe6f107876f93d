//! What a refused or unverifiable connect must look like, checked as a person sees it.

use crate::page::Page;

/// The `sessionStorage` entry the panel keeps a key in.
pub const STORAGE_ENTRY: &str = "plesk-key-panel.key";

/// After Connect with `typed`: the page still shows the connect form with `typed` in the field,
/// `error` appears exactly once on the page, no "Loading" text remains, nothing was stored,
/// and the key page (Log out, Refresh) never appeared.
pub async fn stays_on_the_connect_form(page: &Page, typed: &str, error: &str) -> Result<(), String> {
    let text = page.wait_for_text(&format!("the error {error:?}"), |text| text.contains(error)).await?;
    let copies = text.matches(error).count();
    if copies != 1 {
        return Err(format!("the error is shown {copies} times: {text}"));
    }
    if text.contains("Loading") {
        return Err(format!("a loading text remains after the error: {text}"));
    }
    let field = page.role("textbox", "API key").await?;
    let value = page
        .execute("return arguments[0].value;", vec![serde_json::to_value(&field).map_err(|e| e.to_string())?])
        .await?;
    if value.as_str() != Some(typed) {
        return Err(format!("what was typed is lost: the field holds {value}"));
    }
    let focused = page.focused_name().await?;
    if focused != "API key" {
        return Err(format!("the focus is on {focused:?}, not back on the API key field"));
    }
    if page.session_storage(STORAGE_ENTRY).await?.is_some() {
        return Err("a refused key was stored".into());
    }
    for (role, name) in [("button", "Log out"), ("button", "Refresh"), ("table", "Secret keys")] {
        if !page.absent(role, name).await {
            return Err(format!("the key page's {role} {name:?} is shown for a refused key"));
        }
    }
    Ok(())
}

/// The labels of the fleet's servers, in order, as the page's `servers.json` gives them.
pub async fn server_labels(page: &Page) -> Result<Vec<String>, String> {
    let listed = page
        .execute(
            "return fetch('servers.json').then(r => r.json()).then(j => j.servers.map(s => s.label));",
            vec![],
        )
        .await?;
    serde_json::from_value(listed).map_err(|e| format!("servers.json: {e}"))
}

/// Picks each server of the fleet under **Server** and connects it with `key`; returns the
/// servers' labels.
pub async fn connect_every_server(page: &Page, key: &str) -> Result<Vec<String>, String> {
    page.role("combobox", "Server").await?;
    let labels = server_labels(page).await?;
    for label in &labels {
        page.select("Server", label).await?;
        page.type_into("API key", key).await?;
        page.click("button", "Connect").await?;
        page.table_rows("Secret keys").await?;
    }
    Ok(labels)
}

/// Pastes `key`, presses Connect and waits for the key list's rows.
pub async fn connect_with_key(page: &Page, key: &str) -> Result<(), String> {
    page.type_into("API key", key).await?;
    page.click("button", "Connect").await?;
    page.table_rows("Secret keys").await.map(|_| ())
}

/// `Ok` when `condition` holds, else `message` as the test's failure.
pub fn ensure(condition: bool, message: impl Into<String>) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(message.into())
    }
}
