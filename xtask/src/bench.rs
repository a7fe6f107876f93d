//! `cargo xtask bench`: load figures measured with wrk (Debian) on loopback, written as a
//! Markdown report. Never part of the tests: figures depend on the machine (wrk shares its cores).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::command::{cargo, root, run, Result};

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
    let mut child = Command::new(binary)
        .args(["serve", "--quiet", "--listen", "127.0.0.1:0", "--sandbox-admin-key", ADMIN_KEY])
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

pub fn bench() -> Result {
    run(cargo().args(["build", "--release", "-p", "plesk-keys", "--locked"]))?;
    let binary = root().join("target/release/plesk-keys");
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
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
    let path = dir.join("report.md");
    std::fs::write(&path, &report).map_err(|e| e.to_string())?;
    println!("{report}");
    eprintln!("xtask: report written to {}", path.display());
    Ok(())
}
