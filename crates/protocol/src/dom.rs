//! A small, defensive XML tree reader on top of quick-xml.
//!
//! It refuses what a Plesk packet never contains and an attacker would use: DOCTYPE and entity
//! declarations (never expanded), undeclared entities, nesting deeper than a bound, content
//! after the root. Text is unescaped and XML 1.0 line endings are normalised.
//!
//! The tree borrows from the input: text is a slice of it unless it had to be unescaped or
//! joined, and the names Plesk packets use are static strings, so reading a list of thousands
//! of keys allocates little more than the tree's child lists.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::text::is_xml_char;

/// One element: its name, attributes, child elements and the text directly inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Element<'a> {
    pub name: Cow<'static, str>,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Element<'a>>,
    /// All character data directly inside this element, concatenated.
    pub text: Cow<'a, str>,
    /// 1-based line of the start tag.
    pub line: usize,
}

/// An element name: the names of the `secret_key` and packet-level protocol (and a few
/// neighbours) are static strings, never allocated.
fn element_name(raw: &str) -> Cow<'static, str> {
    let known = match raw {
        "packet" => "packet",
        "secret_key" => "secret_key",
        "create" => "create",
        "get_info" => "get_info",
        "delete" => "delete",
        "filter" => "filter",
        "result" => "result",
        "status" => "status",
        "errcode" => "errcode",
        "errtext" => "errtext",
        "key" => "key",
        "key_info" => "key_info",
        "ip_address" => "ip_address",
        "description" => "description",
        "login" => "login",
        "system" => "system",
        "output" => "output",
        "request-settings" => "request-settings",
        "setting" => "setting",
        "name" => "name",
        "value" => "value",
        "html" => "html",
        "server" => "server",
        "customer" => "customer",
        "webspace" => "webspace",
        "site" => "site",
        "reseller" => "reseller",
        "user" => "user",
        "id" => "id",
        "owner" => "owner",
        "get" => "get",
        "dataset" => "dataset",
        "gen_info" => "gen_info",
        "gen-info" => "gen-info",
        "data" => "data",
        "filter-id" => "filter-id",
        "pname" => "pname",
        "owner-login" => "owner-login",
        other => return Cow::Owned(other.to_owned()),
    };
    Cow::Borrowed(known)
}

impl<'a> Element<'a> {
    pub fn child(&self, name: &str) -> Option<&Element<'a>> {
        self.children.iter().find(|c| c.name == name)
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    /// True when the text is only whitespace (pretty-printing between elements).
    pub fn has_only_whitespace_text(&self) -> bool {
        self.text.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
    }
}

/// Why a body is not an XML document this crate will read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XmlError {
    #[error("The answer is empty.")]
    Empty,
    #[error(
        "The answer is an HTML page, not a Plesk XML packet (often an error page of a proxy): {snippet}"
    )]
    Html { snippet: String },
    #[error("The answer is not XML: {snippet}")]
    NotXml { snippet: String },
    #[error("The XML is cut off before its end (truncated): {snippet}")]
    Truncated { snippet: String },
    #[error(
        "The XML contains a DOCTYPE or entity declaration, which Plesk never sends; it was not processed."
    )]
    Doctype,
    #[error("The XML uses the undeclared entity '&{name};'.")]
    UnknownEntity { name: String },
    #[error("The XML nests elements more than {limit} deep.")]
    TooDeep { limit: usize },
    #[error("The XML is malformed at line {line}: {detail}")]
    Malformed { line: usize, detail: String },
}

/// How much of a body is looked at for a snippet (key-shaped text is redacted in it first).
const SNIPPET_WINDOW_CHARS: usize = 400;

/// The first characters of a body, for error messages: one line, at most 80 characters, with
/// anything key-shaped redacted (a truncated create answer ends in the new key's value).
pub(crate) fn snippet(body: &str) -> String {
    let window: String = body.trim_start().chars().take(SNIPPET_WINDOW_CHARS).collect();
    let flat: String = crate::secret_text::redact_key_shapes(&window)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(81)
        .collect();
    if flat.chars().count() > 80 {
        let mut cut: String = flat.chars().take(80).collect();
        cut.push('…');
        cut
    } else {
        flat
    }
}

/// Tracks line numbers incrementally as the reader advances.
struct LineCounter<'a> {
    input: &'a str,
    position: usize,
    line: usize,
}

impl LineCounter<'_> {
    fn line_at(&mut self, position: usize) -> usize {
        let position = position.min(self.input.len());
        if position > self.position {
            self.line +=
                self.input.as_bytes()[self.position..position].iter().filter(|b| **b == b'\n').count();
            self.position = position;
        }
        self.line
    }
}

