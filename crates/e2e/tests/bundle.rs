//! The size budget of the built panel (wasm + JS glue), checked on every `cargo xtask test`.
//!
//! Issue #7 set a target of 400 kB raw / 140 kB brotli (issue #17: 100 kB brotli before the panel
//! is interactive); the complete panel does not meet it (see docs/performance.md for where the
//! weight is). This budget holds the line at the measured size plus 3%, so any growth has to be
//! deliberate: raise these numbers in the same commit, with the reason, or make the bundle smaller.
//!
//! `cargo xtask dist` builds the wasm on the pinned nightly with size flags when it can, else on
//! stable; `cargo xtask test` says which in `PKP_WASM_TOOLCHAIN` (`nightly` or `stable`, the
//! default), and each has its budget.

use std::path::{Path, PathBuf};

/// A budget for wasm + JS: uncompressed, and as `cargo xtask dist` compresses them with brotli.
struct Budget {
    raw: u64,
    brotli: u64,
}

/// The pinned nightly with the size flags (measured: 712,754 raw, 213,153 brotli). History: the
/// fleet's panel features (Server picker, All servers with create, find, bulk delete and export
/// across servers) +45 kB raw / +11 kB brotli over 626,651 / 190,679; the portal's key-per-server
/// hand-off and rows kept while refreshing +9.5 kB / +3.2 kB (691,802 / 207,367); writes as
/// Leptos Actions (issue 11: `state/request.rs`, one `Action` type for all) +21 kB / +5.8 kB.
/// Issue 24, the signed-in mode's panel (no key field, `session.json`, the person and scope in the
/// header, the owner choice limited to the scope, nothing offered to read-only people, gateway
/// refusals in their own words): +13,480 raw / +4,249 brotli (727,043 / 218,442 → 740,523 /
/// 222,691), after cutting it from +25.9 kB / +7.8 kB (one start-up task, the read-only rule as
/// one CSS class instead of `<Show>`s, the header lines worded by the gateway). The budget is
/// raised by exactly that, not by a new 3%.
/// Issue 26, the panel on every screen: +10,053 raw / +4,960 brotli (744,021 / 223,675 → 754,074 /
/// 228,635, +2.2%). What it bought: All servers filters, sorts and pages through the key list's
/// own table (one model: `IndexedKeys` with servers, `TableView`, one `KeyTable`), select-all of
/// the filtered set with the hidden ticks said, paging above and below with the view back at the
/// table's top, natural order, "this browser", the focus kept off `<body>` (new key, Dismiss,
/// connect, delete, skip link), Show key, the empty-description nudge, an address being typed not
/// flagged, and the portal's `error`/`resize`/`settings` messages. Cut on the way: the "could
/// this become an address" check asks the standard parser instead of a grammar of its own
/// (−1.9 kB raw / −0.8 kB brotli), the height is measured without parsing CSS (no float parser).
/// Raised by exactly that.
/// Issue 27, key health in the panel: +39,133 raw / +12,559 brotli (754,622 / 228,827 → 793,755 /
/// 241,386, +5.5%). What it bought: each key's findings (the protocol crate's `key_health`, the
/// same rules as `plesk-keys report`: owner missing or not active, usable from anywhere, bound to
/// the server's or a proxy's address, a public address among private ones, twins, no
/// description) as a badge with its reasons and action, **Needs attention (N)**, on the key list
/// and All servers, with the owners asked in two batched packets per server (building the
/// packets, reading `customer get` / `reseller get` answers: code the panel did not have). Cut on
/// the way: no sort of strings or findings (a set and buckets by level: −6 kB raw). The weight
/// sits in code the first screen does not run: issue 29's split is where it leaves the first
/// download. Raised by exactly that.
const NIGHTLY: Budget = Budget { raw: 796_786, brotli: 241_419 };
/// Stable, when the nightly cannot be had (measured: 786,294 raw, 235,874 brotli, with the same
/// features; before the fleet 696,367 / 209,625); raised by the nightly's measured cost of the
/// signed-in panel (issue 24), of the panel on every screen (issue 26) and of key health (issue
/// 27), not measured on stable.
const STABLE: Budget = Budget { raw: 872_586, brotli: 264_719 };

/// The toolchain `cargo xtask` built the wasm with.
fn nightly_build() -> bool {
    std::env::var("PKP_WASM_TOOLCHAIN").as_deref() == Ok("nightly")
}

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
    let (toolchain, budget) = if nightly_build() { ("nightly", NIGHTLY) } else { ("stable", STABLE) };
    println!(
        "BUNDLE toolchain={toolchain} raw={raw} brotli={brotli} raw_budget={} brotli_budget={}",
        budget.raw, budget.brotli
    );
    assert!(raw <= budget.raw, "wasm + JS is {raw} bytes, over the {toolchain} budget of {}", budget.raw);
    assert!(
        brotli <= budget.brotli,
        "wasm + JS is {brotli} bytes brotli, over the {toolchain} budget of {}",
        budget.brotli
    );
}

/// The size flags really applied: `-Zlocation-detail=none` leaves no source file paths (panic
/// locations) in a nightly build; a stable build has them.
#[test]
fn a_nightly_build_carries_no_panic_locations() {
    let wasm = std::fs::read(asset(&dist(), "_bg.wasm")).expect("the wasm is readable");
    let locations = wasm.windows(3).filter(|window| window == b".rs").count();
    if nightly_build() {
        assert_eq!(locations, 0, "a nightly build should have no panic locations");
    } else {
        println!("stable build: {locations} source paths in the wasm");
    }
}
