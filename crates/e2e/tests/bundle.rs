//! The size budget of the built panel (wasm + JS glue), checked on every `cargo xtask test`.
//!
//! Issue #7 set a target of 400 kB raw / 140 kB brotli; the complete panel does not meet it (see
//! docs/performance.md for where the weight is). This budget holds the line at the measured size
//! plus 3%, so any growth has to be deliberate: raise these numbers in the same commit, with the
//! reason, or make the bundle smaller.

use std::path::{Path, PathBuf};

/// wasm + JS, uncompressed (measured: 582,655 bytes).
const RAW_BUDGET: u64 = 600_200;
/// wasm + JS, as `cargo xtask dist` compresses them with brotli (measured: 179,366 bytes).
const BROTLI_BUDGET: u64 = 184_800;

fn dist() -> PathBuf {
    std::env::var_os("PKP_DIST").map(PathBuf::from).expect("PKP_DIST: the built panel (cargo xtask test)")
}

/// The one file in `dist` whose name ends with `suffix`.
fn asset(dist: &Path, suffix: &str) -> PathBuf {
    let found: Vec<PathBuf> = std::fs::read_dir(dist)
        .expect("PKP_DIST is a folder")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(suffix))
        .collect();
    assert_eq!(found.len(), 1, "expected exactly one *{suffix} in {}: {found:?}", dist.display());
    found.into_iter().next().unwrap_or_default()
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).len()
}

#[test]
fn wasm_and_js_stay_within_the_budget() {
    let dist = dist();
    let (wasm, js) = (asset(&dist, "_bg.wasm"), asset(&dist, ".js"));
    let raw = size(&wasm) + size(&js);
    let brotli = size(&asset(&dist, "_bg.wasm.br")) + size(&asset(&dist, ".js.br"));
    println!("BUNDLE raw={raw} brotli={brotli} raw_budget={RAW_BUDGET} brotli_budget={BROTLI_BUDGET}");
    assert!(raw <= RAW_BUDGET, "wasm + JS is {raw} bytes, over the budget of {RAW_BUDGET}");
    assert!(
        brotli <= BROTLI_BUDGET,
        "wasm + JS is {brotli} bytes brotli, over the budget of {BROTLI_BUDGET}"
    );
}
