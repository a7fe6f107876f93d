//! Customer and reseller accounts: Plesk's `customer get` and `reseller get`, typed, in both
//! directions. A client (the gateway resolving a reseller's scope) builds an [`AccountQuery`]
//! and reads the answer with [`read_account_answer`]; a server (the sandbox) receives the query
//! as [`crate::ReceivedOperator::AccountGet`] and writes its answer with
//! [`write_account_response`].
//!
//! Plesk spells the two alike but not the same (client_input.xsd, plesk_client.xsd,
//! reseller.xsd): a customer's general information is `gen_info` with `cr_date`, a reseller's
//! `gen-info` with `cr-date`. A customer's filter takes `owner-login`, a reseller's does not.

use std::borrow::Cow;

use crate::dom::Element;
use crate::response::{ResultError, SystemError};
use crate::response_parse::{
    read_packet, read_status, read_system, response_text, trimmed_text, ResponseError,
};
use crate::text::is_xml_char;
use crate::xml_out::{ResponseStyle, XmlOut};

/// Which of Plesk's two account operators a query is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountKind {
    Customer,
    Reseller,
}

impl AccountKind {
    /// The operator element: `customer` or `reseller`.
    pub fn operator(self) -> &'static str {
        match self {
            AccountKind::Customer => "customer",
            AccountKind::Reseller => "reseller",
        }
    }

    /// The general-information element, in the dataset and in the answer's data: `gen_info`
    /// for a customer, `gen-info` for a reseller.
    pub fn gen_info(self) -> &'static str {
        match self {
            AccountKind::Customer => "gen_info",
            AccountKind::Reseller => "gen-info",
        }
    }

    /// The creation date inside the general information: `cr_date` or `cr-date`.
    fn creation_date(self) -> &'static str {
        match self {
            AccountKind::Customer => "cr_date",
            AccountKind::Reseller => "cr-date",
        }
    }
}

/// Which accounts a query names: one login, or (customers only) every customer of an owner.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountFilter {
    /// `<login>`: the account with this login.
    Login(String),
    /// `<owner-login>`: every customer this reseller (or the administrator) owns. Customers
    /// only: reseller.xsd has no `owner-login`, and Plesk refuses such a packet (1014).
    OwnerLogin(String),
}

impl AccountFilter {
    /// The filter's element: `login` or `owner-login`.
    pub fn element(&self) -> &'static str {
        match self {
            AccountFilter::Login(_) => "login",
            AccountFilter::OwnerLogin(_) => "owner-login",
        }
    }

    /// The login the filter names.
    pub fn value(&self) -> &str {
        match self {
            AccountFilter::Login(login) | AccountFilter::OwnerLogin(login) => login,
        }
    }
}

/// A `customer get` or `reseller get` asking for the general information (`gen_info` /
/// `gen-info`) of the accounts its filter names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AccountQuery {
    pub kind: AccountKind,
    pub filter: AccountFilter,
}

impl AccountQuery {
    /// Every customer owned by `owner_login` (a reseller, or the administrator for their own
    /// customers). Plesk answers one result per customer; for none, either one ok result
    /// without data or an error result (1013): [`read_account_answer`] reads both, and a client
    /// should take either as "no customers".
    pub fn customers_of(owner_login: &str) -> Self {
        AccountQuery {
            kind: AccountKind::Customer,
            filter: AccountFilter::OwnerLogin(owner_login.to_owned()),
        }
    }

    /// The customer with this login (an error result, 1013, when there is none).
    pub fn customer(login: &str) -> Self {
        AccountQuery { kind: AccountKind::Customer, filter: AccountFilter::Login(login.to_owned()) }
    }

    /// The reseller with this login (an error result, 1013, when there is none).
    pub fn reseller(login: &str) -> Self {
        AccountQuery { kind: AccountKind::Reseller, filter: AccountFilter::Login(login.to_owned()) }
    }

    /// The whole request packet, ready to POST. Like [`crate::RequestPacket`]'s, it starts with
    /// an XML declaration and has no `version` attribute. It validates against agent_input.xsd,
    /// except a reseller query by owner login, which Plesk's schema does not have (Plesk answers
    /// it with 1014). The login is escaped; a character XML cannot carry (a C0 control) is
    /// written as U+FFFD, so the packet stays readable and can name no other account.
    pub fn to_xml(&self) -> String {
        AccountQuery::packet_of(std::slice::from_ref(self))
    }

