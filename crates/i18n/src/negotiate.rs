//! Which shipped language a person asked for: the first of their preferences that ships, by its
//! whole tag or else by its language alone (`de-AT` → German, `pt-PT` → Portuguese (Brazil),
//! `zh-SG` → Chinese (simplified)); `None` when none ships, and the caller falls back (to the
//! server's default, then English).

use crate::Language;

/// The language of one preference: a BCP 47 tag (`de-AT`) or a POSIX locale name
/// (`de_DE.UTF-8@euro`); `None` for one that does not ship (or `C`, `POSIX`, `*`).
fn language_of(preference: &str) -> Option<Language> {
    let name = preference.trim();
    let name = name.split(['.', '@']).next().unwrap_or_default();
    if let Some(exact) = Language::from_tag(name) {
        return Some(exact);
    }
    let mut subtags = name.split(['-', '_']);
    let primary = subtags.next().unwrap_or_default().to_ascii_lowercase();
    let rest: Vec<String> = subtags.map(str::to_ascii_lowercase).collect();
    match primary.as_str() {
        "pt" => Some(Language::PortugueseBrazil),
        // Simplified characters asked for by name win over the region; traditional ones (Taiwan,
        // Hong Kong, Macao, `Hant`) are not what ships.
        "zh" if rest.iter().any(|s| s == "hans") => Some(Language::ChineseSimplified),
        "zh" if rest.iter().any(|s| matches!(s.as_str(), "hant" | "tw" | "hk" | "mo")) => None,
        "zh" => Some(Language::ChineseSimplified),
        _ => Language::ALL.into_iter().find(|language| language.tag() == primary),
    }
}

/// The first of `preferences` (most wanted first: `navigator.languages`, `?lang=`) that ships.
pub fn preferred<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Option<Language> {
    preferences.into_iter().find_map(language_of)
}

/// The language an HTTP `Accept-Language` header asks for: its ranges by quality (`q=0`: never),
/// the first that ships.
pub fn from_accept_language(header: &str) -> Option<Language> {
    let mut ranges: Vec<(&str, u16)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let range = parts.next()?.trim();
            let quality = parts
                .find_map(|parameter| {
                    let (name, value) = parameter.split_once('=')?;
                    name.trim().eq_ignore_ascii_case("q").then_some(value)
                })
                .map_or(Some(1000), quality_in_thousandths)?;
            (!range.is_empty() && quality > 0).then_some((range, quality))
        })
        .collect();
    ranges.sort_by_key(|range| std::cmp::Reverse(range.1));
    preferred(ranges.into_iter().map(|(range, _)| range))
}

/// `q=0.8` as 800; `None` for a value that is not a quality (the range is then ignored).
fn quality_in_thousandths(text: &str) -> Option<u16> {
    let value: f32 = text.trim().parse().ok()?;
    (0.0..=1.0).contains(&value).then(|| (value * 1000.0).round() as u16)
}

/// The language of the POSIX locale, as `LC_ALL`, then `LC_MESSAGES`, then `LANG` decide it: the
/// first of them that is set and not empty wins (`C` and `POSIX`: no language, i.e. English).
/// GNU's `LANGUAGE` (a `:`-separated list) comes first, as gettext reads it, unless that locale
/// is `C` or `POSIX`.
pub fn from_posix_locale(
    language: Option<&str>,
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Option<Language> {
    let decisive =
        [lc_all, lc_messages, lang].into_iter().flatten().find(|value| !value.trim().is_empty())?;
    let name = decisive.trim().split(['.', '@']).next().unwrap_or_default();
    if name == "C" || name == "POSIX" {
        return None;
    }
    language.and_then(|list| preferred(list.split(':'))).or_else(|| language_of(decisive))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_or_script_falls_back_to_its_language() {
        assert_eq!(preferred(["de-AT"]), Some(Language::German));
        assert_eq!(preferred(["pt-PT"]), Some(Language::PortugueseBrazil));
        assert_eq!(preferred(["zh-Hans-CN"]), Some(Language::ChineseSimplified));
        assert_eq!(preferred(["zh-TW", "ja"]), Some(Language::Japanese), "traditional Chinese does not ship");
        assert_eq!(preferred(["zh-Hans-TW"]), Some(Language::ChineseSimplified), "the script asked for wins");
        assert_eq!(preferred(["sv-SE", "nl-BE", "en"]), Some(Language::Dutch));
        assert_eq!(preferred(["sv", "fi"]), None);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(from_accept_language("fr;q=0.5, ru;q=0.9, *;q=0.1"), Some(Language::Russian));
        assert_eq!(from_accept_language("sv, pl;q=0.7"), Some(Language::Polish));
        assert_eq!(from_accept_language("ar;q=0, es;q=0.2"), Some(Language::Spanish), "q=0 means not wanted");
        assert_eq!(
            from_accept_language("de;q=bad, it"),
            Some(Language::Italian),
            "a bad quality drops the range"
        );
        assert_eq!(from_accept_language("de;q = 0.1, fr;Q=0.5"), Some(Language::French), "spaces around =");
        assert_eq!(from_accept_language("DE-at;q=1.0"), Some(Language::German));
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn the_posix_locale_is_decided_by_lc_all_then_lc_messages_then_lang() {
        assert_eq!(from_posix_locale(None, None, None, Some("de_DE.UTF-8")), Some(Language::German));
        assert_eq!(
            from_posix_locale(None, Some("ja_JP.UTF-8"), Some("fr_FR"), Some("de_DE")),
            Some(Language::Japanese)
        );
        assert_eq!(
            from_posix_locale(None, Some(""), Some("pt_BR.utf8"), Some("de_DE")),
            Some(Language::PortugueseBrazil)
        );
        assert_eq!(from_posix_locale(None, None, None, Some("de_DE.UTF-8@euro")), Some(Language::German));
        assert_eq!(from_posix_locale(None, Some("C"), None, Some("de_DE.UTF-8")), None, "C means English");
        assert_eq!(from_posix_locale(None, None, None, Some("C.UTF-8")), None);
        assert_eq!(from_posix_locale(None, None, None, None), None);
        assert_eq!(
            from_posix_locale(Some("sv:de:en"), None, None, Some("en_US.UTF-8")),
            Some(Language::German)
        );
        assert_eq!(from_posix_locale(Some("sv"), None, None, Some("fr_FR.UTF-8")), Some(Language::French));
        assert_eq!(
            from_posix_locale(Some("de"), Some("C"), None, None),
            None,
            "LANGUAGE is not read under C"
        );
    }
}
