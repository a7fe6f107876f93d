//! Minifies wasm-bindgen's JS glue in a built `dist/` (esbuild from npm; trunk does not minify
//! it) and updates the subresource-integrity hash that trunk wrote into `index.html` for it.

use std::path::Path;
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::command::{run, Result};
use crate::tools::tool_path;

/// The `sha384-…` integrity value of `bytes`.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// Replaces the integrity attribute that follows `href="./{name}"` in `page`; `None` when the
/// page does not reference the file with an integrity attribute.
pub fn with_integrity(page: &str, name: &str, value: &str) -> Option<String> {
    let link = page.find(&format!("href=\"./{name}\""))?;
    let tag_end = link + page[link..].find('>')?;
    let attribute = link + page[link..tag_end].find("integrity=\"")? + "integrity=\"".len();
    let end = attribute + page[attribute..].find('"')?;
    Some(format!("{}{value}{}", &page[..attribute], &page[end..]))
}

/// Removes the integrity attribute of the link to `./{name}`: Chromium ignores `integrity` on a
/// `preload` of `as="fetch"` and says so in the console on every load (crbug.com/981419), and the
/// loader's own fetch of the wasm carries none. `None` when there is no such attribute.
pub fn without_integrity(page: &str, name: &str) -> Option<String> {
    let link = page.find(&format!("href=\"./{name}\""))?;
    let tag_end = link + page[link..].find('>')?;
    let attribute = link + page[link..tag_end].find(" integrity=\"")?;
    let end = attribute + " integrity=\"".len();
    let end = end + page[end..].find('"')? + 1;
    Some(format!("{}{}", &page[..attribute], &page[end..]))
}

/// Minifies `script` in place (esbuild, ES module).
pub fn minify_script(script: &Path) -> Result {
    run(Command::new("esbuild")
        .arg(script)
        .args(["--minify", "--format=esm", "--log-level=warning", "--allow-overwrite"])
        .arg(format!("--outfile={}", script.display()))
        .env("PATH", tool_path()))
}

/// Minifies the glue `name` in `out` and keeps `index.html`'s integrity hash for it true; drops
/// the ignored integrity of the wasm's preload (see [`without_integrity`]).
pub fn minify_glue(out: &Path, name: &str) -> Result {
    let script = out.join(name);
    minify_script(&script)?;
    let minified = std::fs::read(&script).map_err(|e| format!("cannot read {}: {e}", script.display()))?;
    let index = out.join("index.html");
    let page =
        std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let page = with_integrity(&page, name, &integrity(&minified))
        .ok_or_else(|| format!("index.html has no integrity attribute for {name}"))?;
    let wasm = name.trim_end_matches(".js").to_owned() + "_bg.wasm";
    let page = without_integrity(&page, &wasm).unwrap_or(page);
    std::fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_base64_sha384() {
        // echo -n abc | openssl dgst -sha384 -binary | base64
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn only_the_named_links_integrity_changes() {
        let page = r#"<link rel="stylesheet" href="./main.css" integrity="sha384-css"/>
<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" integrity="sha384-old">"#;
        let updated = with_integrity(page, "app-1.js", "sha384-new").unwrap();
        assert!(updated.contains(r#"href="./app-1.js" crossorigin="anonymous" integrity="sha384-new""#));
        assert!(updated.contains(r#"integrity="sha384-css""#));
        assert_eq!(with_integrity(page, "other.js", "x"), None);
        let without = r#"<link href="./app-1.js"><link href="./b.js" integrity="sha384-b">"#;
        assert_eq!(with_integrity(without, "app-1.js", "x"), None, "never another tag's attribute");
    }

    #[test]
    fn the_wasm_preload_loses_its_ignored_integrity_only() {
        let page = r#"<link rel="modulepreload" href="./app-1.js" integrity="sha384-js">
<link rel="preload" href="./app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm">"#;
        let updated = without_integrity(page, "app-1_bg.wasm").unwrap();
        assert_eq!(
            updated,
            r#"<link rel="modulepreload" href="./app-1.js" integrity="sha384-js">
<link rel="preload" href="./app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">"#
        );
        assert_eq!(without_integrity(&updated, "app-1_bg.wasm"), None);
    }
}
