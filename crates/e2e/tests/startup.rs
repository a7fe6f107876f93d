//! Startup figures in headless Chromium (run by `cargo xtask bench`, not a test: figures depend
//! on the machine): over loopback, and on an emulated Slow 4G network where a person pastes the
//! key as soon as the field appears. Prints one `name=value` line per kind of load.

use e2e::{with_panel, Browser, Page, PanelServer, ADMIN_KEY};
use serde_json::{json, Value};

const MEASURE: &str = "const paint = performance.getEntriesByName('first-contentful-paint')[0]; \
    const ready = performance.getEntriesByName('pkp-interactive')[0]; \
    const nav = performance.getEntriesByType('navigation')[0]; \
    return { first_paint_ms: paint ? paint.startTime : null, interactive_ms: ready ? ready.startTime : null, transfer_bytes: nav ? nav.transferSize : null, \
             wasm_transfer_bytes: (performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')) || {}).transferSize, \
             html_received_ms: nav ? nav.responseEnd : null, dom_interactive_ms: nav ? nav.domInteractive : null };";

const ROUNDS: usize = 5;

/// Loads `url` and reads the figures once the panel is interactive.
async fn load(page: &Page, url: &str) -> Result<Value, String> {
    page.goto(url).await?;
    // A DOM query, not an accessibility one: that would switch on Chromium's accessibility tree
    // for every later load in this tab.
    page.execute(
        "return (async () => { while (!document.getElementById('pkp-api-key')) \
         await new Promise((r) => setTimeout(r, 5)); })();",
        vec![],
    )
    .await?;
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
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: cargo xtask bench"]
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

/// In the page, as a person who pastes the key as soon as the field appears: waits for the
/// field (the static form's, or the panel's when there is none), pastes, presses Connect, and
/// resolves when the key list's rows are painted. Times are from the navigation's start.
const PASTE_AND_CONNECT: &str = "const key = arguments[0]; \
    const tick = () => new Promise((r) => setTimeout(r, 2)); \
    return (async () => { \
      let field; while (!(field = document.getElementById('pkp-api-key'))) await tick(); \
      const field_ms = performance.now(); \
      field.value = key; field.dispatchEvent(new Event('input', { bubbles: true })); \
      document.querySelector('form.pkp-connect button[type=submit]').click(); \
      while (!document.querySelector('#pkp-app table tbody tr:not([hidden])')) await tick(); \
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); \
      const list_ms = performance.now(); \
      let ready; while (!(ready = performance.getEntriesByName('pkp-interactive')[0])) await tick(); \
      const paint = performance.getEntriesByName('first-contentful-paint')[0]; \
      const nav = performance.getEntriesByType('navigation')[0]; \
      const before = performance.getEntriesByType('resource') \
        .filter((e) => e.responseEnd <= ready.startTime && !e.name.includes('agent.php')) \
        .reduce((sum, e) => sum + e.transferSize, nav.transferSize); \
      return { field_ms, list_ms, interactive_ms: ready.startTime, first_paint_ms: paint ? paint.startTime : null, \
               bytes_before_interactive: before }; \
    })();";

const SLOW_ROUNDS: usize = 3;

/// One load on the emulated network, connected as a person who pastes at once; then this tab's
/// storage is emptied, so the next load starts at the connect form again.
async fn slow_load(page: &Page, url: &str) -> Result<Value, String> {
    page.goto(url).await?;
    let figures = page.execute(PASTE_AND_CONNECT, vec![json!(ADMIN_KEY)]).await?;
    page.execute("sessionStorage.clear();", vec![]).await?;
    Ok(figures)
}

/// Cold: the HTTP cache cleared, as for a first visit; warm: the second load after that (the
/// wasm from the cache, `index.html` revalidated).
/// The browser loads pages eagerly, so the script runs while the wasm may still be loading.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: cargo xtask bench"]
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
            let figures: Vec<String> =
                ["first_paint_ms", "field_ms", "interactive_ms", "list_ms", "bytes_before_interactive"]
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
