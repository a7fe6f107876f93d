//! `cargo xtask package`: the release binary with the panel inside, as a Debian package (built
//! by Debian's own `dpkg-deb`, nothing to install or compile) and a `.tar.gz`, with `SHA256SUMS`,
//! in `target/package/`.

use std::fmt::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::command::{cargo, first_line, root, run, Result};

/// What `package` made.
pub struct Package {
    pub deb: PathBuf,
    pub tarball: PathBuf,
}

/// `cargo xtask package [--check]`: the panel, the release binary, the `.deb` and the
/// `.tar.gz`; with `--check`, the operator's checks of `cargo xtask test` on the `.deb`.
pub fn package_command(args: &[String]) -> Result {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err("usage: cargo xtask package [--check]".into()),
    };
    crate::tools::ensure_all()?;
    let dist = crate::build::default_dist();
    crate::build::dist(&dist)?;
    let made = package(&dist)?;
    eprintln!("xtask: {}\nxtask: {}", made.deb.display(), made.tarball.display());
    if check {
        crate::package_check::check(&made.deb)?;
    }
    Ok(())
}

fn io(what: &str, path: &Path) -> impl FnOnce(std::io::Error) -> String {
    let path = path.display().to_string();
    let what = what.to_owned();
    move |error| format!("cannot {what} {path}: {error}")
}

fn write(path: &Path, contents: impl AsRef<[u8]>, mode: u32) -> Result {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io("create", parent))?;
    }
    std::fs::write(path, contents).map_err(io("write", path))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(io("set the mode of", path))
}

fn copy(from: &Path, to: &Path, mode: u32) -> Result {
    let contents = std::fs::read(from).map_err(io("read", from))?;
    write(to, contents, mode)
}

/// Builds the release binary with the panel in `dist` built in, then both archives.
pub fn package(dist: &Path) -> Result<Package> {
    let dist = dist.canonicalize().map_err(io("find", dist))?;
    run(cargo()
        .args(["build", "--release", "--locked", "-p", "plesk-keys", "--features", "man"])
        .env("PLESK_KEYS_PANEL_DIR", &dist))?;
    let binary = root().join("target/release/plesk-keys");
    let version = first_line(&binary.to_string_lossy(), &["--version"])
        .and_then(|line| line.strip_prefix("plesk-keys ").map(str::to_owned))
        .ok_or_else(|| format!("{} --version did not answer `plesk-keys VERSION`", binary.display()))?;
    let architecture = first_line("dpkg", &["--print-architecture"])
        .ok_or("dpkg --print-architecture failed: building the .deb needs Debian's dpkg")?;
    let out = root().join("target/package");
    let stage = out.join(format!("plesk-keys_{version}_{architecture}"));
    if stage.exists() {
        std::fs::remove_dir_all(&stage).map_err(io("remove", &stage))?;
    }
    stage_files(&stage, &binary)?;
    stage_control(&stage, &version, &architecture)?;
    let deb = out.join(format!("plesk-keys_{version}_{architecture}.deb"));
    run(Command::new("dpkg-deb")
        .args(["--root-owner-group", "-Zxz", "--build"])
        .arg(&stage)
        .arg(&deb)
        .env("SOURCE_DATE_EPOCH", source_date()))?;
    let tarball = tarball(&out, &stage, &version)?;
    let mut sums = String::new();
    for file in [&deb, &tarball] {
        let bytes = std::fs::read(file).map_err(io("read", file))?;
        let hash: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let _ = writeln!(sums, "{hash}  {name}");
        eprintln!("xtask: {name}: {} bytes", bytes.len());
    }
    write(&out.join("SHA256SUMS"), sums, 0o644)?;
    let size = std::fs::metadata(stage.join("usr/bin/plesk-keys")).map(|m| m.len()).unwrap_or(0);
    eprintln!("xtask: /usr/bin/plesk-keys (stripped, panel inside): {size} bytes");
    Ok(Package { deb, tarball })
}

