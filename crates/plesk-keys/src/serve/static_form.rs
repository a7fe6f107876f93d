//! The static connect form of `index.html` (painted before the wasm has loaded) in the language
//! the browser asks for (`Accept-Language`, else `serve --default-language`, else English): the
//! first paint is already in the person's language. Elements carry `data-l10n-id="<message>"`;
//! their text is replaced by the message of the panel's catalogue (`locales/<tag>/panel-shell.ftl`
//! and `panel-connect.ftl`, the connect page's own words). The page also gets `lang`/`dir`, and a
//! preload of the language's catalogue file, which the panel fetches before it mounts.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use plesk_i18n::Language;

/// The catalogue files of the static form in one language.
macro_rules! form_words_of {
    ($tag:literal) => {
        [
            include_str!(concat!("../../../../locales/", $tag, "/panel-shell.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/panel-connect.ftl")),
        ]
    };
}

fn sources(language: Language) -> [&'static str; 2] {
    match language {
        Language::English => form_words_of!("en"),
        Language::German => form_words_of!("de"),
        Language::French => form_words_of!("fr"),
        Language::Spanish => form_words_of!("es"),
        Language::Italian => form_words_of!("it"),
        Language::Dutch => form_words_of!("nl"),
        Language::PortugueseBrazil => form_words_of!("pt-BR"),
        Language::Russian => form_words_of!("ru"),
        Language::Polish => form_words_of!("pl"),
        Language::Japanese => form_words_of!("ja"),
        Language::ChineseSimplified => form_words_of!("zh-CN"),
        Language::Arabic => form_words_of!("ar"),
    }
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 12] = [const { OnceLock::new() }; 12];

/// A language's messages, read once.
fn bundle(language: Language) -> &'static Bundle {
    let index = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
    BUNDLES[index].get_or_init(|| {
        let mut bundle = Bundle::new_concurrent(vec![language.tag().parse().unwrap_or_default()]);
        bundle.set_use_isolating(false);
        for source in sources(language) {
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// What the request says about the person's language.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    /// The query string (a link's `lang=`).
    pub query: Option<&'a str>,
    /// The `Cookie` header (the menu's choice).
    pub cookie: Option<&'a str>,
    /// The `Accept-Language` header.
    pub accept_language: Option<&'a str>,
}

/// The value of `name` in a query string or a `Cookie` header (`separator`: `&` or `;`).
fn field<'a>(text: &'a str, separator: char, name: &str) -> Option<&'a str> {
    text.split(separator).find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key == name).then_some(value.trim())
    })
}

/// The language of the page, in the panel's own order: a link's `?lang=`, the language chosen in
/// the menu (its cookie), the browser's `Accept-Language`, the server's default, English. A tag
/// that names no language that ships is passed over.
pub fn negotiated(asked: Asked, default: Option<Language>) -> Language {
    use plesk_xmlapi::contract::language::{COOKIE, QUERY};
    let tag = |value: Option<&str>| value.and_then(|tag| plesk_i18n::preferred([tag]));
    tag(asked.query.and_then(|query| field(query, '&', QUERY)))
        .or_else(|| tag(asked.cookie.and_then(|cookie| field(cookie, ';', COOKIE))))
        .or_else(|| asked.accept_language.and_then(plesk_i18n::from_accept_language))
        .or(default)
        .unwrap_or_default()
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A message of the static form, if the language has it.
fn message(language: Language, id: &str) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
    errors.is_empty().then_some(text)
}

/// `page` in `language`: `lang` and `dir` on `<html>`, every `data-l10n-id` element's text
/// translated, and the language's catalogue file preloaded (English: the page as it is).
pub fn in_language(page: &str, language: Language) -> String {
    if language == Language::English {
        return page.to_owned();
    }
    let dir = language.direction().html_dir();
    let mut out =
        page.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\" dir=\"{dir}\">", language.tag()), 1);
    const MARK: &str = "data-l10n-id=\"";
    let mut from = 0;
    while let Some(found) = out[from..].find(MARK) {
        let id_start = from + found + MARK.len();
        let Some(id_len) = out[id_start..].find('"') else { break };
        let id = out[id_start..id_start + id_len].to_owned();
        let Some(text_start) = out[id_start..].find('>').map(|at| id_start + at + 1) else { break };
        let Some(text_end) = out[text_start..].find('<').map(|at| text_start + at) else { break };
        from = text_end;
        if let Some(text) = message(language, &id) {
            let text = escape_text(&text);
            out.replace_range(text_start..text_end, &text);
            from = text_start + text.len();
        }
    }
    with_catalogue_preload(&out, language)
}

