//! The CLI's words in the person's language (issue 28): the Fluent catalogues of `locales/`
//! (the CLI's own, Plesk's error explanations, key health and typed input), compiled into the binary. The language is
//! chosen once, at start (`--lang`, else `LANGUAGE`/`LC_ALL`/`LC_MESSAGES`/`LANG`); English answers for a
//! message a catalogue lacks, so nothing is ever printed as a bare message ID.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use plesk_i18n::Language;
use plesk_xmlapi::ErrorCode;

/// The files of one language's catalogue, in `locales/<tag>/`.
macro_rules! catalogue_of {
    ($tag:literal) => {
        [
            include_str!(concat!("../../../locales/", $tag, "/cli.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/plesk.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/health.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/input.ftl")),
        ]
    };
}

/// The text of a language's catalogue files.
fn sources(language: Language) -> [&'static str; 4] {
    match language {
        Language::English => catalogue_of!("en"),
        Language::German => catalogue_of!("de"),
        Language::French => catalogue_of!("fr"),
        Language::Spanish => catalogue_of!("es"),
        Language::Italian => catalogue_of!("it"),
        Language::Dutch => catalogue_of!("nl"),
        Language::PortugueseBrazil => catalogue_of!("pt-BR"),
        Language::Russian => catalogue_of!("ru"),
        Language::Polish => catalogue_of!("pl"),
        Language::Japanese => catalogue_of!("ja"),
        Language::ChineseSimplified => catalogue_of!("zh-CN"),
        Language::Arabic => catalogue_of!("ar"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One language's messages. A file that does not parse loses only its broken messages (Fluent
/// keeps the rest); the catalogue test keeps every file whole.
fn bundle(language: Language) -> Bundle {
    let tag = language.tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // No isolation marks around values: a terminal shows them as stray characters.
    bundle.set_use_isolating(false);
    for source in sources(language) {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The chosen language's messages and English's, for what the chosen one lacks.
struct Catalogue {
    chosen: Option<Bundle>,
    english: Bundle,
}

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

/// Chooses the language of every message from now on; only the first choice counts (the CLI
/// chooses once, before it prints anything). Without a choice, the messages are English.
pub fn choose(language: Language) {
    let _ = CATALOGUE.set(Catalogue {
        chosen: (language != Language::English).then(|| bundle(language)),
        english: bundle(Language::English),
    });
}

/// The language the environment asks for: `LANGUAGE`, then `LC_ALL`, `LC_MESSAGES`, `LANG` (English
/// when none names a language that ships, or the locale is `C`/`POSIX`).
pub fn language_of_environment(env: impl Fn(&str) -> Option<String>) -> Language {
    plesk_i18n::from_posix_locale(
        env("LANGUAGE").as_deref(),
        env("LC_ALL").as_deref(),
        env("LC_MESSAGES").as_deref(),
        env("LANG").as_deref(),
    )
    .unwrap_or_default()
}

/// The sentence for a `--lang TAG` that names no language that ships, naming those that do.
pub fn unknown_language(tag: &str) -> String {
    let known: Vec<&str> = Language::ALL.iter().map(|language| language.tag()).collect();
    text("cli-unknown-language", &[("tag", tag.into()), ("known", known.join(", ").into())])
}

/// The message `id` with its placeholders filled, in the chosen language.
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let catalogue = CATALOGUE.get_or_init(|| Catalogue { chosen: None, english: bundle(Language::English) });
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    catalogue
        .chosen
        .iter()
        .chain(std::iter::once(&catalogue.english))
        .find_map(|bundle| format(bundle, id, &fluent_args))
        .unwrap_or_else(|| id.to_owned())
}

/// The message in one bundle; `None` when it lacks it or a placeholder could not be filled.
fn format(bundle: &Bundle, id: &str, args: &FluentArgs<'_>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let formatted = bundle.format_pattern(pattern, Some(args), &mut errors);
    errors.is_empty().then(|| formatted.into_owned())
}

/// Items in a row, with the language's separator ("a, b", "a、b", "a، b").
pub fn list<T: AsRef<str>>(items: &[T]) -> String {
    let separator = text("cli-list-separator", &[]);
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(&separator)
}

/// What a Plesk error code means, in the chosen language.
pub fn plesk_explanation(code: ErrorCode) -> String {
    match code {
        ErrorCode::Other(_) => text("plesk-error-other", &[]),
        known => text(&format!("plesk-error-{}", known.number()), &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The panel and `Display` of the protocol crate say the same in English as the catalogue.
    #[test]
    fn english_explanations_are_the_protocol_crates() {
        for code in ErrorCode::KNOWN.into_iter().chain([ErrorCode::Other(4242)]) {
            assert_eq!(plesk_explanation(code), code.explanation(), "{code}");
        }
    }

    #[test]
    fn english_plurals_and_placeholders() {
        assert_eq!(text("cli-keys-not-shown", &[("count", 1_usize.into())]), "1 key not shown");
        assert_eq!(text("cli-keys-not-deleted", &[("count", 3_usize.into())]), "3 keys not deleted");
        assert_eq!(text("cli-deleted", &[("key", "key 7".into())]), "deleted key 7");
        assert_eq!(text("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn the_environment_chooses_by_lc_all_then_lc_messages_then_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(language_of_environment(env(&[("LANG", "de_DE.UTF-8")])), Language::German);
        assert_eq!(
            language_of_environment(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")])),
            Language::English
        );
        assert_eq!(language_of_environment(env(&[])), Language::English);
        assert_eq!(
            unknown_language("xx"),
            "there is no language xx: one of en, de, fr, es, it, nl, pt-BR, ru, pl, ja, zh-CN, ar"
        );
    }
}
