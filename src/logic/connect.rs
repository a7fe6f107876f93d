//! Connect checks the credential before it enters: what an answer to that check means.

use plesk_xmlapi::{KeyInfo, KeyLookup};

use crate::api::ApiError;
use crate::i18n::{tf, Fmt};

/// What the check of a credential found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectCheck {
    /// Plesk accepted the credential; for a key, what Plesk says about the key itself (its ID
    /// and owner login), when it could see it.
    Accepted { own_key: Option<KeyInfo> },
    /// Plesk refused the credential (1001, 1006, 1029, 11003, …): the sentence to show under
    /// the field, and Plesk's error code (told to an embedding portal). Trying again will not help.
    Refused { sentence: String, code: u32 },
    /// Plesk could not be asked (network, gateway 502/504, timeout, a page that is not a Plesk
    /// answer): the sentence to show, with Retry.
    Unreachable(String),
}

impl ConnectCheck {
    /// The check's outcome from the answer to a look-up of the key itself (or, for a login,
    /// to a key list). A per-key answer (found, or an error about that key) means Plesk
    /// accepted the credential; a packet-level error means it refused it.
    pub fn from_answer(answer: Result<Option<KeyLookup>, ApiError>) -> Self {
        match answer {
            Ok(Some(KeyLookup::Found(info))) => ConnectCheck::Accepted { own_key: Some(info) },
            Ok(_) => ConnectCheck::Accepted { own_key: None },
            Err(ApiError::Plesk(error)) => ConnectCheck::Refused {
                sentence: tf(
                    Fmt::ConnectRefused,
                    &[("error", (&crate::error_words::plesk_error_text(error.code, &error.text)).into())],
                ),
                code: error.code.number(),
            },
            Err(error) => ConnectCheck::Unreachable(tf(
                Fmt::ConnectUnreachable,
                &[("error", (&error.to_string()).into())],
            )),
        }
    }

    /// The sentence to show under the field, if the check failed.
    pub fn problem(&self) -> Option<&str> {
        match self {
            ConnectCheck::Accepted { .. } => None,
            ConnectCheck::Refused { sentence: text, .. } | ConnectCheck::Unreachable(text) => Some(text),
        }
    }

    /// Plesk's error code, when Plesk refused the credential.
    pub fn code(&self) -> Option<u32> {
        match self {
            ConnectCheck::Refused { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// Whether trying again may help (shows **Retry**).
    pub fn can_retry(&self) -> bool {
        matches!(self, ConnectCheck::Unreachable(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plesk_xmlapi::{ErrorCode, ResultError, SystemError};

    fn system(code: u32, text: &str) -> ApiError {
        ApiError::Plesk(SystemError { code: ErrorCode::from_number(code), text: text.into() })
    }

    #[test]
    fn packet_level_errors_refuse_and_transport_failures_offer_retry() {
        for code in [1001, 1006, 1029, 11003] {
            let check = ConnectCheck::from_answer(Err(system(code, "no")));
            assert!(matches!(check, ConnectCheck::Refused { .. }), "{code}");
            assert_eq!(check.code(), Some(code));
            assert!(check.problem().is_some_and(|text| text.contains(&code.to_string())), "{check:?}");
            assert!(!check.can_retry());
        }
        for error in [
            ApiError::BadGateway,
            ApiError::GatewayTimeout,
            ApiError::Timeout,
            ApiError::Http { status: 404 },
        ] {
            let check = ConnectCheck::from_answer(Err(error));
            assert!(matches!(check, ConnectCheck::Unreachable(_)) && check.can_retry(), "{check:?}");
            assert_eq!(check.code(), None);
        }
    }

    #[test]
    fn an_answer_about_the_key_accepts_it() {
        let info = KeyInfo { id: "3".into(), owner: Some("admin".into()), ..KeyInfo::default() };
        assert_eq!(
            ConnectCheck::from_answer(Ok(Some(KeyLookup::Found(info.clone())))),
            ConnectCheck::Accepted { own_key: Some(info) }
        );
        let not_visible =
            ResultError { code: ErrorCode::from_number(1013), text: "not found".into(), key: None };
        assert_eq!(
            ConnectCheck::from_answer(Ok(Some(KeyLookup::Failed(not_visible)))),
            ConnectCheck::Accepted { own_key: None }
        );
        assert_eq!(ConnectCheck::from_answer(Ok(None)), ConnectCheck::Accepted { own_key: None });
    }
}