    /// Several queries in one request packet, one operator element each, in order (how a
    /// client asks about many accounts in one round trip: Plesk answers each `get` with one
    /// result per login, so [`read_account_answer`] gives the lookups in the same order). The
    /// same rules as [`AccountQuery::to_xml`].
    pub fn packet_of(queries: &[AccountQuery]) -> String {
        let mut writer = XmlOut::new(ResponseStyle::Compact);
        writer.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.open("packet");
        for query in queries {
            writer.open(query.kind.operator());
            writer.open("get");
            writer.open("filter");
            writer.text_element(query.filter.element(), &xml_chars_only(query.filter.value()));
            writer.close("filter");
            writer.open("dataset");
            writer.text_element(query.kind.gen_info(), "");
            writer.close("dataset");
            writer.close("get");
            writer.close(query.kind.operator());
        }
        writer.close("packet");
        writer.out
    }
}

/// `text` with every character XML 1.0 cannot carry replaced by U+FFFD.
fn xml_chars_only(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' }).collect())
    }
}

/// One account as `customer get` / `reseller get` report it (the general information).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The account's ID (the result's `id`, a positive integer).
    pub id: String,
    pub login: String,
    /// The contact name (`pname`); empty when the answer has none.
    pub name: String,
    /// Plesk's status bit mask: [`Account::ACTIVE`] (0), [`Account::UNDER_BACKUP`] (4),
    /// [`Account::DISABLED_BY_ADMIN`] (16), [`Account::DISABLED_BY_OWNER`] (64),
    /// [`Account::EXPIRED`] (256).
    pub status: u32,
    /// The customer's owner (`owner-login`), where the answer names one: plesk_client.xsd has
    /// it as optional in a customer's `gen_info`, and Plesk's documentation leaves it out, so
    /// a client must not rely on it (filter by owner with [`AccountQuery::customers_of`]
    /// instead). Always `None` for a reseller: reseller.xsd's `gen-info` has no owner.
    pub owner_login: Option<String>,
}

impl Account {
    /// Status: active.
    pub const ACTIVE: u32 = 0;
    /// Status flag: under backup or restore.
    pub const UNDER_BACKUP: u32 = 4;
    /// Status flag: disabled (suspended) by the administrator.
    pub const DISABLED_BY_ADMIN: u32 = 16;
    /// Status flag: disabled by its owner (plesk_common.xsd: "disabled by Client").
    pub const DISABLED_BY_OWNER: u32 = 64;
    /// Status flag: expired.
    pub const EXPIRED: u32 = 256;

    /// True for status 0 only: any flag (backup, disabled, expired) makes an account inactive.
    pub fn is_active(&self) -> bool {
        self.status == Account::ACTIVE
    }
}

/// One `<result>` of a customer or reseller get: the accounts it holds (none for an ok result
/// without data, as Plesk answers an owner with no customers), or Plesk's error about it (1013
/// for a login that is no such account). Its sentence redacts key-shaped text in Plesk's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountLookup {
    Found(Vec<Account>),
    Failed(ResultError),
}

