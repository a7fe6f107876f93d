//! What a delete answer means for the list: which keys went, which stayed and why, and the one
//! sentence that reports it.

use crate::api::Deletion;
use crate::error_words::result_error_text;
use crate::i18n::{t, tf, Fmt, Msg};

/// The outcome of one delete packet, per key asked for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeletionReport {
    /// IDs (or references) that Plesk deleted.
    pub deleted: Vec<String>,
    /// IDs (or references) that stayed, each with Plesk's reason.
    pub failed: Vec<(String, String)>,
}

/// "1 key deleted.", "3 keys deleted; not deleted: key 4: …" (the key list and All servers).
pub fn deleted_sentence(deleted: usize, failures: &[String]) -> String {
    if failures.is_empty() {
        tf(Fmt::KeysDeleted, &[("count", deleted.into())])
    } else {
        let failures = failures.join(t(Msg::KeysFailureSeparator));
        tf(Fmt::KeysDeletedSomeFailed, &[("count", deleted.into()), ("failures", (&failures).into())])
    }
}

impl DeletionReport {
    pub fn of(results: &[Deletion]) -> Self {
        let mut report = DeletionReport::default();
        for (id, outcome) in results {
            match outcome {
                Ok(()) => report.deleted.push(id.as_str().to_owned()),
                Err(error) => report.failed.push((id.as_str().to_owned(), result_error_text(error))),
            }
        }
        report
    }

    /// The sentence for the status line.
    pub fn summary(&self) -> String {
        let failures: Vec<String> = self
            .failed
            .iter()
            .map(|(id, reason)| tf(Fmt::KeysFailure, &[("id", id.into()), ("reason", reason.into())]))
            .collect();
        deleted_sentence(self.deleted.len(), &failures)
    }

    /// Whether the panel's own key (`own_id`) was among the deleted: the session ends.
    pub fn deleted_own(&self, own_id: Option<&str>) -> bool {
        own_id.is_some_and(|own| self.deleted.iter().any(|id| id == own))
    }

    pub fn all_deleted(&self) -> bool {
        self.failed.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plesk_xmlapi::{ErrorCode, KeyRef, ResultError};

    fn reference(text: &str) -> KeyRef {
        KeyRef::new(text).unwrap()
    }

    #[test]
    fn a_partial_delete_reports_both_sides() {
        let refused =
            ResultError { code: ErrorCode::from_number(1013), text: "Key is not found".into(), key: None };
        let report = DeletionReport::of(&[(reference("3"), Ok(())), (reference("4"), Err(refused))]);
        assert_eq!(report.deleted, ["3"]);
        assert_eq!(report.failed.len(), 1);
        assert!(!report.all_deleted());
        assert!(report.summary().starts_with("1 key deleted; not deleted: key 4: "), "{}", report.summary());
        assert!(report.deleted_own(Some("3")) && !report.deleted_own(Some("4")) && !report.deleted_own(None));
        assert_eq!(DeletionReport::of(&[(reference("5"), Ok(()))]).summary(), "1 key deleted.");
        assert_eq!(deleted_sentence(0, &[]), "0 keys deleted.");
        assert_eq!(deleted_sentence(2, &[]), "2 keys deleted.");
    }
}
