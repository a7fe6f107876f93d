//! The signed-in mode's rules for one packet, free of I/O: which keys a person reaches on one
//! server ([`Scope`]), whether a packet may go to Plesk at all ([`check_packet`]: every
//! operation checked, one refusal refuses the whole packet), and what of Plesk's answer the
//! person may see ([`filter_answer`]: keys of other owners answer exactly as keys that do not
//! exist).
//!
//! The packet that is forwarded is the one rebuilt here from the parsed operations, never the
//! bytes the browser sent: what was checked is what Plesk reads (no entity, CDATA, comment or
//! `<request-settings>` can mean one thing here and another there).

use std::collections::BTreeSet;

use plesk_xmlapi::key_list_filter::keep_listed_keys;
use plesk_xmlapi::{
    parse_response_bytes, write_response, CreateKey, ErrorCode, GetInfoResult, IpList, KeyFilter, KeyInfo,
    KeyList, Operation, OperationResponse, ProtocolVersion, ReceivedFilter, ReceivedOperation,
    ReceivedOperator, ReceivedPacket, RequestPacket, ResponseBody, ResponsePacket, ResponseStyle,
    ResultError, SystemError,
};

/// The keys a person reaches on one server, and whether they may change them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    every_key: bool,
    /// Plesk logins, exactly as Plesk spells them (no case folding, no trimming: a login that is
    /// not byte for byte in scope is out of it).
    logins: BTreeSet<String>,
    may_change: bool,
}

impl Scope {
    /// Every key of the server (an admin; a viewer without owners when `may_change` is false).
    pub fn every_key(may_change: bool) -> Self {
        Scope { every_key: true, logins: BTreeSet::new(), may_change }
    }

    /// The keys owned by `logins`.
    pub fn of_logins(logins: impl IntoIterator<Item = String>, may_change: bool) -> Self {
        Scope { every_key: false, logins: logins.into_iter().collect(), may_change }
    }

    /// Whether a key owned by `owner` (`None`: Plesk named no owner) is in reach.
    pub fn covers(&self, owner: Option<&str>) -> bool {
        self.every_key || owner.is_some_and(|owner| self.logins.contains(owner))
    }

    /// The logins in scope, sorted (for the panel's owner choice); empty when every key is.
    pub fn logins(&self) -> Vec<String> {
        self.logins.iter().cloned().collect()
    }

    pub fn reaches_every_key(&self) -> bool {
        self.every_key
    }

    pub fn may_change(&self) -> bool {
        self.may_change
    }
}

/// Why a packet was refused before anything reached Plesk.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PacketRefusal {
    /// Plesk's own words for a packet it cannot read (1014).
    #[error("{0}")]
    Unreadable(String),
    #[error("Only secret_key operations can be sent through this panel; <{0}> was refused.")]
    OtherOperator(String),
    #[error("Request settings cannot be sent through this panel.")]
    RequestSettings,
    #[error("You may look at keys on this server but not create or delete them.")]
    ReadOnly,
    #[error("A key without an owner login would be the administrator's key; name an owner in your scope.")]
    AdministratorKey,
    #[error("The owner {0:?} is not in your scope on this server.")]
    OwnerOutOfScope(String),
    #[error("A delete must name the keys to delete; an empty filter would delete every key.")]
    EmptyDelete,
    #[error("The key settings are not valid: {0}")]
    Invalid(String),
}

impl PacketRefusal {
    /// The code of the `<system>` error the browser gets (Plesk's own shapes).
    pub fn code(&self) -> ErrorCode {
        match self {
            PacketRefusal::Unreadable(_) | PacketRefusal::Invalid(_) => ErrorCode::ParseError,
            _ => ErrorCode::PermissionDenied,
        }
    }

    /// Short, for the audit log.
    pub fn reason(&self) -> &'static str {
        match self {
            PacketRefusal::Unreadable(_) => "unreadable",
            PacketRefusal::OtherOperator(_) => "other-operator",
            PacketRefusal::RequestSettings => "request-settings",
            PacketRefusal::ReadOnly => "read-only",
            PacketRefusal::AdministratorKey => "administrator-key",
            PacketRefusal::OwnerOutOfScope(_) => "owner-out-of-scope",
            PacketRefusal::EmptyDelete => "empty-delete",
            PacketRefusal::Invalid(_) => "invalid",
        }
    }

    /// The answer: a packet-level error, as Plesk writes one.
    pub fn answer(&self) -> ResponsePacket {
        ResponsePacket {
            version: None,
            body: ResponseBody::System(SystemError { code: self.code(), text: self.to_string() }),
        }
    }
}

