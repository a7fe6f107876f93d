//! Installs the pinned tools, each only when missing or at the wrong version (see
//! `shared/TOOLCHAIN.md`). Nothing is downloaded from anywhere but the package registries.

use std::path::PathBuf;
use std::process::Command;

use crate::command::{cargo, first_line, root, run, Result};

pub const TRUNK_VERSION: &str = "0.21.14";
/// npm's binaryen; Debian's binaryen 108 silently breaks the app.
pub const BINARYEN_VERSION: &str = "132.0.0";
/// npm's esbuild, which minifies wasm-bindgen's JS glue.
pub const ESBUILD_VERSION: &str = "0.28.2";
/// npm's oidc-provider, the real OpenID provider of the sign-in tests (`tests/oidc/provider.mjs`).
/// 8.x: 9.x dropped Node 20, the machine's Node.
pub const OIDC_PROVIDER_VERSION: &str = "8.8.1";
/// npm's axe-core, the accessibility checker run in Chromium by the e2e suite (`crates/e2e/tests/every_screen.rs`).
pub const AXE_CORE_VERSION: &str = "4.14.1";
const DEBIAN_PACKAGES: [(&str, &str); 6] = [
    ("brotli", "/usr/bin/brotli"),
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
    ("libxml2-utils", "/usr/bin/xmllint"),
    ("nginx", "/usr/sbin/nginx"),
    ("wrk", "/usr/bin/wrk"),
];

/// Where npm's binaryen and esbuild go (ignored by git).
pub fn npm_prefix() -> PathBuf {
    root().join(".tools/npm")
}

/// The version of an npm package installed under [`npm_prefix`], from its package.json.
fn installed_npm_version(package: &str) -> Option<String> {
    let manifest =
        std::fs::read_to_string(npm_prefix().join("node_modules").join(package).join("package.json")).ok()?;
    let after = manifest.split("\"version\"").nth(1)?;
    after.split('"').nth(1).map(str::to_owned)
}

/// PATH with the project's tool folders first.
pub fn tool_path() -> String {
    let bin = npm_prefix().join("node_modules/.bin");
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"))
        .join("bin");
    format!("{}:{}:{}", bin.display(), cargo_bin.display(), std::env::var("PATH").unwrap_or_default())
}

/// The `wasm-bindgen` version Cargo.lock resolved; the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn version_of(program: &str) -> Option<String> {
    let path = tool_path();
    let output = Command::new(program).arg("--version").env("PATH", path).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Installs everything missing. Returns the list of what was installed.
pub fn ensure_all() -> Result<Vec<String>> {
    let mut installed = Vec::new();
    let targets = first_line("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    let all_targets = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or(targets);
    if !all_targets.lines().any(|t| t.trim() == "wasm32-unknown-unknown") {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
        installed.push("wasm32-unknown-unknown target".into());
    }
    if version_of("trunk").as_deref() != Some(&format!("trunk {TRUNK_VERSION}")) {
        run(cargo().args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))?;
        installed.push(format!("trunk {TRUNK_VERSION}"));
    }
    let bindgen = locked_wasm_bindgen_version()?;
    let bindgen_ok = version_of("wasm-bindgen").as_deref() == Some(&format!("wasm-bindgen {bindgen}"))
        && version_of("wasm-bindgen-test-runner").is_some_and(|v| v.ends_with(&bindgen));
    if !bindgen_ok {
        // Not --locked: a pinned dependency of 0.2.130's lock file is missing from the registry.
        run(cargo().args(["install", "wasm-bindgen-cli", "--version", &bindgen]))?;
        installed.push(format!("wasm-bindgen-cli {bindgen}"));
    }
    let wasm_opt_ok = version_of("wasm-opt").is_some_and(|v| v.contains("version 132"));
    let esbuild_ok = version_of("esbuild").as_deref() == Some(ESBUILD_VERSION);
    let oidc_ok = installed_npm_version("oidc-provider").as_deref() == Some(OIDC_PROVIDER_VERSION);
    let axe_ok = installed_npm_version("axe-core").as_deref() == Some(AXE_CORE_VERSION);
    if !wasm_opt_ok || !esbuild_ok || !oidc_ok || !axe_ok {
        // Both in one call: npm removes what a later `--no-save` install does not name.
        let prefix = npm_prefix();
        std::fs::create_dir_all(&prefix).map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
        run(Command::new("npm")
            .args(["install", "--no-save", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("binaryen@{BINARYEN_VERSION}"))
            .arg(format!("esbuild@{ESBUILD_VERSION}"))
            .arg(format!("oidc-provider@{OIDC_PROVIDER_VERSION}"))
            .arg(format!("axe-core@{AXE_CORE_VERSION}")))?;
        installed.push(format!(
            "binaryen {BINARYEN_VERSION}, esbuild {ESBUILD_VERSION}, oidc-provider {OIDC_PROVIDER_VERSION} and axe-core {AXE_CORE_VERSION} (npm)"
        ));
    }
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .filter(|(_, binary)| !std::path::Path::new(binary).exists())
        .map(|(package, _)| *package)
        .collect();
    if !missing.is_empty() {
        install_debian(&missing)?;
        installed.extend(missing.iter().map(|p| format!("{p} (Debian)")));
    }
    if installed.is_empty() {
        eprintln!("xtask: all tools present");
    } else {
        eprintln!("xtask: installed {}", installed.join(", "));
    }
    Ok(installed)
}

fn install_debian(packages: &[&str]) -> Result {
    let as_root = first_line("id", &["-u"]).as_deref() == Some("0");
    let apt = |args: &[&str]| -> Command {
        let mut command = if as_root { Command::new("apt-get") } else { Command::new("sudo") };
        if !as_root {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    run(&mut apt(&["update", "-qq"]))?;
    let mut install = apt(&["install", "-y", "-qq", "--no-install-recommends"]);
    install.args(packages);
    run(&mut install)
}

/// The ChromeDriver binary for browser tests.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Checks that `tool` answers `--version` with the project's PATH.
pub fn require(tool: &str) -> Result {
    version_of(tool).map(|_| ()).ok_or_else(|| format!("{tool} is missing; run `cargo xtask setup`"))
}
