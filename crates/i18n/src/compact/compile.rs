//! Writing a catalogue in the compact form (feature `compile`): the panel's build script and
//! `cargo xtask dist` turn each language's `.ftl` files into one file of records.

use std::fmt::Write;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

use super::{FORMATTED, RECORD};

/// Why a catalogue cannot be written in the compact form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileError {
    Syntax(String),
    Missing(String),
    Unknown(String),
    Unsupported { id: String, what: &'static str },
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompileError::Syntax(detail) => write!(f, "not Fluent: {detail}"),
            CompileError::Missing(id) => write!(f, "message {id} is missing"),
            CompileError::Unknown(id) => write!(f, "message {id} is not in English's catalogue"),
            CompileError::Unsupported { id, what } => {
                write!(f, "message {id} uses {what}, which the panel does not read")
            }
        }
    }
}

impl std::error::Error for CompileError {}

fn messages(source: &str) -> Result<Vec<(String, Pattern<&str>)>, CompileError> {
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| CompileError::Syntax(format!("{errors:?}")))?;
    Ok(resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some((message.id.name.to_owned(), message.value?)),
            _ => None,
        })
        .collect())
}

/// The `.ftl` files of one language's folder that the panel reads, in their order: every
/// `panel*.ftl` by name, then the ones shared with the CLI: Plesk's error codes, key health
/// and typed input that cannot be sent.
pub fn panel_sources(folder: &std::path::Path) -> std::io::Result<Vec<(String, String)>> {
    let mut names: Vec<String> = std::fs::read_dir(folder)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("panel") && name.ends_with(".ftl"))
        .collect();
    names.sort();
    names.extend(["plesk.ftl", "health.ftl", "input.ftl"].map(str::to_owned));
    names
        .into_iter()
        .map(|name| std::fs::read_to_string(folder.join(&name)).map(|text| (name, text)))
        .collect()
}

/// The IDs of the messages of these `.ftl` sources, in order.
pub fn message_ids(sources: &[&str]) -> Result<Vec<String>, CompileError> {
    let mut ids = Vec::new();
    for source in sources {
        ids.extend(messages(source)?.into_iter().map(|(id, _)| id));
    }
    Ok(ids)
}

/// The messages of these `.ftl` sources in the compact form, in the order of `ids` (English's):
/// every ID must have its message, and no other message may be there.
pub fn compile(ids: &[String], sources: &[&str]) -> Result<String, CompileError> {
    let mut all = std::collections::HashMap::new();
    for source in sources {
        for (id, pattern) in messages(source)? {
            if !ids.contains(&id) {
                return Err(CompileError::Unknown(id));
            }
            all.insert(id, pattern);
        }
    }
    let mut out = String::new();
    for (index, id) in ids.iter().enumerate() {
        if index > 0 {
            out.push(RECORD);
        }
        let pattern = all.get(id).ok_or_else(|| CompileError::Missing(id.clone()))?;
        let mut record = String::new();
        let formatted = write(pattern, &mut record, id)?;
        if formatted {
            out.push(FORMATTED);
            out.push_str(&record);
        } else {
            let mut plain = String::new();
            plain_text(pattern, &mut plain);
            out.push_str(&plain);
        }
    }
    Ok(out)
}

/// A pattern without placeables as it is shown (string literals included).
fn plain_text(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => out.push_str(&unescape_literal(value)),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::NumberLiteral { value }),
            } => out.push_str(value),
            PatternElement::Placeable { .. } => {}
        }
    }
}

fn unescape_literal(value: &str) -> String {
    value.replace("\\\"", "\"").replace("\\\\", "\\")
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(c, '\\' | '{' | '}' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Writes a pattern; whether it has a placeholder (a variable or a select).
fn write(pattern: &Pattern<&str>, out: &mut String, id: &str) -> Result<bool, CompileError> {
    let mut formatted = false;
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => escape(value, out),
            PatternElement::Placeable { expression } => formatted |= expression_to(expression, out, id)?,
        }
    }
    Ok(formatted)
}

fn expression_to(expression: &Expression<&str>, out: &mut String, id: &str) -> Result<bool, CompileError> {
    match expression {
        Expression::Inline(inline) => inline_to(inline, out, id),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id: variable } = selector else {
                return Err(CompileError::Unsupported {
                    id: id.to_owned(),
                    what: "a select on something not a placeholder",
                });
            };
            let _ = write!(out, "{{{}", variable.name);
            for variant in variants {
                out.push('|');
                if variant.default {
                    out.push('*');
                }
                match &variant.key {
                    VariantKey::Identifier { name } => out.push_str(name),
                    VariantKey::NumberLiteral { value } if value.parse::<i64>().is_ok() => {
                        out.push_str(value)
                    }
                    VariantKey::NumberLiteral { .. } => {
                        return Err(CompileError::Unsupported {
                            id: id.to_owned(),
                            what: "a variant key that is not a whole number",
                        })
                    }
                }
                out.push('=');
                write(&variant.value, out, id)?;
            }
            out.push('}');
            Ok(true)
        }
    }
}

fn inline_to(inline: &InlineExpression<&str>, out: &mut String, id: &str) -> Result<bool, CompileError> {
    match inline {
        InlineExpression::StringLiteral { value } => {
            escape(&unescape_literal(value), out);
            Ok(false)
        }
        InlineExpression::NumberLiteral { value } => {
            escape(value, out);
            Ok(false)
        }
        InlineExpression::VariableReference { id: variable } => {
            let _ = write!(out, "{{{}}}", variable.name);
            Ok(true)
        }
        InlineExpression::Placeable { expression } => expression_to(expression, out, id),
        InlineExpression::FunctionReference { .. } => {
            Err(CompileError::Unsupported { id: id.to_owned(), what: "a function" })
        }
        InlineExpression::MessageReference { .. } => {
            Err(CompileError::Unsupported { id: id.to_owned(), what: "a message reference" })
        }
        InlineExpression::TermReference { .. } => {
            Err(CompileError::Unsupported { id: id.to_owned(), what: "a term" })
        }
    }
}
