//! `cargo xtask bench`: load figures measured with wrk (Debian) on loopback, written as a
//! Markdown report. Never part of the tests: figures depend on the machine (wrk shares its cores).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::command::{cargo, root, run, Result};

/// Rounds of each gateway/nginx measurement.
const ROUNDS: usize = 3;
const ADMIN_KEY: &str = "bench000-0000-0000-0000-000000000001";
const GET_ALL: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
const CREATE: &str =
    "<packet><secret_key><create><ip_address>192.0.2.1</ip_address><description>bench</description></create></secret_key></packet>";

/// A child process killed on drop.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_sandbox(binary: &Path) -> Result<(Running, String)> {
    start_serve(binary, &["--sandbox-admin-key", ADMIN_KEY])
}

/// `plesk-keys serve --quiet` on a free port with `args`; returns the process and host:port.
fn start_serve(binary: &Path, args: &[&str]) -> Result<(Running, String)> {
    let mut child = Command::new(binary)
        .args(["serve", "--quiet", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start plesk-keys: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().and_then(|l| l.ok()).unwrap_or_default();
    std::thread::spawn(move || for _ in lines {});
    let address = first
        .strip_prefix("Plesk Key Panel: http://")
        .or_else(|| first.strip_prefix("Plesk Key Panel: https://"))
        .map(|rest| rest.trim_end_matches('/').to_owned())
        .ok_or_else(|| format!("unexpected first line from serve: {first:?}"))?;
    Ok((Running(child), address))
}

/// One POST over a plain TCP connection; returns the response body.
fn post(address: &str, body: &str) -> Result<String> {
    let mut stream = TcpStream::connect(address).map_err(|e| format!("cannot connect to {address}: {e}"))?;
    write!(
        stream,
        "POST /enterprise/control/agent.php HTTP/1.1\r\nHost: {address}\r\nKEY: {ADMIN_KEY}\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).map_err(|e| e.to_string())?;
    Ok(answer)
}

fn lua_script(dir: &Path, name: &str, body: &str) -> Result<PathBuf> {
    let path = dir.join(format!("{name}.lua"));
    let script = format!(
        "wrk.method = \"POST\"\nwrk.body = [[{body}]]\nwrk.headers[\"KEY\"] = \"{ADMIN_KEY}\"\nwrk.headers[\"Content-Type\"] = \"text/xml\"\n"
    );
    std::fs::write(&path, script).map_err(|e| e.to_string())?;
    Ok(path)
}

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
fn milliseconds(latency: &str) -> Option<f64> {
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
fn medians(runs: &[WrkFigures]) -> (WrkFigures, f64) {
    let mut by_throughput = runs.to_vec();
    by_throughput.sort_by(|a, b| a.requests_per_second.total_cmp(&b.requests_per_second));
    let mut p99: Vec<f64> = runs.iter().filter_map(|run| milliseconds(&run.p99)).collect();
    p99.sort_by(f64::total_cmp);
    let middle = by_throughput.get(by_throughput.len() / 2).cloned().unwrap_or_default();
    (middle, p99.get(p99.len() / 2).copied().unwrap_or(f64::NAN))
}

/// A CA and a certificate for localhost/127.0.0.1 signed by it (openssl), for TLS to the sandbox.
fn certificates(dir: &Path) -> Result<(PathBuf, PathBuf, PathBuf)> {
    let (ca_key, ca, key, csr, cert) = (
        dir.join("ca.key"),
        dir.join("ca.pem"),
        dir.join("key.pem"),
        dir.join("cert.csr"),
        dir.join("cert.pem"),
    );
    let ext = dir.join("ext.cnf");
    std::fs::write(&ext, "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n")
        .map_err(|e| e.to_string())?;
    let quiet = |command: &mut Command| -> Result {
        let status =
            command.stdout(Stdio::null()).stderr(Stdio::null()).status().map_err(|e| e.to_string())?;
        if status.success() {
            Ok(())
        } else {
            Err("openssl failed".into())
        }
    };
    quiet(
        Command::new("openssl")
            .args([
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=bench CA",
                "-keyout",
            ])
            .arg(&ca_key)
            .arg("-out")
            .arg(&ca),
    )?;
    quiet(
        Command::new("openssl")
            .args(["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout"])
            .arg(&key)
            .arg("-out")
            .arg(&csr),
    )?;
    quiet(
        Command::new("openssl")
            .args(["x509", "-req", "-days", "2", "-in"])
            .arg(&csr)
            .arg("-CA")
            .arg(&ca)
            .arg("-CAkey")
            .arg(&ca_key)
            .args(["-CAcreateserial", "-out"])
            .arg(&cert)
            .arg("-extfile")
            .arg(&ext),
    )?;
    Ok((ca, cert, key))
}

fn free_port() -> Result<u16> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

/// nginx with deploy/nginx.conf in front of `upstream`; returns the process and host:port.
fn start_nginx(dir: &Path, upstream: &str, ca: &Path, cert: &Path, key: &Path) -> Result<(Running, String)> {
    let port = free_port()?;
    let template = std::fs::read_to_string(root().join("deploy/nginx.conf")).map_err(|e| e.to_string())?;
    let server_block = [
        ("${PKP_LISTEN}", format!("127.0.0.1:{port}")),
        ("${PKP_SERVER_NAME}", "localhost".to_owned()),
        ("${PKP_TLS_CERT}", cert.display().to_string()),
        ("${PKP_TLS_KEY}", key.display().to_string()),
        ("${PKP_DIST}", root().join("dist").display().to_string()),
        ("${PKP_PLESK_ADDRESS}", upstream.trim_start_matches("https://").to_owned()),
        ("${PKP_PLESK_NAME}", "localhost".to_owned()),
        ("${PKP_PLESK_CA}", ca.display().to_string()),
        ("${PKP_FRAME_ANCESTORS}", "'none'".to_owned()),
    ]
    .iter()
    .fold(template, |text, (placeholder, value)| text.replace(placeholder, value));
    let main = format!(
        "user root;\ndaemon off;\nworker_processes auto;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n\
         events {{ worker_connections 1024; }}\nhttp {{\n include /etc/nginx/mime.types;\n access_log off;\n\
         client_body_temp_path {d}/body;\n proxy_temp_path {d}/proxy;\n fastcgi_temp_path {d}/fastcgi;\n\
         uwsgi_temp_path {d}/uwsgi;\n scgi_temp_path {d}/scgi;\n upstream_keepalive_placeholder_unused off;\n{server_block}\n}}\n",
        d = dir.display()
    )
    .replace(" upstream_keepalive_placeholder_unused off;\n", "");
    let config = dir.join("nginx.conf");
    std::fs::write(&config, main).map_err(|e| e.to_string())?;
    let child = Command::new("/usr/sbin/nginx")
        .arg("-p")
        .arg(dir)
        .arg("-c")
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start nginx: {e}"))?;
    for _ in 0..100 {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Ok((Running(child), format!("127.0.0.1:{port}")))
}

fn row(name: &str, figures: &WrkFigures) -> String {
    let errors = if figures.errors.is_empty() { "none" } else { &figures.errors };
    format!(
        "| {name} | {:.0} | {} | {} | {errors} |\n",
        figures.requests_per_second, figures.p50, figures.p99
    )
}

/// Gateway (`serve --upstream`) against nginx with deploy/nginx.conf, both in front of the same
/// sandbox over verified TLS.
fn gateway_versus_nginx(binary: &Path, dir: &Path, script: &Path) -> Result<String> {
    let (ca, cert, key) = certificates(dir)?;
    let (cert_arg, key_arg) = (cert.display().to_string(), key.display().to_string());
    let (_plesk, plesk_address) = start_serve(
        binary,
        &[
            "--tls-cert",
            &cert_arg,
            "--tls-key",
            &key_arg,
            "--sandbox-admin-key",
            ADMIN_KEY,
            "--sandbox-trust-forwarded-for",
        ],
    )?;
    let plesk_port = plesk_address.rsplit(':').next().unwrap_or_default().to_owned();
    let upstream = format!("https://localhost:{plesk_port}");
    let ca_arg = ca.display().to_string();
    let (_gateway, gateway_address) =
        start_serve(binary, &["--upstream", &upstream, "--upstream-ca", &ca_arg])?;
    let nginx_dir = dir.join("nginx");
    std::fs::create_dir_all(&nginx_dir).map_err(|e| e.to_string())?;
    let (_nginx, nginx_address) = start_nginx(&nginx_dir, &upstream, &ca, &cert, &key)?;
    let seed: String =
        std::iter::repeat_n("<create><ip_address>127.0.0.1</ip_address></create>", 99).collect();
    post(&gateway_address, &format!("<packet><secret_key>{seed}</secret_key></packet>"))?;
    // Alternating rounds, so drift on the shared machine touches both alike; medians reported.
    let (mut gateway_runs, mut nginx_runs) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        gateway_runs.push(wrk(
            &format!("http://{gateway_address}/enterprise/control/agent.php"),
            script,
            32,
            6,
        )?);
        nginx_runs.push(wrk(&format!("http://{nginx_address}/enterprise/control/agent.php"), script, 32, 6)?);
    }
    let ((gateway, gateway_p99), (nginx, nginx_p99)) = (medians(&gateway_runs), medians(&nginx_runs));
    let each = |runs: &[WrkFigures]| {
        runs.iter()
            .map(|run| format!("{:.0}/{}", run.requests_per_second, run.p99))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(format!(
        "## Gateway vs nginx (get_info on 100 keys; both in front of the same sandbox over verified TLS)\n\n\
         {ROUNDS} alternating rounds of 6 s; the round with the median throughput is shown.\n\n\
         | proxy | requests/s | p50 | p99 | errors |\n|---|---:|---:|---:|---|\n{}{}\n\
         Throughput ratio gateway/nginx (medians): {:.2}. p99 ratio (medians): {:.2}.\n\
         Every round (requests/s / p99): gateway {}; nginx {}.\n",
        row("plesk-keys serve --upstream", &gateway),
        row("nginx + deploy/nginx.conf", &nginx),
        gateway.requests_per_second / nginx.requests_per_second,
        gateway_p99 / nginx_p99,
        each(&gateway_runs),
        each(&nginx_runs),
    ))
}

/// First paint and interactive time of the built panel in headless Chromium, cold and warm
/// (served by the release `plesk-keys` that `bench` built first).
fn startup() -> Result<String> {
    crate::tasks::dist(&root().join("dist"))?;
    let text = browser_benchmark("startup")?;
    let mut table = String::from(
        "## Startup (headless Chromium, loopback, `plesk-keys serve`; median of 5)\n\n\
         Cold: the browser's HTTP cache cleared before the load; warm: the next load.\n\n\
         | load | HTML received | DOM parsed | first contentful paint | interactive (after mount) | wasm transferred |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for line in text.lines().filter_map(|l| l.strip_prefix("STARTUP ")) {
        let (label, json) = line.split_once(' ').unwrap_or((line, "{}"));
        let field = |name: &str| {
            let raw =
                json.split(&format!("\"{name}\":")).nth(1).and_then(|rest| rest.split([',', '}']).next());
            raw.and_then(|v| v.trim().parse::<f64>().ok())
                .map(|v| format!("{v:.0}"))
                .unwrap_or_else(|| "?".into())
        };
        table.push_str(&format!(
            "| {label} | {} ms | {} ms | {} ms | {} ms | {} bytes |\n",
            field("html_received_ms"),
            field("dom_interactive_ms"),
            field("first_paint_ms"),
            field("interactive_ms"),
            field("wasm_transfer_bytes")
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
fn pairs(line: &str) -> std::collections::HashMap<String, String> {
    let mut found = std::collections::HashMap::new();
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

/// Rendering keys: the panel against a vanilla-JS page, filtering, sorting, heap (Chromium).
fn rendering() -> Result<String> {
    let text = browser_benchmark("render")?;
    let lines = |prefix: &str| -> Vec<std::collections::HashMap<String, String>> {
        text.lines().filter_map(|l| l.strip_prefix(prefix)).map(pairs).collect()
    };
    let get = |map: &std::collections::HashMap<String, String>, name: &str| {
        map.get(name).cloned().unwrap_or_else(|| "?".into())
    };
    let mut report = String::from(
        "## Rendering keys (headless Chromium; answer received → rows painted, median of 11)\n\n\
         | keys | panel (first page, 50 rows) | parsed / indexed / in the document | vanilla JS, same 50 rows | vanilla JS, all rows | panel / vanilla same rows | panel / vanilla all rows |\n\
         |---:|---:|---|---:|---:|---:|---:|\n",
    );
    for row in lines("RENDER ") {
        report.push_str(&format!(
            "| {} | {} ms | {} / {} / {} ms | {} ms | {} ms | {}× | {}× |\n",
            get(&row, "keys"),
            get(&row, "panel_ms"),
            get(&row, "panel_parsed_ms"),
            get(&row, "panel_stored_ms"),
            get(&row, "panel_dom_ms"),
            get(&row, "vanilla_same_rows_ms"),
            get(&row, "vanilla_all_rows_ms"),
            get(&row, "ratio_same_rows"),
            get(&row, "ratio_all_rows"),
        ));
    }
    report.push_str(
        "\n| interaction (10,000 keys) | events | work median / max | painted median / max |\n|---|---:|---:|---:|\n",
    );
    for (label, prefix) in [("filter keystroke", "FILTER "), ("sort click", "SORT ")] {
        for row in lines(prefix) {
            report.push_str(&format!(
                "| {label} | {} | {} / {} ms | {} / {} ms |\n",
                get(&row, "events"),
                get(&row, "work_median_ms"),
                get(&row, "work_max_ms"),
                get(&row, "painted_median_ms"),
                get(&row, "painted_max_ms"),
            ));
        }
    }
    for row in lines("HEAP ") {
        report.push_str(&format!(
            "\nJS heap over {} refreshes of {} keys (after forced GC): {} → {} bytes, growth {} bytes.\n",
            get(&row, "refreshes"),
            get(&row, "keys"),
            get(&row, "before_bytes"),
            get(&row, "after_bytes"),
            get(&row, "growth_bytes"),
        ));
    }
    Ok(report)
}

/// The panel's wasm parser against DOMParser + a JS walk, in headless Chromium (release build).
fn parse_in_browser() -> Result<String> {
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
    let line = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("PARSE "))
        .ok_or_else(|| format!("the browser parse benchmark printed no figures:\n{text}"))?;
    let field = |name: &str| {
        line.split_whitespace()
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
            .unwrap_or("?")
            .to_owned()
    };
    Ok(format!(
        "## Parsing 10,000 key_info in the browser (best of 10)\n\n| parser | ms |\n|---|---:|\n| panel wasm (plesk-xmlapi + quick-xml) | {} |\n| DOMParser + JS walk | {} |\n\nDOMParser/wasm: {}× ({} bytes)\n",
        field("wasm_ms"),
        field("dom_parser_ms"),
        field("ratio_js_over_wasm"),
        field("bytes")
    ))
}

/// `cargo xtask bench [gateway]`: every figure, or only the gateway against nginx.
pub fn bench(args: &[String]) -> Result {
    run(cargo().args(["build", "--release", "-p", "plesk-keys", "--locked"]))?;
    let binary = root().join("target/release/plesk-keys");
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    match args {
        [] => {}
        [only] if only == "gateway" => {
            let report = gateway_versus_nginx(&binary, &dir, &lua_script(&dir, "get_info", GET_ALL)?)?;
            println!("{report}");
            return Ok(());
        }
        _ => return Err("usage: cargo xtask bench [gateway]".into()),
    }
    let (_sandbox, address) = start_sandbox(&binary)?;
    let creates: String =
        std::iter::repeat_n("<create><ip_address>192.0.2.1</ip_address></create>", 99).collect();
    let seeded = post(&address, &format!("<packet><secret_key>{creates}</secret_key></packet>"))?;
    let listed = post(&address, GET_ALL)?;
    let keys = listed.matches("<key_info>").count();
    if !seeded.contains("<status>ok</status>") || keys != 100 {
        return Err(format!("could not seed 100 keys (have {keys})"));
    }
    let url = format!("http://{address}/enterprise/control/agent.php");
    let get_info = wrk(&url, &lua_script(&dir, "get_info", GET_ALL)?, 32, 10)?;
    let create = wrk(&url, &lua_script(&dir, "create", CREATE)?, 32, 5)?;
    let comparison = gateway_versus_nginx(&binary, &dir, &lua_script(&dir, "get_info", GET_ALL)?)?;
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let report = format!(
        "## Sandbox (wrk on loopback, 2 threads, 32 connections; {cores} cores shared with wrk)\n\n\
         | request | requests/s | p50 | p99 | errors |\n|---|---:|---:|---:|---|\n\
         | get_info, all 100 keys | {:.0} | {} | {} | {} |\n\
         | create (store keeps growing) | {:.0} | {} | {} | {} |\n",
        get_info.requests_per_second,
        get_info.p50,
        get_info.p99,
        if get_info.errors.is_empty() { "none" } else { &get_info.errors },
        create.requests_per_second,
        create.p50,
        create.p99,
        if create.errors.is_empty() { "none" } else { &create.errors },
    );
    let report = format!("{report}\n{comparison}\n{}\n{}\n{}", startup()?, rendering()?, parse_in_browser()?);
    let path = dir.join("report.md");
    std::fs::write(&path, &report).map_err(|e| e.to_string())?;
    println!("{report}");
    eprintln!("xtask: report written to {}", path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::pairs;

    #[test]
    fn wrk_latencies_read_in_milliseconds() {
        assert_eq!(super::milliseconds("546.00us"), Some(0.546));
        assert_eq!(super::milliseconds("1.41ms"), Some(1.41));
        assert_eq!(super::milliseconds("1.50s"), Some(1500.0));
        assert_eq!(super::milliseconds("n/a"), None);
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
