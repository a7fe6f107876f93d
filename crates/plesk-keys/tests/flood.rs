//! `serve` under connection floods: idle connections beyond the file-descriptor limit and slow
//! readers cost no CPU (accept errors are backed off, not retried in a busy loop), memory stays
//! bounded, the connection limit queues the rest, a client that stops reading is dropped, and
//! bodies in memory have a global budget. Measured in CPU time and bytes, never wall-clock speed.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

const WASM: &str = "app-0123456789abcdef_bg.wasm";

/// A dist folder with an index page and a wasm file of `wasm_bytes`.
fn dist(name: &str, wasm_bytes: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pkp-flood-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>panel</title>").unwrap();
    std::fs::write(dir.join(WASM), vec![7u8; wasm_bytes]).unwrap();
    dir
}

/// Seconds of CPU (user + system) the process has used, from /proc/PID/stat.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the server runs");
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("").split_whitespace().collect();
    // Fields 14 and 15 of the line (utime, stime) are 12th and 13th after the command name.
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    let per_second = std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse::<f64>().ok())
        .unwrap_or(100.0);
    ticks as f64 / per_second
}

/// Resident memory of the process in MiB, from /proc/PID/status.
fn resident_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server runs");
    let kib: u64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS");
    kib / 1024
}

fn address(serve: &Serve) -> String {
    serve.base().trim_start_matches("http://").to_owned()
}

/// A client that asks for the wasm and never reads it, with a tiny receive window.
async fn slow_reader(address: &str) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut stream = socket.connect(address.parse().unwrap()).await.unwrap();
    let request = format!("GET /{WASM} HTTP/1.1\r\nHost: {address}\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    stream
}

async fn index_status(serve: &Serve, within: Duration) -> Option<u16> {
    tokio::time::timeout(within, request("GET", &format!("{}/", serve.base()), &[], ""))
        .await
        .ok()
        .map(|a| a.status)
}

fn remove(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn idle_connections_beyond_the_file_limit_and_slow_readers_cost_no_cpu() {
    let dir = dist("ulimit", 1024 * 1024);
    // A request timeout longer than the test: the idle connections must not be closed by it.
    let serve = Serve::start_with_file_limit(
        256,
        &dir,
        &["--sandbox-admin-key", ADMIN_KEY, "--quiet", "--request-timeout", "300"],
    );
    let pid = serve.pid();
    let address = address(&serve);
    let memory_before = resident_mib(pid);
    let before = cpu_seconds(pid);
    let mut slow = Vec::new();
    for _ in 0..50 {
        slow.push(slow_reader(&address).await);
    }
    let mut idle = Vec::new();
    for _ in 0..400 {
        let connected = tokio::time::timeout(Duration::from_secs(10), TcpStream::connect(&address)).await;
        idle.push(connected.ok().and_then(Result::ok).expect("the kernel queues the connection (backlog)"));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        serve.wait_for_log("accept failed").contains("accept failed"),
        "the server ran out of descriptors"
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let used = cpu_seconds(pid) - before;
    assert!(
        used < 0.5,
        "the server used {used:.2} s of CPU for 450 clients that send nothing more: a busy loop"
    );
    let grown = resident_mib(pid).saturating_sub(memory_before);
    assert!(
        grown < 200,
        "memory grew by {grown} MiB for 50 slow readers of a 1 MiB file and 400 idle clients"
    );
    drop(idle);
    drop(slow);
    assert_eq!(
        index_status(&serve, Duration::from_secs(20)).await,
        Some(200),
        "served again once they closed"
    );
    remove(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_connection_limit_queues_the_rest_and_the_default_serves_200_idle_alongside() {
    let dir = dist("limit", 16);
    let serve = Serve::start_with_dist(&dir, &["--quiet"]);
    let mut idle = Vec::new();
    for _ in 0..200 {
        idle.push(TcpStream::connect(address(&serve)).await.unwrap());
    }
    assert_eq!(
        index_status(&serve, Duration::from_secs(20)).await,
        Some(200),
        "under the default limit of 1024"
    );
    drop(idle);

    let limited = Serve::start_with_dist(&dir, &["--quiet", "--max-connections", "5"]);
    let mut idle = Vec::new();
    for _ in 0..5 {
        idle.push(TcpStream::connect(address(&limited)).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(index_status(&limited, Duration::from_secs(1)).await, None, "the sixth waits in the queue");
    drop(idle);
    assert_eq!(
        index_status(&limited, Duration::from_secs(20)).await,
        Some(200),
        "and is served once one closes"
    );
    for zero in ["--max-connections", "--request-timeout", "--max-body"] {
        let (code, _, stderr) = cli(&["serve", zero, "0"], &[], None);
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains(&format!("invalid value '0' for '{zero}")),
            "clap names the option: {stderr}"
        );
    }
    remove(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_client_that_stops_reading_is_dropped() {
    let size = 16 * 1024 * 1024;
    let dir = dist("stalled", size);
    let serve = Serve::start_with_dist(&dir, &["--quiet", "--request-timeout", "1"]);
    let mut stream = slow_reader(&address(&serve)).await;
    tokio::time::sleep(Duration::from_secs(4)).await;
    let mut received = Vec::new();
    let ended = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut received)).await;
    assert!(ended.is_ok(), "the server closed the connection");
    assert!(received.len() < size, "the stalled answer was abandoned ({} of {size} bytes)", received.len());
    remove(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn bodies_in_memory_have_a_global_budget() {
    let serve = Serve::start(&[
        "--sandbox-admin-key",
        ADMIN_KEY,
        "--max-body",
        "1000",
        "--max-body-memory",
        "1000",
        "--request-timeout",
        "2",
    ]);
    let list = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
    let address = address(&serve);
    let mut holding = TcpStream::connect(&address).await.unwrap();
    let partial = format!(
        "POST /enterprise/control/agent.php HTTP/1.1\r\nHost: {address}\r\nKEY: k\r\nContent-Length: 1000\r\n\r\n<packet>"
    );
    holding.write_all(partial.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Without a budget this is answered in milliseconds; with it, it waits for the room the
    // trickling body holds until that one times out.
    let agent = serve.agent_url();
    let waiting = tokio::spawn(async move { post(&agent, &[("KEY", ADMIN_KEY)], list).await });
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(!waiting.is_finished(), "a second body was read beyond the 1000-byte budget");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), holding.read_to_end(&mut answer)).await;
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 408"), "the slow body timed out");
    let later = waiting.await.unwrap();
    assert_eq!(later.status, 200, "its room is free again: {}", later.body);
}
