//! Plesk's error codes (see PLESK.md), each with a sentence a reseller understands.

use std::fmt;

/// An `errcode` from a Plesk answer. Codes this crate does not know keep their number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    AuthenticationFailed,
    UnsupportedVersion,
    PermissionDenied,
    AccountDisabled,
    LoginLocked,
    NotFound,
    ParseError,
    OwnerNotFound,
    UnsupportedFeature,
    InvalidValue,
    OperationFailed,
    AuthenticationMissing,
    InvalidSecretKey,
    Other(u32),
}

impl ErrorCode {
    /// Every code with its own variant, in numeric order.
    pub const KNOWN: [ErrorCode; 13] = [
        ErrorCode::AuthenticationFailed,
        ErrorCode::UnsupportedVersion,
        ErrorCode::PermissionDenied,
        ErrorCode::AccountDisabled,
        ErrorCode::LoginLocked,
        ErrorCode::NotFound,
        ErrorCode::ParseError,
        ErrorCode::OwnerNotFound,
        ErrorCode::UnsupportedFeature,
        ErrorCode::InvalidValue,
        ErrorCode::OperationFailed,
        ErrorCode::AuthenticationMissing,
        ErrorCode::InvalidSecretKey,
    ];

    pub fn from_number(number: u32) -> Self {
        Self::KNOWN.into_iter().find(|code| code.number() == number).unwrap_or(ErrorCode::Other(number))
    }

    pub fn number(self) -> u32 {
        match self {
            ErrorCode::AuthenticationFailed => 1001,
            ErrorCode::UnsupportedVersion => 1005,
            ErrorCode::PermissionDenied => 1006,
            ErrorCode::AccountDisabled => 1011,
            ErrorCode::LoginLocked => 1012,
            ErrorCode::NotFound => 1013,
            ErrorCode::ParseError => 1014,
            ErrorCode::OwnerNotFound => 1015,
            ErrorCode::UnsupportedFeature => 1017,
            ErrorCode::InvalidValue => 1019,
            ErrorCode::OperationFailed => 1023,
            ErrorCode::AuthenticationMissing => 1029,
            ErrorCode::InvalidSecretKey => 11003,
            ErrorCode::Other(number) => number,
        }
    }

    /// What the code means and what to do, in plain words.
    pub fn explanation(self) -> &'static str {
        match self {
            ErrorCode::AuthenticationFailed => "Plesk refused the login and password. Check both and try again.",
            ErrorCode::UnsupportedVersion => "Plesk does not support the XML API protocol version this request asked for.",
            ErrorCode::PermissionDenied => "Plesk lets only the administrator manage API keys: ask your administrator for a key, or use a signed-in portal.",
            ErrorCode::AccountDisabled => "The Plesk account is disabled. An administrator must enable it first.",
            ErrorCode::LoginLocked => "The Plesk login is locked after failed attempts. Wait, or ask the administrator to unlock it.",
            ErrorCode::NotFound => "Plesk has no such key (it may have been deleted already).",
            ErrorCode::ParseError => "Plesk could not understand the request packet.",
            ErrorCode::OwnerNotFound => "Plesk has no active reseller or customer with that owner login.",
            ErrorCode::UnsupportedFeature => "Plesk does not support this operation here.",
            ErrorCode::InvalidValue => "Plesk refused a value in the request as invalid.",
            ErrorCode::OperationFailed => "Plesk could not complete the operation.",
            ErrorCode::AuthenticationMissing => "The request carried no credentials: connect with an API key, or a login and password.",
            ErrorCode::InvalidSecretKey => "Plesk refused the secret key: most likely it is bound to other IP addresses than the one Plesk sees (through a gateway, the gateway's address). Plesk versions before 18.0.33 also say this for a key that does not exist.",
            ErrorCode::Other(_) => "Plesk reported an error this panel does not know.",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    #[test]
    fn numbers_round_trip() {
        for code in ErrorCode::KNOWN {
            assert_eq!(ErrorCode::from_number(code.number()), code);
            assert!(!code.explanation().is_empty());
        }
        assert_eq!(ErrorCode::from_number(4242), ErrorCode::Other(4242));
        assert_eq!(ErrorCode::InvalidSecretKey.to_string(), "11003");
    }

    #[test]
    fn the_1006_explanation_is_one_sentence_with_what_to_do() {
        let text = ErrorCode::PermissionDenied.explanation();
        assert!(text.contains("only the administrator"), "{text}");
        assert!(text.contains("ask your administrator for a key, or use a signed-in portal"), "{text}");
        assert_eq!(text.matches(". ").count(), 0, "one sentence: {text}");
    }
}