/// Parses `input` into its root element.
pub(crate) fn parse_document(input: &str, max_depth: usize) -> Result<Element<'_>, XmlError> {
    let body = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    if body.trim().is_empty() {
        return Err(XmlError::Empty);
    }
    if !body.trim_start().starts_with('<') {
        return Err(XmlError::NotXml { snippet: snippet(body) });
    }
    let mut reader = Reader::from_str(body);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.check_comments = true;
    let mut lines = LineCounter { input: body, position: 0, line: 1 };
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let start = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|error| {
            let line = lines.line_at(start);
            classify_reader_error(body, line, &error, !stack.is_empty())
        })?;
        match event {
            Event::Start(tag) | Event::Empty(tag) if root.is_some() => {
                let _ = tag;
                return Err(XmlError::Malformed {
                    line: lines.line_at(start),
                    detail: "content after the root element".into(),
                });
            }
            Event::Start(tag) => {
                if stack.len() >= max_depth {
                    return Err(XmlError::TooDeep { limit: max_depth });
                }
                let element = open_element(&tag, lines.line_at(start))?;
                stack.push(element);
            }
            Event::Empty(tag) => {
                if stack.len() >= max_depth {
                    return Err(XmlError::TooDeep { limit: max_depth });
                }
                let element = open_element(&tag, lines.line_at(start))?;
                close_element(element, &mut stack, &mut root);
            }
            Event::End(_) => match stack.pop() {
                Some(element) => close_element(element, &mut stack, &mut root),
                None => {
                    return Err(XmlError::Malformed {
                        line: lines.line_at(start),
                        detail: "a closing tag without an opening one".into(),
                    })
                }
            },
            Event::Text(text) => append_text(&mut stack, text.xml10_content(), &mut lines, start)?,
            Event::CData(data) => append_text(&mut stack, data.xml10_content(), &mut lines, start)?,
            Event::GeneralRef(reference) => {
                let resolved = resolve_reference(&reference, lines.line_at(start))?;
                let piece = Cow::Owned(resolved.encode_utf8(&mut [0; 4]).to_owned());
                append_text(&mut stack, piece, &mut lines, start)?;
            }
            Event::DocType(_) => return Err(XmlError::Doctype),
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err(XmlError::Truncated { snippet: tail_snippet(body) });
    }
    root.ok_or_else(|| XmlError::NotXml { snippet: snippet(body) })
}

/// The last 60 characters of a body, redacted as [`snippet`] (redacted before the cut, so a
/// key cut in half is still recognised).
fn tail_snippet(body: &str) -> String {
    let trimmed = body.trim_end();
    let window_start =
        trimmed.char_indices().rev().nth(SNIPPET_WINDOW_CHARS - 1).map(|(index, _)| index).unwrap_or(0);
    let redacted = crate::secret_text::redact_key_shapes(&trimmed[window_start..]);
    let start = redacted.char_indices().rev().nth(59).map(|(index, _)| index).unwrap_or(0);
    format!("…{}", snippet(&redacted[start..]))
}

/// Classifies quick-xml's error by its variant (never by its message, which may change with any
/// upgrade): a DOCTYPE, input that ended inside markup (truncated within the root, not XML
/// before it), or anything else as malformed at `line`.
fn classify_reader_error(body: &str, line: usize, error: &quick_xml::Error, inside_root: bool) -> XmlError {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    let ended_early = || {
        if inside_root {
            XmlError::Truncated { snippet: tail_snippet(body) }
        } else {
            XmlError::NotXml { snippet: snippet(body) }
        }
    };
    match error {
        quick_xml::Error::Syntax(SyntaxError::UnclosedDoctype)
        | quick_xml::Error::IllFormed(IllFormedError::MissingDoctypeName) => XmlError::Doctype,
        quick_xml::Error::Syntax(
            SyntaxError::UnclosedTag
            | SyntaxError::UnclosedSingleQuotedAttributeValue
            | SyntaxError::UnclosedDoubleQuotedAttributeValue
            | SyntaxError::UnclosedComment
            | SyntaxError::UnclosedCData
            | SyntaxError::UnclosedPI
            | SyntaxError::UnclosedXmlDecl
            | SyntaxError::InvalidBangMarkup,
        )
        | quick_xml::Error::IllFormed(IllFormedError::MissingEndTag(_) | IllFormedError::UnclosedReference) => {
            ended_early()
        }
        other => XmlError::Malformed { line, detail: other.to_string() },
    }
}

fn open_element<'a>(tag: &BytesStart<'_>, line: usize) -> Result<Element<'a>, XmlError> {
    let name = element_name(tag.name().as_ref());
    let mut attributes = Vec::new();
    for attribute in tag.attributes() {
        let attribute = attribute.map_err(|error| XmlError::Malformed { line, detail: error.to_string() })?;
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|error| XmlError::Malformed { line, detail: error.to_string() })?;
        attributes.push((attribute.key.as_ref().to_owned(), value.into_owned()));
    }
    Ok(Element { name, attributes, children: Vec::new(), text: Cow::Borrowed(""), line })
}

fn close_element<'a>(element: Element<'a>, stack: &mut [Element<'a>], root: &mut Option<Element<'a>>) {
    match stack.last_mut() {
        Some(parent) => {
            // Indentation before the first child is dropped too (see append_text).
            if parent.children.is_empty() && parent.has_only_whitespace_text() {
                parent.text = Cow::Borrowed("");
            }
            parent.children.push(element);
        }
        None => *root = Some(element),
    }
}

