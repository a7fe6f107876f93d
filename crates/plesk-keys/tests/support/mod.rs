//! Test support: the real `plesk-keys` binary on loopback, a recording upstream, HTTP helpers.

#![allow(dead_code)]

pub mod deploy_nginx;
#[path = "../../../e2e/src/nginx.rs"]
pub mod nginx;
mod tls;

// Not every test binary speaks TLS.
#[allow(unused_imports)]
pub use tls::*;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};

pub const BINARY: &str = env!("CARGO_BIN_EXE_plesk-keys");
pub const ADMIN_KEY: &str = "0f0e0d0c-admin-key-for-tests";

/// The binary under test: this build's, or `PLESK_KEYS_UNDER_TEST` (e.g. an older build, to see a
/// regression test fail on the code before a fix).
pub fn binary() -> String {
    std::env::var("PLESK_KEYS_UNDER_TEST").unwrap_or_else(|_| BINARY.to_owned())
}

/// A running `plesk-keys serve`, killed on drop. Its stderr (the access log) is collected.
pub struct Serve {
    pub url: String,
    pub banner: Vec<String>,
    pub log: Arc<Mutex<String>>,
    child: Child,
}

impl Serve {
    pub fn start(args: &[&str]) -> Self {
        Self::start_with_dist(Path::new("/nonexistent-dist"), args)
    }

    pub fn start_with_dist(dist: &Path, args: &[&str]) -> Self {
        let mut command = Command::new(binary());
        command.arg("serve").args(["--listen", "127.0.0.1:0", "--dist"]).arg(dist).args(args);
        Self::spawn(command)
    }

    /// Without `--dist`: a plain `cargo build` of this binary has no panel inside.
    pub fn start_without_panel(args: &[&str]) -> Self {
        let mut command = Command::new(binary());
        command.arg("serve").args(["--listen", "127.0.0.1:0"]).args(args);
        Self::spawn(command)
    }

    /// As `start_with_dist`, with at most `descriptors` open files (`ulimit -n`). The process is
    /// the server itself (`exec`), so `pid()` names it.
    pub fn start_with_file_limit(descriptors: u32, dist: &Path, args: &[&str]) -> Self {
        let mut command = Command::new("sh");
        command
            .args(["-c", &format!("ulimit -n {descriptors} && exec \"$0\" \"$@\"")])
            .arg(binary())
            .args(["serve", "--listen", "127.0.0.1:0", "--dist"])
            .arg(dist)
            .args(args);
        Self::spawn(command)
    }

    /// As `start`, but standard output is never read after the banner: a pipe whose reader
    /// stalled (as `--audit-log -` into a stuck log shipper).
    pub fn start_with_unread_stdout(args: &[&str]) -> Self {
        let mut command = Command::new(binary());
        command.arg("serve").args(["--listen", "127.0.0.1:0", "--dist", "/nonexistent-dist"]).args(args);
        Self::spawn_reading(command, false)
    }

    fn spawn(command: Command) -> Self {
        Self::spawn_reading(command, true)
    }

