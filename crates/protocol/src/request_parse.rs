//! Reading request packets (the server side, used by the sandbox).
//!
//! The `secret_key` subtree and the packet envelope are checked against `agent_input.xsd`;
//! a packet the schema refuses is reported as Plesk reports it: error 1014 with libxml2's
//! wording (the same sentence xmllint prints for that packet).

use crate::dom::{parse_document, Element, XmlError};
use crate::limits::{MAX_DEPTH, MAX_REQUEST_BYTES};
use crate::schema_check::{
    check_attributes, check_element_only, check_sequence, check_simple, invalid, missing_message,
    not_expected_message, Particle, SchemaError,
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
    /// Every operation in packet order, `None` standing for an operator other than secret_key.
    pub fn operation_count(&self) -> usize {
        self.operators
            .iter()
            .map(|operator| match operator {
                ReceivedOperator::SecretKey(operations) => operations.len(),
                ReceivedOperator::Unsupported(_) => 1,
            })
            .sum()
    }
}

/// One top-level operator element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceivedOperator {
    SecretKey(Vec<ReceivedOperation>),
    /// Another operator of the schema (e.g. `webspace`), by name; its content is not read.
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
        operators.push(if child.name == "secret_key" {
            ReceivedOperator::SecretKey(read_secret_key(child)?)
        } else {
            ReceivedOperator::Unsupported(child.name.to_string())
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
