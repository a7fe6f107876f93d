//! Client decisions shared by the panel and the CLI, free of I/O: how an answer is read (the
//! operations of a packet, the one answer of a one-operation packet, a key list, a new key),
//! which answer belongs to which key asked for, and what a rotate or edit sends, in which order. The transports (gloo-net in
//! the panel, hyper in the CLI) only carry the packets this module builds.

use crate::error_code::ErrorCode;
use crate::ip::IpList;
use crate::key::{KeyList, KeyListError, KeyRef};
use crate::request::{CreateKey, CreateKeyError, Operation, RequestPacket};
use crate::response::{
    KeyInfo, KeyLookup, NewKey, OperationResponse, ResponseBody, ResponsePacket, ResultError, SystemError,
};

/// An answer whose shape does not fit the request: nothing is assumed from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Plesk answered {received} results where {expected} were expected; nothing was assumed.")]
pub struct AnswerShapeError {
    pub expected: usize,
    pub received: usize,
}

/// Why an operation's answer gave nothing to use: Plesk refused it, or its shape does not fit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("{0}")]
    Refused(ResultError),
    #[error("{0}")]
    Shape(#[from] AnswerShapeError),
}

/// The operations' answers of a packet, or the packet-level error that refused them all.
pub fn operations(packet: ResponsePacket) -> Result<Vec<OperationResponse>, SystemError> {
    match packet.body {
        ResponseBody::System(error) => Err(error),
        ResponseBody::Operations(operations) => Ok(operations),
    }
}

/// The one answer of a one-operation packet; any other count is an error, not a guess.
pub fn single_answer(mut operations: Vec<OperationResponse>) -> Result<OperationResponse, AnswerShapeError> {
    if operations.len() != 1 {
        return Err(AnswerShapeError { expected: 1, received: operations.len() });
    }
    Ok(operations.remove(0))
}

/// The keys of a get_info answer (for all keys, or for keys asked by name). An error result
/// about any key is the answer's error: a list is never shown with holes.
pub fn key_list(answer: OperationResponse) -> Result<Vec<KeyInfo>, AnswerError> {
    if !matches!(answer, OperationResponse::GetInfo(_)) {
        return Err(AnswerShapeError { expected: 1, received: 0 }.into());
    }
    answer
        .into_key_lookups()
        .into_iter()
        .map(|lookup| match lookup {
            KeyLookup::Found(info) => Ok(info),
            KeyLookup::Failed(error) => Err(AnswerError::Refused(error)),
        })
        .collect()
}

/// The new key of a create answer (already checked as key-shaped by the parser).
pub fn new_key(answer: OperationResponse) -> Result<NewKey, AnswerError> {
    match answer {
        OperationResponse::Create(Ok(key)) => Ok(key),
        OperationResponse::Create(Err(error)) => Err(AnswerError::Refused(error)),
        _ => Err(AnswerShapeError { expected: 1, received: 0 }.into()),
    }
}

/// What a look-up of one key says: found (its info), unknown to this server (1013: not an
/// error of the server, the key is simply elsewhere or gone), or refused for another reason.
pub fn found_or_unknown(lookup: KeyLookup) -> Result<Option<KeyInfo>, ResultError> {
    match lookup {
        KeyLookup::Found(info) => Ok(Some(info)),
        KeyLookup::Failed(error) if error.code == ErrorCode::NotFound => Ok(None),
        KeyLookup::Failed(error) => Err(error),
    }
}

/// Pairs each key asked for with Plesk's answer about it, by position (Plesk answers one
/// result per filter key, in order). A count mismatch is an error rather than a guess.
pub fn pair_lookups(
    asked: &KeyList,
    answer: OperationResponse,
) -> Result<Vec<(KeyRef, KeyLookup)>, AnswerShapeError> {
    let expected = asked.len();
    if !matches!(answer, OperationResponse::GetInfo(_)) {
        return Err(AnswerShapeError { expected, received: 0 });
    }
    let lookups = answer.into_key_lookups();
    if lookups.len() != expected {
        return Err(AnswerShapeError { expected, received: lookups.len() });
    }
    Ok(asked.keys().iter().cloned().zip(lookups).collect())
}

/// A deleted key as asked for, with its outcome.
pub type Deletion = (KeyRef, Result<(), ResultError>);

/// Pairs each key asked to delete with its result, by position. What Plesk names in a result
/// (an ID) is not shown in place of what was asked: a report names the key as the user did.
pub fn pair_deletions(asked: &KeyList, answer: OperationResponse) -> Result<Vec<Deletion>, AnswerShapeError> {
    let expected = asked.len();
    let OperationResponse::Delete(results) = answer else {
        return Err(AnswerShapeError { expected, received: 0 });
    };
    if results.len() != expected {
        return Err(AnswerShapeError { expected, received: results.len() });
    }
    Ok(asked.keys().iter().cloned().zip(results.into_iter().map(|result| result.map(|_| ()))).collect())
}

