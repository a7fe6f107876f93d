//! Reading response packets (the client side).

use crate::contract::is_key_value_shaped;
use crate::dom::{parse_document, snippet, Element, XmlError};
use crate::error_code::ErrorCode;
use crate::ip::IpList;
use crate::limits::{MAX_DEPTH, MAX_RESPONSE_BYTES};
use crate::response::{
    GetInfoResult, KeyInfo, NewKey, OperationResponse, ResponseBody, ResponsePacket, ResultError, SystemError,
};

/// Why an answer could not be read as a Plesk response packet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResponseError {
    #[error("The answer is {size} bytes, more than the {limit} bytes this tool reads.")]
    TooLarge { size: usize, limit: usize },
    #[error("The answer is not valid UTF-8 text.")]
    NotUtf8,
    #[error("{0}")]
    Xml(#[from] XmlError),
    #[error("The answer is XML but not a Plesk packet (its root is <{root}>): {snippet}")]
    NotAPacket { root: String, snippet: String },
    #[error("The answer holds neither results nor an error.")]
    NoContent,
    #[error("A <{context}> result has no status.")]
    MissingStatus { context: &'static str },
    #[error("A <{context}> result has the unknown status '{status}'.")]
    UnknownStatus { context: &'static str, status: String },
    #[error(
        "A <{context}> result has the error code '{errcode}', which is not a number from 0 to 4294967295."
    )]
    BadErrcode { context: &'static str, errcode: String },
    #[error("A successful create result holds no key.")]
    MissingNewKey,
    #[error(
        "Plesk's create answer holds a new key of {length} characters that is not shaped like a key \
         (only letters, digits, '-' and '_'); it is withheld. A key may have been made: check the \
         key list and delete any you do not recognise."
    )]
    MalformedNewKey { length: usize },
    #[error("A key_info entry has no <{field}>.")]
    IncompleteKeyInfo { field: &'static str },
    #[error("The answer has an unexpected <{element}> inside <{parent}>.")]
    Unexpected { element: String, parent: String },
}

/// Reads a response body given as bytes: refuses invalid UTF-8 and oversized bodies first.
pub fn parse_response_bytes(body: &[u8]) -> Result<ResponsePacket, ResponseError> {
    parse_response(response_text(body)?)
}

/// A response body as text: refuses oversized bodies and invalid UTF-8 (every answer reader).
pub(crate) fn response_text(body: &[u8]) -> Result<&str, ResponseError> {
    if body.len() > MAX_RESPONSE_BYTES {
        return Err(ResponseError::TooLarge { size: body.len(), limit: MAX_RESPONSE_BYTES });
    }
    std::str::from_utf8(body).map_err(|_| ResponseError::NotUtf8)
}

/// The `<packet>` root of an answer: refuses oversized bodies, HTML pages, XML that is not
/// readable and other roots (every answer reader, whatever operators it expects).
pub(crate) fn read_packet(body: &str) -> Result<Element<'_>, ResponseError> {
    if body.len() > MAX_RESPONSE_BYTES {
        return Err(ResponseError::TooLarge { size: body.len(), limit: MAX_RESPONSE_BYTES });
    }
    if looks_like_html(body) {
        return Err(XmlError::Html { snippet: snippet(body) }.into());
    }
    let root = parse_document(body, MAX_DEPTH)?;
    if root.name.eq_ignore_ascii_case("html") {
        return Err(XmlError::Html { snippet: snippet(body) }.into());
    }
    if root.name != "packet" {
        return Err(ResponseError::NotAPacket { root: root.name.into_owned(), snippet: snippet(body) });
    }
    Ok(root)
}

/// A packet-level `<system>` error (every answer reader: an ok `<system>` is no answer).
pub(crate) fn read_system(system: &Element<'_>) -> Result<SystemError, ResponseError> {
    let error = read_status(system, "system")?
        .err()
        .ok_or_else(|| ResponseError::Unexpected { element: "system".into(), parent: "packet".into() })?;
    Ok(SystemError { code: error.code, text: error.text })
}

