//! The benchmarks in headless Chromium: startup, rendering keys against a vanilla-JS page, and the
//! wasm parser against DOMParser. Each prints `LABEL name=value …` lines, read here into tables.

use std::collections::HashMap;

use crate::command::{cargo, root, Result};

/// First paint and interactive time of the built panel in headless Chromium, cold and warm, over
/// loopback and on emulated Slow 4G (served by the release `plesk-keys` that `bench` built first).
pub fn startup() -> Result<String> {
    crate::build::dist(&root().join("dist"))?;
    let text = browser_benchmark("startup")?;
    let mut table = String::from(
        "## Startup (headless Chromium, loopback, `plesk-keys serve`; median of 5)\n\n\
         Cold: the browser's HTTP cache cleared before the load; warm: the next load.\n\n\
         | load | HTML received | DOM parsed | first contentful paint | interactive (after mount) | wasm transferred |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    table.push_str(&rows(
        &text,
        "STARTUP ",
        "| {} | {} ms | {} ms | {} ms | {} ms | {} bytes |\n",
        &[
            "load",
            "html_received_ms",
            "dom_interactive_ms",
            "first_paint_ms",
            "interactive_ms",
            "wasm_transfer_bytes",
        ],
    ));
    table.push_str(
        "\n## Startup on emulated Slow 4G (150 ms RTT, 1.6 Mbps down; key pasted as soon as the field appears; median of 3)\n\n\
         Times from the navigation's start. Cold: the HTTP cache cleared; warm: a later load.\n\n\
         | load | first contentful paint | key field there | interactive (after mount) | key list shown | bytes fetched before interactive |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    table.push_str(&rows(
        &text,
        "SLOW4G ",
        "| {} | {} ms | {} ms | {} ms | {} ms | {} |\n",
        &["load", "first_paint_ms", "field_ms", "interactive_ms", "list_ms", "bytes_before_interactive"],
    ));
    table.push_str(
        "\n### Parts fetched on first use, on the same Slow 4G loads (issue 29)\n\n\
         Opened right after the key list is shown, before the background prefetch: until each is on screen. \
         Look-up is asked for when the list is shown (measured from then; at most this).\n\n\
         | load | look-up shown | Rotate dialog open | Export JSON saved |\n|---|---:|---:|---:|\n",
    );
    table.push_str(&rows(
        &text,
        "SLOW4G ",
        "| {} | {} ms | {} ms | {} ms |\n",
        &["load", "lookup_ms", "rotate_ms", "export_ms"],
    ));
    Ok(table)
}

/// Runs the end-to-end benchmark `name` (`crates/e2e/benches/NAME.rs`) against `dist/` and the
/// release server; returns what it printed.
fn browser_benchmark(test_file: &str) -> Result<String> {
    let output = cargo()
        .args(["bench", "-p", "e2e", "--locked", "--bench", test_file])
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
/// One Markdown row per line labelled `label`: `template`'s `{}` filled with `fields`, in order.
fn rows(text: &str, label: &str, template: &str, fields: &[&str]) -> String {
    let mut out = String::new();
    for row in figures(text, label) {
        let mut parts = template.split("{}");
        out.push_str(parts.next().unwrap_or_default());
        for (part, field) in parts.zip(fields.iter().copied().chain(std::iter::repeat("?"))) {
            out.push_str(row.get(field));
            out.push_str(part);
        }
    }
    out
}

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
    report.push_str(&rows(
        &text,
        "RENDER ",
        "| {} | {} ms | {} / {} / {} ms | {} ms | {} ms | {}× | {}× |\n",
        &[
            "keys",
            "panel_ms",
            "panel_parsed_ms",
            "panel_stored_ms",
            "panel_dom_ms",
            "vanilla_same_rows_ms",
            "vanilla_all_rows_ms",
            "ratio_same_rows",
            "ratio_all_rows",
        ],
    ));
    report.push_str(
        "\n| interaction (10,000 keys) | events | work median / max | painted median / max |\n|---|---:|---:|---:|\n",
    );
    for (label, prefix) in [("filter keystroke", "FILTER "), ("sort click", "SORT ")] {
        report.push_str(&rows(
            &text,
            prefix,
            &format!("| {label} | {{}} | {{}} / {{}} ms | {{}} / {{}} ms |\n"),
            &["events", "work_median_ms", "work_max_ms", "painted_median_ms", "painted_max_ms"],
        ));
    }
    report.push_str(&rows(
        &text,
        "HEAP ",
        "\nJS heap over {} refreshes of {} keys (after forced GC): {} → {} bytes, growth {} bytes.\n",
        &["refreshes", "keys", "before_bytes", "after_bytes", "growth_bytes"],
    ));
    Ok(report)
}