/// The settings of a key's twin, as text (a rotate copies them, an edit lets the user change
/// them first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwinSettings {
    /// Comma- or space-separated addresses.
    pub ip_addresses: String,
    pub description: String,
    /// The owner's login; empty for "the caller".
    pub owner: String,
}

impl TwinSettings {
    /// The settings of `info`, unchanged (a rotate).
    pub fn of(info: &KeyInfo) -> Self {
        TwinSettings {
            ip_addresses: info.ip_addresses.join(", "),
            description: info.description.clone(),
            owner: info.owner.clone().unwrap_or_default(),
        }
    }
}

/// Why a rotate or edit cannot start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RotateError {
    #[error("{0}")]
    Settings(#[from] CreateKeyError),
    #[error("The key to replace has no usable ID: {0}")]
    OldKey(#[from] KeyListError),
}

/// A rotate or edit: Plesk has no update, so a twin is created first and the old key is
/// deleted only after that create succeeded.
///
/// The twin keeps its owner: `login` is sent whenever the twin has an owner, and left out only
/// when that owner is the caller itself (a key created without `login` belongs to the caller).
/// Nothing here retries a refused create without `login`: that would hand a reseller's or a
/// customer's key to the administrator. A refused create (1015 for a disabled or misspelt
/// owner, …) is an error, and the old key stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RotatePlan {
    old_id: KeyList,
    twin: CreateKey,
}

impl RotatePlan {
    /// Plans replacing the key `old_id` with a twin of `settings`. `caller_login` is the login
    /// the credential belongs to, when Plesk told it (a look-up of the panel's own key, or the
    /// login signed in with); never guessed from an error.
    pub fn new(
        old_id: &str,
        settings: &TwinSettings,
        caller_login: Option<&str>,
    ) -> Result<Self, RotateError> {
        let addresses = IpList::parse(&settings.ip_addresses).map_err(CreateKeyError::from)?;
        let owner = settings.owner.trim();
        let login = if caller_login.is_some_and(|caller| caller == owner) { "" } else { owner };
        let twin = CreateKey::new(addresses, &settings.description, login)?;
        Ok(RotatePlan { old_id: KeyList::parse(old_id)?, twin })
    }

    /// The create of the twin: the one thing to send first.
    pub fn create(&self) -> &CreateKey {
        &self.twin
    }

    pub fn create_packet(&self) -> RequestPacket {
        RequestPacket::new(Operation::Create(self.twin.clone()))
    }

    /// The delete of the old key. It takes the twin's new key: a delete can only be built once
    /// the create has succeeded.
    pub fn delete_old_packet(&self, _created: &NewKey) -> RequestPacket {
        RequestPacket::new(Operation::Delete(self.old_id.clone()))
    }

