//! The pinned nightly toolchain the wasm bundle is built with, for size flags that only nightly
//! has (issue 17): std rebuilt from source with `panic=immediate-abort`, without panic locations
//! and without `Debug` formatting. Only the wasm bundle: native crates, tests and the browser
//! tests stay on stable. When the pinned nightly cannot be had, the bundle is built with stable
//! and xtask says so in one line.

use std::path::PathBuf;
use std::process::Command;

use crate::command::{first_line, root, run, Result};
use crate::split::SPLIT_RUSTFLAGS;

/// rustup's name for the pinned nightly, installed when missing.
const PINNED: &str = "nightly-2026-05-20";
/// The one rustc the size flags were checked with (`rustc -V`); the machine's `nightly` is used
/// when it is exactly this one.
const PINNED_RUSTC: &str = "rustc 1.97.0-nightly (e50aa6fba 2026-05-19)";

/// Cargo and rustc flags of the size build. `--cfg erase_components` repeats
/// `.cargo/config.toml` (RUSTFLAGS replaces it).
const SIZE_RUSTFLAGS: &str =
    "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none";

/// `.cargo/config.toml`'s wasm flags, which RUSTFLAGS replaces.
const STABLE_RUSTFLAGS: &str = "--cfg erase_components";

/// Which compiler built the wasm bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WasmToolchain {
    /// The pinned nightly with the size flags (its rustup name).
    Nightly(String),
    /// Stable, without the size flags.
    Stable,
}

impl WasmToolchain {
    /// The value of `PKP_WASM_TOOLCHAIN` for the size test: which budget applies.
    pub fn name(&self) -> &'static str {
        match self {
            WasmToolchain::Nightly(_) => "nightly",
            WasmToolchain::Stable => "stable",
        }
    }

    /// Sets up `trunk build` for this toolchain: the nightly gets its own target folder (its
    /// artefacts never replace stable's), `-Zbuild-std` and the size flags.
    /// Both link the wasm with the relocations the split needs and turn the split points on
    /// (`crate::split`).
    pub fn configure(&self, trunk: &mut Command) {
        trunk.env("CARGO_TARGET_DIR", self.target_dir());
        match self {
            WasmToolchain::Nightly(toolchain) => {
                trunk
                    .env("RUSTUP_TOOLCHAIN", toolchain)
                    .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                    .env("RUSTFLAGS", format!("{SIZE_RUSTFLAGS} {SPLIT_RUSTFLAGS}"))
                    .env_remove("RUSTC")
                    .env_remove("CARGO");
            }
            WasmToolchain::Stable => {
                trunk.env("RUSTFLAGS", format!("{STABLE_RUSTFLAGS} {SPLIT_RUSTFLAGS}"));
            }
        }
    }

    /// Where cargo puts this toolchain's wasm (the nightly's never replaces stable's).
    pub fn target_dir(&self) -> PathBuf {
        match self {
            WasmToolchain::Nightly(_) => root().join("target/wasm-nightly"),
            WasmToolchain::Stable => root().join("target/wasm-stable"),
        }
    }
}

fn rustc_version(toolchain: &str) -> Option<String> {
    first_line("rustup", &["run", toolchain, "rustc", "-V"])
}

/// The installed toolchain that is the pinned rustc, if any (only installed ones are asked:
/// `rustup run` may install a missing toolchain by itself).
fn installed() -> Option<String> {
    let host = Command::new("rustc").arg("-vV").output().ok()?;
    let host = String::from_utf8_lossy(&host.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))?;
    let listed = Command::new("rustup").args(["toolchain", "list"]).output().ok()?;
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    let present = |name: &str| {
        let full = format!("{name}-{host}");
        listed
            .lines()
            .filter_map(|line| line.split_whitespace().next())
            .any(|listed| listed == full || listed == name)
    };
    ["nightly", PINNED]
        .into_iter()
        .filter(|name| present(name))
        .find(|name| rustc_version(name).as_deref() == Some(PINNED_RUSTC))
        .map(str::to_owned)
}

/// std's sources (`rust-src`) of `toolchain`.
fn library(toolchain: &str) -> Option<PathBuf> {
    let sysroot = first_line("rustup", &["run", toolchain, "rustc", "--print", "sysroot"])?;
    Some(PathBuf::from(sysroot).join("lib/rustlib/src/rust/library"))
}

/// Finds or installs the pinned nightly with `rust-src`, and fetches std's own dependencies
/// from the crate registry (trunk builds offline).
fn prepare() -> Result<String> {
    let toolchain = match installed() {
        Some(toolchain) => toolchain,
        None => {
            run(Command::new("rustup").args(["toolchain", "install", PINNED, "--profile", "minimal"]))?;
            installed().ok_or_else(|| format!("{PINNED} is not {PINNED_RUSTC}"))?
        }
    };
    let lock = library(&toolchain).map(|library| library.join("Cargo.lock"));
    if !lock.as_ref().is_some_and(|lock| lock.exists()) {
        run(Command::new("rustup").args(["component", "add", "rust-src", "--toolchain", &toolchain]))?;
    }
    let manifest = library(&toolchain).map(|library| library.join("Cargo.toml")).ok_or("no sysroot")?;
    // From the project root: the library's own config would point cargo at vendored sources.
    run(Command::new("rustup")
        .args(["run", &toolchain, "cargo", "fetch", "--locked", "--manifest-path"])
        .arg(&manifest))?;
    Ok(toolchain)
}

/// The toolchain for the wasm bundle: the pinned nightly (installed when missing), or stable
/// when that fails — said in one line. `PKP_WASM_TOOLCHAIN=stable` chooses stable.
pub fn wasm_toolchain() -> WasmToolchain {
    if std::env::var("PKP_WASM_TOOLCHAIN").as_deref() == Ok("stable") {
        eprintln!("xtask: PKP_WASM_TOOLCHAIN=stable: building the wasm with stable, without the size flags");
        return WasmToolchain::Stable;
    }
    match prepare() {
        Ok(toolchain) => WasmToolchain::Nightly(toolchain),
        Err(error) => {
            eprintln!(
                "xtask: the pinned nightly ({PINNED_RUSTC}) is not available ({error}): building the wasm with stable, without the size flags"
            );
            WasmToolchain::Stable
        }
    }
}
