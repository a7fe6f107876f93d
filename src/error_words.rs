//! Errors in the panel's words: what Plesk's error codes mean, Plesk's own errors, and answers
//! that cannot be read — the protocol crate's typed errors worded from the catalogue (in the
//! panel's language) instead of by their English `Display`. The transport (`crate::api`) and the
//! packet inspector both use them.

use plesk_xmlapi::{redact_key_shapes, ErrorCode, ResponseError, ResultError, XmlError};

use crate::i18n::{t, tf, Fmt, Msg};

/// What a Plesk error code means, in the panel's language (as `ErrorCode::explanation`).
pub fn code_explanation(code: ErrorCode) -> &'static str {
    t(match code {
        ErrorCode::AuthenticationFailed => Msg::PleskError1001,
        ErrorCode::UnsupportedVersion => Msg::PleskError1005,
        ErrorCode::PermissionDenied => Msg::PleskError1006,
        ErrorCode::AccountDisabled => Msg::PleskError1011,
        ErrorCode::LoginLocked => Msg::PleskError1012,
        ErrorCode::NotFound => Msg::PleskError1013,
        ErrorCode::ParseError => Msg::PleskError1014,
        ErrorCode::OwnerNotFound => Msg::PleskError1015,
        ErrorCode::UnsupportedFeature => Msg::PleskError1017,
        ErrorCode::InvalidValue => Msg::PleskError1019,
        ErrorCode::OperationFailed => Msg::PleskError1023,
        ErrorCode::AuthenticationMissing => Msg::PleskError1029,
        ErrorCode::InvalidSecretKey => Msg::PleskError11003,
        ErrorCode::Other(_) => Msg::PleskErrorOther,
    })
}

/// What an error Plesk reported means, in the panel's language: the code's explanation, refined
/// where Plesk's text says which of two causes applies (as the protocol crate's `SystemError`
/// explains it): 11003 for a key Plesk does not know ("key is not found", Plesk 18.0.33 and
/// later), 1006 for the API access restriction ("Access to API is disabled for ADDRESS").
pub fn plesk_explanation(code: ErrorCode, text: &str) -> &'static str {
    let says = |phrase: &str| text.to_ascii_lowercase().contains(phrase);
    match code {
        ErrorCode::InvalidSecretKey if says("key is not found") => t(Msg::ApiPleskUnknownKey),
        ErrorCode::PermissionDenied if says("access to api is disabled for") => t(Msg::ApiPleskApiRestricted),
        code => code_explanation(code),
    }
}

/// An error Plesk reported (a `SystemError` or `ResultError`), in the panel's language: what it
/// means, its code and Plesk's own text (key-shaped text redacted), as their `Display` says it.
pub fn plesk_error_text(code: ErrorCode, text: &str) -> String {
    tf(
        Fmt::ApiPleskError,
        &[
            ("explanation", plesk_explanation(code, text).into()),
            ("code", (&code.to_string()).into()),
            ("text", (&redact_key_shapes(text)).into()),
        ],
    )
}

/// A per-key error of Plesk's (a look-up or delete of one key), in the panel's language.
pub fn result_error_text(error: &ResultError) -> String {
    plesk_error_text(error.code, &error.text)
}

/// Why an answer could not be read, in the panel's language (as `ResponseError`'s `Display`).
pub fn response_error_text(error: &ResponseError) -> String {
    match error {
        ResponseError::TooLarge { size, limit } => {
            tf(Fmt::ApiAnswerTooLarge, &[("size", (*size).into()), ("limit", (*limit).into())])
        }
        ResponseError::NotUtf8 => t(Msg::ApiAnswerNotUtf8).to_owned(),
        ResponseError::Xml(error) => xml_error_text(error),
        ResponseError::NotAPacket { root, snippet } => {
            tf(Fmt::ApiAnswerNotAPacket, &[("root", root.into()), ("snippet", snippet.into())])
        }
        ResponseError::NoContent => t(Msg::ApiAnswerNoContent).to_owned(),
        ResponseError::MissingStatus { context } => {
            tf(Fmt::ApiAnswerNoStatus, &[("element", (*context).into())])
        }
        ResponseError::UnknownStatus { context, status } => {
            tf(Fmt::ApiAnswerUnknownStatus, &[("element", (*context).into()), ("status", status.into())])
        }
        ResponseError::BadErrcode { context, errcode } => {
            tf(Fmt::ApiAnswerBadErrcode, &[("element", (*context).into()), ("errcode", errcode.into())])
        }
        ResponseError::MissingNewKey => t(Msg::ApiAnswerNoNewKey).to_owned(),
        ResponseError::MalformedNewKey { length } => {
            tf(Fmt::ApiAnswerMalformedNewKey, &[("length", (*length).into())])
        }
        ResponseError::IncompleteKeyInfo { field } => {
            tf(Fmt::ApiAnswerIncompleteKeyInfo, &[("field", (*field).into())])
        }
        ResponseError::Unexpected { element, parent } => {
            tf(Fmt::ApiAnswerUnexpected, &[("element", element.into()), ("parent", parent.into())])
        }
    }
}

/// Why a body is not XML the panel reads, in the panel's language (as `XmlError`'s `Display`).
pub fn xml_error_text(error: &XmlError) -> String {
    match error {
        XmlError::Empty => t(Msg::ApiXmlEmpty).to_owned(),
        XmlError::Html { snippet } => tf(Fmt::ApiXmlHtml, &[("snippet", snippet.into())]),
        XmlError::NotXml { snippet } => tf(Fmt::ApiXmlNotXml, &[("snippet", snippet.into())]),
        XmlError::Truncated { snippet } => tf(Fmt::ApiXmlTruncated, &[("snippet", snippet.into())]),
        XmlError::Doctype => t(Msg::ApiXmlDoctype).to_owned(),
        XmlError::UnknownEntity { name } => tf(Fmt::ApiXmlUnknownEntity, &[("name", name.into())]),
        XmlError::TooDeep { limit } => tf(Fmt::ApiXmlTooDeep, &[("limit", (*limit).into())]),
        XmlError::Malformed { line, detail } => {
            tf(Fmt::ApiXmlMalformed, &[("line", (*line).into()), ("detail", detail.into())])
        }
    }
}
