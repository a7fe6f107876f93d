//! Headless Chromium through ChromeDriver: started with the suite's flags, its downloads and
//! its console (CSP violations) read; pages are driven through [`Page`].

use std::process::{Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::commands::DevTools;
use crate::page::Page;
use crate::processes::{free_port, ChildGroup};

pub struct Browser {
    client: Client,
    _driver: ChildGroup,
    profile: std::path::PathBuf,
    downloads: std::path::PathBuf,
}

impl Browser {
    pub async fn start() -> Self {
        Self::start_with(&[]).await
    }

    /// Starts Chromium with `extra_arguments` after the usual ones (benchmarks: memory flags).
    pub async fn start_with(extra_arguments: &[&str]) -> Self {
        Self::start_configured(extra_arguments, "normal").await
    }

    /// As [`Browser::start_with`], with WebDriver's page load strategy: "eager" lets `goto` (and
    /// every later command) go on once the document is parsed, while the wasm may still be loading.
    pub async fn start_configured(extra_arguments: &[&str], page_load_strategy: &str) -> Self {
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
        let downloads = profile.join("downloads");
        let _ = std::fs::create_dir_all(&downloads);
        let arguments: Vec<String> = [
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
        ]
        .into_iter()
        .chain(extra_arguments.iter().map(|argument| (*argument).to_owned()))
        .collect();
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert("pageLoadStrategy".into(), json!(page_load_strategy));
        capabilities
            .insert("goog:chromeOptions".into(), json!({ "binary": "/usr/bin/chromium", "args": arguments }));
        capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = String::new();
        for _ in 0..100 {
            let mut builder = ClientBuilder::new(HttpConnector::new());
            builder.capabilities(capabilities.clone());
            match builder.connect(&url).await {
                Ok(client) => {
                    // Headless Chromium saves downloads only where it is told to.
                    let allow = DevTools {
                        command: "Browser.setDownloadBehavior",
                        parameters: json!({ "behavior": "allow", "downloadPath": downloads.display().to_string() }),
                    };
                    if let Err(error) = client.issue_cmd(allow).await {
                        eprintln!("warning: downloads not enabled: {error}");
                    }
                    return Browser { client, _driver: driver, profile, downloads };
                }
                Err(error) => last_error = error.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("cannot start a WebDriver session with {chromedriver}: {last_error}");
    }

    pub fn page(&self) -> Page {
        Page::new(self.client.clone(), self.downloads.clone())
    }

    /// Console messages reporting a Content-Security-Policy violation since the last call.
    pub async fn csp_violations(&self) -> Result<Vec<String>, String> {
        let messages = self.page().console_messages().await?;
        Ok(messages
            .into_iter()
            .filter(|message| {
                message.contains("Content Security Policy") || message.contains("Content-Security-Policy")
            })
            .collect())
    }

    /// Ends the session (Chromium exits); the driver process group is killed on drop.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
