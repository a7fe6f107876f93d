//! Reading request packets (the server side, used by the sandbox).
//!
//! The `secret_key` subtree, the `get` operations of `customer` and `reseller`, and the packet
//! envelope are checked against `agent_input.xsd`; a packet the schema refuses is reported as
//! Plesk reports it: error 1014 with libxml2's wording (the same sentence xmllint prints for
//! that packet).

use crate::accounts::{AccountFilter, AccountKind};
use crate::dom::{parse_document, Element, XmlError};
use crate::limits::{MAX_DEPTH, MAX_REQUEST_BYTES};
use crate::schema_check::{
    check_attributes, check_choice, check_element_only, check_empty, check_integer, check_sequence,
    check_sequence_then, check_simple, invalid, missing_message, not_expected_message, IntegerType, Particle,
    SchemaError,
};

/// A request as a server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedPacket {
    pub version: Option<String>,
    /// `<request-settings>`: each setting's name and optional value.
    pub settings: Vec<(String, Option<String>)>,
    pub operators: Vec<ReceivedOperator>,
}

impl ReceivedPacket {
    /// How many operations the packet holds: each secret_key operation, each account get, and
    /// one for each other operator (whose content is not read).
    pub fn operation_count(&self) -> usize {
        self.operators
            .iter()
            .map(|operator| match operator {
                ReceivedOperator::SecretKey(operations) => operations.len(),
                ReceivedOperator::AccountGet { .. } | ReceivedOperator::Unsupported(_) => 1,
            })
            .sum()
    }
}

/// One top-level operator element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceivedOperator {
    SecretKey(Vec<ReceivedOperation>),
    /// A `customer` or `reseller` element holding exactly one `get` whose filter names one
    /// `login` (customers: or one `owner-login`) and whose dataset is the general information
    /// alone (`<gen_info/>`, a reseller's `<gen-info/>`): what [`crate::AccountQuery`] sends.
    /// The filter's text is as sent (a server trims it as it likes).
    AccountGet {
        kind: AccountKind,
        filter: AccountFilter,
    },
    /// Another operator of the schema (e.g. `webspace`), by name; its content is not read. A
    /// `customer` or `reseller` of another shape (another operation, several, a filter by ID or
    /// several logins, other datasets) is this too, its `get`s schema-checked all the same.
    Unsupported(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceivedOperation {
    Create(ReceivedCreate),
    GetInfo(ReceivedFilter),
    Delete(ReceivedFilter),
}

/// A create as sent: values unvalidated (the server decides what is invalid).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReceivedCreate {
    pub ip_address: Option<String>,
    pub description: Option<String>,
    pub login: Option<String>,
}

/// A server must understand the empty filter: for delete it means EVERY key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceivedFilter {
    All,
    Keys(Vec<String>),
}

/// Why a request packet was refused; all are answered with a `<system>` error 1014.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("the request is {size} bytes, more than {limit}")]
    TooLarge { size: usize, limit: usize },
    #[error("the request is not valid UTF-8")]
    NotUtf8,
    #[error("{0}")]
    Xml(XmlError),
    #[error("line {line}: {message}")]
    Invalid { line: usize, message: String },
}

impl From<SchemaError> for RequestError {
    fn from(error: SchemaError) -> Self {
        RequestError::Invalid { line: error.line, message: error.message }
    }
}

impl RequestError {
    /// The `errtext` Plesk sends for this refusal: Plesk's prefix and libxml2's own words (what
    /// `xmllint` prints for the same input), never the client-side sentences of [`XmlError`].
    pub fn errtext(&self) -> String {
        let (line, message) = match self {
            RequestError::Invalid { line, message } => (Some(*line), message.clone()),
            RequestError::Xml(XmlError::Malformed { line, detail }) => (Some(*line), detail.clone()),
            RequestError::Xml(error) => (None, libxml2_words(error)),
            RequestError::NotUtf8 => (None, "Input is not proper UTF-8, indicate encoding !".to_owned()),
            RequestError::TooLarge { size, limit } => {
                (None, format!("the request is {size} bytes, more than {limit}"))
            }
        };
        match line {
            Some(line) => format!("Parser error: Request is invalid. Error in line {line}: {message}"),
            None => format!("Parser error: Cannot parse the XML from the source specified: {message}"),
        }
    }
}

