//! Startup figures in headless Chromium over loopback (run by `cargo xtask bench`, not a test:
//! figures depend on the machine). Prints one JSON line per load.

use e2e::{with_panel, Page};
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
