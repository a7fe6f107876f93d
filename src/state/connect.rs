//! Connect verifies before it enters: one request with the new credential, and only an
//! accepted credential becomes the session (stored as the user chose). Used by the connect
//! form, the sign-in form and the portal's key hand-off.

use plesk_xmlapi::{KeyInfo, KeyList};

use crate::api::AgentClient;
use crate::logic::connect::ConnectCheck;
use crate::session::{Credential, Session, SessionError, StorageMode};
use crate::state::keys::KeysStore;

/// What Connect's one packet brought: the check, and the key list when Plesk gave it (the key
/// page then shows it without asking again).
pub struct Checked {
    pub check: ConnectCheck,
    pub keys: Option<Vec<KeyInfo>>,
}

/// Asks Plesk about `credential` in one packet: a look-up of the key itself (which also tells
/// its ID and owner) and the key list; for a login (or a key that cannot be looked up by value)
/// the key list alone.
pub async fn check_credential(client: &AgentClient, credential: &Credential) -> Checked {
    let own_key = credential.key_value().and_then(|value| KeyList::parse(value).ok());
    match client.check_and_list(credential, own_key.as_ref()).await {
        Ok((lookup, keys)) => {
            crate::timing::mark(crate::timing::KEYS_PARSED);
            Checked { check: ConnectCheck::from_answer(Ok(lookup)), keys }
        }
        Err(error) => Checked { check: ConnectCheck::from_answer(Err(error)), keys: None },
    }
}

/// Enters with an accepted credential and shows the list that came with the check.
pub fn enter_checked(
    session: Session,
    store: KeysStore,
    credential: Credential,
    mode: StorageMode,
    checked: Checked,
) -> Result<(), SessionError> {
    let entered = enter(session, credential, mode, checked.check);
    if let (true, Some(keys)) = (session.is_connected(), checked.keys) {
        store.seed(keys);
    }
    entered
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
        // The signed-in mode never connects through the Connect form.
        Credential::SignedIn => Ok(()),
    };
    if let Some(info) = own_key {
        session.set_own_key(info.id, info.owner);
    }
    stored
}
