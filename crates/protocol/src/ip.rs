//! IP address lists as a key is bound to them.

use std::collections::HashSet;
use std::fmt;
use std::net::IpAddr;

use crate::limits::MAX_IP_ADDRESSES;

/// Why an IP address list was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IpListError {
    #[error("'{entry}' is not an IPv4 or IPv6 address.")]
    NotAnAddress { entry: String },
    /// Several entries are not addresses: every one is named, not only the first.
    #[error("These are not IPv4 or IPv6 addresses: {}.", quoted_list(.entries))]
    NotAddresses { entries: Vec<String> },
    #[error("{address} is listed twice.")]
    Duplicate { address: IpAddr },
    #[error("{count} addresses are too many; a key can be bound to at most {max}.")]
    TooMany { count: usize, max: usize },
}

/// `'a', 'b' and 'c'`.
fn quoted_list(entries: &[String]) -> String {
    let quoted: Vec<String> = entries.iter().map(|entry| format!("'{entry}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// The addresses a key is bound to: distinct, validated, in the order given. May be empty,
/// which in a create request means "bind to the address Plesk sees".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IpList(Vec<IpAddr>);

impl IpList {
    /// Parses a comma-separated list (also newlines and spaces between entries).
    pub fn parse(input: &str) -> Result<Self, IpListError> {
        let entries: Vec<&str> = split_entries(input).collect();
        if entries.len() > MAX_IP_ADDRESSES {
            return Err(IpListError::TooMany { count: entries.len(), max: MAX_IP_ADDRESSES });
        }
        let shown = |entry: &str| entry.chars().take(60).collect::<String>();
        let mut bad: Vec<String> = entries
            .iter()
            .filter(|entry| entry.parse::<IpAddr>().is_err())
            .map(|entry| shown(entry))
            .collect();
        match bad.len() {
            0 => {}
            1 => return Err(IpListError::NotAnAddress { entry: bad.remove(0) }),
            _ => return Err(IpListError::NotAddresses { entries: bad }),
        }
        let mut seen = HashSet::new();
        let mut addresses = Vec::with_capacity(entries.len());
        for entry in entries {
            let address: IpAddr =
                entry.parse().map_err(|_| IpListError::NotAnAddress { entry: shown(entry) })?;
            if !seen.insert(address) {
                return Err(IpListError::Duplicate { address });
            }
            addresses.push(address);
        }
        Ok(IpList(addresses))
    }

    /// Reads the `ip_address` of a Plesk answer: entries that are not addresses are kept as
    /// written, so nothing Plesk says is hidden.
    pub fn parse_lenient(input: &str) -> Vec<String> {
        split_entries(input)
            .map(|entry| {
                // A valid IPv4 address is already in its one written form (std refuses leading
                // zeros); only IPv6 has several (case, zeros, `::`) and is rewritten.
                if entry.parse::<std::net::Ipv4Addr>().is_ok() {
                    return entry.to_owned();
                }
                match entry.parse::<IpAddr>() {
                    Ok(address) => address.to_string(),
                    Err(_) => entry.to_owned(),
                }
            })
            .collect()
    }

    pub fn from_addresses(addresses: Vec<IpAddr>) -> Result<Self, IpListError> {
        Self::parse(&addresses.iter().map(IpAddr::to_string).collect::<Vec<_>>().join(","))
    }

    pub fn addresses(&self) -> &[IpAddr] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn split_entries(input: &str) -> impl Iterator<Item = &str> {
    input.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|entry| !entry.is_empty())
}

/// Comma-separated, as Plesk expects it.
impl fmt::Display for IpList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, address) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(",")?;
            }
            write!(f, "{address}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_mixed_lists_with_spaces() {
        let list = IpList::parse(" 192.0.2.1, 2001:db8::1 ,\n198.51.100.7 ").unwrap();
        assert_eq!(list.to_string(), "192.0.2.1,2001:db8::1,198.51.100.7");
        assert!(IpList::parse("").unwrap().is_empty());
    }

    #[test]
    fn refuses_bad_duplicate_and_too_many() {
        assert_eq!(
            IpList::parse("192.0.2.1,300.1.1.1"),
            Err(IpListError::NotAnAddress { entry: "300.1.1.1".into() })
        );
        assert!(matches!(IpList::parse("::1, 0:0:0:0:0:0:0:1"), Err(IpListError::Duplicate { .. })));
        let many = (0..300).map(|i| format!("10.0.{}.{}", i / 256, i % 256)).collect::<Vec<_>>().join(",");
        assert_eq!(IpList::parse(&many), Err(IpListError::TooMany { count: 300, max: MAX_IP_ADDRESSES }));
    }

    #[test]
    fn every_bad_entry_is_named_not_only_the_first() {
        let error = IpList::parse("192.0.2.1, 203.0.113., fe80::zz, x").unwrap_err();
        assert_eq!(
            error.to_string(),
            "These are not IPv4 or IPv6 addresses: '203.0.113.', 'fe80::zz' and 'x'."
        );
        let two = IpList::parse("a b").unwrap_err();
        assert_eq!(two.to_string(), "These are not IPv4 or IPv6 addresses: 'a' and 'b'.");
    }

    #[test]
    fn lenient_parse_keeps_unknown_entries() {
        assert_eq!(IpList::parse_lenient("192.0.2.1 ,, any"), vec!["192.0.2.1", "any"]);
        assert_eq!(
            IpList::parse_lenient("2001:DB8:0:0::1,192.0.2.010,::ffff:192.0.2.1"),
            vec!["2001:db8::1", "192.0.2.010", "::ffff:192.0.2.1"],
            "IPv6 in its short form; a zero-padded IPv4 is not an address and stays as written"
        );
    }
}
