//! `cargo xtask <command>`: the project's own setup, build and test driver.
//!
//! - `test`: install missing tools, then fmt, clippy, native tests, browser tests, the release
//!   build and the end-to-end suite.
//! - `dist [--out DIR]`: the release build of the panel (trunk + wasm-opt; the wasm on the pinned
//!   nightly with size flags when it can be had, see `nightly`).
//! - `run [serve options…]`: build the panel and start `plesk-keys serve` with the sandbox.
//! - `package [--check]`: the release binary with the panel inside, as a `.deb` and a `.tar.gz` with
//!   `SHA256SUMS`, in `target/package/`; `--check` then tries it as `cargo xtask test` does.
//! - `setup`: only install what is missing.

mod bench;
mod build;
mod command;
mod fuzz;
mod languages;
mod minify;
mod nightly;
mod package;
mod package_check;
mod split;
mod tasks;
mod tools;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => tasks::test(),
        Some("dist") => tasks::dist_command(&args[1..]),
        Some("run") => tasks::serve(&args[1..]),
        Some("package") => package::package_command(&args[1..]),
        Some("setup") => tools::ensure_all().map(|_| ()),
        Some("screenshots") => tools::ensure_all().and_then(|_| tasks::screenshots()),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        Some("bench") => tools::ensure_all().and_then(|_| bench::bench(&args[1..])),
        _ => {
            eprintln!("usage: cargo xtask <test | dist [--out DIR] | run [serve options…] | package [--check] | bench [gateway] | fuzz [--seconds N] | screenshots | setup>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}
