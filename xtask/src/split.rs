//! Splits the panel's wasm at its `#[wasm_split]` points (issue 29): the first module holds what the
//! connect form and the key list run, each later part is a module of its own fetched when first
//! used. trunk does not split (trunk-rs/trunk#1022), so `dist` lets trunk build the page, then
//! takes cargo's wasm (linked with `--emit-relocs`), splits it with `wasm_split_cli_support`, runs
//! wasm-bindgen on the first module and wasm-opt on every module, and puts the pieces in place of
//! trunk's wasm and glue, each named by a hash of its content.

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::command::{root, run, Result};
use crate::tools::tool_path;

/// The crate's (and trunk's) name for the panel's files.
const PANEL: &str = "plesk-key-panel";

/// Cargo and rustc flags that make a splittable wasm: the relocations the splitter reads, and the
/// `pkp_split` cfg that turns the panel's split points on (without it, as under `trunk serve`,
/// every part is compiled into the one module).
pub const SPLIT_RUSTFLAGS: &str = "--cfg pkp_split -Clink-args=--emit-relocs";

/// The first 16 hex digits of the SHA-256 of `bytes`: the hash in a file name (the server caches
/// such names for a year).
pub fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The `stem` of trunk's glue in `out` (`plesk-key-panel-<hash>`), from its one `.js` file.
fn trunk_stem(out: &Path) -> Result<String> {
    let entries = std::fs::read_dir(out).map_err(|e| format!("cannot list {}: {e}", out.display()))?;
    let stems: Vec<String> = entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .filter_map(|name| name.strip_suffix(".js").map(str::to_owned))
        .filter(|stem| stem.starts_with(PANEL))
        .collect();
    match stems.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!("expected one {PANEL}-*.js from trunk in {}, found {stems:?}", out.display())),
    }
}

/// What the split wrote into `dist`: the first module's glue and the link module's name.
pub struct SplitOutput {
    /// `plesk-key-panel-<hash>.js`, the glue that loads the first module.
    pub glue: String,
    /// The module that loads the later parts (imported by the glue).
    pub link: String,
    /// The later parts' files, by part name.
    pub parts: Vec<(String, String)>,
}

/// Splits `cargo_wasm` (cargo's output, linked with [`SPLIT_RUSTFLAGS`]) into `out`, replacing
/// trunk's wasm and glue there and their names in `index.html`.
pub fn split_into_dist(cargo_wasm: &Path, out: &Path) -> Result<SplitOutput> {
    let input = read(cargo_wasm)?;
    let id = short_hash(&input);
    let glue_stem = format!("{PANEL}-{id}");
    let link = format!("{PANEL}-split-{id}.js");
    let work = root().join("target/wasm-split-work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;

    let main_wasm = work.join("main.wasm");
    let link_name = format!("./{link}");
    let main_module = format!("./{glue_stem}.js");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &work;
        options.main_out_path = &main_wasm;
        options.link_name = &link_name;
        options.main_module = &main_module;
        options
    })
    .map_err(|e| format!("wasm-split failed on {}: {e:#}", cargo_wasm.display()))?;

    // wasm-bindgen on the first module, as trunk runs it, keeping the function table's export:
    // the later parts put their functions into it.
    let bindgen = work.join("bindgen");
    run(Command::new("wasm-bindgen")
        .arg("--target=web")
        .arg("--keep-lld-exports")
        .arg(format!("--out-dir={}", bindgen.display()))
        .arg(format!("--out-name={glue_stem}"))
        .arg("--no-typescript")
        .arg(&main_wasm)
        .env("PATH", tool_path()))?;

    let trunk = trunk_stem(out)?;
    for stale in [format!("{trunk}.js"), format!("{trunk}_bg.wasm")] {
        std::fs::remove_file(out.join(&stale)).map_err(|e| format!("cannot remove trunk's {stale}: {e}"))?;
    }
    optimize(&bindgen.join(format!("{glue_stem}_bg.wasm")), &out.join(format!("{glue_stem}_bg.wasm")))?;
    let glue = String::from_utf8(read(&bindgen.join(format!("{glue_stem}.js")))?)
        .map_err(|_| "the glue is not UTF-8")?;
    write(&out.join(format!("{glue_stem}.js")), link_imported_once(&glue, &link_name)?)?;

    // Each later part through wasm-opt, renamed by its content; the link module follows.
    let mut link_js =
        String::from_utf8(read(&work.join(&link))?).map_err(|_| "the link module is not UTF-8")?;
    let mut parts = Vec::new();
    for module in &split.split_modules {
        let stem = module.file_stem().and_then(|s| s.to_str()).ok_or("a part without a name")?.to_owned();
        let optimized = work.join(format!("{stem}.opt.wasm"));
        optimize(module, &optimized)?;
        let named = format!("{stem}-{}.wasm", short_hash(&read(&optimized)?));
        std::fs::copy(&optimized, out.join(&named)).map_err(|e| format!("cannot copy {named}: {e}"))?;
        let reference = format!("\"./{stem}.wasm\"");
        if !link_js.contains(&reference) {
            return Err(format!("the link module does not load {stem}.wasm"));
        }
        link_js = link_js.replace(&reference, &format!("\"./{named}\""));
        parts.push((stem, named));
    }
    write(&out.join(&link), link_js)?;

    let index = out.join("index.html");
    let page = String::from_utf8(read(&index)?).map_err(|_| "index.html is not UTF-8")?;
    if !page.contains(&trunk) {
        return Err(format!("index.html does not name {trunk}"));
    }
    let page = with_link_preload(&page.replace(&trunk, &glue_stem), &link)?;
    write(&index, page)?;
    Ok(SplitOutput { glue: format!("{glue_stem}.js"), link, parts })
}

