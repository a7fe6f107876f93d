//! The languages that ship, each with its tag (the folder of its catalogue under `locales/`),
//! its own name and its writing direction.

/// The direction a language is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of HTML's `dir` attribute for it.
    pub fn html_dir(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// A language the panel and the CLI ship a complete catalogue for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English: compiled in, the default and the fallback.
    #[default]
    English,
    German,
    French,
    Spanish,
    Italian,
    Dutch,
    /// Portuguese as written in Brazil (the only Portuguese that ships: Portugal's readers get it too).
    PortugueseBrazil,
    Russian,
    Polish,
    Japanese,
    /// Chinese in simplified characters (readers of traditional characters get no Chinese).
    ChineseSimplified,
    Arabic,
}

impl Language {
    /// Every language that ships, English first.
    pub const ALL: [Language; 12] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Dutch,
        Language::PortugueseBrazil,
        Language::Russian,
        Language::Polish,
        Language::Japanese,
        Language::ChineseSimplified,
        Language::Arabic,
    ];

    /// The BCP 47 tag: `lang` and `dir` attributes, `?lang=`, and the folder `locales/<tag>/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Dutch => "nl",
            Language::PortugueseBrazil => "pt-BR",
            Language::Russian => "ru",
            Language::Polish => "pl",
            Language::Japanese => "ja",
            Language::ChineseSimplified => "zh-CN",
            Language::Arabic => "ar",
        }
    }

    /// The language's name in itself, as a language menu lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
            Language::Italian => "Italiano",
            Language::Dutch => "Nederlands",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::Russian => "Русский",
            Language::Polish => "Polski",
            Language::Japanese => "日本語",
            Language::ChineseSimplified => "简体中文",
            Language::Arabic => "العربية",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Arabic => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The language of exactly this tag (any case; `_` for `-`), as `?lang=` and `--lang` take it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let wanted = tag.trim().replace('_', "-");
        Language::ALL.into_iter().find(|language| language.tag().eq_ignore_ascii_case(&wanted))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_reads_back_as_its_language() {
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
        }
        assert_eq!(Language::from_tag("PT_br"), Some(Language::PortugueseBrazil));
        assert_eq!(Language::from_tag("klingon"), None);
    }

    #[test]
    fn only_arabic_is_written_right_to_left() {
        let rtl: Vec<_> =
            Language::ALL.into_iter().filter(|l| l.direction() == Direction::RightToLeft).collect();
        assert_eq!(rtl, [Language::Arabic]);
        assert_eq!(Language::Arabic.direction().html_dir(), "rtl");
        assert_eq!(Language::German.direction().html_dir(), "ltr");
    }
}