/// The last commit's time, so archive dates do not depend on when the package was built.
fn source_date() -> String {
    first_line("git", &["-C", &root().to_string_lossy(), "log", "-1", "--format=%ct"])
        .unwrap_or_else(|| "0".into())
}

/// The installed tree: binary, unit, example config, documentation, man pages.
fn stage_files(stage: &Path, binary: &Path) -> Result {
    let deploy = root().join("deploy");
    let installed = stage.join("usr/bin/plesk-keys");
    copy(binary, &installed, 0o755)?;
    // The symbol table is a third of the file and helps no operator (Debian's dh_strip does this).
    run(Command::new("strip").arg("--strip-unneeded").arg(&installed))?;
    copy(
        &deploy.join("plesk-keys.service"),
        &stage.join("usr/lib/systemd/system/plesk-keys.service"),
        0o644,
    )?;
    copy(&deploy.join("plesk-keys.toml"), &stage.join("etc/plesk-keys/plesk-keys.toml"), 0o644)?;
    let doc = stage.join("usr/share/doc/plesk-keys");
    copy(&deploy.join("nginx.conf"), &doc.join("nginx.conf"), 0o644)?;
    copy(&deploy.join("portal-host.html"), &doc.join("portal-host.html"), 0o644)?;
    write(&doc.join("copyright"), COPYRIGHT, 0o644)?;
    let man = stage.join("usr/share/man/man1");
    std::fs::create_dir_all(&man).map_err(io("create", &man))?;
    run(Command::new(binary).arg("man").arg(&man))?;
    let pages = std::fs::read_dir(&man).map_err(io("list", &man))?;
    for page in pages.flatten() {
        run(Command::new("gzip").args(["-9", "--no-name", "--force"]).arg(page.path()))?;
    }
    Ok(())
}

const COPYRIGHT: &str = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\
Upstream-Name: plesk-keys\n\n\
Files: *\n\
License: MIT\n";

const POSTINST: &str = r#"#!/bin/sh
set -e
# Not enabled or started on install: edit /etc/plesk-keys/plesk-keys.toml first, then
# `systemctl enable --now plesk-keys`. An upgrade restarts a running service.
if [ "$1" = configure ] && [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null || true
    if [ -n "$2" ]; then
        systemctl try-restart plesk-keys.service >/dev/null || true
    fi
fi
exit 0
"#;

const PRERM: &str = r#"#!/bin/sh
set -e
if [ "$1" = remove ] && [ -d /run/systemd/system ]; then
    systemctl stop plesk-keys.service >/dev/null || true
fi
exit 0
"#;

const POSTRM: &str = r#"#!/bin/sh
set -e
if [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null || true
fi
if [ "$1" = purge ]; then
    # `systemctl enable` made this link; state and logs live where DynamicUser=yes puts
    # StateDirectory= and LogsDirectory=.
    rm -f /etc/systemd/system/multi-user.target.wants/plesk-keys.service
    rm -rf /var/lib/private/plesk-keys /var/lib/plesk-keys /var/log/private/plesk-keys /var/log/plesk-keys
fi
exit 0
"#;

fn stage_control(stage: &Path, version: &str, architecture: &str) -> Result {
    let installed_kib = disk_usage(stage)?.div_ceil(1024);
    let glibc = glibc_needed(&stage.join("usr/bin/plesk-keys"))?;
    let control = format!(
        "Package: plesk-keys\n\
         Version: {version}\n\
         Architecture: {architecture}\n\
         Maintainer: Plesk Key Panel maintainers <plesk-keys@localhost>\n\
         Installed-Size: {installed_kib}\n\
         Depends: libc6 (>= {glibc}), libgcc-s1\n\
         Section: admin\n\
         Priority: optional\n\
         Description: Plesk XML API secret keys: web panel, gateway and client\n \
         One binary with the panel inside: `plesk-keys serve` answers the browser panel and\n \
         forwards the agent path to one Plesk server (or a built-in sandbox); `plesk-keys list`,\n \
         `create`, `delete` and `rotate` manage keys from scripts. A hardened systemd unit\n \
         (plesk-keys.service) reads /etc/plesk-keys/plesk-keys.toml.\n"
    );
    let debian = stage.join("DEBIAN");
    write(&debian.join("control"), control, 0o644)?;
    write(&debian.join("conffiles"), "/etc/plesk-keys/plesk-keys.toml\n", 0o644)?;
    write(&debian.join("postinst"), POSTINST, 0o755)?;
    write(&debian.join("prerm"), PRERM, 0o755)?;
    write(&debian.join("postrm"), POSTRM, 0o755)
}

/// Bytes of all files under `dir`.
fn disk_usage(dir: &Path) -> Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).map_err(io("list", dir))?.flatten() {
        let path = entry.path();
        total +=
            if path.is_dir() { disk_usage(&path)? } else { entry.metadata().map(|m| m.len()).unwrap_or(0) };
    }
    Ok(total)
}

