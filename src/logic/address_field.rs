//! The "IP addresses" field of the create and edit forms, validated as the user types; and why
//! typed input cannot be sent (the protocol crate's input errors), in the panel's language: the
//! words of `locales/en/input.ftl`, shared with the CLI (its `client/input_words.rs`).

use plesk_xmlapi::client::RotateError;
use plesk_xmlapi::{CreateKeyError, IpList, IpListError, KeyListError, TextError, TextField};

use crate::i18n::{t, tf, Fmt, Msg};

/// What the field holds right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressCheck {
    /// Nothing typed: the key would be bound to the address Plesk sees (needs the checkbox).
    Empty,
    /// Valid addresses, with a count for the hint.
    Valid(IpList),
    /// Why not: shown next to the field.
    Invalid(String),
    /// The last address is being typed ("203.0.113."): not an error yet.
    Typing,
}

pub fn check_addresses(input: &str) -> AddressCheck {
    if input.trim().is_empty() {
        return AddressCheck::Empty;
    }
    match IpList::parse(input) {
        Ok(list) => AddressCheck::Valid(list),
        Err(error) => AddressCheck::Invalid(ip_list_error(&error)),
    }
}

/// The check shown while typing: as [`check_addresses`], except that a last entry still being
/// typed — only address characters, nothing after it — is not reported as wrong (the field
/// would turn red at every keystroke of "203.0.113.5"). Submitting checks the whole input.
pub fn check_as_typed(input: &str) -> AddressCheck {
    let full = check_addresses(input);
    if !full.is_invalid() {
        return full;
    }
    let (head, last) = match input.rfind(|c: char| c == ',' || c.is_whitespace()) {
        Some(at) => input.split_at(at + 1),
        None => ("", input),
    };
    if could_become_an_address(last) && !check_addresses(head).is_invalid() {
        AddressCheck::Typing
    } else {
        full
    }
}

/// Whether `entry` is not an address yet but typing more characters could make it one
/// ("203.0.113." can; "192.0.2.300" and "192.0.2.1x" cannot): some ending makes it one. (The
/// standard parser decides, not a second grammar of addresses.)
fn could_become_an_address(entry: &str) -> bool {
    const ENDINGS: [&str; 11] =
        ["0", ".0", ".0.0", ".0.0.0", "0.0", "0.0.0", "0.0.0.0", ":0", "::", "::0", "0::"];
    let parses = |text: &str| text.parse::<std::net::IpAddr>().is_ok();
    !entry.is_empty() && !parses(entry) && ENDINGS.iter().any(|ending| parses(&format!("{entry}{ending}")))
}

impl AddressCheck {
    /// The hint or error under the field.
    pub fn message(&self) -> String {
        match self {
            AddressCheck::Empty => t(Msg::FieldNoAddress).into(),
            AddressCheck::Valid(list) => {
                tf(Fmt::FieldValidAddresses, &[("count", list.addresses().len().into())])
            }
            AddressCheck::Invalid(reason) => reason.clone(),
            AddressCheck::Typing => t(Msg::FieldTyping).into(),
        }
    }

    pub fn is_invalid(&self) -> bool {
        matches!(self, AddressCheck::Invalid(_))
    }
}

/// Why a text cannot be sent (a description, login, key or address list).
pub fn text_error(error: &TextError) -> String {
    match error {
        TextError::ForbiddenCharacter { field, code, position } => {
            let message = match field {
                TextField::Description => Fmt::InputForbiddenDescription,
                TextField::Login => Fmt::InputForbiddenLogin,
                TextField::Key => Fmt::InputForbiddenKey,
                TextField::IpAddresses => Fmt::InputForbiddenAddresses,
            };
            tf(message, &[("code", (&format!("{code:04X}")).into()), ("position", (*position).into())])
        }
        TextError::TooLong { field, length, max } => {
            let message = match field {
                TextField::Description => Fmt::InputTooLongDescription,
                TextField::Login => Fmt::InputTooLongLogin,
                TextField::Key => Fmt::InputTooLongKey,
                TextField::IpAddresses => Fmt::InputTooLongAddresses,
            };
            tf(message, &[("length", (*length).into()), ("max", (*max).into())])
        }
        TextError::Empty { field } => t(match field {
            TextField::Description => Msg::InputEmptyDescription,
            TextField::Login => Msg::InputEmptyLogin,
            TextField::Key => Msg::InputEmptyKey,
            TextField::IpAddresses => Msg::InputEmptyAddresses,
        })
        .to_owned(),
    }
}

/// 'a', 'b' and 'c'.
fn quoted_list(entries: &[String]) -> String {
    let quoted: Vec<String> = entries.iter().map(|entry| format!("'{entry}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => tf(
            Fmt::InputListAnd,
            &[("first", (&rest.join(t(Msg::ListSeparator))).into()), ("last", last.into())],
        ),
        _ => quoted.concat(),
    }
}