/// libxml2's message for a document it cannot read (xmllint prints these).
fn libxml2_words(error: &XmlError) -> String {
    match error {
        XmlError::Empty => "Document is empty".to_owned(),
        XmlError::NotXml { .. } | XmlError::Html { .. } => "Start tag expected, '<' not found".to_owned(),
        XmlError::Truncated { .. } => "Premature end of data".to_owned(),
        // libxml2 would read a DTD; refusing it is the sandbox's safe assumption (docs/plesk-fidelity.md).
        XmlError::Doctype => "DOCTYPE is not allowed".to_owned(),
        XmlError::UnknownEntity { name } => format!("Entity '{name}' not defined"),
        XmlError::TooDeep { limit } => {
            format!("Excessive depth in document: {limit} use XML_PARSE_HUGE option")
        }
        XmlError::Malformed { detail, .. } => detail.clone(),
    }
}

/// The operators of agent_input.xsd, in schema order.
const OPERATORS: [&str; 43] = [
    "server",
    "customer",
    "webspace",
    "subdomain",
    "dns",
    "db_server",
    "mail",
    "migration",
    "certificate",
    "site-alias",
    "ip",
    "event_log",
    "spamfilter",
    "secret_key",
    "ui",
    "service-plan",
    "webuser",
    "maillist",
    "virtdir",
    "database",
    "ftp-user",
    "session",
    "updater",
    "locale",
    "log-rotation",
    "backup-manager",
    "sso",
    "protected-dir",
    "reseller",
    "reseller-plan",
    "aps",
    "smb",
    "service-plan-addon",
    "site",
    "user",
    "role",
    "business-logic-upgrade",
    "webmail",
    "plan-item",
    "sitebuilder",
    "service-node",
    "ip-ban",
    "wp-instance",
];

/// Parses a request body given as bytes.
pub fn parse_request_bytes(body: &[u8]) -> Result<ReceivedPacket, RequestError> {
    if body.len() > MAX_REQUEST_BYTES {
        return Err(RequestError::TooLarge { size: body.len(), limit: MAX_REQUEST_BYTES });
    }
    parse_request(std::str::from_utf8(body).map_err(|_| RequestError::NotUtf8)?)
}

/// Parses and schema-checks a request packet.
pub fn parse_request(body: &str) -> Result<ReceivedPacket, RequestError> {
    if body.len() > MAX_REQUEST_BYTES {
        return Err(RequestError::TooLarge { size: body.len(), limit: MAX_REQUEST_BYTES });
    }
    let root = parse_document(body, MAX_DEPTH).map_err(RequestError::Xml)?;
    if root.name != "packet" {
        return Err(RequestError::from(invalid(
            &root,
            "No matching global declaration available for the validation root.",
        )));
    }
    check_attributes(&root, &["version"])?;
    check_element_only(&root)?;
    let mut children = root.children.iter().peekable();
    let mut settings = Vec::new();
    if let Some(first) = children.peek() {
        if first.name == "request-settings" {
            settings = read_settings(first)?;
            children.next();
        }
    }
    let mut operators = Vec::new();
    for child in children {
        if !OPERATORS.contains(&child.name.as_ref()) {
            let message = if operators.is_empty() {
                let mut expected: Vec<&str> = Vec::new();
                if settings.is_empty() && root.children.first().is_some_and(|c| std::ptr::eq(c, child)) {
                    expected.push("request-settings");
                }
                expected.extend(OPERATORS);
                not_expected_message(&expected)
            } else {
                not_expected_message(&[])
            };
            return Err(RequestError::from(invalid(child, &message)));
        }
        operators.push(match child.name.as_ref() {
            "secret_key" => ReceivedOperator::SecretKey(read_secret_key(child)?),
            "customer" => read_account_operator(child, AccountKind::Customer)?,
            "reseller" => read_account_operator(child, AccountKind::Reseller)?,
            _ => ReceivedOperator::Unsupported(child.name.to_string()),
        });
    }
    if operators.is_empty() {
        let mut expected = Vec::new();
        if settings.is_empty() {
            expected.push("request-settings");
        }
        expected.extend(OPERATORS);
        return Err(RequestError::from(invalid(&root, &missing_message(&expected))));
    }
    Ok(ReceivedPacket { version: root.attribute("version").map(str::to_owned), settings, operators })
}