/// A `<link rel="preload">` of the language's file named by the `plesk-languages` meta tag.
fn with_catalogue_preload(page: &str, language: Language) -> String {
    let name = plesk_xmlapi::contract::meta::LANGUAGES;
    let needle = format!("name=\"{name}\" content=\"");
    let file = page
        .find(&needle)
        .map(|at| &page[at + needle.len()..])
        .and_then(|rest| rest.split('"').next())
        .and_then(|content| {
            content.split_whitespace().find_map(|entry| {
                let (tag, file) = entry.split_once('=')?;
                (tag == language.tag()).then(|| file.to_owned())
            })
        });
    match (file, page.find("</head>")) {
        (Some(file), Some(head_end))
            if file.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) =>
        {
            format!(
                "{}<link rel=\"preload\" href=\"{file}\" as=\"fetch\" crossorigin=\"anonymous\">\n{}",
                &page[..head_end],
                &page[head_end..]
            )
        }
        _ => page.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head><meta name=\"plesk-languages\" content=\"de=pkp-lang-de-0123456789abcdef.txt ar=pkp-lang-ar-1.txt\">\n</head>\n<body><h2 data-l10n-id=\"connect-title\">Connect to Plesk</h2><b data-l10n-id=\"no-such-message\">Kept</b></body></html>";

    /// index.html's English is the catalogue's: every marked element says its message (spaces
    /// and line breaks aside), and every message it names exists in every language.
    #[test]
    fn the_static_form_says_what_the_catalogue_says() {
        let page = include_str!("../../../../index.html");
        let mut marked = 0;
        for (at, _) in page.match_indices("data-l10n-id=\"") {
            let rest = &page[at + 14..];
            let id = &rest[..rest.find('"').expect("a closing quote")];
            let text_start = rest.find('>').expect("the tag's end") + 1;
            let text = &rest[text_start..text_start + rest[text_start..].find('<').expect("the text's end")];
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(message(Language::English, id).as_deref(), Some(text.as_str()), "{id}");
            for language in Language::ALL {
                assert!(message(language, id).is_some(), "{}: {id}", language.tag());
            }
            marked += 1;
        }
        assert_eq!(marked, 15, "every text of the static form is marked");
    }

    #[test]
    fn the_browser_s_language_wins_then_the_default() {
        let browser = |header| Asked { accept_language: Some(header), ..Asked::default() };
        assert_eq!(negotiated(browser("fr-CH, de;q=0.5"), Some(Language::German)), Language::French);
        assert_eq!(negotiated(browser("tlh"), Some(Language::German)), Language::German);
        assert_eq!(negotiated(Asked::default(), None), Language::English);
    }

    /// Issue 28: the page is written in the language the panel then opens in — a link's `?lang=`,
    /// then the menu's choice (its cookie) — not the browser's when those say otherwise.
    #[test]
    fn a_link_and_the_menu_s_choice_come_before_the_browser_s_language() {
        let asked = Asked {
            query: Some("layout=compact&lang=ja"),
            cookie: Some("theme=dark; pkp-language=de"),
            accept_language: Some("fr"),
        };
        assert_eq!(negotiated(asked, None), Language::Japanese);
        assert_eq!(negotiated(Asked { query: Some("layout=compact"), ..asked }, None), Language::German);
        assert_eq!(
            negotiated(Asked { query: None, cookie: Some("pkp-language=en"), ..asked }, None),
            Language::English
        );
        // A tag that ships in no language is passed over, not taken for English.
        let unknown = Asked { query: Some("lang=tlh"), cookie: Some("pkp-language=xx"), ..asked };
        assert_eq!(negotiated(unknown, None), Language::French);
        assert_eq!(
            negotiated(Asked { query: Some("lang=pt-br"), ..asked }, None),
            Language::PortugueseBrazil
        );
    }

    #[test]
    fn the_form_is_written_in_the_language_with_its_file_preloaded() {
        let german = in_language(PAGE, Language::German);
        assert!(german.contains("<html lang=\"de\" dir=\"ltr\">"), "{german}");
        assert!(!german.contains(">Connect to Plesk<"), "{german}");
        assert!(german.contains(">Kept<"), "a message the catalogue lacks keeps its English");
        assert!(
            german.contains("<link rel=\"preload\" href=\"pkp-lang-de-0123456789abcdef.txt\" as=\"fetch\"")
        );
        let arabic = in_language(PAGE, Language::Arabic);
        assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert_eq!(in_language(PAGE, Language::English), PAGE);
    }
}
