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
}
