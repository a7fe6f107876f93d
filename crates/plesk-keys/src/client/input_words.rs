//! Why typed input cannot be sent, in the person's language (issue 28): the protocol crate's
//! input errors, its English `Display` kept for logs and tests; the test below keeps the English
//! catalogue saying exactly what they say.

use plesk_xmlapi::client::RotateError;
use plesk_xmlapi::{CreateKeyError, IpListError, KeyListError, TextError, TextField};

use crate::messages::{list, text};

fn field_suffix(field: TextField) -> &'static str {
    match field {
        TextField::Description => "description",
        TextField::Login => "login",
        TextField::Key => "key",
        TextField::IpAddresses => "addresses",
    }
}

pub fn text_error(error: &TextError) -> String {
    match error {
        TextError::ForbiddenCharacter { field, code, position } => text(
            &format!("input-forbidden-{}", field_suffix(*field)),
            &[("code", format!("{code:04X}").into()), ("position", (*position).into())],
        ),
        TextError::TooLong { field, length, max } => text(
            &format!("input-too-long-{}", field_suffix(*field)),
            &[("length", (*length).into()), ("max", (*max).into())],
        ),
        TextError::Empty { field } => text(&format!("input-empty-{}", field_suffix(*field)), &[]),
    }
}

/// 'a', 'b' and 'c'.
fn quoted_list(entries: &[String]) -> String {
    let quoted: Vec<String> = entries.iter().map(|entry| format!("'{entry}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            text("input-list-and", &[("first", list(rest).into()), ("last", last.as_str().into())])
        }
        _ => quoted.concat(),
    }
}

pub fn ip_list_error(error: &IpListError) -> String {
    match error {
        IpListError::NotAnAddress { entry } => {
            text("input-not-an-address", &[("entry", entry.as_str().into())])
        }
        IpListError::NotAddresses { entries } => {
            text("input-not-addresses", &[("entries", quoted_list(entries).into())])
        }
        IpListError::Duplicate { address } => {
            text("input-listed-twice", &[("address", address.to_string().into())])
        }
        IpListError::TooMany { count, max } => {
            text("input-too-many-addresses", &[("count", (*count).into()), ("max", (*max).into())])
        }
    }
}

pub fn key_list_error(error: &KeyListError) -> String {
    match error {
        KeyListError::Empty => text("input-no-key", &[]),
        KeyListError::TooMany { count, max } => {
            text("input-too-many-keys", &[("count", (*count).into()), ("max", (*max).into())])
        }
        KeyListError::Entry { position, source } => {
            text("input-entry", &[("position", (*position).into()), ("reason", text_error(source).into())])
        }
    }
}

pub fn create_key_error(error: &CreateKeyError) -> String {
    match error {
        CreateKeyError::IpAddresses(error) => {
            text("input-addresses", &[("reason", ip_list_error(error).into())])
        }
        CreateKeyError::Text(error) => text_error(error),
    }
}

/// Why a rotate's twin cannot be asked for.
pub fn rotate_error(error: &RotateError) -> String {
    match error {
        RotateError::Settings(error) => create_key_error(error),
        RotateError::OldKey(error) => {
            text("input-old-key-unusable", &[("reason", key_list_error(error).into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_says_what_the_protocol_crate_says() {
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
}
