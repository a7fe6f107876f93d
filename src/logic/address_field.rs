//! The "IP addresses" field of the create and edit forms, validated as the user types.

use plesk_xmlapi::IpList;

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
        Err(error) => AddressCheck::Invalid(error.to_string()),
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
            AddressCheck::Empty => {
                "No address: tick “Bind to the address Plesk sees” to create a key anyway.".into()
            }
            AddressCheck::Valid(list) => match list.addresses().len() {
                1 => "1 valid address.".into(),
                n => format!("{n} valid addresses."),
            },
            AddressCheck::Invalid(reason) => reason.clone(),
            AddressCheck::Typing => "Go on typing: the last address is not complete yet.".into(),
        }
    }

    pub fn is_invalid(&self) -> bool {
        matches!(self, AddressCheck::Invalid(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