/// A packet that passed [`check_packet`], rebuilt from its parsed operations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPacket {
    pub packet: RequestPacket,
}

impl CheckedPacket {
    /// The keys the packet deletes (each delete's list), to be looked up before it is sent.
    pub fn deletions(&self) -> Vec<&KeyList> {
        self.packet
            .operations()
            .filter_map(|operation| match operation {
                Operation::Delete(keys) => Some(keys),
                _ => None,
            })
            .collect()
    }
}

fn key_list(keys: &[String]) -> Result<KeyList, PacketRefusal> {
    let refs = keys
        .iter()
        .map(|key| plesk_xmlapi::KeyRef::new(key.trim()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| PacketRefusal::Invalid(error.to_string()))?;
    KeyList::new(refs).map_err(|error| PacketRefusal::Invalid(error.to_string()))
}

fn checked_operation(operation: &ReceivedOperation, scope: &Scope) -> Result<Operation, PacketRefusal> {
    match operation {
        ReceivedOperation::GetInfo(ReceivedFilter::All) => Ok(Operation::GetInfo(KeyFilter::All)),
        ReceivedOperation::GetInfo(ReceivedFilter::Keys(keys)) => {
            Ok(Operation::GetInfo(KeyFilter::Keys(key_list(keys)?)))
        }
        ReceivedOperation::Delete(filter) => {
            let keys = match filter {
                ReceivedFilter::Keys(keys) if keys.iter().any(|key| !key.trim().is_empty()) => keys,
                _ => return Err(PacketRefusal::EmptyDelete),
            };
            if !scope.may_change {
                return Err(PacketRefusal::ReadOnly);
            }
            Ok(Operation::Delete(key_list(keys)?))
        }
        ReceivedOperation::Create(create) => {
            if !scope.may_change {
                return Err(PacketRefusal::ReadOnly);
            }
            let login = create.login.as_deref().unwrap_or_default();
            if !scope.every_key {
                if login.is_empty() {
                    return Err(PacketRefusal::AdministratorKey);
                }
                if !scope.covers(Some(login)) {
                    return Err(PacketRefusal::OwnerOutOfScope(login.to_owned()));
                }
            }
            let addresses = IpList::parse(create.ip_address.as_deref().unwrap_or_default())
                .map_err(|error| PacketRefusal::Invalid(error.to_string()))?;
            let description = create.description.as_deref().unwrap_or_default();
            CreateKey::new(addresses, description, login)
                .map(Operation::Create)
                .map_err(|error| PacketRefusal::Invalid(error.to_string()))
        }
    }
}

/// Checks every operation of `packet` against `scope`; the first refusal refuses it all.
/// An empty delete filter is refused for everyone, admins included.
pub fn check_packet(packet: &ReceivedPacket, scope: &Scope) -> Result<CheckedPacket, PacketRefusal> {
    if !packet.settings.is_empty() {
        return Err(PacketRefusal::RequestSettings);
    }
    let mut rebuilt: Option<RequestPacket> = None;
    for operator in &packet.operators {
        let operations = match operator {
            ReceivedOperator::SecretKey(operations) => operations,
            other => return Err(PacketRefusal::OtherOperator(operator_name(other))),
        };
        for (index, operation) in operations.iter().enumerate() {
            let operation = checked_operation(operation, scope)?;
            rebuilt = Some(match (rebuilt, index) {
                (None, _) => RequestPacket::new(operation),
                (Some(packet), 0) => packet.then_in_new_operator(operation),
                (Some(packet), _) => packet.then(operation),
            });
        }
    }
    let mut packet_out =
        rebuilt.ok_or_else(|| PacketRefusal::Unreadable("the packet holds no operation".into()))?;
    if let Some(version) = packet.version.as_deref().and_then(ProtocolVersion::parse) {
        packet_out = packet_out.with_version(version);
    }
    Ok(CheckedPacket { packet: packet_out })
}

fn operator_name(operator: &ReceivedOperator) -> String {
    match operator {
        ReceivedOperator::Unsupported(name) => name.clone(),
        ReceivedOperator::AccountGet { kind, .. } => kind.operator().to_owned(),
        ReceivedOperator::SecretKey(_) => "secret_key".to_owned(),
    }
}

/// Plesk's per-result answer for a key it does not know (get_info and delete alike).
pub fn not_found(key: &str) -> ResultError {
    ResultError { code: ErrorCode::NotFound, text: "Key is not found".into(), key: Some(key.to_owned()) }
}

/// A delete about to be sent: whether every key it names is in scope, from a get_info of the
/// same keys (one lookup per key, by position). Unknown keys and other owners' keys are alike.
pub fn deletion_in_scope(asked: &KeyList, lookup: &OperationResponse, scope: &Scope) -> bool {
    let OperationResponse::GetInfo(results) = lookup else { return false };
    results.len() == asked.len()
        && results.iter().all(|result| match result {
            GetInfoResult::Found(infos) => {
                !infos.is_empty() && infos.iter().all(|info| scope.covers(info.owner.as_deref()))
            }
            GetInfoResult::Failed(_) => false,
        })
}

/// The answer to a delete refused whole because some of its keys are out of scope: every key
/// that is unknown or another owner's is "not found", the others are left undeleted with a
/// sentence. (The same answer whether a key exists elsewhere or not at all: no oracle.)
pub fn refused_deletion(asked: &KeyList, lookup: &OperationResponse, scope: &Scope) -> OperationResponse {
    let results = match lookup {
        OperationResponse::GetInfo(results) if results.len() == asked.len() => results.as_slice(),
        _ => &[],
    };
    OperationResponse::Delete(
        asked
            .keys()
            .iter()
            .enumerate()
            .map(|(index, key)| {
                let reachable = matches!(results.get(index), Some(GetInfoResult::Found(infos))
                    if !infos.is_empty() && infos.iter().all(|info| scope.covers(info.owner.as_deref())));
                Err(if reachable {
                    ResultError {
                        code: ErrorCode::PermissionDenied,
                        text:
                            "Not deleted: the same request named a key that does not exist or is not yours."
                                .into(),
                        key: Some(key.as_str().to_owned()),
                    }
                } else {
                    not_found(key.as_str())
                })
            })
            .collect(),
    )
}

/// What of Plesk's answer to `sent` the person may see: keys of owners out of scope leave a
/// list, and a key asked for by value or ID that is out of scope answers "not found".
pub fn filter_answer(sent: &RequestPacket, answer: ResponsePacket, scope: &Scope) -> ResponsePacket {
    if scope.every_key {
        return answer;
    }
    let ResponseBody::Operations(responses) = answer.body else { return answer };
    let filtered = responses
        .into_iter()
        .zip(sent.operations().map(Some).chain(std::iter::repeat(None)))
        .map(|(response, operation)| match (response, operation) {
            (OperationResponse::GetInfo(results), Some(Operation::GetInfo(filter))) => {
                OperationResponse::GetInfo(filter_results(results, filter, scope))
            }
            (response, _) => response,
        })
        .collect();
    ResponsePacket { version: answer.version, body: ResponseBody::Operations(filtered) }
}

/// Plesk's answer to `sent` as the person may see it (see [`filter_answer`]); a list of every
/// key takes the protocol crate's fast path when the answer is in Plesk's plain shape (a full
/// parse of a long list costs more than the exchange itself). `None`: the answer is unreadable.
pub fn answer_in_scope(sent: &RequestPacket, answer: &[u8], scope: &Scope) -> Option<Vec<u8>> {
    let mut operations = sent.operations();
    if let (Some(Operation::GetInfo(KeyFilter::All)), None) = (operations.next(), operations.next()) {
        if let Some(kept) = keep_listed_keys(answer, |owner| scope.covers(owner)) {
            return Some(kept);
        }
    }
    let read = parse_response_bytes(answer).ok()?;
    Some(write_response(&filter_answer(sent, read, scope), ResponseStyle::Compact).into_bytes())
}

fn filter_results(results: Vec<GetInfoResult>, filter: &KeyFilter, scope: &Scope) -> Vec<GetInfoResult> {
    let in_scope = |info: &KeyInfo| scope.covers(info.owner.as_deref());
    match filter {
        KeyFilter::All => results
            .into_iter()
            .map(|result| match result {
                GetInfoResult::Found(infos) => {
                    GetInfoResult::Found(infos.into_iter().filter(in_scope).collect())
                }
                failed => failed,
            })
            .collect(),
        KeyFilter::Keys(asked) => results
            .into_iter()
            .enumerate()
            .map(|(index, result)| match result {
                GetInfoResult::Found(infos) if infos.iter().all(in_scope) => GetInfoResult::Found(infos),
                GetInfoResult::Found(_) => GetInfoResult::Failed(not_found(
                    asked.keys().get(index).map(|key| key.as_str()).unwrap_or_default(),
                )),
                failed => failed,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plesk_xmlapi::parse_request;

    fn acme() -> Scope {
        Scope::of_logins(["acme".to_owned(), "jdoe".to_owned()], true)
    }

    fn check(xml: &str, scope: &Scope) -> Result<CheckedPacket, PacketRefusal> {
        check_packet(&parse_request(xml).expect("a readable packet"), scope)
    }

    const CREATE_FOR: &str = "<packet><secret_key><create><ip_address>192.0.2.1</ip_address><login>LOGIN</login></create></secret_key></packet>";

    #[test]
    fn creates_must_name_an_owner_in_scope_exactly() {
        assert!(check(&CREATE_FOR.replace("LOGIN", "jdoe"), &acme()).is_ok());
        for login in ["other", "ACME", " acme", "acme ", "ac&#109;e2", "jdoe\u{200b}"] {
            let refused = check(&CREATE_FOR.replace("LOGIN", login), &acme());
            assert!(matches!(refused, Err(PacketRefusal::OwnerOutOfScope(_))), "{login:?}: {refused:?}");
        }
        let entity = check(&CREATE_FOR.replace("LOGIN", "ac&#109;e"), &acme()).unwrap();
        assert!(
            entity.packet.to_xml().contains("<login>acme</login>"),
            "entities are resolved, then checked"
        );
        let cdata = check(&CREATE_FOR.replace("LOGIN", "<![CDATA[other]]>"), &acme());
        assert!(matches!(cdata, Err(PacketRefusal::OwnerOutOfScope(_))));
        let no_login =
            "<packet><secret_key><create><ip_address>192.0.2.1</ip_address></create></secret_key></packet>";
        assert_eq!(check(no_login, &acme()), Err(PacketRefusal::AdministratorKey));
        assert!(check(no_login, &Scope::every_key(true)).is_ok(), "an admin may");
        assert_eq!(
            check(&CREATE_FOR.replace("LOGIN", "jdoe"), &Scope::every_key(false)),
            Err(PacketRefusal::ReadOnly)
        );
    }

    #[test]
    fn one_refused_operation_refuses_the_packet() {
        let mixed = "<packet><secret_key><get_info><filter/></get_info></secret_key><secret_key><create><ip_address>192.0.2.1</ip_address><login>other</login></create></secret_key></packet>";
        assert!(matches!(check(mixed, &acme()), Err(PacketRefusal::OwnerOutOfScope(_))));
        let settings = "<packet><request-settings><setting><name>x</name><value>y</value></setting></request-settings><secret_key><get_info><filter/></get_info></secret_key></packet>";
        if let Ok(parsed) = parse_request(settings) {
            assert_eq!(check_packet(&parsed, &acme()), Err(PacketRefusal::RequestSettings));
        }
        let other =
            "<packet><webspace><get><filter/><dataset><gen_info/></dataset></get></webspace></packet>";
        assert!(matches!(check(other, &Scope::every_key(true)), Err(PacketRefusal::OtherOperator(_))));
    }

    #[test]
    fn empty_deletes_are_refused_for_everyone() {
        for filter in ["<filter/>", "<filter></filter>", "<filter><key> </key></filter>"] {
            let xml = format!("<packet><secret_key><delete>{filter}</delete></secret_key></packet>");
            if let Ok(parsed) = parse_request(&xml) {
                assert_eq!(
                    check_packet(&parsed, &Scope::every_key(true)),
                    Err(PacketRefusal::EmptyDelete),
                    "{xml}"
                );
            }
        }
        let one = "<packet><secret_key><delete><filter><key>12</key></filter></delete></secret_key></packet>";
        let checked = check(one, &acme()).unwrap();
        assert_eq!(checked.deletions().len(), 1);
        assert_eq!(check(one, &Scope::of_logins(["acme".into()], false)), Err(PacketRefusal::ReadOnly));
    }

    fn info(id: &str, owner: &str) -> KeyInfo {
        KeyInfo { id: id.into(), owner: Some(owner.into()), ..KeyInfo::default() }
    }

    #[test]
    fn other_owners_keys_answer_as_unknown_keys() {
        let asked = KeyList::parse("11 12").unwrap();
        let sent = RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(asked.clone())))
            .then(Operation::GetInfo(KeyFilter::All));
        let answer = ResponsePacket {
            version: Some("1.6.6.0".into()),
            body: ResponseBody::Operations(vec![
                OperationResponse::GetInfo(vec![
                    GetInfoResult::Found(vec![info("11", "jdoe")]),
                    GetInfoResult::Found(vec![info("12", "beta")]),
                ]),
                OperationResponse::GetInfo(vec![GetInfoResult::Found(vec![
                    info("11", "jdoe"),
                    info("12", "beta"),
                    KeyInfo { id: "1".into(), owner: None, ..KeyInfo::default() },
                ])]),
            ]),
        };
        let shown = filter_answer(&sent, answer, &acme());
        let ResponseBody::Operations(responses) = &shown.body else { panic!("operations") };
        assert_eq!(
            responses[0],
            OperationResponse::GetInfo(vec![
                GetInfoResult::Found(vec![info("11", "jdoe")]),
                GetInfoResult::Failed(not_found("12")),
            ])
        );
        assert_eq!(
            responses[1],
            OperationResponse::GetInfo(vec![GetInfoResult::Found(vec![info("11", "jdoe")])])
        );
        // What the browser reads is a packet Plesk could have written.
        let written = write_response(&shown, ResponseStyle::Compact);
        assert_eq!(parse_response_bytes(written.as_bytes()).unwrap(), shown);
    }

    #[test]
    fn a_list_is_cut_the_same_by_the_fast_path_and_the_full_parser() {
        let sent = RequestPacket::new(Operation::GetInfo(KeyFilter::All));
        let answer = ResponsePacket {
            version: Some("1.6.9.1".into()),
            body: ResponseBody::Operations(vec![OperationResponse::GetInfo(vec![GetInfoResult::Found(
                vec![
                    info("11", "jdoe"),
                    info("12", "beta"),
                    KeyInfo { id: "1".into(), owner: None, ..KeyInfo::default() },
                ],
            )])]),
        };
        let expected = filter_answer(&sent, answer.clone(), &acme());
        for style in [ResponseStyle::Compact, ResponseStyle::Pretty] {
            let written = write_response(&answer, style);
            let fast = answer_in_scope(&sent, written.as_bytes(), &acme()).unwrap();
            assert_eq!(parse_response_bytes(&fast).unwrap(), expected);
            // With an entity in a login the fast path gives way, and the full parser cuts it the same.
            let odd = written.replace("<login>beta</login>", "<login>b&#101;ta</login>");
            assert_eq!(
                parse_response_bytes(&answer_in_scope(&sent, odd.as_bytes(), &acme()).unwrap()).unwrap(),
                expected
            );
        }
        assert_eq!(answer_in_scope(&sent, b"\xff", &acme()), None);
    }

    #[test]
    fn a_delete_reaching_out_of_scope_is_refused_whole() {
        let asked = KeyList::parse("11 12 13").unwrap();
        let lookup = OperationResponse::GetInfo(vec![
            GetInfoResult::Found(vec![info("11", "jdoe")]),
            GetInfoResult::Found(vec![info("12", "beta")]),
            GetInfoResult::Failed(not_found("13")),
        ]);
        assert!(!deletion_in_scope(&asked, &lookup, &acme()));
        let OperationResponse::Delete(results) = refused_deletion(&asked, &lookup, &acme()) else { panic!() };
        assert_eq!(results[0].as_ref().unwrap_err().code, ErrorCode::PermissionDenied);
        assert_eq!(results[1], Err(not_found("12")), "another owner's key reads as unknown");
        assert_eq!(results[2], Err(not_found("13")));
        let mine = KeyList::parse("11").unwrap();
        let found = OperationResponse::GetInfo(vec![GetInfoResult::Found(vec![info("11", "jdoe")])]);
        assert!(deletion_in_scope(&mine, &found, &acme()));
        let admins = OperationResponse::GetInfo(vec![GetInfoResult::Found(vec![KeyInfo {
            id: "1".into(),
            owner: None,
            ..KeyInfo::default()
        }])]);
        assert!(!deletion_in_scope(&KeyList::parse("1").unwrap(), &admins, &acme()));
        assert!(deletion_in_scope(&KeyList::parse("1").unwrap(), &admins, &Scope::every_key(true)));
    }
}
