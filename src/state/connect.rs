//! Connect verifies before it enters: one request with the new credential, and only an
//! accepted credential becomes the session (stored as the user chose). Used by the connect
//! form, the sign-in form and the portal's key hand-off.

use plesk_xmlapi::{KeyList, KeyLookup};

use crate::api::AgentClient;
use crate::logic::connect::ConnectCheck;
use crate::session::{Credential, Session, SessionError, StorageMode};

/// Asks Plesk about `credential`: a look-up of the key itself (which also tells its ID and
/// owner), or for a login (or a key that cannot be looked up by value) the key list.
pub async fn check_credential(client: &AgentClient, credential: &Credential) -> ConnectCheck {
    let own_key = credential.key_value().and_then(|value| KeyList::parse(value).ok());
    let answer = match own_key {
        Some(keys) => client
            .look_up(credential, &keys)
            .await
            .map(|answers| answers.into_iter().next().map(|(_, lookup)| lookup)),
        None => client.list_keys(credential).await.map(|_| None::<KeyLookup>),
    };
    ConnectCheck::from_answer(answer)
}

/// Makes an accepted credential the session, with what the check learned about it.
pub fn enter(
    session: Session,
    credential: Credential,
    mode: StorageMode,
    check: ConnectCheck,
) -> Result<(), SessionError> {
    let ConnectCheck::Accepted { own_key } = check else { return Ok(()) };
    let stored = match credential {
        Credential::Key(value) => session.connect_with_key(value, mode),
        Credential::Login { login, password } => {
            session.sign_in(login, password);
            Ok(())
        }
    };
    if let Some(info) = own_key {
        session.set_own_key(info.id, info.owner);
    }
    stored
}
