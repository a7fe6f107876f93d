//! Natural order, the one comparison of the key tables' text columns (descriptions, addresses,
//! owners, servers) and of the owner filter's choices.

use std::cmp::Ordering;

/// Natural order, as people count: runs of digits compare as numbers ("backup #2" before
/// "backup #11", "192.0.2.9" before "192.0.2.10"), everything else character by character.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let run = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
                let (na, nb) = (run(a), run(b));
                let zeros = |s: &[u8]| s.iter().take_while(|&&c| c == b'0').count();
                let (da, db) = (&a[zeros(&a[..na]).min(na)..na], &b[zeros(&b[..nb]).min(nb)..nb]);
                let by_value = da.len().cmp(&db.len()).then_with(|| da.cmp(db));
                if by_value != Ordering::Equal {
                    return by_value;
                }
                (a, b) = (&a[na..], &b[nb..]);
            }
            (Some(x), Some(y)) if x != y => {
                // Not digits: compare the rest as text (UTF-8 byte order is code point order).
                return a.cmp(b);
            }
            _ => (a, b) = (&a[1..], &b[1..]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_counts_digits_as_numbers() {
        let mut names = vec!["backup #101", "backup #11", "backup #1", "backup #2", "Backup", "backup #011x"];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(names, ["Backup", "backup #1", "backup #2", "backup #11", "backup #011x", "backup #101"]);
        let mut addresses = vec!["192.0.2.10", "192.0.2.9", "10.0.0.1", "192.0.2.100", "2001:db8::1"];
        addresses.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(addresses, ["10.0.0.1", "192.0.2.9", "192.0.2.10", "192.0.2.100", "2001:db8::1"]);
        assert_eq!(natural_cmp("007", "7"), Ordering::Equal);
        assert_eq!(natural_cmp("a", "a1"), Ordering::Less);
    }
}