fn read_settings(element: &Element) -> Result<Vec<(String, Option<String>)>, RequestError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    check_sequence(element, &[Particle::many("setting", 1)])?;
    element
        .children
        .iter()
        .map(|setting| {
            check_attributes(setting, &[])?;
            check_element_only(setting)?;
            check_sequence(setting, &[Particle::once("name", 1), Particle::once("value", 0)])?;
            let name = setting.child("name").map(|n| n.text.to_string()).unwrap_or_default();
            Ok((name, setting.child("value").map(|v| v.text.to_string())))
        })
        .collect()
}

fn read_secret_key(element: &Element) -> Result<Vec<ReceivedOperation>, RequestError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    const NAMES: [&str; 3] = ["create", "get_info", "delete"];
    let mut operations = Vec::new();
    for child in &element.children {
        let operation = match child.name.as_ref() {
            "create" => ReceivedOperation::Create(read_create(child)?),
            "get_info" => ReceivedOperation::GetInfo(read_filter_holder(child)?),
            "delete" => ReceivedOperation::Delete(read_filter_holder(child)?),
            _ => {
                let expected: &[&str] = if operations.is_empty() { &NAMES } else { &[] };
                return Err(RequestError::from(invalid(child, &not_expected_message(expected))));
            }
        };
        operations.push(operation);
    }
    if operations.is_empty() {
        return Err(RequestError::from(invalid(element, &missing_message(&NAMES))));
    }
    Ok(operations)
}

fn read_create(element: &Element) -> Result<ReceivedCreate, RequestError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    check_sequence(
        element,
        &[Particle::once("ip_address", 0), Particle::once("description", 0), Particle::once("login", 0)],
    )?;
    for child in &element.children {
        check_simple(child)?;
    }
    Ok(ReceivedCreate {
        ip_address: element.child("ip_address").map(|e| e.text.to_string()),
        description: element.child("description").map(|e| e.text.to_string()),
        login: element.child("login").map(|e| e.text.to_string()),
    })
}

fn read_filter_holder(element: &Element) -> Result<ReceivedFilter, RequestError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    check_sequence(element, &[Particle::once("filter", 1)])?;
    let filter = element.child("filter").ok_or_else(|| invalid(element, &missing_message(&["filter"])))?;
    check_attributes(filter, &[])?;
    check_element_only(filter)?;
    check_sequence(filter, &[Particle::many("key", 0)])?;
    let mut keys = Vec::with_capacity(filter.children.len());
    for key in &filter.children {
        check_simple(key)?;
        keys.push(key.text.to_string());
    }
    Ok(if keys.is_empty() { ReceivedFilter::All } else { ReceivedFilter::Keys(keys) })
}

/// The operations of `ClientTypeRequest` (client_input.xsd), in schema order.
const CUSTOMER_OPERATIONS: [&str; 7] =
    ["add", "get", "del", "set", "set-billing-info", "convert-to-reseller", "change-owner"];

/// The operations of `ResellerInput` (reseller.xsd), in schema order.
const RESELLER_OPERATIONS: [&str; 17] = [
    "add",
    "set",
    "get",
    "del",
    "ippool-add-ip",
    "ippool-del-ip",
    "ippool-set-ip",
    "cform-buttons-list",
    "get-limit-descriptor",
    "get-permission-descriptor",
    "convert-to-customer",
    "switch-subscription",
    "sync-subscription",
    "add-package",
    "remove-package",
    "enable-aps-filter",
    "disable-aps-filter",
];