    /// The old key's ID, as a list for the delete.
    pub fn old_key(&self) -> &KeyList {
        &self.old_id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(owner: &str) -> KeyInfo {
        KeyInfo {
            id: "5".into(),
            ip_addresses: vec!["192.0.2.1".into(), "::1".into()],
            description: "ci".into(),
            owner: Some(owner.into()),
        }
    }

    #[test]
    fn answers_pair_with_the_keys_asked_for_by_position() {
        let asked = KeyList::parse("17 e4b01d73-7368-64a6-0515-9fa8fc1d3a78").unwrap();
        let refused = ResultError {
            code: crate::ErrorCode::from_number(1013),
            text: "no".into(),
            key: Some("99".into()),
        };
        let deleted = pair_deletions(
            &asked,
            OperationResponse::Delete(vec![Ok(Some("17".into())), Err(refused.clone())]),
        )
        .unwrap();
        assert_eq!(deleted[0], (KeyRef::new("17").unwrap(), Ok(())));
        assert_eq!(
            deleted[1].0.as_str(),
            "e4b01d73-7368-64a6-0515-9fa8fc1d3a78",
            "the key asked for, not Plesk's 99"
        );
        assert_eq!(
            pair_deletions(&asked, OperationResponse::Delete(vec![Ok(None)])),
            Err(AnswerShapeError { expected: 2, received: 1 })
        );
        let found = pair_lookups(
            &asked,
            OperationResponse::GetInfo(vec![
                crate::GetInfoResult::Found(vec![key("jdoe")]),
                crate::GetInfoResult::Failed(refused),
            ]),
        )
        .unwrap();
        assert!(matches!(&found[0], (k, KeyLookup::Found(info)) if k.as_str() == "17" && info.id == "5"));
        assert!(matches!(&found[1], (_, KeyLookup::Failed(_))));
        assert!(pair_lookups(&asked, OperationResponse::Delete(vec![])).is_err());
    }

    #[test]
    fn answers_are_read_once_for_panel_and_cli() {
        let refused = ResultError { code: crate::ErrorCode::from_number(1006), text: "no".into(), key: None };
        let listed =
            OperationResponse::GetInfo(vec![crate::GetInfoResult::Found(vec![key("jdoe"), key("admin")])]);
        assert_eq!(key_list(listed.clone()).map(|keys| keys.len()), Ok(2));
        let holed = OperationResponse::GetInfo(vec![
            crate::GetInfoResult::Found(vec![key("jdoe")]),
            crate::GetInfoResult::Failed(refused.clone()),
        ]);
        assert_eq!(key_list(holed), Err(AnswerError::Refused(refused.clone())));
        assert_eq!(
            key_list(OperationResponse::Delete(vec![])),
            Err(AnswerError::Shape(AnswerShapeError { expected: 1, received: 0 })),
            "a delete answer is no key list"
        );
        assert_eq!(new_key(OperationResponse::Create(Ok(NewKey("k".into())))), Ok(NewKey("k".into())));
        assert_eq!(
            new_key(OperationResponse::Create(Err(refused.clone()))),
            Err(AnswerError::Refused(refused))
        );
        assert!(matches!(new_key(listed.clone()), Err(AnswerError::Shape(_))));
        assert_eq!(single_answer(vec![listed.clone()]), Ok(listed.clone()));
        assert_eq!(
            single_answer(vec![listed.clone(), listed]),
            Err(AnswerShapeError { expected: 1, received: 2 })
        );
        let unknown = ResultError { code: ErrorCode::NotFound, text: "Key is not found".into(), key: None };
        assert_eq!(found_or_unknown(KeyLookup::Failed(unknown)), Ok(None));
        assert_eq!(found_or_unknown(KeyLookup::Found(key("jdoe"))), Ok(Some(key("jdoe"))));
        let refused_lookup = ResultError { code: ErrorCode::from_number(1006), text: "no".into(), key: None };
        assert_eq!(found_or_unknown(KeyLookup::Failed(refused_lookup.clone())), Err(refused_lookup));
        let system = SystemError { code: crate::ErrorCode::from_number(1001), text: "no".into() };
        let packet = ResponsePacket { version: None, body: ResponseBody::System(system.clone()) };
        assert_eq!(operations(packet), Err(system));
    }

    #[test]
    fn a_twin_keeps_its_owner_unless_the_owner_is_the_caller() {
        let customer = TwinSettings::of(&key("jdoe"));
        let plan = RotatePlan::new("5", &customer, Some("admin")).unwrap();
        assert_eq!(plan.create().login(), Some("jdoe"));
        assert_eq!(plan.create().ip_addresses().to_string(), "192.0.2.1,::1");
        assert_eq!(plan.create().description(), Some("ci"));

        let admins = TwinSettings::of(&key("admin"));
        assert_eq!(RotatePlan::new("5", &admins, Some("admin")).unwrap().create().login(), None);
        assert_eq!(
            RotatePlan::new("5", &admins, None).unwrap().create().login(),
            Some("admin"),
            "an unknown caller never drops the owner"
        );
        assert_eq!(
            RotatePlan::new("5", &customer, Some("reseller1")).unwrap().create().login(),
            Some("jdoe"),
            "a reseller's twin of its customer's key stays the customer's"
        );
    }

    #[test]
    fn an_edited_owner_is_sent_as_typed() {
        let mut edited = TwinSettings::of(&key("jdoe"));
        edited.owner = " jdeo ".into();
        assert_eq!(RotatePlan::new("5", &edited, Some("admin")).unwrap().create().login(), Some("jdeo"));
    }

    #[test]
    fn the_old_key_is_deleted_by_id_only_after_a_create() {
        let plan = RotatePlan::new("5", &TwinSettings::of(&key("jdoe")), None).unwrap();
        assert!(plan.create_packet().to_xml().contains("<login>jdoe</login>"));
        let delete = plan.delete_old_packet(&NewKey("new".into())).to_xml();
        assert!(delete.contains("<delete><filter><key>5</key></filter></delete>"), "{delete}");
        assert!(matches!(
            RotatePlan::new("", &TwinSettings::of(&key("jdoe")), None),
            Err(RotateError::OldKey(_))
        ));
        let mut bad = TwinSettings::of(&key("jdoe"));
        bad.ip_addresses = "300.1.1.1".into();
        assert!(matches!(RotatePlan::new("5", &bad, None), Err(RotateError::Settings(_))));
    }
}
