//! Which language the panel starts in, and where each language's file is. Pure, tested natively.

use plesk_i18n::{preferred, Language};

/// The languages `cargo xtask dist` wrote a file for, from the `plesk-languages` meta tag:
/// `de=pkp-lang-de-0123456789abcdef.txt fr=…` (unknown tags and odd entries are skipped).
pub fn catalogue_files(content: Option<&str>) -> Vec<(Language, String)> {
    content
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|entry| {
            let (tag, file) = entry.split_once('=')?;
            let language = Language::from_tag(tag)?;
            let plain_name = !file.is_empty() && !file.contains(['/', '\\', ':', '?', '#']);
            (language != Language::English && plain_name).then(|| (language, file.to_owned()))
        })
        .collect()
}

/// The language to start in: `?lang=` (a link's), the one chosen in this browser before, the
/// browser's languages in order, the server's default — the first of them the panel has (English
/// always; another when its file ships) — else English.
pub fn initial_language(
    link: Option<&str>,
    remembered: Option<&str>,
    browser: &[String],
    server_default: Option<&str>,
    shipped: &[Language],
) -> Language {
    let has = |language: &Language| *language == Language::English || shipped.contains(language);
    let one = |tag: Option<&str>| tag.and_then(|tag| preferred([tag])).filter(has);
    one(link)
        .or_else(|| one(remembered))
        .or_else(|| browser.iter().filter_map(|tag| preferred([tag.as_str()])).find(has))
        .or_else(|| one(server_default))
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meta_tag_names_each_language_file() {
        let files = catalogue_files(Some(
            " de=pkp-lang-de-0123.txt  pt-BR=pkp-lang-pt-BR-99.txt xx=a.txt en=e.txt ar=../x ja= ",
        ));
        assert_eq!(
            files,
            [
                (Language::German, "pkp-lang-de-0123.txt".to_owned()),
                (Language::PortugueseBrazil, "pkp-lang-pt-BR-99.txt".to_owned())
            ]
        );
        assert!(catalogue_files(None).is_empty());
    }

    #[test]
    fn a_link_wins_then_the_remembered_choice_then_the_browser_then_the_server() {
        let shipped = [Language::German, Language::French, Language::Arabic];
        let browser = vec!["it-IT".to_owned(), "fr-CH".to_owned(), "de".to_owned()];
        let pick = |link, remembered, server| initial_language(link, remembered, &browser, server, &shipped);
        assert_eq!(pick(Some("ar"), Some("de"), None), Language::Arabic);
        assert_eq!(pick(Some("klingon"), Some("de"), None), Language::German);
        assert_eq!(
            pick(None, None, Some("ar")),
            Language::French,
            "Italian does not ship here: French is next"
        );
        assert_eq!(initial_language(None, None, &[], Some("de"), &shipped), Language::German);
        assert_eq!(initial_language(None, None, &["ja".to_owned()], None, &shipped), Language::English);
        assert_eq!(initial_language(Some("en"), Some("de"), &browser, None, &shipped), Language::English);
    }
}
