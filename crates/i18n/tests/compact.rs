//! The panel's compact catalogues say exactly what Fluent says: every message of every language,
//! compiled (`plesk_i18n::compact::compile`) and formatted by the panel's formatter, against
//! `fluent-bundle` formatting the `.ftl` source, for a spread of numbers (every plural category
//! of each language) and texts.

mod common;

use common::checked_languages;
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use plesk_i18n::compact::{self, Arg, Locale};

struct Cldr(PluralRules);

impl Locale for Cldr {
    fn plural_category(&self, number: f64) -> &'static str {
        match self.0.select(number) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        }
    }

    fn number(&self, number: f64) -> String {
        number.to_string()
    }
}

/// The variables of a pattern, and whether each is a select's selector (then given numbers).
fn variables(pattern: &Pattern<&str>, found: &mut Vec<(String, bool)>) {
    fn inline(expression: &InlineExpression<&str>, selector: bool, found: &mut Vec<(String, bool)>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                match found.iter_mut().find(|(name, _)| name == id.name) {
                    Some(entry) => entry.1 |= selector,
                    None => found.push((id.name.to_owned(), selector)),
                }
            }
            InlineExpression::Placeable { expression } => expression_of(expression, found),
            _ => {}
        }
    }
    fn expression_of(expression: &Expression<&str>, found: &mut Vec<(String, bool)>) {
        match expression {
            Expression::Inline(expression) => inline(expression, false, found),
            Expression::Select { selector, variants } => {
                inline(selector, true, found);
                for variant in variants {
                    variables(&variant.value, found);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_of(expression, found);
        }
    }
}

const NUMBERS: [f64; 14] = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 11.0, 12.0, 21.0, 22.0, 25.0, 100.0, 101.0, 1000.0];

#[test]
fn every_message_formats_as_fluent_formats_it() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut checked = 0;
    for language in checked_languages() {
        let folder = locales.join(language.tag());
        let langid: unic_langid::LanguageIdentifier = language.tag().parse().expect("a language tag");
        // CLDR's rules are by language (`pt`, `zh`), as Fluent picks them.
        let primary: unic_langid::LanguageIdentifier =
            language.tag().split('-').next().unwrap_or("en").parse().expect("a language subtag");
        let rules = Cldr(PluralRules::create(primary, PluralRuleType::CARDINAL).expect("CLDR rules"));
        for (name, source) in compact::panel_sources(&folder).expect("the panel's files") {
            let ids =
                compact::message_ids(&[&source]).unwrap_or_else(|e| panic!("{}/{name}: {e}", language.tag()));
            let catalogue = compact::compile(&ids, &[&source])
                .unwrap_or_else(|e| panic!("{}/{name}: {e}", language.tag()));
            let resource = FluentResource::try_new(source.clone()).expect("Fluent parses it");
            let mut bundle = FluentBundle::new(vec![langid.clone()]);
            bundle.set_use_isolating(false);
            bundle.add_resource(&resource).expect("no duplicate IDs");
            let ast = fluent_syntax::parser::parse(source.as_str()).expect("Fluent parses it");
            for (id, record) in ids.iter().zip(compact::records(&catalogue)) {
                let pattern = ast.body.iter().find_map(|entry| match entry {
                    Entry::Message(message) if message.id.name == id => message.value.as_ref(),
                    _ => None,
                });
                let mut found = Vec::new();
                variables(pattern.expect("a message with a value"), &mut found);
                let message = bundle.get_message(id).and_then(|m| m.value()).expect("the message");
                let rounds = if found.iter().any(|(_, number)| *number) { NUMBERS.len() } else { 1 };
                for value in NUMBERS.into_iter().take(rounds) {
                    let mut fluent_args = FluentArgs::new();
                    let mut args: Vec<(&str, Arg)> = Vec::new();
                    for (variable, number) in &found {
                        if *number {
                            fluent_args.set(variable.as_str(), FluentValue::from(value));
                            args.push((variable, Arg::Number(value)));
                        } else {
                            fluent_args.set(variable.as_str(), FluentValue::from("«v|{x}»"));
                            args.push((variable, Arg::Text("«v|{x}»")));
                        }
                    }
                    let mut errors = Vec::new();
                    let expected = bundle.format_pattern(message, Some(&fluent_args), &mut errors);
                    assert!(errors.is_empty(), "{}/{name}: {id}: {errors:?}", language.tag());
                    let got = compact::format(record, &args, &rules);
                    assert_eq!(got, expected, "{}/{name}: {id} with {args:?}", language.tag());
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "{checked} formats checked");
}
