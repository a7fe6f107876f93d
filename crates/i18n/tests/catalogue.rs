//! Every language's catalogue (`locales/<tag>/*.ftl`) against English's: the same files, each
//! parsing without an error, the same messages, each with the same placeholders, and every
//! plural the language's CLDR categories need (Russian's and Polish's `few`/`many`, Arabic's six).

mod common;

use common::checked_languages;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use plesk_i18n::Language;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// The `.ftl` files of a language's folder, by name.
fn files(language: Language) -> BTreeMap<String, String> {
    let folder = locales().join(language.tag());
    let entries = std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    entries
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| {
            let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).expect("UTF-8 text"))
        })
        .collect()
}

/// One message as the test compares it: its placeholders and the plural categories each of its
/// selects names.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    selects: Vec<BTreeSet<String>>,
}

fn inline(expression: &InlineExpression<&str>, shape: &mut Shape) {
    match expression {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline(a, shape));
            arguments.named.iter().for_each(|a| inline(&a.value, shape));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(expression) => inline(expression, shape),
        Expression::Select { selector, variants } => {
            inline(selector, shape);
            let keys = variants
                .iter()
                .map(|variant| match &variant.key {
                    VariantKey::Identifier { name } => (*name).to_owned(),
                    VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            shape.selects.push(keys);
            variants.iter().for_each(|variant| walk_pattern(&variant.value, shape));
        }
    }
}

fn walk_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

/// The messages of one file by ID, or the parser's errors.
fn messages(name: &str, source: &str) -> BTreeMap<String, Shape> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut shape = Shape::default();
                let value = message
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{name}: {} has no value", message.id.name));
                walk_pattern(value, &mut shape);
                assert!(
                    found.insert(message.id.name.to_owned(), shape).is_none(),
                    "{name}: {} twice",
                    message.id.name
                );
            }
            Entry::Junk { content } => panic!("{name}: junk {content:?}"),
            _ => {}
        }
    }
    found
}

/// The CLDR plural categories of whole numbers in a language.
fn plural_categories(language: Language) -> &'static [&'static str] {
    match language {
        Language::Russian | Language::Polish => &["one", "few", "many", "other"],
        Language::Japanese | Language::ChineseSimplified => &["other"],
        Language::Arabic => &["zero", "one", "two", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = files(Language::English);
    assert!(!english.is_empty(), "English has a catalogue");
    for language in checked_languages() {
        let translated = files(language);
        let tag = language.tag();
        assert_eq!(
            translated.keys().collect::<Vec<_>>(),
            english.keys().collect::<Vec<_>>(),
            "{tag}: the files"
        );
        for (name, source) in &english {
            let expected = messages(name, source);
            let found = messages(&format!("{tag}/{name}"), &translated[name]);
            assert_eq!(
                found.keys().collect::<Vec<_>>(),
                expected.keys().collect::<Vec<_>>(),
                "{tag}/{name}: the messages"
            );
            for (id, shape) in &expected {
                let got = &found[id];
                assert_eq!(got.variables, shape.variables, "{tag}/{name}: {id}'s placeholders");
                assert_eq!(got.selects.len(), shape.selects.len(), "{tag}/{name}: {id}'s selects");
                for keys in &got.selects {
                    let needed: BTreeSet<String> =
                        plural_categories(language).iter().map(|c| (*c).to_owned()).collect();
                    assert!(
                        needed.is_subset(keys),
                        "{tag}/{name}: {id} lacks plural forms {:?}",
                        needed.difference(keys).collect::<Vec<_>>()
                    );
                }
            }
        }
    }
}

/// Fluent keeps the first of two messages with one ID in one language: an ID lives in one file.
#[test]
fn every_message_id_lives_in_one_file_of_its_language() {
    for language in checked_languages() {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (name, source) in files(language) {
            for id in messages(&name, &source).into_keys() {
                if let Some(first) = seen.insert(id.clone(), name.clone()) {
                    panic!("{}: {id} is in {first} and in {name}", language.tag());
                }
            }
        }
    }
}

/// The CLI compiles in every catalogue file but the panel's own (`panel*.ftl`, which the panel's
/// build script and `cargo xtask dist` read): a new file is not forgotten there.
#[test]
fn the_cli_reads_every_catalogue_file_but_the_panels() {
    let reader = locales().join("../crates/plesk-keys/src/messages.rs");
    let source = std::fs::read_to_string(&reader).expect("messages.rs");
    for name in files(Language::English).keys().filter(|name| !name.starts_with("panel")) {
        assert!(source.contains(&format!("\"/{name}\"")), "messages.rs does not read {name}");
    }
}

#[test]
fn no_catalogue_carries_bidi_controls() {
    for language in checked_languages() {
        for (name, source) in files(language) {
            let control = source.chars().find(
                |c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'),
            );
            assert!(control.is_none(), "{}/{name} carries {control:?}", language.tag());
        }
    }
}