/// Why an IP address list cannot be sent.
pub fn ip_list_error(error: &IpListError) -> String {
    match error {
        IpListError::NotAnAddress { entry } => tf(Fmt::InputNotAnAddress, &[("entry", entry.into())]),
        IpListError::NotAddresses { entries } => {
            tf(Fmt::InputNotAddresses, &[("entries", (&quoted_list(entries)).into())])
        }
        IpListError::Duplicate { address } => {
            tf(Fmt::InputListedTwice, &[("address", (&address.to_string()).into())])
        }
        IpListError::TooMany { count, max } => {
            tf(Fmt::InputTooManyAddresses, &[("count", (*count).into()), ("max", (*max).into())])
        }
    }
}

/// Why a list of keys cannot be sent.
pub fn key_list_error(error: &KeyListError) -> String {
    match error {
        KeyListError::Empty => t(Msg::InputNoKey).to_owned(),
        KeyListError::TooMany { count, max } => {
            tf(Fmt::InputTooManyKeys, &[("count", (*count).into()), ("max", (*max).into())])
        }
        KeyListError::Entry { position, source } => {
            tf(Fmt::InputEntry, &[("position", (*position).into()), ("reason", (&text_error(source)).into())])
        }
    }
}

/// Why a create cannot be sent (its addresses, description or owner login).
pub fn create_key_error(error: &CreateKeyError) -> String {
    match error {
        CreateKeyError::IpAddresses(error) => {
            tf(Fmt::InputAddresses, &[("reason", (&ip_list_error(error)).into())])
        }
        CreateKeyError::Text(error) => text_error(error),
    }
}

/// Why a rotate's or edit's twin cannot be asked for.
pub fn rotate_error(error: &RotateError) -> String {
    match error {
        RotateError::Settings(error) => create_key_error(error),
        RotateError::OldKey(error) => {
            tf(Fmt::InputOldKeyUnusable, &[("reason", (&key_list_error(error)).into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_are_the_protocol_crates() {
        let fields = [TextField::Description, TextField::Login, TextField::Key, TextField::IpAddresses];
        for field in fields {
            for error in [
                TextError::ForbiddenCharacter { field, code: 0x1b, position: 3 },
                TextError::TooLong { field, length: 300, max: 255 },
                TextError::Empty { field },
            ] {
                assert_eq!(text_error(&error), error.to_string());
            }
        }
        let ip_errors = [
            IpListError::NotAnAddress { entry: "300.0.0.1".into() },
            IpListError::NotAddresses { entries: vec!["a".into(), "b".into(), "c".into()] },
            IpListError::NotAddresses { entries: vec!["a".into()] },
            IpListError::Duplicate { address: "192.0.2.1".parse().expect("an address") },
            IpListError::TooMany { count: 1200, max: 1000 },
        ];
        for error in ip_errors {
            assert_eq!(ip_list_error(&error), error.to_string());
            let create = CreateKeyError::IpAddresses(error);
            assert_eq!(create_key_error(&create), create.to_string());
        }
        for error in [
            KeyListError::Empty,
            KeyListError::TooMany { count: 2000, max: 1000 },
            KeyListError::Entry { position: 2, source: TextError::Empty { field: TextField::Key } },
        ] {
            assert_eq!(key_list_error(&error), error.to_string());
            let rotate = RotateError::OldKey(error);
            assert_eq!(rotate_error(&rotate), rotate.to_string());
        }
    }

    #[test]
    fn messages_follow_the_input() {
        assert_eq!(check_addresses("  "), AddressCheck::Empty);
        assert_eq!(check_addresses("192.0.2.1, ::1").message(), "2 valid addresses.");
        assert_eq!(check_addresses("192.0.2.1").message(), "1 valid address.");
        let bad = check_addresses("192.0.2.1, 192.0.2.300");
        assert!(bad.is_invalid());
        assert_eq!(bad.message(), "'192.0.2.300' is not an IPv4 or IPv6 address.");
    }

    #[test]
    fn an_address_being_typed_is_not_an_error_yet() {
        assert_eq!(check_as_typed("203.0.113."), AddressCheck::Typing);
        assert_eq!(check_as_typed("192.0.2.1, 2001:db8:"), AddressCheck::Typing);
        assert!(!check_as_typed("203.0.113.").is_invalid());
        assert!(check_as_typed("203.0.113., ").is_invalid(), "finished with a separator: said");
        assert!(check_as_typed("bad, 192.0.2.").is_invalid(), "an earlier entry is wrong: said");
        assert!(check_as_typed("192.0.2.1x").is_invalid(), "not an address character: said");
        assert!(check_as_typed("192.0.2.1, 192.0.2.300").is_invalid(), "can never become one: said");
        assert!(check_as_typed("192.0.2.1.5").is_invalid(), "five parts: said");
        assert!(check_as_typed("fe80::1:::").is_invalid());
        assert_eq!(check_as_typed("::ffff:192.0."), AddressCheck::Typing);
        let twice = check_as_typed("192.0.2.1, ::1, 192.0.2.1");
        assert_eq!(twice.message(), "192.0.2.1 is listed twice.", "a whole address is judged at once");
        assert!(check_addresses("203.0.113.").is_invalid(), "Create checks the whole input");
        assert!(matches!(check_as_typed("192.0.2.1"), AddressCheck::Valid(_)));
    }
}