fn append_text<'a>(
    stack: &mut [Element<'a>],
    content: Cow<'a, str>,
    lines: &mut LineCounter<'_>,
    start: usize,
) -> Result<(), XmlError> {
    if !is_plain_text(&content) {
        if let Some(bad) = content.chars().find(|c| !is_xml_char(*c)) {
            return Err(XmlError::Malformed {
                line: lines.line_at(start),
                detail: format!("the character U+{:04X} is not allowed in XML", bad as u32),
            });
        }
    }
    let blank = content.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    match stack.last_mut() {
        // Indentation between child elements carries nothing: not kept.
        Some(element) if blank && !element.children.is_empty() => {}
        // The first piece is kept as it is (usually a slice of the input); more pieces join it.
        Some(element) if element.text.is_empty() => element.text = content,
        Some(element) => element.text.to_mut().push_str(&content),
        None if blank => {}
        None => {
            return Err(XmlError::Malformed {
                line: lines.line_at(start),
                detail: "text outside the root element".into(),
            })
        }
    }
    Ok(())
}

/// A fast check that needs no decoding: no C0 controls but tab/LF/CR, and no byte that could
/// start U+FFFE/U+FFFF (0xEF); anything else takes the exact check.
fn is_plain_text(content: &str) -> bool {
    content.bytes().all(|b| (b >= 0x20 && b != 0xEF) || matches!(b, b'\t' | b'\n' | b'\r'))
}

fn resolve_reference(reference: &quick_xml::events::BytesRef<'_>, line: usize) -> Result<char, XmlError> {
    if reference.is_char_ref() {
        return match reference.resolve_char_ref() {
            Ok(Some(c)) if is_xml_char(c) => Ok(c),
            Ok(_) | Err(_) => Err(XmlError::Malformed {
                line,
                detail: format!("invalid character reference '&{};'", reference.xml10_content()),
            }),
        };
    }
    let name = reference.xml10_content();
    match name.as_ref() {
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "amp" => Ok('&'),
        "apos" => Ok('\''),
        "quot" => Ok('"'),
        other => Err(XmlError::UnknownEntity { name: other.to_owned() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nested_elements_text_and_lines() {
        let root =
            parse_document("<?xml version=\"1.0\"?>\n<a x=\"1\">\n <b>t&amp;&#13;u</b><c/></a>", 8).unwrap();
        assert_eq!(root.name, "a");
        assert_eq!(root.attribute("x"), Some("1"));
        assert_eq!(root.children[0].text, "t&\ru");
        assert_eq!(root.children[0].line, 3);
        assert_eq!(root.children[1].name, "c");
    }

    #[test]
    fn plain_text_and_known_names_borrow_instead_of_allocating() {
        let root = parse_document("<packet><key>abc</key><x-custom>a&amp;b</x-custom></packet>", 8).unwrap();
        assert!(matches!(root.name, Cow::Borrowed("packet")));
        assert!(matches!(root.children[0].text, Cow::Borrowed("abc")));
        assert!(matches!(&root.children[1].name, Cow::Owned(name) if name == "x-custom"));
        assert_eq!(root.children[1].text, "a&b", "pieces around a reference are joined");
    }

    #[test]
    fn refuses_doctype_entities_depth_and_truncation() {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><lolz>&lol;</lolz>";
        assert_eq!(parse_document(laughs, 8), Err(XmlError::Doctype));
        assert!(matches!(parse_document("<a>&lol;</a>", 8), Err(XmlError::UnknownEntity { .. })));
        let deep = "<a>".repeat(40) + &"</a>".repeat(40);
        assert_eq!(parse_document(&deep, 32), Err(XmlError::TooDeep { limit: 32 }));
        assert!(matches!(parse_document("<a><b>", 8), Err(XmlError::Truncated { .. })));
        assert!(matches!(parse_document("Bad Gateway", 8), Err(XmlError::NotXml { .. })));
        assert_eq!(parse_document("  ", 8), Err(XmlError::Empty));
    }

    #[test]
    fn input_that_ends_inside_markup_is_classified_by_variant() {
        for cut in ["<a><b>t</b", "<a><b x=\"1", "<a><!-- note", "<a><![CDATA[x", "<a>&amp"] {
            assert!(matches!(parse_document(cut, 8), Err(XmlError::Truncated { .. })), "{cut}");
        }
        assert!(matches!(parse_document("<a", 8), Err(XmlError::NotXml { .. })));
        assert_eq!(parse_document("<!DOCTYPE a", 8), Err(XmlError::Doctype));
        assert!(matches!(parse_document("<a></b>", 8), Err(XmlError::Malformed { line: 1, .. })));
    }

    #[test]
    fn snippet_is_one_short_line() {
        let long = "x\n".repeat(100);
        let cut = snippet(&long);
        assert!(cut.chars().count() <= 81 && !cut.contains('\n'));
    }
}