/// Why a customer or reseller get answer gave no results to use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountAnswerError {
    /// A packet-level `<system>` error: nothing was looked up (authentication, permission,
    /// an invalid packet…).
    #[error("{0}")]
    System(SystemError),
    /// The body is no Plesk packet of this kind: not XML, an HTML page, too large, another
    /// operator than the one asked, a result without status….
    #[error("{0}")]
    Unreadable(#[from] ResponseError),
    /// An ok result's data lacks what every account has (its ID, login, status).
    #[error("An account in Plesk's answer has no <{field}>.")]
    IncompleteAccount { field: &'static str },
    /// An account's status is not a number from 0 to 4294967295.
    #[error("An account in Plesk's answer has the status '{status}', which is not a number.")]
    BadAccountStatus { status: String },
}

/// Reads the answer to a `customer get` (`kind` Customer) or `reseller get` (Reseller): one
/// [`AccountLookup`] per `<result>`, in order, across every `<get>` of every operator element
/// of that kind. A packet-level `<system>` error is [`AccountAnswerError::System`]; a body that
/// is not such an answer (including one holding another operator) is
/// [`AccountAnswerError::Unreadable`], and an account missing its ID, login or status is an
/// error too: nothing is assumed about an account Plesk did not describe. The status must be a
/// number (an empty one is refused, not read as the schema's default 0). Tolerates
/// pretty-printing, `<output>`, `filter-id`, and fields this crate does not read.
pub fn read_account_answer(kind: AccountKind, body: &[u8]) -> Result<Vec<AccountLookup>, AccountAnswerError> {
    let root = read_packet(response_text(body)?)?;
    let mut lookups = Vec::new();
    let mut answered = false;
    for child in &root.children {
        match child.name.as_ref() {
            "system" => return Err(AccountAnswerError::System(read_system(child)?)),
            "output" => {}
            name if name == kind.operator() => {
                answered = true;
                for operation in &child.children {
                    if operation.name != "get" {
                        return Err(ResponseError::Unexpected {
                            element: operation.name.to_string(),
                            parent: kind.operator().into(),
                        }
                        .into());
                    }
                    for result in operation.children.iter().filter(|c| c.name == "result") {
                        lookups.push(read_account_result(kind, result)?);
                    }
                }
            }
            other => {
                return Err(
                    ResponseError::Unexpected { element: other.into(), parent: "packet".into() }.into()
                )
            }
        }
    }
    if !answered {
        return Err(ResponseError::NoContent.into());
    }
    Ok(lookups)
}

fn read_account_result(kind: AccountKind, result: &Element) -> Result<AccountLookup, AccountAnswerError> {
    if let Err(error) = read_status(result, "get")? {
        return Ok(AccountLookup::Failed(error));
    }
    let Some(data) = result.child("data") else { return Ok(AccountLookup::Found(Vec::new())) };
    let info = data
        .child(kind.gen_info())
        .ok_or(AccountAnswerError::IncompleteAccount { field: kind.gen_info() })?;
    let required = |parent: &Element, field: &'static str| {
        trimmed_text(parent, field)
            .filter(|text| !text.is_empty())
            .map(str::to_owned)
            .ok_or(AccountAnswerError::IncompleteAccount { field })
    };
    let id = required(result, "id")?;
    let login = required(info, "login")?;
    let status = required(info, "status")?;
    let status = status
        .parse()
        .map_err(|_| AccountAnswerError::BadAccountStatus { status: crate::dom::snippet(&status) })?;
    Ok(AccountLookup::Found(vec![Account {
        id,
        login,
        name: trimmed_text(info, "pname").unwrap_or_default().to_owned(),
        status,
        owner_login: trimmed_text(info, "owner-login").filter(|owner| !owner.is_empty()).map(str::to_owned),
    }]))
}

/// A server's answer to one [`AccountQuery`]: the query (its filter is echoed in each result's
/// `filter-id`, as Plesk does) and the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountAnswer {
    pub query: AccountQuery,
    pub results: Vec<AccountLookup>,
}

/// The `cr_date` / `cr-date` written for every account: the schema requires a date, and the
/// accounts this crate models carry none.
pub const UNKNOWN_CREATION_DATE: &str = "1970-01-01";

