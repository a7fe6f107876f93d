//! A page API that finds elements the way a person does: by accessible role and name
//! (Chromium's own computed role and label), waiting for them as a person would.

use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::commands::{BrowserLog, Computed, DevTools};

/// How long a wait for an element or a state lasts before the test fails.
const PATIENCE: Duration = Duration::from_secs(15);

/// How often a command is repeated on an element found again after the page replaced it: the
/// panel takes over index.html's static connect form when its wasm has loaded, and a test may
/// have found the static field just before.
const STALE_RETRIES: usize = 3;

/// CSS candidates for a role; the computed role is then checked.
fn candidates(role: &str) -> &'static str {
    match role {
        "button" => "button, [role=button], input[type=button], input[type=submit]",
        "textbox" => "input, textarea, [role=textbox]",
        "searchbox" => "input[type=search], [role=searchbox]",
        "checkbox" => "input[type=checkbox], [role=checkbox]",
        "radio" => "input[type=radio], [role=radio]",
        "switch" => "[role=switch]",
        "combobox" => "select, [role=combobox]",
        "region" => "section, [role=region]",
        "table" => "table, [role=table], [role=grid]",
        "dialog" => "dialog, [role=dialog], [role=alertdialog]",
        "status" => "[role=status], output, [aria-live]",
        "group" => "details, fieldset, [role=group]",
        "DisclosureTriangle" => "summary",
        "columnheader" => "th, [role=columnheader]",
        "link" => "a[href], [role=link]",
        "note" => "[role=note]",
        _ => "*",
    }
}

#[derive(Clone)]
pub struct Page {
    client: Client,
    downloads: std::path::PathBuf,
}

