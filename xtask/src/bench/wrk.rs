//! wrk (Debian) runs: requests per second and latency percentiles, medians over rounds.

use std::path::Path;
use std::process::Command;

use crate::command::Result;

/// Requests per second and latency percentiles from wrk's output.
#[derive(Debug, Default, Clone)]
pub struct WrkFigures {
    pub requests_per_second: f64,
    pub p50: String,
    pub p99: String,
    pub errors: String,
}

pub fn wrk(url: &str, script: &Path, connections: u32, seconds: u32) -> Result<WrkFigures> {
    let output = Command::new("wrk")
        .args(["-t2", &format!("-c{connections}"), &format!("-d{seconds}s"), "--latency", "-s"])
        .arg(script)
        .arg(url)
        .output()
        .map_err(|e| format!("cannot run wrk: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut figures = WrkFigures::default();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Requests/sec:", value] => figures.requests_per_second = value.parse().unwrap_or(0.0),
            ["50%", value] => figures.p50 = (*value).to_owned(),
            ["99%", value] => figures.p99 = (*value).to_owned(),
            ["Non-2xx", ..] | ["Socket", "errors:", ..] => figures.errors.push_str(line.trim()),
            _ => {}
        }
    }
    if figures.requests_per_second == 0.0 {
        return Err(format!("wrk printed no figures:\n{text}"));
    }
    Ok(figures)
}

/// A wrk latency ("546.00us", "1.41ms", "1.02s") in milliseconds.
pub fn milliseconds(latency: &str) -> Option<f64> {
    let (number, factor) = if let Some(n) = latency.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = latency.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = latency.strip_suffix('s') {
        (n, 1000.0)
    } else {
        return None;
    };
    number.parse::<f64>().ok().map(|value| value * factor)
}

/// The run with the median throughput, and the median p99 over all runs (in ms).
pub fn medians(runs: &[WrkFigures]) -> (WrkFigures, f64) {
    let mut by_throughput = runs.to_vec();
    by_throughput.sort_by(|a, b| a.requests_per_second.total_cmp(&b.requests_per_second));
    let mut p99: Vec<f64> = runs.iter().filter_map(|run| milliseconds(&run.p99)).collect();
    p99.sort_by(f64::total_cmp);
    let middle = by_throughput.get(by_throughput.len() / 2).cloned().unwrap_or_default();
    (middle, p99.get(p99.len() / 2).copied().unwrap_or(f64::NAN))
}

pub fn row(name: &str, figures: &WrkFigures) -> String {
    let errors = if figures.errors.is_empty() { "none" } else { &figures.errors };
    format!(
        "| {name} | {:.0} | {} | {} | {errors} |\n",
        figures.requests_per_second, figures.p50, figures.p99
    )
}

#[cfg(test)]
mod tests {
    use super::milliseconds;

    #[test]
    fn wrk_latencies_read_in_milliseconds() {
        assert_eq!(milliseconds("546.00us"), Some(0.546));
        assert_eq!(milliseconds("1.41ms"), Some(1.41));
        assert_eq!(milliseconds("1.50s"), Some(1500.0));
        assert_eq!(milliseconds("n/a"), None);
    }
}
