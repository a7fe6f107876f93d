//! Rendering keys (a benchmark, not a test: `cargo xtask bench` runs it with
//! `cargo bench -p e2e --bench render`; figures depend on the machine).
//!
//! The panel against a hand-written vanilla-JS page (`crates/e2e/bench/vanilla.*`: fetch,
//! DOMParser, the same row markup) in the same Chromium, both measured the same way: from the
//! moment the agent answer has arrived (Resource Timing `responseEnd`) to the first frame painted
//! after the rows are in the document. Then, on 10,000 keys: filter keystrokes and sort clicks
//! (event to painted frame) and the JS heap over 20 refreshes. Prints `RENDER …` lines.

use std::path::{Path, PathBuf};

use e2e::{post_packet, with_panel_using, Page, ServerAddress, ADMIN_KEY};
use serde_json::{json, Value};

const ROUNDS: usize = 11;
/// The panel's page size: the panel renders this many rows of any list.
const PAGE_ROWS: usize = 50;
const BROWSER_FLAGS: [&str; 2] = ["--js-flags=--expose-gc", "--enable-precise-memory-info"];

/// The browser scripts (in `crates/e2e/bench/`); those that time frames start with the shared
/// `after_paint.js`.
const MEASURE_LOAD: &str =
    concat!(include_str!("../bench/after_paint.js"), include_str!("../bench/measure_load.js"));
const LOG_OUT: &str = include_str!("../bench/log_out.js");
const CONNECT: &str = include_str!("../bench/connect.js");
const MEASURE_FILTER: &str =
    concat!(include_str!("../bench/after_paint.js"), include_str!("../bench/measure_filter.js"));
const MEASURE_SORT: &str =
    concat!(include_str!("../bench/after_paint.js"), include_str!("../bench/measure_sort.js"));
const MEASURE_HEAP: &str = include_str!("../bench/measure_heap.js");

