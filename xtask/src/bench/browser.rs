//! The benchmarks in headless Chromium: startup, rendering keys against a vanilla-JS page, and the
//! wasm parser against DOMParser. Each prints `LABEL name=value …` lines, read here into tables.

use std::collections::HashMap;

use crate::command::{cargo, root, Result};

/// First paint and interactive time of the built panel in headless Chromium, cold and warm, over
/// loopback and on emulated Slow 4G (served by the release `plesk-keys` that `bench` built first).
pub fn startup() -> Result<String> {
    crate::tasks::dist(&root().join("dist"))?;
    let text = browser_benchmark("startup")?;
    let mut table = String::from(
        "## Startup (headless Chromium, loopback, `plesk-keys serve`; median of 5)\n\n\
         Cold: the browser's HTTP cache cleared before the load; warm: the next load.\n\n\
         | load | HTML received | DOM parsed | first contentful paint | interactive (after mount) | wasm transferred |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for row in figures(&text, "STARTUP ") {
        table.push_str(&format!(
            "| {} | {} ms | {} ms | {} ms | {} ms | {} bytes |\n",
            row.get("load"),
            row.get("html_received_ms"),
            row.get("dom_interactive_ms"),
            row.get("first_paint_ms"),
            row.get("interactive_ms"),
            row.get("wasm_transfer_bytes")
        ));
    }
    table.push_str(
        "\n## Startup on emulated Slow 4G (150 ms RTT, 1.6 Mbps down; key pasted as soon as the field appears; median of 3)\n\n\
         Times from the navigation's start. Cold: the HTTP cache cleared; warm: a later load.\n\n\
         | load | first contentful paint | key field there | interactive (after mount) | key list shown | bytes fetched before interactive |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for row in figures(&text, "SLOW4G ") {
        table.push_str(&format!(
            "| {} | {} ms | {} ms | {} ms | {} ms | {} |\n",
            row.get("load"),
            row.get("first_paint_ms"),
            row.get("field_ms"),
            row.get("interactive_ms"),
            row.get("list_ms"),
            row.get("bytes_before_interactive")
        ));
    }
    Ok(table)
}

