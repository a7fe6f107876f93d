//! A real nginx for the test suites: one server block in a minimal main configuration, checked
//! with `nginx -t`, run from a scratch folder until dropped; and the README's portal recipe, read
//! from the README itself. Self-contained (std only): the `plesk-keys` tests include this file
//! too (`#[path]`), so both suites run nginx the same way.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running nginx, stopped when dropped.
pub struct Nginx(Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Debian's nginx.
pub fn nginx_binary() -> &'static str {
    ["/usr/sbin/nginx", "/usr/bin/nginx"]
        .into_iter()
        .find(|path| Path::new(path).exists())
        .expect("nginx is required (Debian package nginx; `cargo xtask test` installs it)")
}

/// Runs nginx with `server_block` (listening on `port`) in its http context, in the folder `dir`,
/// until dropped; waits until the port answers.
pub fn run_nginx(dir: &Path, port: u16, server_block: &str) -> Nginx {
    let as_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    let main = format!(
        "{user}daemon off;\nmaster_process off;\nworker_processes 1;\npid {dir}/nginx.pid;\nerror_log {dir}/error.log;\n\
         events {{ worker_connections 256; }}\n\
         http {{\n include /etc/nginx/mime.types;\n types {{ application/wasm wasm; }}\n access_log {dir}/access.log;\n\
         client_body_temp_path {dir}/body;\n proxy_temp_path {dir}/proxy;\n fastcgi_temp_path {dir}/fastcgi;\n\
         uwsgi_temp_path {dir}/uwsgi;\n scgi_temp_path {dir}/scgi;\n{server_block}\n}}\n",
        user = if as_root { "user root;\n" } else { "" },
        dir = dir.display(),
    );
    let config = dir.join("nginx.conf");
    std::fs::write(&config, main).expect("nginx.conf written");
    let test = Command::new(nginx_binary())
        .args(["-t", "-p"])
        .arg(dir)
        .arg("-c")
        .arg(&config)
        .output()
        .expect("nginx -t runs");
    assert!(test.status.success(), "nginx -t: {}", String::from_utf8_lossy(&test.stderr));
    let child = Command::new(nginx_binary())
        .arg("-p")
        .arg(dir)
        .arg("-c")
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx starts");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Nginx(child)
}

/// The `n`-th ```nginx block of the README's portal recipe, without the list indentation.
pub fn readme_nginx_block(n: usize) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
        .expect("README.md");
    let recipe = readme.split("- **Sub-path**").nth(1).expect("the README's portal recipe");
    let block =
        recipe.split("```nginx\n").nth(n + 1).and_then(|rest| rest.split("```").next()).expect("a block");
    block.lines().map(|line| line.strip_prefix("  ").unwrap_or(line)).collect::<Vec<_>>().join("\n")
}
