//! The bundle alone on a plain static host (no `plesk-keys`: Python's `http.server` here): the
//! panel starts, finds its default `servers.json` (one server, the bare agent path) and logs no
//! error — no 404 on every load (issue 29).

use std::time::Duration;

use e2e::{free_port, serve_folder, Browser, PanelServer};

#[tokio::test(flavor = "multi_thread")]
async fn the_bundle_alone_loads_without_an_error() {
    let dist = PanelServer::dist();
    let servers = std::fs::read_to_string(dist.join("servers.json")).expect("the bundle ships servers.json");
    assert_eq!(servers.trim(), r#"{"servers":[{"name":"default","label":""}]}"#);

    let port = free_port();
    let _host = serve_folder(&dist, port);
    let browser = Browser::start().await;
    let page = browser.page();
    let outcome = async {
        page.goto(&format!("http://127.0.0.1:{port}/")).await?;
        page.role("textbox", "API key").await?;
        // The panel (not only the static form) is there: its server list came from the file.
        page.execute(
            "return new Promise(r => { const t = () => performance.getEntriesByName('pkp-interactive').length ? r() : setTimeout(t, 20); t(); });",
            vec![],
        )
        .await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let console = page.console_messages().await?;
        if !console.is_empty() {
            return Err(format!("the console should be quiet on a static host: {console:?}"));
        }
        let status = page
            .execute(
                "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('/servers.json')).map(e => e.responseStatus);",
                vec![],
            )
            .await?;
        if status != serde_json::json!([200]) {
            return Err(format!("servers.json is fetched once, found: {status}"));
        }
        Ok::<(), String>(())
    }
    .await;
    browser.close().await;
    if let Err(message) = outcome {
        panic!("{message}");
    }
}