/// Runs the ignored end-to-end benchmark `test_file` against `dist/` and the release server;
/// returns what it printed.
fn browser_benchmark(test_file: &str) -> Result<String> {
    let output = cargo()
        .args(["test", "-p", "e2e", "--locked", "--test", test_file, "--", "--ignored", "--nocapture"])
        .env("PKP_DIST", root().join("dist"))
        .env("PKP_PLESK_KEYS", root().join("target/release/plesk-keys"))
        .env("CHROMEDRIVER", crate::tools::CHROMEDRIVER)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run the {test_file} benchmark: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        return Err(format!(
            "the {test_file} benchmark failed:\n{text}{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(text)
}

/// `name=value` pairs of a benchmark's output line (values without spaces, or quoted).
fn pairs(line: &str) -> HashMap<String, String> {
    let mut found = HashMap::new();
    let mut rest = line;
    while let Some((name, after)) = rest.split_once('=') {
        let name = name.rsplit(' ').next().unwrap_or(name).to_owned();
        let (value, remaining) = if let Some(quoted) = after.strip_prefix('"') {
            quoted.split_once('"').unwrap_or((quoted, ""))
        } else {
            after.split_once(' ').unwrap_or((after, ""))
        };
        found.insert(name, value.to_owned());
        rest = remaining;
    }
    found
}

/// The figures of one output line.
struct Figures(HashMap<String, String>);

impl Figures {
    /// A figure as printed, or "?" when the line lacks it.
    fn get(&self, name: &str) -> &str {
        self.0.get(name).map(String::as_str).unwrap_or("?")
    }
}

/// The figures of every line of `text` that holds `label`: from the label on (libtest prints a
/// test's first line of output after its own "test name ... ").
fn figures(text: &str, label: &str) -> Vec<Figures> {
    text.lines()
        .filter_map(|line| line.find(label).map(|at| &line[at + label.len()..]))
        .map(|l| Figures(pairs(l)))
        .collect()
}

/// Rendering keys: the panel against a vanilla-JS page, filtering, sorting, heap (Chromium).
pub fn rendering() -> Result<String> {
    let text = browser_benchmark("render")?;
    let mut report = String::from(
        "## Rendering keys (headless Chromium; answer received → rows painted, median of 11)\n\n\
         | keys | panel (first page, 50 rows) | parsed / indexed / in the document | vanilla JS, same 50 rows | vanilla JS, all rows | panel / vanilla same rows | panel / vanilla all rows |\n\
         |---:|---:|---|---:|---:|---:|---:|\n",
    );
    for row in figures(&text, "RENDER ") {
        report.push_str(&format!(
            "| {} | {} ms | {} / {} / {} ms | {} ms | {} ms | {}× | {}× |\n",
            row.get("keys"),
            row.get("panel_ms"),
            row.get("panel_parsed_ms"),
            row.get("panel_stored_ms"),
            row.get("panel_dom_ms"),
            row.get("vanilla_same_rows_ms"),
            row.get("vanilla_all_rows_ms"),
            row.get("ratio_same_rows"),
            row.get("ratio_all_rows"),
        ));
    }
    report.push_str(
        "\n| interaction (10,000 keys) | events | work median / max | painted median / max |\n|---|---:|---:|---:|\n",
    );
    for (label, prefix) in [("filter keystroke", "FILTER "), ("sort click", "SORT ")] {
        for row in figures(&text, prefix) {
            report.push_str(&format!(
                "| {label} | {} | {} / {} ms | {} / {} ms |\n",
                row.get("events"),
                row.get("work_median_ms"),
                row.get("work_max_ms"),
                row.get("painted_median_ms"),
                row.get("painted_max_ms"),
            ));
        }
    }
    for row in figures(&text, "HEAP ") {
        report.push_str(&format!(
            "\nJS heap over {} refreshes of {} keys (after forced GC): {} → {} bytes, growth {} bytes.\n",
            row.get("refreshes"),
            row.get("keys"),
            row.get("before_bytes"),
            row.get("after_bytes"),
            row.get("growth_bytes"),
        ));
    }
    Ok(report)
}

/// The panel's wasm parser against DOMParser + a JS walk, in headless Chromium (release build).
pub fn parse_in_browser() -> Result<String> {
    let output = cargo()
        .args([
            "test",
            "--release",
            "-p",
            "plesk-key-panel",
            "--target",
            "wasm32-unknown-unknown",
            "--locked",
        ])
        .args(["--test", "bench_parse", "--", "--include-ignored", "--nocapture"])
        .env("CHROMEDRIVER", crate::tools::CHROMEDRIVER)
        .env("PATH", crate::tools::tool_path())
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run the browser parse benchmark: {e}"))?;
    let text =
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    let Some(row) = figures(&text, "PARSE ").into_iter().next() else {
        return Err(format!("the browser parse benchmark printed no figures:\n{text}"));
    };
    Ok(format!(
        "## Parsing 10,000 key_info in the browser (best of 10)\n\n| parser | ms |\n|---|---:|\n| panel wasm (plesk-xmlapi + quick-xml) | {} |\n| DOMParser + JS walk | {} |\n\nDOMParser/wasm: {}× ({} bytes)\n",
        row.get("wasm_ms"),
        row.get("dom_parser_ms"),
        row.get("ratio_js_over_wasm"),
        row.get("bytes")
    ))
}

#[cfg(test)]
mod tests {
    use super::{figures, pairs};

    #[test]
    fn figures_come_from_the_labelled_lines_only() {
        let text =
            "noise\n  PARSE bytes=10 wasm_ms=2.5\ntest startup ... STARTUP load=cold first_paint_ms=36\n";
        let parse = figures(text, "PARSE ");
        assert_eq!(parse.len(), 1);
        assert_eq!(parse[0].get("wasm_ms"), "2.5");
        assert_eq!(parse[0].get("missing"), "?");
        assert_eq!(figures(text, "STARTUP ")[0].get("load"), "cold");
        assert!(figures(text, "RENDER ").is_empty());
    }

    #[test]
    fn benchmark_lines_split_into_named_values() {
        let found = pairs("keys=10000 work_median_ms=2.7 narrowed=\"10 of 10001 shown\" ratio=0.59");
        assert_eq!(found["keys"], "10000");
        assert_eq!(found["work_median_ms"], "2.7");
        assert_eq!(found["narrowed"], "10 of 10001 shown");
        assert_eq!(found["ratio"], "0.59");
        assert!(pairs("no pairs here").is_empty());
    }
}