/// `wasm-opt -Oz`, as trunk runs it for the unsplit module, told that no pointer below 1024 is
/// ever used (Rust's stack comes first in memory and grows down from 1 MiB: only a stack nearly
/// a megabyte deep would reach there), so constant offsets fold into loads and stores, and run
/// until it finds nothing more (`--converge`). Measured on the first module: −4.5 kB raw,
/// −1.6 kB brotli; ~30 s more per build.
fn optimize(input: &Path, output: &Path) -> Result {
    run(Command::new("wasm-opt")
        .arg(format!("--output={}", output.display()))
        .args(["-Oz", "--low-memory-unused", "--converge"])
        .arg(input)
        .env("PATH", tool_path()))
}

/// wasm-bindgen imports the link module once per function the first module takes from it
/// (`import * as importN from "<link>"`, and as many `"<link>": importN` keys in the imports
/// object, the last of which wins): every such import is the same module namespace, so one is kept.
fn link_imported_once(glue: &str, link_name: &str) -> Result<String> {
    let from = format!(" from \"{link_name}\"");
    let key = format!("\"{link_name}\": ");
    let mut kept_import = None::<String>;
    let mut lines = Vec::new();
    for line in glue.lines() {
        let trimmed = line.trim();
        if let Some(name) =
            trimmed.strip_prefix("import * as ").and_then(|rest| rest.strip_suffix(from.as_str()))
        {
            if kept_import.is_some() {
                continue;
            }
            kept_import = Some(name.trim_end_matches(';').to_owned());
        } else if let Some(value) = trimmed.strip_prefix(key.as_str()) {
            let name = value.trim_end_matches(',');
            if kept_import.as_deref() != Some(name) {
                continue;
            }
        }
        lines.push(line);
    }
    if kept_import.is_none() {
        return Err(format!("the glue does not import {link_name}"));
    }
    let mut once = lines.join("\n");
    if glue.ends_with('\n') {
        once.push('\n');
    }
    Ok(once)
}

/// Adds a `modulepreload` of the link module next to the glue's, so both are fetched at once
/// (the glue imports it: otherwise one more round trip before the first module starts).
fn with_link_preload(page: &str, link: &str) -> Result<String> {
    let glue_preload =
        page.find("<link rel=\"modulepreload\"").ok_or("index.html has no modulepreload of the glue")?;
    let preload = format!("<link rel=\"modulepreload\" href=\"./{link}\" crossorigin=\"anonymous\">");
    Ok(format!("{}{preload}\n{}", &page[..glue_preload], &page[glue_preload..]))
}

/// cargo's wasm of the panel for the wasm-release profile in `target_dir`.
pub fn cargo_wasm(target_dir: &Path) -> PathBuf {
    target_dir.join("wasm32-unknown-unknown/wasm-release").join(format!("{PANEL}.wasm"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_in_names_are_sixteen_hex_digits() {
        let hash = short_hash(b"abc");
        assert_eq!(hash, "ba7816bf8f01cfea");
    }

    #[test]
    fn the_glue_imports_the_link_module_once() {
        let glue = "import * as import1 from \"./split.js\"\nimport * as import2 from \"./split.js\"\nlet x;\nconst imports = {\n    \"./bg.js\": import0,\n    \"./split.js\": import1,\n    \"./split.js\": import2,\n};\n";
        assert_eq!(
            link_imported_once(glue, "./split.js").unwrap(),
            "import * as import1 from \"./split.js\"\nlet x;\nconst imports = {\n    \"./bg.js\": import0,\n    \"./split.js\": import1,\n};\n"
        );
        assert!(link_imported_once("let x;\n", "./split.js").is_err());
    }

    #[test]
    fn the_link_module_is_preloaded_before_the_glue() {
        let page = "<head>\n<link rel=\"modulepreload\" href=\"./plesk-key-panel-1.js\">\n</head>";
        let updated = with_link_preload(page, "plesk-key-panel-split-1.js").unwrap();
        assert_eq!(
            updated,
            "<head>\n<link rel=\"modulepreload\" href=\"./plesk-key-panel-split-1.js\" crossorigin=\"anonymous\">\n<link rel=\"modulepreload\" href=\"./plesk-key-panel-1.js\">\n</head>"
        );
        assert!(with_link_preload("<head></head>", "x.js").is_err());
    }
}