/// Reads a response packet. Tolerates pretty-printing, an XML declaration, the trailing
/// `<output>`, and unknown extra elements inside a result.
pub fn parse_response(body: &str) -> Result<ResponsePacket, ResponseError> {
    let root = read_packet(body)?;
    let version = root.attribute("version").map(str::to_owned);
    let mut operations = Vec::new();
    for child in &root.children {
        match child.name.as_ref() {
            "system" => {
                return Ok(ResponsePacket { version, body: ResponseBody::System(read_system(child)?) });
            }
            "secret_key" => {
                for operation in &child.children {
                    operations.push(read_operation(operation)?);
                }
            }
            "output" => {}
            other => {
                return Err(ResponseError::Unexpected { element: other.into(), parent: "packet".into() })
            }
        }
    }
    if operations.is_empty() {
        return Err(ResponseError::NoContent);
    }
    Ok(ResponsePacket { version, body: ResponseBody::Operations(operations) })
}

fn looks_like_html(body: &str) -> bool {
    let start: String = body.trim_start().chars().take(15).collect::<String>().to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

fn read_operation(operation: &Element) -> Result<OperationResponse, ResponseError> {
    let results = operation.children.iter().filter(|c| c.name == "result");
    match operation.name.as_ref() {
        "create" => {
            let result =
                operation.child("result").ok_or(ResponseError::MissingStatus { context: "create" })?;
            if let Err(error) = read_status(result, "create")? {
                return Ok(OperationResponse::Create(Err(error)));
            }
            let key = text_of(result, "key").ok_or(ResponseError::MissingNewKey)?;
            if !is_key_value_shaped(&key) {
                return Err(ResponseError::MalformedNewKey { length: key.chars().count() });
            }
            Ok(OperationResponse::Create(Ok(NewKey(key))))
        }
        "get_info" => {
            let mut read = Vec::new();
            for result in results {
                read.push(match read_status(result, "get_info")? {
                    Ok(()) => GetInfoResult::Found(
                        result
                            .children
                            .iter()
                            .filter(|c| c.name == "key_info")
                            .map(read_key_info)
                            .collect::<Result<_, _>>()?,
                    ),
                    Err(error) => GetInfoResult::Failed(error),
                });
            }
            Ok(OperationResponse::GetInfo(read))
        }
        "delete" => {
            let mut read = Vec::new();
            for result in results {
                read.push(read_status(result, "delete")?.map(|()| text_of(result, "key")));
            }
            Ok(OperationResponse::Delete(read))
        }
        other => Err(ResponseError::Unexpected { element: other.into(), parent: "secret_key".into() }),
    }
}

/// `Ok(())` for status ok, `Err(ResultError)` for status error.
pub(crate) fn read_status(
    result: &Element,
    context: &'static str,
) -> Result<Result<(), ResultError>, ResponseError> {
    let status = trimmed_text(result, "status").ok_or(ResponseError::MissingStatus { context })?;
    match status {
        "ok" => Ok(Ok(())),
        "error" => {
            let code = match trimmed_text(result, "errcode") {
                Some(errcode) => errcode
                    .parse::<u32>()
                    .map(ErrorCode::from_number)
                    .map_err(|_| ResponseError::BadErrcode { context, errcode: snippet(errcode) })?,
                None => ErrorCode::Other(0),
            };
            let text = result.child("errtext").map(|e| e.text.trim().to_owned()).unwrap_or_default();
            Ok(Err(ResultError { code, text, key: text_of(result, "key") }))
        }
        _ => Err(ResponseError::UnknownStatus { context, status: snippet(status) }),
    }
}

/// The trimmed text of the child `name`, borrowed from the tree.
pub(crate) fn trimmed_text<'e>(parent: &'e Element, name: &str) -> Option<&'e str> {
    parent.child(name).map(|element| element.text.trim())
}

fn text_of(parent: &Element, name: &str) -> Option<String> {
    trimmed_text(parent, name).map(str::to_owned)
}

fn read_key_info(info: &Element) -> Result<KeyInfo, ResponseError> {
    let id = text_of(info, "key").ok_or(ResponseError::IncompleteKeyInfo { field: "key" })?;
    let ip_address = trimmed_text(info, "ip_address").unwrap_or_default();
    let description = info
        .child("description")
        .filter(|d| !matches!(d.attribute("xsi:nil"), Some("true" | "1")))
        .map(|d| d.text.to_string())
        .unwrap_or_default();
    Ok(KeyInfo {
        id,
        ip_addresses: IpList::parse_lenient(ip_address),
        description,
        owner: text_of(info, "login").filter(|login| !login.is_empty()),
    })
}
