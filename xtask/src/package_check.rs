//! The package checked as an operator would use it. As root (CI, a throwaway machine): `dpkg -i`,
//! `systemd-analyze verify` of the installed unit, the installed `/usr/bin/plesk-keys serve` with
//! the example config driven in Chromium (crates/e2e/tests/installed.rs), then `dpkg --purge`
//! and no file left. Otherwise (a developer's machine) the same checks on the package unpacked
//! with `dpkg-deb -x` (also as root with `PKP_PACKAGE_UNPACKED=1`); the purge cannot be tried
//! there.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::command::{cargo, first_line, run, Result};
use crate::tools::CHROMEDRIVER;

/// The unit's directives that make the service hardened; `systemd-analyze verify` only checks
/// that the unit is valid, so these are checked by name.
pub const HARDENING: [&str; 13] = [
    "DynamicUser=yes",
    "StateDirectory=plesk-keys",
    "LogsDirectory=plesk-keys",
    "ProtectSystem=strict",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "NoNewPrivileges=yes",
    "CapabilityBoundingSet=",
    "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
    "PrivateDevices=yes",
    "RestrictSUIDSGID=yes",
    "MemoryDenyWriteExecute=yes",
    "SystemCallFilter=@system-service",
];

/// The highest `systemd-analyze security` exposure accepted (0 is best, 10 worst; "OK" ≤ 4.9).
const MAX_EXPOSURE: f64 = 2.0;

const UNIT: &str = "usr/lib/systemd/system/plesk-keys.service";

/// Every line of `unit` that is one of [`HARDENING`], or the first one missing.
pub fn check_hardening(unit: &str) -> Result {
    let lines: Vec<&str> = unit.lines().map(str::trim).collect();
    match HARDENING.iter().find(|directive| !lines.contains(directive)) {
        Some(missing) => Err(format!("the unit lacks `{missing}`")),
        None => Ok(()),
    }
}

/// Install for real: as root, unless `PKP_PACKAGE_UNPACKED` asks for the developer's checks.
fn install_for_real() -> bool {
    first_line("id", &["-u"]).as_deref() == Some("0") && std::env::var_os("PKP_PACKAGE_UNPACKED").is_none()
}

/// Runs every check on `deb`.
pub fn check(deb: &Path) -> Result {
    let paths = package_paths(deb)?;
    if install_for_real() {
        if first_line("dpkg-query", &["-W", "-f=${Status}", "plesk-keys"])
            .is_some_and(|s| s.contains("installed"))
        {
            run(Command::new("dpkg").args(["--purge", "plesk-keys"]))?;
        }
        // systemd's own folders, removed again if this check made them.
        let made: Vec<&Path> = ["/var/lib/private", "/var/log/private"]
            .map(Path::new)
            .into_iter()
            .filter(|folder| !folder.exists())
            .collect();
        run(Command::new("dpkg").arg("-i").arg(deb))?;
        let checked = installed_checks(Path::new("/"), &paths).and_then(|()| as_if_it_ran());
        // Purge whatever happened, then report the first failure.
        let purged = run(Command::new("dpkg").args(["--purge", "plesk-keys"]));
        for folder in made {
            let _ = std::fs::remove_dir(folder);
        }
        checked?;
        purged?;
        let left: Vec<String> = paths
            .iter()
            .map(|path| format!("/{path}"))
            .chain(
                [
                    "/etc/plesk-keys",
                    "/usr/share/doc/plesk-keys",
                    "/var/lib/plesk-keys",
                    "/var/lib/private/plesk-keys",
                    "/var/log/plesk-keys",
                    "/var/log/private/plesk-keys",
                    "/etc/systemd/system/multi-user.target.wants/plesk-keys.service",
                ]
                .map(String::from),
            )
            .filter(|path| Path::new(path).symlink_metadata().is_ok())
            .collect();
        if !left.is_empty() {
            return Err(format!("dpkg --purge plesk-keys left {left:?}"));
        }
        eprintln!("xtask: the package installed, served the panel, and purged without a trace");
        Ok(())
    } else {
        let unpacked = std::env::temp_dir().join(format!("plesk-keys-unpacked-{}", std::process::id()));
        run(Command::new("dpkg-deb").arg("-x").arg(deb).arg(&unpacked))?;
        let checked = installed_checks(&unpacked, &paths);
        let _ = std::fs::remove_dir_all(&unpacked);
        checked?;
        eprintln!("xtask: the unpacked package served the panel (dpkg -i and --purge need root, not tried)");
        Ok(())
    }
}

