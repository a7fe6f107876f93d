//! Headless Chromium through ChromeDriver, and a page API that finds elements the way a
//! person does: by accessible role and name (Chromium's own computed role and label).

use std::process::{Command, Stdio};
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use crate::processes::{free_port, ChildGroup};

/// How long a wait for an element or a state lasts before the test fails.
const PATIENCE: Duration = Duration::from_secs(15);

pub struct Browser {
    client: Client,
    _driver: ChildGroup,
    profile: std::path::PathBuf,
}

impl Browser {
    pub async fn start() -> Self {
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let port = free_port();
        let driver = ChildGroup::spawn(
            "chromedriver",
            Command::new(&chromedriver)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );
        let profile = std::env::temp_dir().join(format!("pkp-e2e-chromium-{}-{port}", std::process::id()));
        let arguments = [
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--no-first-run".to_owned(),
            "--window-size=1280,900".to_owned(),
            format!("--user-data-dir={}", profile.display()),
        ];
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities
            .insert("goog:chromeOptions".into(), json!({ "binary": "/usr/bin/chromium", "args": arguments }));
        capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = String::new();
        for _ in 0..100 {
            let mut builder = ClientBuilder::new(HttpConnector::new());
            builder.capabilities(capabilities.clone());
            match builder.connect(&url).await {
                Ok(client) => return Browser { client, _driver: driver, profile },
                Err(error) => last_error = error.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("cannot start a WebDriver session with {chromedriver}: {last_error}");
    }

    pub fn page(&self) -> Page {
        Page { client: self.client.clone() }
    }

    /// Ends the session (Chromium exits); the driver process group is killed on drop.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// WebDriver "Get Computed Role" / "Get Computed Label" (Chromium's accessibility tree).
#[derive(Debug)]
struct Computed {
    element: String,
    what: &'static str,
}

impl WebDriverCompatibleCommand for Computed {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/element/{}/{}", session.unwrap_or_default(), self.element, self.what))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::GET, None)
    }
}

/// CSS candidates for a role; the computed role is then checked.
fn candidates(role: &str) -> &'static str {
    match role {
        "button" => "button, [role=button], input[type=button], input[type=submit]",
        "textbox" => "input, textarea, [role=textbox]",
        "checkbox" => "input[type=checkbox], [role=checkbox]",
        "table" => "table, [role=table], [role=grid]",
        "dialog" => "dialog, [role=dialog], [role=alertdialog]",
        "status" => "[role=status], output, [aria-live]",
        "group" => "details, fieldset, [role=group]",
        "columnheader" => "th, [role=columnheader]",
        "link" => "a[href], [role=link]",
        _ => "*",
    }
}

#[derive(Clone)]
pub struct Page {
    client: Client,
}

impl Page {
    pub fn client(&self) -> &Client {
        &self.client
    }

    pub async fn goto(&self, url: &str) -> Result<(), String> {
        self.client.goto(url).await.map_err(|e| format!("cannot open {url}: {e}"))
    }

    pub async fn reload(&self) -> Result<(), String> {
        self.client.refresh().await.map_err(|e| format!("cannot reload: {e}"))
    }

    async fn computed(&self, element: &Element, what: &'static str) -> Option<String> {
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
            let computed_role = self.computed(&element, "computedrole").await.unwrap_or_default();
            if computed_role == role || (role == "textbox" && computed_role.is_empty()) {
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
        self.role(role, name).await?.click().await.map_err(|e| format!("cannot click {role} {name:?}: {e}"))
    }

    pub async fn type_into(&self, name: &str, text: &str) -> Result<(), String> {
        let field = self.role("textbox", name).await?;
        field.clear().await.map_err(|e| format!("cannot clear {name:?}: {e}"))?;
        field.send_keys(text).await.map_err(|e| format!("cannot type into {name:?}: {e}"))
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

    /// The text of every cell of the table with this caption, row by row (header row excluded).
    pub async fn table_rows(&self, caption: &str) -> Result<Vec<Vec<String>>, String> {
        let table = self.role("table", caption).await?;
        let rows =
            table.find_all(Locator::Css("tbody tr")).await.map_err(|e| format!("cannot read rows: {e}"))?;
        let mut read = Vec::new();
        for row in rows {
            let cells = row.find_all(Locator::Css("td, th")).await.map_err(|e| e.to_string())?;
            let mut texts = Vec::new();
            for cell in cells {
                texts.push(cell.text().await.map_err(|e| e.to_string())?);
            }
            read.push(texts);
        }
        Ok(read)
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
