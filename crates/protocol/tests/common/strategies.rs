//! proptest strategies for random packets full of markup characters, CR, non-ASCII and emoji.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use plesk_xmlapi::*;
use proptest::prelude::*;

fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec!['<', '>', '&', '\'', '"', ']', '\r', '\n', '\t', ' ', 'é', '🔑', '中', 'a', 'Z', '0']),
        1 => any::<char>().prop_filter("XML 1.0 Char", |c| {
            matches!(*c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        }),
    ]
}

pub fn tricky_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(String::from_iter)
}

/// Text without surrounding whitespace (fields that readers trim).
pub fn trimmed_text(max: usize) -> impl Strategy<Value = String> {
    tricky_text(max).prop_map(|s| s.trim().to_owned())
}

pub fn ip_address() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        any::<u32>().prop_map(|n| IpAddr::V4(Ipv4Addr::from(n))),
        any::<u128>().prop_map(|n| IpAddr::V6(Ipv6Addr::from(n))),
    ]
}

pub fn ip_list() -> impl Strategy<Value = IpList> {
    prop::collection::hash_set(ip_address(), 0..5)
        .prop_map(|set| IpList::from_addresses(set.into_iter().collect()).expect("distinct addresses"))
}

pub fn key_ref() -> impl Strategy<Value = KeyRef> {
    prop_oneof![
        any::<u32>().prop_map(|n| n.to_string()),
        trimmed_text(40).prop_filter("non-empty", |s| !s.is_empty()),
    ]
    .prop_map(|s| KeyRef::new(&s).expect("valid key"))
}

pub fn key_list() -> impl Strategy<Value = KeyList> {
    prop::collection::vec(key_ref(), 1..5).prop_map(|keys| KeyList::new(keys).expect("non-empty"))
}

pub fn operation() -> impl Strategy<Value = Operation> {
    prop_oneof![
        (ip_list(), tricky_text(60), tricky_text(20)).prop_map(|(ips, description, login)| {
            Operation::Create(CreateKey::new(ips, &description, &login).expect("valid create"))
        }),
        Just(Operation::GetInfo(KeyFilter::All)),
        key_list().prop_map(|keys| Operation::GetInfo(KeyFilter::Keys(keys))),
        key_list().prop_map(Operation::Delete),
    ]
}

pub fn request_packet() -> impl Strategy<Value = RequestPacket> {
    (
        prop::collection::vec(prop::collection::vec(operation(), 1..4), 1..3),
        prop::option::of(prop::sample::select(vec!["1.6.3.0", "1.6.9.1", "1.4.0.0"])),
    )
        .prop_map(|(operators, version)| {
            let mut operators = operators.into_iter();
            let first = operators.next().expect("at least one operator");
            let mut first_ops = first.into_iter();
            let mut packet = RequestPacket::new(first_ops.next().expect("at least one operation"));
            for op in first_ops {
                packet = packet.then(op);
            }
            for operator in operators {
                let mut ops = operator.into_iter();
                packet = packet.then_in_new_operator(ops.next().expect("non-empty"));
                for op in ops {
                    packet = packet.then(op);
                }
            }
            match version.and_then(ProtocolVersion::parse) {
                Some(version) => packet.with_version(version),
                None => packet,
            }
        })
}

fn error_code() -> impl Strategy<Value = ErrorCode> {
    prop_oneof![
        prop::sample::select(ErrorCode::KNOWN.to_vec()),
        (1u32..99_999).prop_map(ErrorCode::from_number)
    ]
}

pub fn result_error() -> impl Strategy<Value = ResultError> {
    (
        error_code(),
        trimmed_text(40),
        prop::option::of(trimmed_text(40).prop_filter("non-empty", |s| !s.is_empty())),
    )
        .prop_map(|(code, text, key)| ResultError { code, text, key })
}

pub fn key_info() -> impl Strategy<Value = KeyInfo> {
    (
        any::<u32>(),
        ip_list(),
        tricky_text(60),
        prop::option::of(trimmed_text(20).prop_filter("non-empty", |s| !s.is_empty())),
    )
        .prop_map(|(id, ips, description, owner)| KeyInfo {
            id: id.to_string(),
            ip_addresses: ips.addresses().iter().map(ToString::to_string).collect(),
            description,
            owner,
        })
}