/// The panel's wasm parser against DOMParser + a JS walk, in headless Chromium (release build;
/// `benches/parse_in_browser.rs`, measured by wasm-bindgen-test's criterion).
pub fn parse_in_browser() -> Result<String> {
    let output = cargo()
        .args(["bench", "-p", "plesk-key-panel", "--target", "wasm32-unknown-unknown", "--locked"])
        .args(["--bench", "parse_in_browser"])
        .env("CHROMEDRIVER", crate::tools::CHROMEDRIVER)
        .env("PATH", crate::tools::tool_path())
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run the browser parse benchmark: {e}"))?;
    let text =
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    let (Some(wasm), Some(dom), Some(size)) = (
        criterion_estimate(&text, "parse wasm"),
        criterion_estimate(&text, "parse dom_parser"),
        figures(&text, "PARSE ").into_iter().next(),
    ) else {
        return Err(format!("the browser parse benchmark printed no figures:\n{text}"));
    };
    Ok(format!(
        "## Parsing 10,000 key_info in the browser (criterion estimate, 10 samples)\n\n| parser | ms |\n|---|---:|\n| panel wasm (plesk-xmlapi + quick-xml) | {wasm:.1} |\n| DOMParser + JS walk | {dom:.1} |\n\nDOMParser/wasm: {:.2}× ({} bytes)\n",
        dom / wasm,
        size.get("bytes")
    ))
}

/// Criterion's estimate for `name` in milliseconds: the middle of `name … time: [low estimate
/// high]` (colour codes removed).
fn criterion_estimate(text: &str, name: &str) -> Option<f64> {
    let plain = strip_colours(text);
    let line = plain.lines().find(|line| line.trim_start().starts_with(name) && line.contains("time:"))?;
    let inside = line.split_once('[')?.1.split_once(']')?.0;
    let words: Vec<&str> = inside.split_whitespace().collect();
    let [_, _, value, unit, ..] = words.as_slice() else { return None };
    let value: f64 = value.parse().ok()?;
    match *unit {
        "s" => Some(value * 1000.0),
        "ms" => Some(value),
        "µs" | "us" => Some(value / 1000.0),
        "ns" => Some(value / 1_000_000.0),
        _ => None,
    }
}

/// Text without ANSI colour codes (`ESC [ … m`).
fn strip_colours(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for end in chars.by_ref() {
                if end == 'm' {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

/// All servers on 50 emulated servers × 200 keys with 50 ms latency (HTTP/1.1 and HTTP/2).
pub fn fleet() -> Result<String> {
    let text = browser_benchmark("fleet")?;
    let mut report = String::from(
        "## All servers: 50 emulated servers × 200 keys, 50 ms upstream latency (headless Chromium; median of 7 Refresh clicks)\n\n\
         Times from the click on Refresh. First rows: the first frame painted after a server's fresh rows are in the table;\n\
         all rows: after all 10,000 are merged, indexed and the count line says every server answered.\n\n\
         | protocol | first answer | first rows painted | first rows after the first answer | last answer | all rows painted |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    report.push_str(&rows(
        &text,
        "FLEET ",
        "| {} | {} ms | {} ms | {} ms | {} ms | {} ms |\n",
        &[
            "negotiated",
            "first_answer_ms",
            "first_rows_ms",
            "first_rows_after_answer_ms",
            "last_answer_ms",
            "all_rows_ms",
        ],
    ));
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::{criterion_estimate, figures, pairs, rows};

    #[test]
    fn criterion_estimates_are_read_in_milliseconds() {
        let text = "\u{1b}[32mparse wasm\u{1b}[0m   time:   [\u{1b}[2m27.671 ms\u{1b}[0m \u{1b}[1m32.722 ms\u{1b}[0m \u{1b}[2m38.356 ms\u{1b}[0m]\nparse dom_parser  time:   [333.13 ms 1.2 s 398.21 ms]\n";
        assert_eq!(criterion_estimate(text, "parse wasm"), Some(32.722));
        assert_eq!(criterion_estimate(text, "parse dom_parser"), Some(1200.0));
        assert_eq!(criterion_estimate(text, "parse other"), None);
    }

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
    fn rows_fill_the_template_in_order() {
        let text = "x STARTUP load=cold first_paint_ms=36\ny STARTUP load=warm\n";
        let table = rows(text, "STARTUP ", "| {} | {} ms |\n", &["load", "first_paint_ms"]);
        assert_eq!(table, "| cold | 36 ms |\n| warm | ? ms |\n");
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