/// Writes the answers to account queries as one response packet that validates against
/// agent_output.xsd: one operator element (`customer` / `reseller`) with one `<get>` per answer,
/// in order. Each result carries `filter-id` (the filter's login); an account is written as
/// `id` and `data` with the general information, the fields an [`Account`] does not model
/// empty (the creation date [`UNKNOWN_CREATION_DATE`]). A [`AccountLookup::Found`] is one
/// `<result>` per account (so several accounts read back as several lookups), or one ok result
/// without data when it holds none. An account's `id` must be a positive integer (schema); a
/// reseller's `owner_login` is not written (reseller.xsd has no such field). A packet-level
/// error is written with [`crate::write_response`].
pub fn write_account_response(
    version: Option<&str>,
    answers: &[AccountAnswer],
    style: ResponseStyle,
) -> String {
    let mut writer = XmlOut::new(style);
    writer.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    writer.newline();
    match version {
        Some(version) => writer.open_with_attributes("packet", &[("version".to_owned(), version.to_owned())]),
        None => writer.open("packet"),
    }
    for answer in answers {
        let kind = answer.query.kind;
        let filter_id = answer.query.filter.value();
        writer.open(kind.operator());
        writer.open("get");
        for result in &answer.results {
            match result {
                AccountLookup::Found(accounts) if accounts.is_empty() => {
                    writer.open("result");
                    writer.text_element("status", "ok");
                    writer.text_element("filter-id", filter_id);
                    writer.close("result");
                }
                AccountLookup::Found(accounts) => {
                    for account in accounts {
                        write_account(&mut writer, kind, filter_id, account);
                    }
                }
                AccountLookup::Failed(error) => {
                    writer.open("result");
                    writer.text_element("status", "error");
                    writer.text_element("errcode", &error.code.number().to_string());
                    writer.text_element("errtext", &error.text);
                    writer.text_element("filter-id", filter_id);
                    writer.close("result");
                }
            }
        }
        writer.close("get");
        writer.close(kind.operator());
    }
    writer.close("packet");
    writer.out
}