pub fn operation_response() -> impl Strategy<Value = OperationResponse> {
    let key = any::<u32>().prop_map(|n| format!("{n:08x}"));
    prop_oneof![
        prop_oneof![
            any::<u128>().prop_map(|n| Ok(NewKey(format!("{n:032x}")))),
            result_error().prop_map(Err)
        ]
        .prop_map(OperationResponse::Create),
        prop::collection::vec(
            prop_oneof![
                prop::collection::vec(key_info(), 0..3).prop_map(GetInfoResult::Found),
                result_error().prop_map(GetInfoResult::Failed),
            ],
            1..4
        )
        .prop_map(OperationResponse::GetInfo),
        prop::collection::vec(
            prop_oneof![prop::option::of(key).prop_map(Ok), result_error().prop_map(Err)],
            1..4
        )
        .prop_map(OperationResponse::Delete),
    ]
}

pub fn response_packet() -> impl Strategy<Value = ResponsePacket> {
    let body = prop_oneof![
        4 => prop::collection::vec(operation_response(), 1..4).prop_map(ResponseBody::Operations),
        1 => (error_code(), trimmed_text(60)).prop_map(|(code, text)| ResponseBody::System(SystemError { code, text })),
    ];
    (prop::option::of(Just("1.6.9.1".to_owned())), body)
        .prop_map(|(version, body)| ResponsePacket { version, body })
}

/// A login-like text: non-empty and without surrounding whitespace (readers trim).
fn account_login() -> impl Strategy<Value = String> {
    trimmed_text(20).prop_filter("non-empty", |s| !s.is_empty())
}

/// Random customer and reseller queries, as `AccountQuery` builds them (every text, markup
/// characters and emoji included).
pub fn account_query() -> impl Strategy<Value = AccountQuery> {
    prop_oneof![
        tricky_text(30).prop_map(|login| AccountQuery::customers_of(&login)),
        tricky_text(30).prop_map(|login| AccountQuery::customer(&login)),
        tricky_text(30).prop_map(|login| AccountQuery::reseller(&login)),
    ]
}

/// An account as a writer of `kind` answers can carry it back unchanged: a reseller has no
/// owner (reseller.xsd has none to write).
pub fn account(kind: AccountKind) -> impl Strategy<Value = Account> {
    (
        1u32..,
        account_login(),
        trimmed_text(30),
        prop::sample::select(vec![0u32, 4, 16, 64, 256, 272]),
        prop::option::of(account_login()),
    )
        .prop_map(move |(id, login, name, status, owner)| Account {
            id: id.to_string(),
            login,
            name,
            status,
            owner_login: owner.filter(|_| kind == AccountKind::Customer),
        })
}

/// One result as it reads back alone: ok without data, one account, or an error.
pub fn account_lookup(kind: AccountKind) -> impl Strategy<Value = AccountLookup> {
    prop_oneof![
        Just(AccountLookup::Found(Vec::new())),
        account(kind).prop_map(|account| AccountLookup::Found(vec![account])),
        (error_code(), trimmed_text(40)).prop_map(|(code, text)| AccountLookup::Failed(ResultError {
            code,
            text,
            key: None
        })),
    ]
}

/// Answers of one kind, each to a query of that kind (a reseller's by login: the only filter
/// reseller.xsd has of the two).
pub fn account_answers(kind: AccountKind) -> impl Strategy<Value = Vec<AccountAnswer>> {
    let answer = (tricky_text(20), any::<bool>(), prop::collection::vec(account_lookup(kind), 1..4))
        .prop_map(move |(login, by_owner, results)| {
            let query = match kind {
                AccountKind::Customer if by_owner => AccountQuery::customers_of(&login),
                AccountKind::Customer => AccountQuery::customer(&login),
                AccountKind::Reseller => AccountQuery::reseller(&login),
            };
            AccountAnswer { query, results }
        });
    prop::collection::vec(answer, 1..3)
}
