//! The size budget of the built panel (wasm + JS), checked on every `cargo xtask test`: the first
//! download (what the first screen waits for) and the whole panel (with every part fetched later,
//! issue 29), each within its own budget.
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
/// Issue 29, the split: the whole panel (first download and every later part) is 845,804 raw /
/// 279,627 brotli, +52,057 / +38,094 over the unsplit build measured on the same machine before
/// it (793,747 / 241,533 — 114 bytes brotli over the old budget on this machine's toolchain, with
/// no change to the panel). What it cost: a module boundary stops wasm-opt's whole-program work
/// (inlining, merging, dead code across parts), every call from a part into the first module goes
/// through the function table, and small files compress worse. What it bought: the first
/// download, the one the first screen waits for, is 205,775 brotli instead of 241,533 (−35,758,
/// −14.8%); the rest is fetched after the key list is shown. Raised by exactly that.
/// The import-once glue and the moved function: 845,132 / 279,658 (raw held at the lower figure).
/// Issue 28, the panel in twelve languages: +39,606 raw / +12,516 brotli (884,738 / 292,174),
/// nearly all of it in the first download (below). Raised by exactly that.
/// Then one reader of the page's `<meta>` tags instead of five: −686 / −117, held there.
/// Then English's first download brought back within the issue's +3 kB (below): four more parts
/// (another language's work, the portal's messages, the new key, the offer after a login's
/// connect) and their shared chunks: +8,687 raw / +8,566 brotli for the whole panel (892,739 /
/// 300,623). What it cost: each new module boundary (calls through the function table, code the
/// first module and a part both need, compressed in smaller files); what it bought: −9,580
/// brotli in the first download, where every person pays it — the whole panel is fetched only by
/// someone who uses a portal, another language, a login and every dialog. Raised by exactly that.
/// Then the language chosen last wins over a slower file, and the menu's choice kept in a cookie
/// for `serve`'s page (both in the language part), the panel's unused messages left empty in
/// English's catalogue: 893,853 / 301,179 (+1,114 / +556). Raised by exactly that.
const NIGHTLY: Budget = Budget { raw: 893_853, brotli: 301_179 };
/// The pinned nightly's first download (issue 29: the glue, the split's link module and the first
/// module), as measured when the split landed (671,379 raw / 205,775 brotli). The issue's target
/// is 100 kB brotli: what stands in the way is in docs/performance.md §11.
/// Then the glue imported the link module once instead of once per split function (−672 raw,
/// −36 brotli), and a 7-line function moved out of an import circle: the same code, but brotli
/// of the first module follows the order of its functions, and that order follows the symbols'
/// names. The function in four homes, with identical raw sizes: 205,775 / 205,797 / 205,864 /
/// 205,938 brotli. Raw is held at the new, lower size; brotli +66 B for the circle's removal
/// (the home that measured least among those that break the circle, after the −36 B).
/// Issue 28, the panel in twelve languages: +40,018 raw / +12,496 brotli (710,725 / 218,337,
/// +6.1%), over the issue's +3 kB brotli. What it cost (pre-wasm-opt code, measured by function
/// against the build before it): the catalogue runtime (the compact reader and formatter with
/// plural selects, the language's choice from `?lang=`, storage, the browser and the server's
/// default, the menu, loading another language's file, `Intl` for plurals and numbers: ~11 kB),
/// carrying typed fields over a switch (~2 kB), the view built in a render effect so it can be
/// built again (~4.5 kB), every protocol error and typed-input error worded from the catalogue
/// instead of the protocol crate's `Display` (+~5 kB net), `String` children where literals were
/// (~3 kB of view code), English's catalogue (18 kB of text, +4.5 kB of data net: the messages of
/// the parts and of Plesk's codes, key health and typed input now sit in one record list). Cut on
/// the way: number keys parsed as integers (a float parser and its tables) with the view as a
/// component of its own: −17.6 kB raw / −13.8 kB brotli (a keyed `<For>` measured +7.7 kB more).
/// What it bought: every screen in twelve languages with no English left (e2e `languages.rs`),
/// right to left for Arabic, the switch without a reload or loss. The next cut is in docs/performance.md §12.
/// The review's mends (a portal's language waits for an open dialog, a stalled language file
/// opens the panel in English after 4 s, open disclosures and radios carried over a switch):
/// +2,757 raw / +1,154 brotli of that; the gateway's coded refusals worded in the panel (six
/// sentences that were the gateway's English body): +1,313 / +392. Raised by exactly that.
/// Then one reader of the page's `<meta>` tags instead of five: −686 / −61, held there.
/// Then within the issue's +3 kB: 683,859 / 208,696, +13,152 raw / **+2,855 brotli** over the
/// first download before issue 28 (670,707 / 205,841). Moved out of the first download into parts
/// fetched only when used: putting another language in use (fetch, read, typed fields carried
/// over: 3.6 kB brotli, fetched when the menu gets the focus or a language other than English
/// starts), the portal's messages (5.7 kB, fetched at once only in a portal's frame), the new
/// key's card (prefetched with the dialogs; the value waits in its store) and the offer of a key
/// after a login's connect (2.5 kB, fetched while the login is checked); wasm-opt told that memory
/// below 1 kB is never used (Rust's stack sits there and grows down from 1 MiB) and run to a
/// fixed point: −4.5 kB raw / −1.6 kB brotli. Lowered to the measured size.
/// Then the language chosen last wins over a slower file (a ticket per switch) and the menu's
/// choice is kept in a cookie for `serve`'s page — +874 raw / +117 brotli, the cookie moved into
/// the language part: +548 / +216 — and messages the panel's code never names (the static form's,
/// the CLI's among the shared files) left empty in English's catalogue (`build.rs`): 683,953 /
/// 208,699 (+94 / +3 in all). Raised by exactly that.
const NIGHTLY_FIRST: Budget = Budget { raw: 683_953, brotli: 208_699 };
/// English's first download before issue 28 (the panel in twelve languages), brotli: the issue
/// promises at most +3 kB over it, so this budget may never be raised past that.
const FIRST_BEFORE_LANGUAGES_BROTLI: u64 = 205_841;
const _: () = assert!(NIGHTLY_FIRST.brotli <= FIRST_BEFORE_LANGUAGES_BROTLI + 3_000);
/// Stable, when the nightly cannot be had (measured before the split: 786,294 raw, 235,874
/// brotli, with the same features; before the fleet 696,367 / 209,625); raised by the nightly's
/// measured cost of the signed-in panel (issue 24), of the panel on every screen (issue 26), of
/// key health (issue 27), of the split (issue 29) and of the languages (issue 28: +39,606 /
/// +12,516, then the four parts that took English's first download back within +3 kB: +8,687 /
/// +8,566), not measured on stable.
const STABLE: Budget = Budget { raw: 972_936, brotli: 323_895 };
/// Stable's first download: not measured on stable; held at the whole unsplit panel's budget
/// (the first module can only be smaller), raised by the languages' nightly cost (+40,018 /
/// +12,496).
const STABLE_FIRST: Budget = Budget { raw: 912_604, brotli: 277_215 };