fn write_account(writer: &mut XmlOut, kind: AccountKind, filter_id: &str, account: &Account) {
    writer.open("result");
    writer.text_element("status", "ok");
    writer.text_element("filter-id", filter_id);
    writer.text_element("id", &account.id);
    writer.open("data");
    writer.open(kind.gen_info());
    writer.text_element(kind.creation_date(), UNKNOWN_CREATION_DATE);
    writer.text_element("cname", "");
    writer.text_element("pname", &account.name);
    writer.text_element("login", &account.login);
    writer.text_element("status", &account.status.to_string());
    for field in ["phone", "fax", "email", "address", "city", "state", "pcode", "country", "locale"] {
        writer.text_element(field, "");
    }
    if let (AccountKind::Customer, Some(owner)) = (kind, &account.owner_login) {
        writer.text_element("owner-login", owner);
    }
    writer.close(kind.gen_info());
    writer.close("data");
    writer.close("result");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error_code::ErrorCode;

    fn jdoe() -> Account {
        Account {
            id: "3".into(),
            login: "jdoe".into(),
            name: "John Doe".into(),
            status: 0,
            owner_login: Some("reseller1".into()),
        }
    }

    #[test]
    fn kinds_name_their_elements() {
        assert_eq!(
            (AccountKind::Customer.operator(), AccountKind::Customer.gen_info()),
            ("customer", "gen_info")
        );
        assert_eq!(
            (AccountKind::Reseller.operator(), AccountKind::Reseller.gen_info()),
            ("reseller", "gen-info")
        );
        assert_eq!(AccountFilter::Login("a".into()).element(), "login");
        assert_eq!(AccountFilter::OwnerLogin("b".into()).element(), "owner-login");
        assert_eq!(AccountFilter::OwnerLogin("b".into()).value(), "b");
    }

    #[test]
    fn constructors_pick_kind_and_filter() {
        assert_eq!(
            AccountQuery::customers_of("reseller1"),
            AccountQuery {
                kind: AccountKind::Customer,
                filter: AccountFilter::OwnerLogin("reseller1".into())
            }
        );
        assert_eq!(
            AccountQuery::customer("jdoe"),
            AccountQuery { kind: AccountKind::Customer, filter: AccountFilter::Login("jdoe".into()) }
        );
        assert_eq!(
            AccountQuery::reseller("reseller1"),
            AccountQuery { kind: AccountKind::Reseller, filter: AccountFilter::Login("reseller1".into()) }
        );
    }

    #[test]
    fn packets_spell_each_dataset_as_plesk_does() {
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        assert_eq!(
            AccountQuery::customers_of("reseller1").to_xml(),
            format!("{declaration}<packet><customer><get><filter><owner-login>reseller1</owner-login></filter><dataset><gen_info/></dataset></get></customer></packet>")
        );
        assert_eq!(
            AccountQuery::customer("jdoe").to_xml(),
            format!("{declaration}<packet><customer><get><filter><login>jdoe</login></filter><dataset><gen_info/></dataset></get></customer></packet>")
        );
        assert_eq!(
            AccountQuery::reseller("r&d").to_xml(),
            format!("{declaration}<packet><reseller><get><filter><login>r&amp;d</login></filter><dataset><gen-info/></dataset></get></reseller></packet>")
        );
    }

    #[test]
    fn a_login_xml_cannot_carry_is_written_with_replacement_characters() {
        let xml = AccountQuery::customer("jd\u{1}oe\u{FFFE}").to_xml();
        assert!(xml.contains("<login>jd\u{FFFD}oe\u{FFFD}</login>"), "{xml}");
        assert!(crate::dom::parse_document(&xml, 8).is_ok());
    }

    #[test]
    fn only_status_zero_is_active() {
        assert!(jdoe().is_active());
        for status in [
            Account::UNDER_BACKUP,
            Account::DISABLED_BY_ADMIN,
            Account::DISABLED_BY_OWNER,
            Account::EXPIRED,
            20,
        ] {
            assert!(!Account { status, ..jdoe() }.is_active(), "{status}");
        }
    }

    #[test]
    fn reads_accounts_empty_results_and_errors() {
        let body = "<packet version=\"1.6.9.1\"><customer><get>\
            <result><status>ok</status><filter-id>reseller1</filter-id><id>3</id><data><gen_info><cr_date>2024-01-02</cr_date><cname/><pname> John Doe </pname><login>jdoe</login><status>16</status><password>x</password><owner-login>reseller1</owner-login></gen_info></data></result>\
            <result><status>ok</status><filter-id>reseller2</filter-id></result>\
            <result><status>error</status><errcode>1013</errcode><errtext>client does not exist</errtext><filter-id>ghost</filter-id></result>\
            </get></customer><output>x</output></packet>";
        let lookups = read_account_answer(AccountKind::Customer, body.as_bytes()).unwrap();
        assert_eq!(
            lookups,
            vec![
                AccountLookup::Found(vec![Account { status: 16, ..jdoe() }]),
                AccountLookup::Found(Vec::new()),
                AccountLookup::Failed(ResultError {
                    code: ErrorCode::NotFound,
                    text: "client does not exist".into(),
                    key: None
                }),
            ]
        );
    }

    #[test]
    fn a_system_error_and_other_operators_are_errors() {
        let system = b"<packet><system><status>error</status><errcode>1006</errcode><errtext>Permission denied</errtext></system></packet>";
        assert!(matches!(
            read_account_answer(AccountKind::Reseller, system),
            Err(AccountAnswerError::System(SystemError { code: ErrorCode::PermissionDenied, .. }))
        ));
        let customer =
            b"<packet><customer><get><result><status>ok</status></result></get></customer></packet>";
        assert!(matches!(
            read_account_answer(AccountKind::Reseller, customer),
            Err(AccountAnswerError::Unreadable(ResponseError::Unexpected { .. }))
        ));
        assert!(matches!(
            read_account_answer(AccountKind::Customer, b"<packet/>"),
            Err(AccountAnswerError::Unreadable(ResponseError::NoContent))
        ));
    }

    #[test]
    fn the_writer_echoes_the_filter_and_skips_a_resellers_owner() {
        let reseller = Account {
            id: "2".into(),
            login: "reseller1".into(),
            name: String::new(),
            status: 0,
            owner_login: Some("admin".into()),
        };
        let xml = write_account_response(
            Some("1.6.9.1"),
            &[AccountAnswer {
                query: AccountQuery::reseller("reseller1"),
                results: vec![AccountLookup::Found(vec![reseller.clone()])],
            }],
            ResponseStyle::Compact,
        );
        assert!(xml.contains("<packet version=\"1.6.9.1\"><reseller><get><result><status>ok</status><filter-id>reseller1</filter-id><id>2</id><data><gen-info><cr-date>1970-01-01</cr-date>"), "{xml}");
        assert!(!xml.contains("owner-login"), "{xml}");
        let read = read_account_answer(AccountKind::Reseller, xml.as_bytes()).unwrap();
        assert_eq!(read, vec![AccountLookup::Found(vec![Account { owner_login: None, ..reseller }])]);
    }
}