/// A `customer` or `reseller` element (a choice of operations, any number): its `get`s are
/// schema-checked in document order; at the first other operation checking stops (its content
/// is not read, so neither is anything after it: the first error xmllint reports may be inside).
fn read_account_operator(element: &Element, kind: AccountKind) -> Result<ReceivedOperator, RequestError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    let names: &[&str] = match kind {
        AccountKind::Customer => &CUSTOMER_OPERATIONS,
        AccountKind::Reseller => &RESELLER_OPERATIONS,
    };
    let unsupported = || ReceivedOperator::Unsupported(kind.operator().to_owned());
    if element.children.is_empty() {
        return Err(RequestError::from(invalid(element, &missing_message(names))));
    }
    let mut filters = Vec::new();
    for (index, child) in element.children.iter().enumerate() {
        if !names.contains(&child.name.as_ref()) {
            let expected: &[&str] = if index == 0 { names } else { &[] };
            return Err(RequestError::from(invalid(child, &not_expected_message(expected))));
        }
        if child.name != "get" {
            return Ok(unsupported());
        }
        filters.push(read_account_get(child, kind)?);
    }
    Ok(match (filters.pop(), filters.is_empty()) {
        (Some(Some(filter)), true) => ReceivedOperator::AccountGet { kind, filter },
        _ => unsupported(),
    })
}

/// A `get` (filter, then dataset): the filter a server answers, or `None` for a valid get of
/// another shape.
fn read_account_get(element: &Element, kind: AccountKind) -> Result<Option<AccountFilter>, SchemaError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    let mut filter = None;
    let mut general_information_only = false;
    check_sequence_then(element, &[Particle::once("filter", 1), Particle::once("dataset", 1)], |child| {
        match child.name.as_ref() {
            "filter" => filter = read_account_filter(child, kind)?,
            _ => general_information_only = read_account_dataset(child, kind)?,
        }
        Ok(())
    })?;
    Ok(filter.filter(|_| general_information_only))
}

/// `clientSelectionFilterType` / `ResellerSelectionFilter`: a choice of one kind of filter
/// element, repeated (a reseller's `<all/>` once). `Some` for exactly one login or owner login.
fn read_account_filter(element: &Element, kind: AccountKind) -> Result<Option<AccountFilter>, SchemaError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    let branches = match kind {
        AccountKind::Customer => vec![
            Particle::many("id", 0),
            Particle::many("login", 0),
            Particle::many("owner-id", 0),
            Particle::many("owner-login", 0),
            Particle::many("guid", 0),
            Particle::many("external-id", 0),
        ],
        AccountKind::Reseller => vec![
            Particle::many("id", 0),
            Particle::many("login", 0),
            Particle::many("guid", 0),
            Particle::once("all", 0),
            Particle::many("external-id", 0),
        ],
    };
    check_choice(element, &branches, |child| match child.name.as_ref() {
        "all" => check_empty(child),
        "id" => check_simple(child).and_then(|()| check_integer(child, IntegerType::Id)),
        "owner-id" => check_simple(child).and_then(|()| check_integer(child, IntegerType::Int)),
        _ => check_simple(child),
    })?;
    Ok(match element.children.as_slice() {
        [only] if only.name == "login" => Some(AccountFilter::Login(only.text.to_string())),
        [only] if only.name == "owner-login" => Some(AccountFilter::OwnerLogin(only.text.to_string())),
        _ => None,
    })
}

/// `clientDatasetType` / `ResellerDataset`: a sequence of optional elements of any content.
/// True when it asks for the general information alone.
fn read_account_dataset(element: &Element, kind: AccountKind) -> Result<bool, SchemaError> {
    check_attributes(element, &[])?;
    check_element_only(element)?;
    let particles: Vec<Particle> = match kind {
        AccountKind::Customer => vec![Particle::once("gen_info", 0), Particle::once("stat", 0)],
        AccountKind::Reseller => ["gen-info", "stat", "permissions", "limits", "ippool", "subscriptions"]
            .into_iter()
            .map(|name| Particle::once(name, 0))
            .collect(),
    };
    // The datasets' elements have no type (anything goes inside), so their content is not read.
    check_sequence(element, &particles)?;
    Ok(matches!(element.children.as_slice(), [only] if only.name == kind.gen_info()))
}

/// The `version` attribute of a packet's root element, read without parsing the rest (a
/// server checks the protocol version before authentication and before validity).
pub fn packet_version(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event().ok()? {
            quick_xml::events::Event::Start(tag) | quick_xml::events::Event::Empty(tag) => {
                if tag.name().as_ref() != "packet" {
                    return None;
                }
                let attribute = tag.try_get_attribute("version").ok()??;
                return attribute
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|value| value.into_owned());
            }
            quick_xml::events::Event::Eof | quick_xml::events::Event::DocType(_) => return None,
            _ => {}
        }
    }
}
