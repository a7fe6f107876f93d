//! The gateway (`plesk-keys serve --upstream`) against nginx with `deploy/nginx.conf`, both in
//! front of the same sandbox over verified TLS.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use super::wrk::{medians, row, wrk, WrkFigures};
use super::{post, start_serve, ADMIN_KEY};
use crate::command::{root, Result};

/// Rounds of each gateway/nginx measurement.
const ROUNDS: usize = 3;

/// A CA and a certificate for localhost/127.0.0.1 signed by it (openssl), for TLS to the sandbox.
pub(super) fn certificates(dir: &Path) -> Result<(PathBuf, PathBuf, PathBuf)> {
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
/// nginx in the foreground with its workers. Stopped with `nginx -s stop`: the master then stops
/// its workers, where killing the master would leave them running.
struct Nginx {
    master: Child,
    dir: PathBuf,
    config: PathBuf,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let stopped = Command::new("/usr/sbin/nginx")
            .arg("-p")
            .arg(&self.dir)
            .arg("-c")
            .arg(&self.config)
            .args(["-s", "stop"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if !stopped {
            let _ = self.master.kill();
        }
        let _ = self.master.wait();
    }
}

fn start_nginx(dir: &Path, upstream: &str, ca: &Path, cert: &Path, key: &Path) -> Result<(Nginx, String)> {
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
    let nginx = Nginx { master: child, dir: dir.to_owned(), config };
    Ok((nginx, format!("127.0.0.1:{port}")))
}

/// Gateway (`serve --upstream`) against nginx with deploy/nginx.conf, both in front of the same
/// sandbox over verified TLS.
pub fn gateway_versus_nginx(binary: &Path, dir: &Path, script: &Path) -> Result<String> {
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
            "--trusted-proxy",
            "127.0.0.1",
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