    fn spawn_reading(mut command: Command, drain_stdout: bool) -> Self {
        let mut child =
            command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("plesk-keys starts");
        let log = Arc::new(Mutex::new(String::new()));
        let mut stderr = child.stderr.take().expect("stderr");
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let mut banner = Vec::new();
            while let Some(Ok(line)) = lines.next() {
                // One server ends with its credentials or its upstream; a fleet with `Servers: …`.
                let done = line.starts_with("Sandbox administrator login")
                    || (line.starts_with("Agent path:") && line.contains(" → "))
                    || line.starts_with("Servers: ");
                banner.push(line);
                if done {
                    break;
                }
            }
            let _ = tx.send(banner);
            if drain_stdout {
                for _ in lines {}
            } else {
                // Holds the pipe open, never reading it.
                loop {
                    std::thread::park();
                }
            }
        });
        let banner = match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(banner) if !banner.is_empty() => banner,
            _ => {
                let _ = child.kill();
                panic!("serve did not start: {}", log.lock().unwrap());
            }
        };
        let url = banner[0].strip_prefix("Plesk Key Panel: ").expect("URL line").to_owned();
        Serve { url, banner, log, child }
    }

    pub fn agent_url(&self) -> String {
        format!("{}enterprise/control/agent.php", self.url)
    }

    pub fn base(&self) -> String {
        self.url.trim_end_matches('/').to_owned()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits (up to 5 s) until the log contains `needle`: stderr is read by another thread.
    pub fn wait_for_log(&self, needle: &str) -> String {
        for _ in 0..100 {
            let log = self.log();
            if log.contains(needle) {
                return log;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.log()
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Sends SIGTERM; true when the process has exited within `within`.
    pub fn terminate(&mut self, within: Duration) -> bool {
        let sent = Command::new("kill").args(["-TERM", &self.pid().to_string()]).status();
        assert!(sent.is_ok_and(|status| status.success()));
        let deadline = std::time::Instant::now() + within;
        while std::time::Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: String,
}

pub async fn request(method: &str, url: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let mut builder = hyper::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response =
        client.request(builder.body(Full::new(Bytes::from(body.to_owned()))).unwrap()).await.expect("answer");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    Answer { status, headers, body: String::from_utf8_lossy(&body).into_owned() }
}

pub async fn post(url: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    request("POST", url, headers, body).await
}

/// One request as an upstream saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub headers: HashMap<String, Vec<String>>,
    pub body: String,
}

/// A stand-in Plesk that records what reaches it and answers with a fixed response.
pub struct RecordingUpstream {
    pub address: SocketAddr,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

#[derive(Clone)]
pub struct Reply {
    pub status: u16,
    pub body: &'static str,
    pub delay: Duration,
    pub location: Option<&'static str>,
    /// The Content-Type the stand-in Plesk answers with.
    pub content_type: &'static str,
}

impl Reply {
    /// `body` with `status`, as `content_type`, at once.
    pub fn answering(status: u16, body: &'static str, content_type: &'static str) -> Self {
        Reply { status, body, delay: Duration::ZERO, location: None, content_type }
    }

    /// Plesk's answer to a list: an XML packet, 200.
    pub fn list() -> Self {
        Self::answering(200, LIST_REPLY, "text/xml")
    }
}

pub const LIST_REPLY: &str = "<?xml version=\"1.0\"?><packet version=\"1.6.9.1\"><secret_key><get_info><result><status>ok</status></result></get_info></secret_key></packet>";

impl RecordingUpstream {
    pub async fn start(reply: Reply) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&seen);
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                let record = Arc::clone(&record);
                let reply = reply.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                        let record = Arc::clone(&record);
                        let reply = reply.clone();
                        async move {
                            let mut headers: HashMap<String, Vec<String>> = HashMap::new();
                            for (name, value) in request.headers() {
                                headers
                                    .entry(name.as_str().to_owned())
                                    .or_default()
                                    .push(value.to_str().unwrap_or("").to_owned());
                            }
                            let body =
                                request.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                            record
                                .lock()
                                .unwrap()
                                .push(Seen { headers, body: String::from_utf8_lossy(&body).into_owned() });
                            tokio::time::sleep(reply.delay).await;
                            let mut response =
                                hyper::Response::new(Full::new(Bytes::from_static(reply.body.as_bytes())));
                            *response.status_mut() = hyper::StatusCode::from_u16(reply.status).unwrap();
                            response
                                .headers_mut()
                                .insert("content-type", reply.content_type.parse().unwrap());
                            if let Some(location) = reply.location {
                                response.headers_mut().insert("location", location.parse().unwrap());
                            }
                            Ok::<_, std::convert::Infallible>(response)
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        RecordingUpstream { address, seen }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn count(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

/// Runs the CLI with only the given environment (plus PATH); returns (exit code, stdout, stderr).
pub fn cli(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> (i32, String, String) {
    use std::io::Write;
    let mut command = Command::new(binary());
    command.args(args).env_clear().stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("cli starts");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.unwrap_or("").as_bytes()).expect("stdin write");
    drop(input);
    let output = child.wait_with_output().expect("cli ends");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A fresh, empty folder for one test's files (named after the test and this process).
pub fn fresh_folder(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("plesk-keys-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
