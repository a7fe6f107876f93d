//! The release build of the panel (`dist`), shared by `test`, `dist`, `run` and `package`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::command::{cargo, root, run, Result};
use crate::nightly::{wasm_toolchain, WasmToolchain};
use crate::tools::{require, tool_path};

/// The default output folder of `dist`.
pub fn default_dist() -> PathBuf {
    root().join("dist")
}

/// The release build of the panel: trunk with the wasm-release profile, on the pinned nightly
/// with its size flags when it can be had (else stable), the wasm split into its first module and
/// the later parts (`crate::split`, each through wasm-opt -Oz), the JS minified by esbuild. Returns the toolchain that built the wasm.
pub fn dist(out: &Path) -> Result<WasmToolchain> {
    require("trunk")?;
    require("wasm-opt")?;
    require("esbuild")?;
    run(cargo().args(["fetch", "--locked"]))?;
    let toolchain = wasm_toolchain();
    let mut trunk = Command::new("trunk");
    trunk.args(["build", "--release", "--dist"]).arg(out).env("PATH", tool_path());
    toolchain.configure(&mut trunk);
    run(&mut trunk)?;
    let split = crate::split::split_into_dist(&crate::split::cargo_wasm(&toolchain.target_dir()), out)?;
    crate::minify::minify_glue(out, &split.glue)?;
    crate::minify::minify_script(&out.join(&split.link))?;
    for (part, file) in &split.parts {
        eprintln!("xtask: part {part}: {file}");
    }
    crate::languages::write_into_dist(out)?;
    compress_and_report(out)?;
    eprintln!("xtask: the wasm was built with {}", toolchain.name());
    Ok(toolchain)
}

/// Writes `.br` and `.gz` next to every JS, wasm, CSS and catalogue (`.txt`) file (served by `plesk-keys serve` and
/// nginx's gzip_static) and prints the sizes.
fn compress_and_report(out: &Path) -> Result {
    let entries = std::fs::read_dir(out).map_err(|e| format!("cannot list {}: {e}", out.display()))?;
    let mut assets: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            matches!(path.extension().and_then(|e| e.to_str()), Some("wasm" | "js" | "css" | "txt"))
        })
        .collect();
    assets.sort();
    for asset in &assets {
        run(Command::new("brotli").args(["--force", "--best", "--keep"]).arg(asset))?;
        run(Command::new("gzip").args(["--force", "--best", "--keep", "--no-name"]).arg(asset))?;
        let size = |path: PathBuf| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let name = asset.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        eprintln!(
            "xtask: {name}: {} bytes raw, {} gzip, {} brotli",
            size(asset.clone()),
            size(out.join(format!("{name}.gz"))),
            size(out.join(format!("{name}.br")))
        );
    }
    Ok(())
}