/// The built panel plus the vanilla page (with the panel's stylesheet) in a scratch folder.
fn bench_dist() -> PathBuf {
    let dist = std::env::var_os("PKP_DIST").map(PathBuf::from).expect("PKP_DIST (cargo xtask bench)");
    let out = std::env::temp_dir().join(format!("pkp-render-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("a scratch folder");
    for entry in std::fs::read_dir(&dist).expect("PKP_DIST is a folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        std::fs::copy(entry.path(), out.join(&name)).expect("copies dist");
    }
    // The panel inlines its stylesheet; the baseline links the same file.
    let stylesheet = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style/main.css");
    std::fs::copy(stylesheet, out.join("panel.css")).expect("copies the stylesheet");
    let baseline = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench");
    for name in ["vanilla.html", "vanilla.js"] {
        std::fs::copy(baseline.join(name), out.join(name)).expect("copies the baseline page");
    }
    out
}

/// Creates `count` keys, 1,000 per packet.
async fn seed(server: &ServerAddress, count: usize) -> Result<(), String> {
    for start in (0..count).step_by(1_000) {
        let creates: String = (start..count.min(start + 1_000))
            .map(|i| {
                format!(
                    "<create><ip_address>192.0.2.{},2001:db8::{i:x}</ip_address><description>Deploy robot {i:05} for shop {}</description></create>",
                    i % 250,
                    i % 37
                )
            })
            .collect();
        let packet = format!("<packet><secret_key>{creates}</secret_key></packet>");
        let (status, body) = post_packet(&server.agent_url(), ADMIN_KEY, &packet).await;
        if status != 200 || body.contains("<status>error</status>") {
            return Err(format!("seeding failed: {status} {}", body.chars().take(300).collect::<String>()));
        }
    }
    Ok(())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

fn max(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::NAN, f64::max)
}

fn times(value: &Value) -> Vec<f64> {
    value.as_array().into_iter().flatten().filter_map(Value::as_f64).collect()
}

/// The medians of `ROUNDS` loads of one page.
#[derive(Debug, Default)]
struct Loads {
    painted_ms: f64,
    /// Panel only: answer received → parsed, → indexed and handed to the table.
    parsed_ms: f64,
    stored_ms: f64,
    /// The rows are in the document (before style, layout and paint).
    dom_ms: f64,
    rows: u64,
}

async fn loads(page: &Page, kind: &str, expected: usize, limit: usize) -> Result<Loads, String> {
    let (mut painted, mut parsed, mut stored, mut dom) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut rows = 0;
    for _ in 0..ROUNDS {
        let load =
            page.execute(MEASURE_LOAD, vec![json!(kind), json!(ADMIN_KEY), json!(expected), json!(limit)]);
        let result = tokio::time::timeout(std::time::Duration::from_secs(60), load)
            .await
            .map_err(|_| format!("{kind}: rows never appeared"))??;
        painted.push(result["ms"].as_f64().ok_or_else(|| format!("{kind}: no time in {result}"))?);
        parsed.extend(result["parsed"].as_f64());
        stored.extend(result["stored"].as_f64());
        dom.extend(result["dom"].as_f64());
        rows = result["rows"].as_u64().unwrap_or(0);
        if kind == "panel" {
            page.execute(LOG_OUT, vec![]).await?;
        } else {
            page.execute("window.vanillaClear();", vec![]).await?;
        }
    }
    Ok(Loads {
        painted_ms: median(painted),
        parsed_ms: median(parsed),
        stored_ms: median(stored),
        dom_ms: median(dom),
        rows,
    })
}

/// Median and maximum of the "work" (event → document updated) and "painted" times.
fn interaction_line(label: &str, count: usize, figures: &Value) -> String {
    let (painted, work) = (times(&figures["times"]), times(&figures["work"]));
    format!(
        "{label} keys={count} events={} work_median_ms={:.1} work_max_ms={:.1} painted_median_ms={:.1} painted_max_ms={:.1}",
        painted.len(),
        median(work.clone()),
        max(&work),
        median(painted.clone()),
        max(&painted)
    )
}

async fn measure(server: ServerAddress, page: Page, count: usize) -> Result<(), String> {
    seed(&server, count).await?;
    let base = server.url.trim_end_matches('/');
    let first_page = PAGE_ROWS.min(count);

    page.goto(&format!("{base}/vanilla.html")).await?;
    let vanilla_page = loads(&page, "vanilla", first_page, PAGE_ROWS).await?;
    let vanilla_all = loads(&page, "vanilla", count, 0).await?;

    page.goto(&server.url).await?;
    page.execute(LOG_OUT, vec![]).await?;
    let panel = loads(&page, "panel", first_page, 0).await?;
    println!(
        "RENDER keys={count} panel_ms={:.1} panel_parsed_ms={:.1} panel_stored_ms={:.1} panel_dom_ms={:.1} panel_rows={} \
         vanilla_same_rows_ms={:.1} vanilla_same_rows_dom_ms={:.1} vanilla_all_rows_ms={:.1} vanilla_all_rows={} ratio_same_rows={:.2} ratio_all_rows={:.2}",
        panel.painted_ms,
        panel.parsed_ms,
        panel.stored_ms,
        panel.dom_ms,
        panel.rows,
        vanilla_page.painted_ms,
        vanilla_page.dom_ms,
        vanilla_all.painted_ms,
        vanilla_all.rows,
        panel.painted_ms / vanilla_page.painted_ms,
        panel.painted_ms / vanilla_all.painted_ms
    );

    if count >= 10_000 {
        page.execute(CONNECT, vec![json!(ADMIN_KEY)]).await?;
        let filter = page.execute(MEASURE_FILTER, vec![json!("robot 0042")]).await?;
        println!(
            "{} narrowed={:?}",
            interaction_line("FILTER", count, &filter),
            filter["narrowed"].as_str().unwrap_or("?")
        );
        let sort = page.execute(MEASURE_SORT, vec![]).await?;
        println!("{}", interaction_line("SORT", count, &sort));
        let heap = page.execute(MEASURE_HEAP, vec![json!(20)]).await?;
        let (before, after) = (heap["before"].as_f64().unwrap_or(0.0), heap["after"].as_f64().unwrap_or(0.0));
        println!(
            "HEAP keys={count} refreshes=20 before_bytes={before:.0} after_bytes={after:.0} growth_bytes={:.0}",
            after - before
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() {
    let dist = bench_dist();
    for count in [1_000, 10_000] {
        with_panel_using(&dist, &[], &BROWSER_FLAGS, |server, page| measure(server, page, count)).await;
    }
    let _ = std::fs::remove_dir_all(&dist);
}
