//! Authentication as Plesk documents it: `KEY`, or `HTTP_AUTH_LOGIN` + `HTTP_AUTH_PASSWD`.

use std::net::IpAddr;

use plesk_xmlapi::ErrorCode;

use crate::accounts::{Account, AccountBook, Role};
use crate::keys::KeyStore;

/// The credentials a request carried (header values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    pub key: Option<String>,
    pub login: Option<String>,
    pub password: Option<String>,
}

/// A refusal: the code and Plesk's text.
pub(crate) type Refusal = (ErrorCode, String);

/// 11003 for a key Plesk does not know (Plesk 18.0.33 and later).
pub(crate) const UNKNOWN_SECRET_KEY_TEXT: &str = "PleskAPIInvalidSecretKeyException : key is not found";
/// 11003 for a known key used from an address it is not bound to.
pub(crate) const INVALID_SECRET_KEY_TEXT: &str =
    "PleskAPIInvalidSecretKeyException : Invalid secret key usage. Please check logs for details.";
/// 1029, Plesk's sentence alone.
pub(crate) const NO_AUTHENTICATION_TEXT: &str = "Authentication method is not specified";

/// Compares two secrets in time that depends on neither: their SHA-256 digests (fixed length,
/// so the length of the stored password does not show either), compared without an early exit.
/// Keys need no such comparison: they are found by the SHA-256 of the value sent, so a timing
/// difference would reveal only something about a hash the sender cannot steer.
pub(crate) fn same_secret(stored: &str, given: &str) -> bool {
    use sha2::{Digest, Sha256};
    let (stored, given) = (Sha256::digest(stored.as_bytes()), Sha256::digest(given.as_bytes()));
    stored.iter().zip(given.iter()).fold(0u8, |difference, (a, b)| difference | (a ^ b)) == 0
}

fn refused(code: ErrorCode, text: &str) -> Refusal {
    (code, text.to_owned())
}

/// Finds the calling account, checking in order: a method given (1029), the credential
/// (1001 / 11003, including the key's IP binding), the account's state (1011) and its
/// API permission (1006).
pub(crate) fn authenticate<'b>(
    book: &'b AccountBook,
    keys: &KeyStore,
    credentials: &Credentials,
    client: IpAddr,
) -> Result<&'b Account, Refusal> {
    let account = match (&credentials.key, &credentials.login, &credentials.password) {
        (Some(key), _, _) if !key.is_empty() => {
            let stored = keys
                .by_value(key)
                .ok_or_else(|| refused(ErrorCode::InvalidSecretKey, UNKNOWN_SECRET_KEY_TEXT))?;
            if !stored.accepts_from(client) {
                return Err(refused(ErrorCode::InvalidSecretKey, INVALID_SECRET_KEY_TEXT));
            }
            book.find(&stored.owner)
                .ok_or_else(|| refused(ErrorCode::InvalidSecretKey, INVALID_SECRET_KEY_TEXT))?
        }
        (_, Some(login), Some(password)) => match book.find(login) {
            Some(account) if same_secret(&account.password, password) => account,
            _ => {
                return Err((
                    ErrorCode::AuthenticationFailed,
                    "Authentication failed - wrong password.".to_owned(),
                ))
            }
        },
        _ => return Err(refused(ErrorCode::AuthenticationMissing, NO_AUTHENTICATION_TEXT)),
    };
    if !account.active {
        return Err((ErrorCode::AccountDisabled, format!("The account '{}' is disabled.", account.login)));
    }
    if matches!(account.role, Role::Reseller { api_access: false }) {
        return Err((
            ErrorCode::PermissionDenied,
            "Permission denied: the reseller does not have the \"Ability to use XML API\" permission."
                .to_owned(),
        ));
    }
    Ok(account)
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn secrets_match_exactly() {
        assert!(same_secret("reseller1-demo", "reseller1-demo"));
        for other in ["reseller1-dem", "reseller1-demo ", "Reseller1-demo", "", "reseller1-demoo"] {
            assert!(!same_secret("reseller1-demo", other), "{other:?}");
        }
    }
}
