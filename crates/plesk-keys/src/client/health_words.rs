//! Key health in the person's language, for `report`'s table (issue 28). The protocol crate's
//! sentences stay the English of `--json` and `--format csv`, which scripts read; the test below
//! keeps the English catalogue saying exactly what they say.

use plesk_xmlapi::key_health::{Finding, Level, OwnerStatus};

use crate::messages::{list, text};

/// `danger`, `warning`, `note`.
pub fn level_word(level: Level) -> String {
    text(&format!("health-level-{}", level.word()), &[])
}

/// Plesk's status flags in words ("disabled by the administrator, expired").
fn status_words(status: u32) -> String {
    const FLAGS: [u32; 5] = [4, 16, 32, 64, 256];
    let words: Vec<String> = FLAGS
        .iter()
        .filter(|flag| status & **flag != 0)
        .map(|flag| text(&format!("health-flag-{flag}"), &[]))
        .collect();
    if words.is_empty() {
        text("health-status-number", &[("status", status.to_string().into())])
    } else {
        list(&words)
    }
}

/// An owner's status in words; `None` is the administrator's key.
pub fn owner_words(owner: Option<OwnerStatus>) -> String {
    match owner {
        None => text("health-owner-administrator", &[]),
        Some(OwnerStatus::Active) => text("health-status-active", &[]),
        Some(OwnerStatus::Missing) => text("health-status-missing", &[]),
        Some(OwnerStatus::Unknown) => text("health-status-unknown", &[]),
        Some(OwnerStatus::Inactive(status)) => status_words(status),
    }
}

fn reason(finding: &Finding) -> String {
    match finding {
        Finding::OwnerMissing { login } => {
            text("health-reason-owner-missing", &[("login", login.as_str().into())])
        }
        Finding::OwnerInactive { login, status } => text(
            "health-reason-owner-inactive",
            &[("login", login.as_str().into()), ("status", status_words(*status).into())],
        ),
        Finding::UsableFromAnywhere { administrator, widest } => {
            let whose = if *administrator { "administrator" } else { "key" };
            match widest {
                None => text(&format!("health-reason-anywhere-{whose}"), &[]),
                Some(range) => {
                    text(&format!("health-reason-wide-{whose}"), &[("range", range.as_str().into())])
                }
            }
        }
        Finding::PublicAmongPrivate { public } => {
            text("health-reason-public-among-private", &[("address", public.as_str().into())])
        }
        Finding::ServiceAddress { address } => {
            text("health-reason-service-address", &[("address", address.as_str().into())])
        }
        Finding::Twins { others } => text("health-reason-twins", &[("others", list(others).into())]),
        Finding::NoDescription => text("health-reason-no-description", &[]),
    }
}

fn advice(finding: &Finding) -> String {
    text(&format!("health-advice-{}", finding.code()), &[])
}

/// "danger: Its owner jdoe no longer exists in Plesk. Delete it."
pub fn finding_line(finding: &Finding) -> String {
    text(
        "health-finding",
        &[
            ("level", level_word(finding.level()).into()),
            ("reason", reason(finding).into()),
            ("advice", advice(finding).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_says_what_the_protocol_crate_says() {
        let findings = [
            Finding::OwnerMissing { login: "jdoe".into() },
            Finding::OwnerInactive { login: "jdoe".into(), status: 16 | 256 },
            Finding::OwnerInactive { login: "jdoe".into(), status: 2 },
            Finding::UsableFromAnywhere { administrator: true, widest: None },
            Finding::UsableFromAnywhere { administrator: false, widest: None },
            Finding::UsableFromAnywhere { administrator: true, widest: Some("10.0.0.0/8".into()) },
            Finding::UsableFromAnywhere { administrator: false, widest: Some("::/32".into()) },
            Finding::PublicAmongPrivate { public: "203.0.113.9".into() },
            Finding::ServiceAddress { address: "127.0.0.1".into() },
            Finding::Twins { others: vec!["4".into(), "9".into()] },
            Finding::NoDescription,
        ];
        for finding in &findings {
            let english = format!("{}: {} {}", finding.level().word(), finding.reason(), finding.advice());
            assert_eq!(finding_line(finding), english);
        }
        for status in [
            OwnerStatus::Active,
            OwnerStatus::Missing,
            OwnerStatus::Unknown,
            OwnerStatus::Inactive(4 | 32 | 64),
        ] {
            assert_eq!(owner_words(Some(status)), status.words());
        }
        assert_eq!(owner_words(None), "administrator");
    }
}
