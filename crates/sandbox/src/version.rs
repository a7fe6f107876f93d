//! Protocol versions the sandbox accepts: 1.4.0.0 (where secret_key appeared) to 1.6.9.1.

/// The version a response carries when the request gave none.
pub const DEFAULT_RESPONSE_VERSION: &str = "1.6.9.1";

fn numbers(version: &str) -> Option<Vec<u32>> {
    let parts: Option<Vec<u32>> = version.trim().split('.').map(|p| p.parse().ok()).collect();
    parts.filter(|p| (2..=4).contains(&p.len())).map(|mut p| {
        p.resize(4, 0);
        p
    })
}

/// True for versions from 1.4.0.0 to 1.6.9.1 inclusive.
pub fn is_supported_version(version: &str) -> bool {
    match numbers(version) {
        Some(v) => v >= vec![1, 4, 0, 0] && v <= vec![1, 6, 9, 1],
        None => false,
    }
}

/// True for a requested version the answer may carry back: short, and without control
/// characters (which XML 1.0 cannot hold). Others are answered in the default version.
pub fn is_echoable_version(version: &str) -> bool {
    version.len() <= 32 && !version.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::{is_echoable_version, is_supported_version};

    #[test]
    fn range_is_inclusive() {
        for ok in ["1.4.0.0", "1.6.3.0", "1.6.9.1", "1.5", "1.6", "1.6.5"] {
            assert!(is_supported_version(ok), "{ok}");
        }
        for bad in ["1.3.9.9", "1.6.9.2", "2.0.0.0", "abc", "", "1.6.x.0", "100.0.0"] {
            assert!(!is_supported_version(bad), "{bad}");
        }
    }

    #[test]
    fn only_short_printable_versions_are_echoed() {
        assert!(is_echoable_version("100.0.0") && is_echoable_version(""));
        assert!(!is_echoable_version("1.6\u{1}") && !is_echoable_version(&"9".repeat(33)));
    }
}
