//! Child processes that never outlive a test: each runs in its own process group, which is
//! killed (with everything it started, e.g. Chromium) when the handle is dropped.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command};

pub struct ChildGroup {
    child: Child,
}

impl ChildGroup {
    pub fn spawn(name: &str, command: &mut Command) -> Self {
        command.process_group(0);
        let child = command.spawn().unwrap_or_else(|error| panic!("cannot start {name}: {error}"));
        ChildGroup { child }
    }

    pub fn child_mut(&mut self) -> &mut Child {
        &mut self.child
    }
}

impl Drop for ChildGroup {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free loopback port (bound and released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}

/// `folder` served by Python's `http.server` on `127.0.0.1:port` (a plain static host, or a
/// portal's own origin), waited for until it accepts connections; stopped when dropped.
pub fn serve_folder(folder: &std::path::Path, port: u16) -> ChildGroup {
    let mut command = Command::new("python3");
    command
        .args(["-m", "http.server", &port.to_string(), "--bind", "127.0.0.1", "--directory"])
        .arg(folder)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let server = ChildGroup::spawn("python3 -m http.server", &mut command);
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    server
}