/// What running the service leaves behind, as systemd makes it (there is no systemd here): the
/// link of `systemctl enable`, `StateDirectory=` and `LogsDirectory=` under `DynamicUser=yes`
/// (each a private folder and a link to it). `dpkg --purge` must remove them.
fn as_if_it_ran() -> Result {
    for (folder, file) in
        [("/var/lib/private/plesk-keys", "sandbox-keys.json"), ("/var/log/private/plesk-keys", "audit.jsonl")]
    {
        let folder = Path::new(folder);
        std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        let file = folder.join(file);
        std::fs::write(&file, "{}").map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    let links = [
        ("private/plesk-keys", "/var/lib/plesk-keys"),
        ("private/plesk-keys", "/var/log/plesk-keys"),
        (
            "/usr/lib/systemd/system/plesk-keys.service",
            "/etc/systemd/system/multi-user.target.wants/plesk-keys.service",
        ),
    ];
    for (target, link) in links {
        let link = Path::new(link);
        if let Some(folder) = link.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        if link.symlink_metadata().is_err() {
            std::os::unix::fs::symlink(target, link)
                .map_err(|e| format!("cannot link {}: {e}", link.display()))?;
        }
    }
    Ok(())
}

/// The files the package holds (not its folders), relative to `/`.
fn package_paths(deb: &Path) -> Result<Vec<String>> {
    let output = Command::new("dpkg-deb")
        .arg("--fsys-tarfile")
        .arg(deb)
        .output()
        .map_err(|e| format!("cannot run dpkg-deb: {e}"))?;
    if !output.status.success() {
        return Err(format!("dpkg-deb --fsys-tarfile {} failed", deb.display()));
    }
    let mut listing = Command::new("tar")
        .args(["-t"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if let Some(mut stdin) = listing.stdin.take() {
        use std::io::Write;
        stdin.write_all(&output.stdout).map_err(|e| format!("cannot list the package: {e}"))?;
    }
    let listed = listing.wait_with_output().map_err(|e| format!("cannot list the package: {e}"))?;
    let paths: Vec<String> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter(|line| !line.ends_with('/'))
        .map(|line| line.trim_start_matches("./").to_owned())
        .collect();
    if paths.is_empty() {
        return Err(format!("{} holds no files", deb.display()));
    }
    Ok(paths)
}

/// The checks on a tree the package was installed or unpacked into (`root`).
fn installed_checks(root: &Path, paths: &[String]) -> Result {
    for expected in [
        "usr/bin/plesk-keys",
        UNIT,
        "etc/plesk-keys/plesk-keys.toml",
        "usr/share/man/man1/plesk-keys-serve.1.gz",
        "usr/share/doc/plesk-keys/nginx.conf",
    ] {
        if !paths.iter().any(|path| path == expected) || !root.join(expected).is_file() {
            return Err(format!("the package does not install /{expected}"));
        }
    }
    let unit_file = root.join(UNIT);
    let unit = std::fs::read_to_string(&unit_file)
        .map_err(|e| format!("cannot read {}: {e}", unit_file.display()))?;
    check_hardening(&unit)?;
    verify_unit(root, &unit)?;
    run(cargo()
        .args(["test", "-p", "e2e", "--locked", "--test", "installed", "--", "--ignored", "--test-threads=1"])
        .env("PKP_INSTALLED_ROOT", root)
        .env("CHROMEDRIVER", CHROMEDRIVER))
}

/// `systemd-analyze verify` and the exposure score of `systemd-analyze security`, when
/// systemd-analyze is there (it comes with Debian's systemd package).
fn verify_unit(root: &Path, unit: &str) -> Result {
    if first_line("systemd-analyze", &["--version"]).is_none() {
        eprintln!(
            "xtask: systemd-analyze is missing: the unit was checked for its hardening directives only"
        );
        return Ok(());
    }
    // Unpacked: the same unit with ExecStart pointing into the unpacked tree, the man pages
    // (Documentation=man:…) found there.
    let (unit_file, _scratch): (PathBuf, Option<PathBuf>) = if root == Path::new("/") {
        (root.join(UNIT), None)
    } else {
        let scratch = root.join("verify");
        let binary = root.join("usr/bin/plesk-keys");
        let rewritten = unit.replace("/usr/bin/plesk-keys", &binary.to_string_lossy());
        let file = scratch.join("plesk-keys.service");
        std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
        std::fs::write(&file, rewritten).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        (file, Some(scratch))
    };
    run(Command::new("systemd-analyze")
        .arg("verify")
        .arg(&unit_file)
        .env("MANPATH", root.join("usr/share/man")))?;
    let output = Command::new("systemd-analyze")
        .args(["security", "--offline=yes", "--no-pager"])
        .arg(&unit_file)
        .output()
        .map_err(|e| format!("cannot run systemd-analyze security: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let exposure = text
        .lines()
        .find_map(|line| line.split_once("Overall exposure level for plesk-keys.service:"))
        .and_then(|(_, rest)| rest.split_whitespace().next())
        .and_then(|score| score.parse::<f64>().ok())
        .ok_or_else(|| format!("systemd-analyze security gave no exposure level: {text}"))?;
    eprintln!("xtask: systemd-analyze security: exposure {exposure} (at most {MAX_EXPOSURE} accepted)");
    if exposure > MAX_EXPOSURE {
        return Err(format!("the unit's exposure level is {exposure}, above {MAX_EXPOSURE}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_unit_is_hardened() {
        let unit = include_str!("../../deploy/plesk-keys.service");
        check_hardening(unit).unwrap();
        assert!(unit.contains("ExecStart=/usr/bin/plesk-keys serve --config /etc/plesk-keys/plesk-keys.toml"));
        let weakened = unit.replace("ProtectSystem=strict", "ProtectSystem=full");
        assert_eq!(check_hardening(&weakened).unwrap_err(), "the unit lacks `ProtectSystem=strict`");
    }
}
