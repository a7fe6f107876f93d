//! Startup figures in headless Chromium (a benchmark, not a test: `cargo xtask bench` runs it
//! with `cargo bench -p e2e --bench startup`; figures depend on the machine): over loopback, and on an emulated Slow 4G network where a person pastes the
//! key as soon as the field appears. Prints one `name=value` line per kind of load.

use e2e::{with_panel, Browser, Page, PanelServer, ADMIN_KEY};
use serde_json::{json, Value};

const MEASURE: &str = include_str!("../bench/startup_figures.js");

const ROUNDS: usize = 5;

/// Loads `url` and reads the figures once the panel is interactive.
async fn load(page: &Page, url: &str) -> Result<Value, String> {
    page.goto(url).await?;
    page.execute(include_str!("../bench/wait_for_key_field.js"), vec![]).await?;
    let mut figures = Value::Null;
    for _ in 0..50 {
        figures = page.execute(MEASURE, vec![]).await?;
        if !figures["interactive_ms"].is_null() && !figures["first_paint_ms"].is_null() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Ok(figures)
}

/// The median of one figure over the rounds, rounded to whole units ("?" when never measured).
fn median(rounds: &[Value], name: &str) -> String {
    let mut values: Vec<f64> = rounds.iter().filter_map(|r| r[name].as_f64()).collect();
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).map(|v| format!("{v:.0}")).unwrap_or_else(|| "?".into())
}

/// Cold cache: the browser's HTTP cache cleared before the load (the browser itself already
/// started, as for a user opening the panel for the first time). Warm cache: the next load.
async fn startup_cold_and_warm() {
    with_panel(&[], |server, page| async move {
        // A first page, so the figures are the panel's and not the browser's own start-up.
        page.goto(&format!("{}favicon.ico", server.url)).await?;
        let (mut cold, mut warm) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            page.devtools("Network.enable", json!({})).await?;
            page.devtools("Network.clearBrowserCache", json!({})).await?;
            cold.push(load(&page, &format!("{}?cold={round}", server.url)).await?);
            warm.push(load(&page, &format!("{}?warm={round}", server.url)).await?);
        }
        for (label, rounds) in [("cold", &cold), ("warm", &warm)] {
            let figures: Vec<String> = [
                "first_paint_ms",
                "interactive_ms",
                "html_received_ms",
                "dom_interactive_ms",
                "transfer_bytes",
                "wasm_transfer_bytes",
            ]
            .into_iter()
            .map(|name| format!("{name}={}", median(rounds, name)))
            .collect();
            println!("STARTUP load={label} {}", figures.join(" "));
        }
        Ok(())
    })
    .await;
}

/// DevTools' network emulation of a slow mobile network (issue 17): 150 ms round trip, 1.6 Mbps
/// down, 750 kbps up.
const SLOW_4G: &str =
    r#"{"offline": false, "latency": 150, "downloadThroughput": 200000, "uploadThroughput": 93750}"#;

/// In the page, as a person who pastes the key as soon as the field appears.
const PASTE_AND_CONNECT: &str = include_str!("../bench/paste_and_connect.js");

const SLOW_ROUNDS: usize = 3;

/// In the page, right after the list is shown: the parts fetched on first use, opened.
const OPEN_PARTS: &str = include_str!("../bench/open_parts.js");

/// One load on the emulated network, connected as a person who pastes at once, then the parts
/// fetched on first use opened (issue 29); then this tab's storage is emptied, so the next load
/// starts at the connect form again.
async fn slow_load(page: &Page, url: &str) -> Result<Value, String> {
    page.goto(url).await?;
    let mut figures = page.execute(PASTE_AND_CONNECT, vec![json!(ADMIN_KEY)]).await?;
    let parts = page.execute(OPEN_PARTS, vec![figures["list_ms"].clone()]).await?;
    if let (Some(figures), Some(parts)) = (figures.as_object_mut(), parts.as_object()) {
        figures.extend(parts.clone());
    }
    page.execute("sessionStorage.clear();", vec![]).await?;
    Ok(figures)
}

/// Cold: the HTTP cache cleared, as for a first visit; warm: the second load after that (the
/// wasm from the cache, `index.html` revalidated).
/// The browser loads pages eagerly, so the script runs while the wasm may still be loading.
async fn startup_on_slow_4g_with_the_key_pasted_at_once() {
    let server = PanelServer::start(&[]).await;
    let browser = Browser::start_configured(&[], "eager").await;
    let page = browser.page();
    let outcome = async {
        page.goto(&format!("{}favicon.svg", server.url)).await?;
        page.devtools("Network.enable", json!({})).await?;
        let conditions: Value = serde_json::from_str(SLOW_4G).map_err(|e| e.to_string())?;
        page.devtools("Network.emulateNetworkConditions", conditions).await?;
        let (mut cold, mut warm) = (Vec::new(), Vec::new());
        for round in 0..SLOW_ROUNDS {
            page.devtools("Network.clearBrowserCache", json!({})).await?;
            cold.push(slow_load(&page, &format!("{}?cold={round}", server.url)).await?);
            slow_load(&page, &format!("{}?prime={round}", server.url)).await?;
            warm.push(slow_load(&page, &format!("{}?warm={round}", server.url)).await?);
        }
        for (label, rounds) in [("cold", &cold), ("warm", &warm)] {
            let figures: Vec<String> = [
                "first_paint_ms",
                "field_ms",
                "interactive_ms",
                "list_ms",
                "bytes_before_interactive",
                "lookup_ms",
                "rotate_ms",
                "export_ms",
            ]
            .into_iter()
            .map(|name| format!("{name}={}", median(rounds, name)))
            .collect();
            println!("SLOW4G load={label} {}", figures.join(" "));
        }
        Ok::<(), String>(())
    }
    .await;
    browser.close().await;
    drop(server);
    if let Err(message) = outcome {
        panic!("{message}");
    }
}

#[tokio::main]
async fn main() {
    startup_cold_and_warm().await;
    startup_on_slow_4g_with_the_key_pasted_at_once().await;
}
