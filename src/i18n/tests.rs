//! The three `.ftl` files against each other and against the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::messages::SOURCES;
use super::*;

/// Each message id of a file with the variables its value uses.
fn messages(language: Language, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!(
            "assets/i18n/{}.ftl does not parse: {errors:?}",
            language.tag()
        )
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_variables(value, &mut variables);
            }
            assert!(
                message.value.is_some(),
                "{}.ftl: {} has no value",
                language.tag(),
                message.id.name
            );
            assert!(
                out.insert(message.id.name.to_owned(), variables).is_none(),
                "{}.ftl defines {} twice",
                language.tag(),
                message.id.name
            );
        }
    }
    out
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

/// Every id written as `t!("id"…` in the program's sources.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders = vec![root];
    while let Some(folder) = folders.pop() {
        for item in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = item.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (at, _) in text.match_indices("t!(") {
                    // `t!(`, not the end of `format!(` or `print!(`.
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let mut rest = text[at + 3..].trim_start();
                    // `t!(in language, "id"…`
                    if let Some(after) = rest.strip_prefix("in ") {
                        rest = after.split_once(',').map_or("", |(_, id)| id).trim_start();
                    }
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let id: String = rest.chars().take_while(|c| *c != '"').collect();
                    // Ids are lowercase words joined by hyphens; the macro's
                    // own documentation writes `t!("id"…`.
                    let well_formed = !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if well_formed && id != "id" {
                        ids.insert(id);
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_language_has_the_same_messages_with_the_same_placeables() {
    let english = messages(Language::English, SOURCES[0]);
    for (language, source) in Language::ALL.into_iter().zip(SOURCES).skip(1) {
        let other = messages(language, source);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "{}.ftl lacks {missing:?}",
            language.tag()
        );
        assert!(
            extra.is_empty(),
            "{}.ftl has ids English lacks: {extra:?}",
            language.tag()
        );
        for (id, variables) in &english {
            assert_eq!(
                &other[id],
                variables,
                "{}.ftl: {id} uses other placeables than English",
                language.tag()
            );
        }
    }
}

#[test]
fn the_code_and_the_messages_name_the_same_ids() {
    let english = messages(Language::English, SOURCES[0]);
    let used = ids_in_code();
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    let unused: Vec<_> = english.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "used in the code, missing from en.ftl: {missing:?}"
    );
    assert!(unused.is_empty(), "in en.ftl, used nowhere: {unused:?}");
}

#[test]
fn plurals_follow_each_language() {
    let one = [("count", Arg::from(1usize))];
    let two = [("count", Arg::from(2usize))];
    assert_eq!(
        message_in(Language::English, "findings-errors", &one),
        "1 error"
    );
    assert_eq!(
        message_in(Language::English, "findings-errors", &two),
        "2 errors"
    );
    assert_eq!(
        message_in(Language::Spanish, "findings-errors", &two),
        "2 errores"
    );
    assert_eq!(
        message_in(Language::Portuguese, "findings-errors", &one),
        "1 erro"
    );
}

#[test]
fn locales_are_read_as_systems_write_them() {
    assert_eq!(
        Language::from_locale("pt_BR.UTF-8"),
        Some(Language::Portuguese)
    );
    assert_eq!(Language::from_locale("es-AR"), Some(Language::Spanish));
    assert_eq!(Language::from_locale("EN"), Some(Language::English));
    assert_eq!(Language::from_locale("C"), None);
    assert_eq!(Language::from_locale("fr_FR"), None);
}

#[test]
fn percentages_follow_the_language() {
    assert_eq!(percent(Language::English, 0.242), "24.2%");
    assert_eq!(percent(Language::Spanish, 0.242), "24,2\u{A0}%");
    assert_eq!(percent(Language::Portuguese, 0.2), "20\u{A0}%");
}

/// The variables a message chooses its variant by (`{ $count -> … }`).
fn selectors(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn walk(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            {
                if let InlineExpression::VariableReference { id } = selector {
                    out.insert(id.name.to_owned());
                }
                for variant in variants {
                    walk(&variant.value, out);
                }
            }
        }
    }
    let resource = parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    let mut all = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry
            && let Some(value) = &message.value
        {
            let mut found = BTreeSet::new();
            walk(value, &mut found);
            if !found.is_empty() {
                all.insert(message.id.name.to_owned(), found);
            }
        }
    }
    all
}

/// Portuguese counts 0 with 1 ("one"), and every language may be asked
/// about none: a variant that writes a literal "1" would say "1 erro" of
/// a clean report. Each counted message, with the count 0, says no "1".
#[test]
fn a_count_of_zero_never_reads_as_one() {
    for (language, source) in Language::ALL.into_iter().zip(SOURCES) {
        let variables = messages(language, source);
        for (id, counted) in selectors(source) {
            for zero in &counted {
                let args: Vec<(&str, Arg)> = variables[&id]
                    .iter()
                    .map(|name| {
                        let value = if name == zero {
                            Arg::Number(0.0)
                        } else if counted.contains(name) {
                            Arg::Number(2.0)
                        } else {
                            Arg::from("X")
                        };
                        (name.as_str(), value)
                    })
                    .collect();
                let text = message_in(language, &id, &args);
                let says_one = text
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|number| number == "1");
                assert!(
                    !says_one,
                    "{}: {id} with {zero} = 0 reads “{text}”",
                    language.tag()
                );
            }
        }
    }
}
