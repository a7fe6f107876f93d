//! Every language's catalogue for the panel (issue 28): `locales/<tag>/panel*.ftl` and the files
//! shared with the CLI, in the compact form the panel reads (`plesk_i18n::compact`), in English's
//! order, one file per language named by its content's hash (cached for a year), and their names
//! in `index.html`'s `plesk-languages` meta tag. English is compiled into the wasm: no file.

use std::path::Path;

use plesk_i18n::compact;
use plesk_i18n::Language;

use crate::command::{root, Result};

/// The texts of a language's panel files.
fn sources(language: Language) -> Result<Vec<String>> {
    let folder = root().join("locales").join(language.tag());
    let files = compact::panel_sources(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    Ok(files.into_iter().map(|(_, text)| text).collect())
}

/// Each language but English in the compact form: (language, catalogue).
pub fn compiled() -> Result<Vec<(Language, String)>> {
    let english = sources(Language::English)?;
    let english: Vec<&str> = english.iter().map(String::as_str).collect();
    let ids = compact::message_ids(&english).map_err(|e| format!("locales/en: {e}"))?;
    let mut out = Vec::new();
    for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
        let texts = sources(language)?;
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let catalogue =
            compact::compile(&ids, &texts).map_err(|e| format!("locales/{}: {e}", language.tag()))?;
        out.push((language, catalogue));
    }
    Ok(out)
}

/// The file name of a language's catalogue.
fn file_name(language: Language, catalogue: &str) -> String {
    format!("pkp-lang-{}-{}.txt", language.tag(), crate::split::short_hash(catalogue.as_bytes()))
}

/// `index.html` with the `plesk-languages` meta tag naming `files`, after the charset's.
fn with_languages_meta(page: &str, files: &[(Language, String)]) -> Result<String> {
    let content: Vec<String> =
        files.iter().map(|(language, file)| format!("{}={file}", language.tag())).collect();
    let charset =
        page.find("<meta charset=\"utf-8\">").ok_or("index.html has no <meta charset=\"utf-8\">")?;
    let after = charset + "<meta charset=\"utf-8\">".len();
    let name = plesk_xmlapi::contract::meta::LANGUAGES;
    Ok(format!(
        "{}\n    <meta name=\"{name}\" content=\"{}\">{}",
        &page[..after],
        content.join(" "),
        &page[after..]
    ))
}

/// Writes every language's file into `out` and names them in `out/index.html`.
pub fn write_into_dist(out: &Path) -> Result {
    let mut files = Vec::new();
    for (language, catalogue) in compiled()? {
        let name = file_name(language, &catalogue);
        std::fs::write(out.join(&name), &catalogue).map_err(|e| format!("cannot write {name}: {e}"))?;
        eprintln!("xtask: {}: {name}, {} bytes", language.own_name(), catalogue.len());
        files.push((language, name));
    }
    let index = out.join("index.html");
    let page =
        std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    std::fs::write(&index, with_languages_meta(&page, &files)?)
        .map_err(|e| format!("cannot write {}: {e}", index.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meta_tag_follows_the_charset_and_names_every_file() {
        let page = "<head>\n    <meta charset=\"utf-8\">\n</head>";
        let files =
            [(Language::German, "pkp-lang-de-00.txt".to_owned()), (Language::Arabic, "a.txt".to_owned())];
        let written = with_languages_meta(page, &files).expect("a charset");
        assert!(written.contains("<meta charset=\"utf-8\">\n    <meta name=\"plesk-languages\" content=\"de=pkp-lang-de-00.txt ar=a.txt\">"));
    }

    #[test]
    fn every_language_compiles_in_englishs_order() {
        for (language, catalogue) in compiled().expect("every catalogue compiles") {
            let english = sources(Language::English).expect("English");
            let english: Vec<&str> = english.iter().map(String::as_str).collect();
            let count = compact::message_ids(&english).expect("English's IDs").len();
            assert_eq!(compact::records(&catalogue).count(), count, "{}", language.tag());
        }
    }
}
