//! What the catalogue tests share.

use plesk_i18n::Language;

/// The languages checked: all of them, or those `PKP_LANGUAGES` names (`de,nl`; English is always
/// checked), for a translator working on some.
pub fn checked_languages() -> Vec<Language> {
    match std::env::var("PKP_LANGUAGES") {
        Ok(tags) => std::iter::once(Language::English)
            .chain(tags.split(',').filter_map(Language::from_tag).filter(|l| *l != Language::English))
            .collect(),
        Err(_) => Language::ALL.to_vec(),
    }
}
