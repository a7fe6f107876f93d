//! Startup figures in headless Chromium over loopback (run by `cargo xtask bench`, not a test:
//! figures depend on the machine). Prints one JSON line per load.

use e2e::with_panel;
use serde_json::Value;

const MEASURE: &str = "const paint = performance.getEntriesByName('first-contentful-paint')[0]; \
    const ready = performance.getEntriesByName('pkp-interactive')[0]; \
    const nav = performance.getEntriesByType('navigation')[0]; \
    return { first_paint_ms: paint ? paint.startTime : null, interactive_ms: ready ? ready.startTime : null, transfer_bytes: nav ? nav.transferSize : null };";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: cargo xtask bench"]
async fn startup_cold_and_warm() {
    with_panel(&[], |server, page| async move {
        for (label, url) in [("cold", format!("{}?cold", server.url)), ("warm", server.url.clone())] {
            page.goto(&url).await?;
            page.role("textbox", "API key").await?;
            let mut figures = Value::Null;
            for _ in 0..50 {
                figures = page.execute(MEASURE, vec![]).await?;
                if !figures["interactive_ms"].is_null() && !figures["first_paint_ms"].is_null() {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            println!("STARTUP {label} {figures}");
        }
        Ok(())
    })
    .await;
}
