//! The commands: test, dist, run, screenshots.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::build::{default_dist, dist};
use crate::command::{cargo, root, run, Result};
use crate::nightly::WasmToolchain;
use crate::tools::{ensure_all, tool_path, CHROMEDRIVER};

/// `cargo xtask test`: everything, in order of speed.
pub fn test() -> Result {
    let started = Instant::now();
    ensure_all()?;
    run(cargo().args(["fetch", "--locked"]))?;
    run(cargo().args(["fmt", "--all", "--check"]))?;
    run(cargo().args(["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"]))?;
    run(cargo().args([
        "clippy",
        "-p",
        "plesk-key-panel",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args(["test", "--workspace", "--exclude", "e2e", "--locked"]))?;
    run(cargo()
        .args(["test", "-p", "plesk-key-panel", "--target", "wasm32-unknown-unknown", "--locked"])
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("PATH", tool_path()))?;
    let dist_dir = default_dist();
    let toolchain = dist(&dist_dir)?;
    end_to_end(&dist_dir, &toolchain)?;
    // The package as an operator installs it: release build with the panel inside, .deb, checks.
    let packaging = Instant::now();
    let made = crate::package::package(&dist_dir)?;
    crate::package_check::check(&made.deb)?;
    eprintln!("xtask: package built and checked in {:.0?}", packaging.elapsed());
    eprintln!("xtask: all tests passed in {:.0?}", started.elapsed());
    Ok(())
}

/// Runs the end-to-end suite (or one of its test files) against `dist_dir` and a freshly
/// built `plesk-keys`.
fn end_to_end_with(
    dist_dir: &Path,
    toolchain: &WasmToolchain,
    test_file: Option<&str>,
    screenshots: Option<&Path>,
) -> Result {
    run(cargo().args(["build", "-p", "plesk-keys", "--locked"]))?;
    let binary = root().join("target/debug/plesk-keys");
    let mut command = cargo();
    command.args(["test", "-p", "e2e", "--locked"]);
    if let Some(file) = test_file {
        command.args(["--test", file]);
    }
    command
        .args(["--", "--test-threads=1"])
        .env("PKP_DIST", dist_dir)
        // Which size budget applies (crates/e2e/tests/bundle.rs).
        .env("PKP_WASM_TOOLCHAIN", toolchain.name())
        .env("PKP_PLESK_KEYS", binary)
        .env("CHROMEDRIVER", CHROMEDRIVER);
    if let Some(folder) = screenshots {
        command.env("PKP_SCREENSHOTS", folder);
    }
    run(&mut command)
}

fn end_to_end(dist_dir: &Path, toolchain: &WasmToolchain) -> Result {
    end_to_end_with(dist_dir, toolchain, None, None)
}

/// `cargo xtask screenshots`: refreshes docs/screenshots from the e2e suite.
pub fn screenshots() -> Result {
    let dist_dir = default_dist();
    let toolchain = dist(&dist_dir)?;
    end_to_end_with(&dist_dir, &toolchain, Some("screenshots"), Some(&root().join("docs/screenshots")))
}

/// `cargo xtask dist [--out DIR]`.
pub fn dist_command(args: &[String]) -> Result {
    let out = match args {
        [] => default_dist(),
        [flag, dir] if flag == "--out" => PathBuf::from(dir),
        _ => return Err("usage: cargo xtask dist [--out DIR]".into()),
    };
    ensure_all()?;
    dist(&out).map(|_| ())
}

/// `cargo xtask run [serve options…]`: build the panel, then serve it with the sandbox.
pub fn serve(args: &[String]) -> Result {
    ensure_all()?;
    let out = default_dist();
    dist(&out)?;
    run(cargo().args(["run", "--release", "-p", "plesk-keys", "--", "serve", "--dist"]).arg(&out).args(args))
}