/// The toolchain `cargo xtask` built the wasm with.
fn nightly_build() -> bool {
    std::env::var("PKP_WASM_TOOLCHAIN").as_deref() == Ok("nightly")
}

fn dist() -> PathBuf {
    std::env::var_os("PKP_DIST").map(PathBuf::from).expect("PKP_DIST: the built panel (cargo xtask test)")
}

fn names(dist: &Path) -> Vec<String> {
    std::fs::read_dir(dist)
        .expect("PKP_DIST is a folder")
        .flatten()
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .collect()
}

/// The one file in `dist` whose name ends with `suffix`.
fn asset(dist: &Path, suffix: &str) -> PathBuf {
    let found: Vec<String> = names(dist).into_iter().filter(|name| name.ends_with(suffix)).collect();
    assert_eq!(found.len(), 1, "expected exactly one *{suffix} in {}: {found:?}", dist.display());
    dist.join(&found[0])
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).len()
}

/// What the first screen downloads (issue 29): the glue, the module that loads the later parts,
/// and the first module. The glue is the `.js` that is not the split's link module.
fn first_download(dist: &Path) -> Vec<PathBuf> {
    let glue: Vec<String> = names(dist)
        .into_iter()
        .filter(|name| {
            name.ends_with(".js") && name.starts_with("plesk-key-panel-") && !name.contains("-split-")
        })
        .collect();
    assert_eq!(glue.len(), 1, "expected one glue script: {glue:?}");
    vec![dist.join(&glue[0]), asset(dist, "_bg.wasm"), dist.join(split_link(dist))]
}

