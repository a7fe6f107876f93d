//! `cargo xtask bench`: every performance figure, written as a Markdown report
//! (`target/bench/report.md`). Never part of the tests: figures depend on the machine (the load
//! generator shares its cores). wrk runs are in `wrk`, the gateway against nginx in `gateway`, the
//! headless-Chromium benchmarks in `browser`.

mod browser;
mod gateway;
mod policy;
mod report;
mod wrk;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::command::{cargo, root, run, Result};
use browser::{fleet, parse_in_browser, rendering, startup};
use gateway::gateway_versus_nginx;
use policy::policy_overhead;
use report::report_versus_list;
use wrk::{row, wrk};

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

/// One POST to the agent path over a plain TCP connection; returns the response.
fn post(address: &str, body: &str) -> Result<String> {
    post_to(address, "/enterprise/control/agent.php", body)
}

/// One POST to `path` over a plain TCP connection, with the administrator's key; returns the
/// response.
fn post_to(address: &str, path: &str, body: &str) -> Result<String> {
    let mut stream = TcpStream::connect(address).map_err(|e| format!("cannot connect to {address}: {e}"))?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nKEY: {ADMIN_KEY}\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
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

/// `cargo xtask bench [gateway|policy|fleet|report|startup]`: every figure, or only the gateway against
/// nginx, or only the signed-in mode's policy check against none, or only All servers on a
/// 50-server fleet, or only `report` against `list` on 50 servers, or only the panel's startup
/// (loopback and Slow 4G, with the parts fetched on first use).
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
        [only] if only == "policy" => {
            println!("{}", policy_overhead(&binary, &dir)?);
            return Ok(());
        }
        [only] if only == "report" => {
            println!("{}", report_versus_list(&binary, &dir)?);
            return Ok(());
        }
        [only] if only == "startup" => {
            println!("{}", startup()?);
            return Ok(());
        }
        [only] if only == "fleet" => {
            crate::build::dist(&root().join("dist"))?;
            println!("{}", fleet()?);
            return Ok(());
        }
        _ => return Err("usage: cargo xtask bench [gateway|policy|fleet|report|startup]".into()),
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
    let policy = policy_overhead(&binary, &dir)?;
    let key_report = report_versus_list(&binary, &dir)?;
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let report = format!(
        "## Sandbox (wrk on loopback, 2 threads, 32 connections; {cores} cores shared with wrk)\n\n\
         | request | requests/s | p50 | p99 | errors |\n|---|---:|---:|---:|---|\n{}{}",
        row("get_info, all 100 keys", &get_info),
        row("create (store keeps growing)", &create),
    );
    let report = format!(
        "{report}\n{comparison}\n{policy}\n{key_report}\n{}\n{}\n{}\n{}",
        startup()?,
        rendering()?,
        fleet()?,
        parse_in_browser()?
    );
    let path = dir.join("report.md");
    std::fs::write(&path, &report).map_err(|e| e.to_string())?;
    println!("{report}");
    eprintln!("xtask: report written to {}", path.display());
    Ok(())
}
