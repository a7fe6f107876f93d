//! A self-signed test certificate (openssl) for a host name or an IP address; the browser is
//! told to accept it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Writes `NAME.pem` and `NAME.key` into `dir`: a certificate for `subject_alt_name` (e.g.
/// `DNS:portal.example.com` or `IP:127.0.0.1`) with common name `common_name`, valid for a day.
pub fn self_signed(
    dir: &Path,
    name: &str,
    common_name: &str,
    subject_alt_name: &str,
) -> Result<(PathBuf, PathBuf), String> {
    let (cert, key) = (dir.join(format!("{name}.pem")), dir.join(format!("{name}.key")));
    let made = Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"])
        .arg("-subj")
        .arg(format!("/CN={common_name}"))
        .arg("-addext")
        .arg(format!("subjectAltName={subject_alt_name}"))
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run openssl: {e}"))?;
    if !made.success() {
        return Err("openssl could not make the test certificate".into());
    }
    Ok((cert, key))
}