fn split_link(dist: &Path) -> String {
    let links: Vec<String> =
        names(dist).into_iter().filter(|name| name.contains("-split-") && name.ends_with(".js")).collect();
    assert_eq!(links.len(), 1, "expected one split link module: {links:?}");
    links[0].clone()
}

/// Every wasm and JS file of the panel: the first download and every later part.
fn everything(dist: &Path) -> Vec<PathBuf> {
    names(dist)
        .into_iter()
        .filter(|name| name.ends_with(".wasm") || name.ends_with(".js"))
        .map(|name| dist.join(name))
        .collect()
}

/// Raw and brotli bytes of `files` (`cargo xtask dist` writes a `.br` beside each).
fn measure(files: &[PathBuf]) -> (u64, u64) {
    files.iter().fold((0, 0), |(raw, brotli), file| {
        let compressed = file
            .with_file_name(format!("{}.br", file.file_name().and_then(|n| n.to_str()).unwrap_or_default()));
        (raw + size(file), brotli + size(&compressed))
    })
}

fn check(what: &str, (raw, brotli): (u64, u64), budget: Budget) {
    let toolchain = if nightly_build() { "nightly" } else { "stable" };
    println!(
        "BUNDLE part={what} toolchain={toolchain} raw={raw} brotli={brotli} raw_budget={} brotli_budget={}",
        budget.raw, budget.brotli
    );
    assert!(raw <= budget.raw, "{what} is {raw} bytes, over the {toolchain} budget of {}", budget.raw);
    assert!(
        brotli <= budget.brotli,
        "{what} is {brotli} bytes brotli, over the {toolchain} budget of {}",
        budget.brotli
    );
}

#[test]
fn the_first_download_stays_within_its_budget() {
    let dist = dist();
    check(
        "first download",
        measure(&first_download(&dist)),
        if nightly_build() { NIGHTLY_FIRST } else { STABLE_FIRST },
    );
}

#[test]
fn the_whole_panel_stays_within_the_budget() {
    let dist = dist();
    let files = everything(&dist);
    assert!(files.len() > 3, "a split build has later parts: {files:?}");
    check("whole panel", measure(&files), if nightly_build() { NIGHTLY } else { STABLE });
}

/// The size flags really applied: `-Zlocation-detail=none` leaves no source file paths (panic
/// locations) in a nightly build; a stable build has them.
#[test]
fn a_nightly_build_carries_no_panic_locations() {
    let locations: usize = everything(&dist())
        .iter()
        .filter(|file| file.extension().is_some_and(|e| e == "wasm"))
        .map(|file| {
            let wasm = std::fs::read(file).expect("the wasm is readable");
            wasm.windows(3).filter(|window| window == b".rs").count()
        })
        .sum();
    if nightly_build() {
        assert_eq!(locations, 0, "a nightly build should have no panic locations");
    } else {
        println!("stable build: {locations} source paths in the wasm");
    }
}