impl Page {
    pub(crate) fn new(client: Client, downloads: std::path::PathBuf) -> Self {
        Page { client, downloads }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub async fn goto(&self, url: &str) -> Result<(), String> {
        self.client.goto(url).await.map_err(|e| format!("cannot open {url}: {e}"))
    }

    /// Waits for a downloaded file and returns its contents.
    pub async fn downloaded(&self, name: &str) -> Result<String, String> {
        let path = self.downloads.join(name);
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Ok(text) = std::fs::read_to_string(&path) {
                if !text.is_empty() {
                    return Ok(text);
                }
            }
            if tokio::time::Instant::now() > deadline {
                return Err(format!("{name} was not downloaded"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a PNG of the viewport.
    pub async fn screenshot(&self, path: &std::path::Path) -> Result<(), String> {
        let png = self.client.screenshot().await.map_err(|e| format!("screenshot failed: {e}"))?;
        std::fs::write(path, png).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// Presses a key in the focused element (WebDriver key codes, e.g. "\u{E00C}" for Escape).
    pub async fn press(&self, key: &str) -> Result<(), String> {
        for _ in 0..STALE_RETRIES {
            let active = self.client.active_element().await.map_err(|e| e.to_string())?;
            match active.send_keys(key).await {
                Err(error) if error.is_stale_element_reference() => continue,
                result => return result.map_err(|e| format!("cannot press a key: {e}")),
            }
        }
        Err("cannot press a key: the focused element kept being replaced".into())
    }

    /// Presses Tab until the focused element has this role and accessible name (at most 80 times).
    pub async fn tab_to(&self, role: &str, name: &str) -> Result<(), String> {
        for _ in 0..80 {
            let active = self.client.active_element().await.map_err(|e| e.to_string())?;
            let focused_role = self.computed(&active, "computedrole").await.unwrap_or_default();
            let textual = role == "textbox" && matches!(focused_role.as_str(), "" | "searchbox");
            if (focused_role == role || textual)
                && self.computed(&active, "computedlabel").await.as_deref() == Some(name)
            {
                return Ok(());
            }
            self.press("\u{E004}").await?;
        }
        Err(format!("Tab never reached the {role} {name:?}"))
    }

    /// The accessible name of the focused element.
    pub async fn focused_name(&self) -> Result<String, String> {
        let active = self.client.active_element().await.map_err(|e| e.to_string())?;
        Ok(self.computed(&active, "computedlabel").await.unwrap_or_default())
    }

    /// Sets the checkbox/radio with this accessible name to `on` (clicking it if needed).
    pub async fn set_checked(&self, role: &str, name: &str, on: bool) -> Result<(), String> {
        for _ in 0..STALE_RETRIES {
            let element = self.role(role, name).await?;
            let checked = match element.prop("checked").await {
                Err(error) if error.is_stale_element_reference() => continue,
                checked => checked.map_err(|e| e.to_string())?.as_deref() == Some("true"),
            };
            if checked == on {
                return Ok(());
            }
            match element.click().await {
                Err(error) if error.is_stale_element_reference() => continue,
                result => return result.map_err(|e| format!("cannot click {name:?}: {e}")),
            }
        }
        Err(format!("cannot set {role} {name:?}: it kept being replaced"))
    }

    /// Chooses an option by its visible text in the select with this accessible name.
    pub async fn select(&self, name: &str, option: &str) -> Result<(), String> {
        let element = self.role("combobox", name).await?;
        element
            .select_by_label(option)
            .await
            .map_err(|e| format!("cannot choose {option:?} in {name:?}: {e}"))
    }

    /// The text of the element with this role and name.
    pub async fn text_of(&self, role: &str, name: &str) -> Result<String, String> {
        self.role(role, name).await?.text().await.map_err(|e| e.to_string())
    }

    /// True when no element with this role and name is present now.
    pub async fn absent(&self, role: &str, name: &str) -> bool {
        self.query_role(role, name).await.is_none()
    }

    pub async fn reload(&self) -> Result<(), String> {
        self.client.refresh().await.map_err(|e| format!("cannot reload: {e}"))
    }

    pub async fn computed(&self, element: &Element, what: &'static str) -> Option<String> {
        let command = Computed { element: element.element_id().to_string(), what };
        match self.client.issue_cmd(command).await.ok()? {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The element with this role and accessible name, if present now.
    pub async fn query_role(&self, role: &str, name: &str) -> Option<Element> {
        let found = self.client.find_all(Locator::Css(candidates(role))).await.ok()?;
        for element in found {
            if self.computed(&element, "computedlabel").await.as_deref() != Some(name) {
                continue;
            }
            // Content behind a modal dialog is inert: a person cannot reach it.
            let reachable = self
                .execute(
                    "return !arguments[0].closest('[inert]');",
                    vec![serde_json::to_value(&element).ok()?],
                )
                .await
                .ok()?;
            if reachable != Value::Bool(true) {
                continue;
            }
            let computed_role = self.computed(&element, "computedrole").await.unwrap_or_default();
            let textual = role == "textbox" && matches!(computed_role.as_str(), "" | "searchbox");
            if computed_role == role || textual {
                return Some(element);
            }
        }
        None
    }

    /// Waits for the element with this role and accessible name.
    pub async fn role(&self, role: &str, name: &str) -> Result<Element, String> {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Some(element) = self.query_role(role, name).await {
                return Ok(element);
            }
            if tokio::time::Instant::now() > deadline {
                return Err(format!(
                    "no {role} named {name:?} appeared; page text: {}",
                    self.body_text().await
                ));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, role: &str, name: &str) -> Result<(), String> {
        for _ in 0..STALE_RETRIES {
            match self.role(role, name).await?.click().await {
                Err(error) if error.is_stale_element_reference() => continue,
                result => return result.map_err(|e| format!("cannot click {role} {name:?}: {e}")),
            }
        }
        Err(format!("cannot click {role} {name:?}: it kept being replaced"))
    }

    /// Replaces the text of a field the way a person does (select all, type), so the page sees
    /// input events even when the new text is empty.
    pub async fn type_into(&self, name: &str, text: &str) -> Result<(), String> {
        let select_all_and_erase = "\u{E009}a\u{E000}\u{E003}";
        for _ in 0..STALE_RETRIES {
            let field = self.role("textbox", name).await?;
            let mut typed = field.send_keys(select_all_and_erase).await;
            if typed.is_ok() && !text.is_empty() {
                typed = field.send_keys(text).await;
            }
            match typed {
                // Replaced midway: the new field holds part of the text; erase it and type again.
                Err(error) if error.is_stale_element_reference() => continue,
                result => return result.map_err(|e| format!("cannot type into {name:?}: {e}")),
            }
        }
        Err(format!("cannot type into {name:?}: it kept being replaced"))
    }

    /// Opens the disclosure (`<details>`) whose summary reads `name`.
    pub async fn open_disclosure(&self, name: &str) -> Result<(), String> {
        self.click("DisclosureTriangle", name).await
    }

    pub async fn body_text(&self) -> String {
        match self.client.find(Locator::Css("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Waits until `condition` holds for the page text.
    pub async fn wait_for_text(
        &self,
        what: &str,
        condition: impl Fn(&str) -> bool,
    ) -> Result<String, String> {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let text = self.body_text().await;
            if condition(&text) {
                return Ok(text);
            }
            if tokio::time::Instant::now() > deadline {
                return Err(format!("timed out waiting for {what}; page text: {text}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The rows of the table with this caption (the visible ones), each a map from column header
    /// to cell text.
    pub async fn table_rows(
        &self,
        caption: &str,
    ) -> Result<Vec<std::collections::HashMap<String, String>>, String> {
        let table = self.role("table", caption).await?;
        let script = "const t = arguments[0]; \
            const heads = [...t.querySelectorAll('thead th')].map(th => { const c = th.cloneNode(true); c.querySelectorAll('[aria-hidden]').forEach(e => e.remove()); return c.textContent.trim(); }); \
            return [...t.querySelectorAll('tbody tr:not([hidden])')].map(tr => [...tr.children].map((td, i) => [heads[i], td.textContent.trim()]));";
        let element = serde_json::to_value(&table).map_err(|e| e.to_string())?;
        let rows = self.execute(script, vec![element]).await?;
        let rows: Vec<Vec<(String, String)>> = serde_json::from_value(rows).map_err(|e| e.to_string())?;
        Ok(rows.into_iter().map(|cells| cells.into_iter().collect()).collect())
    }

    /// A Chrome DevTools Protocol command on this page (profiling in benchmarks).
    pub async fn devtools(&self, command: &'static str, parameters: Value) -> Result<Value, String> {
        self.client
            .issue_cmd(DevTools { command, parameters })
            .await
            .map_err(|e| format!("DevTools {command} failed: {e}"))
    }

    /// The browser console's messages since the last call (warnings and errors included).
    pub async fn console_messages(&self) -> Result<Vec<String>, String> {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .map_err(|e| format!("cannot read the browser log: {e}"))?;
        Ok(log
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| entry["message"].as_str())
            .map(str::to_owned)
            .collect())
    }

    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value, String> {
        self.client.execute(script, args).await.map_err(|e| format!("script failed: {e}"))
    }

    /// A `sessionStorage` entry of the page.
    pub async fn session_storage(&self, entry: &str) -> Result<Option<String>, String> {
        match self.execute("return window.sessionStorage.getItem(arguments[0]);", vec![json!(entry)]).await? {
            Value::String(value) => Ok(Some(value)),
            _ => Ok(None),
        }
    }
}