/// The newest `GLIBC_2.N` symbol version the binary asks for (what dpkg-shlibdeps would find;
/// the binary's other library is libgcc_s, for unwinding: `libgcc-s1`).
fn glibc_needed(binary: &Path) -> Result<String> {
    let bytes = std::fs::read(binary).map_err(io("read", binary))?;
    let needle = b"GLIBC_2.";
    let mut newest: Option<(u32, u32)> = None;
    for (at, _) in bytes.windows(needle.len()).enumerate().filter(|(_, w)| *w == needle) {
        let rest = &bytes[at + needle.len()..];
        let text: String =
            rest.iter().take_while(|b| b.is_ascii_digit() || **b == b'.').map(|b| *b as char).collect();
        let mut parts = text.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
        let version = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        newest = newest.max(Some(version));
    }
    let (minor, patch) = newest.ok_or_else(|| format!("{} names no GLIBC_2.* version", binary.display()))?;
    Ok(if patch == 0 { format!("2.{minor}") } else { format!("2.{minor}.{patch}") })
}

/// `plesk-keys-VERSION-ARCH-linux.tar.gz`: the binary, the unit and the example config.
fn tarball(out: &Path, stage: &Path, version: &str) -> Result<PathBuf> {
    let machine = first_line("uname", &["-m"]).unwrap_or_else(|| "unknown".into());
    let name = format!("plesk-keys-{version}-{machine}-linux");
    let folder = out.join(&name);
    if folder.exists() {
        std::fs::remove_dir_all(&folder).map_err(io("remove", &folder))?;
    }
    copy(&stage.join("usr/bin/plesk-keys"), &folder.join("plesk-keys"), 0o755)?;
    copy(&stage.join("etc/plesk-keys/plesk-keys.toml"), &folder.join("plesk-keys.toml"), 0o644)?;
    copy(
        &stage.join("usr/lib/systemd/system/plesk-keys.service"),
        &folder.join("plesk-keys.service"),
        0o644,
    )?;
    copy(&root().join("deploy/nginx.conf"), &folder.join("nginx.conf"), 0o644)?;
    let tar = out.join(format!("{name}.tar"));
    run(Command::new("tar")
        .args(["--sort=name", "--owner=0", "--group=0", "--numeric-owner"])
        .arg(format!("--mtime=@{}", source_date()))
        .arg("-cf")
        .arg(&tar)
        .arg("-C")
        .arg(out)
        .arg(&name))?;
    run(Command::new("gzip").args(["-9", "--no-name", "--force"]).arg(&tar))?;
    std::fs::remove_dir_all(&folder).map_err(io("remove", &folder))?;
    Ok(out.join(format!("{name}.tar.gz")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_glibc_version_is_found() {
        let dir = std::env::temp_dir().join(format!("xtask-glibc-{}", std::process::id()));
        let file = dir.join("bin");
        write(&file, b"\0GLIBC_2.2.5\0GLIBC_2.34\0GLIBC_2.17\0GLIBC_PRIVATE\0", 0o644).unwrap();
        assert_eq!(glibc_needed(&file).unwrap(), "2.34");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
