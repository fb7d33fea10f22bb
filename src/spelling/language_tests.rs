//! Entries that declare their own language: checked with that language's
//! dictionary (the tiny Spanish one of `tests/data/dictionaries/`), or said
//! to be unchecked when it has none.

use std::path::PathBuf;

use super::*;
use crate::compliance::{Rule, Severity};
use crate::model::{Entry, Issue, Section};

fn test_dictionaries() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/dictionaries")
}

/// English only: a Spanish word is not accepted for being Spanish.
const STRICT: Options = Options {
    accept_other_languages: false,
    accept_capitalised: false,
};

fn spellers() -> Spellers {
    let folder = test_dictionaries();
    Spellers::for_issue("en", KnownWords::default(), STRICT, Some(&folder))
}

/// An English issue with one English entry and one in Spanish (declared
/// `language`).
fn issue(language: Option<&str>) -> Issue {
    let mut issue = Issue::default();
    let section_id = issue.new_section_id();
    let mut section = Section::new(section_id, "Venezuela");
    let english = issue.new_entry_id();
    section
        .entries
        .push(Entry::new(english, "The goverment said so."));
    let spanish = issue.new_entry_id();
    let mut entry = Entry::new(spanish, "El gobiernno anunció nuevas sanciones.");
    entry.language = language.map(str::to_owned);
    section.entries.push(entry);
    issue.sections.push(section);
    issue
}

fn words(found: &[UnknownWord]) -> Vec<(&str, Option<&str>)> {
    found
        .iter()
        .map(|w| (w.word.as_str(), w.language.as_deref()))
        .collect()
}

#[test]
fn an_entry_in_another_language_is_checked_with_its_dictionary() {
    let mut spellers = spellers();
    let undeclared = unknown_words(&issue(None), &mut spellers);
    assert_eq!(
        words(&undeclared),
        [
            ("goverment", None),
            ("gobiernno", None),
            ("anunció", None),
            ("nuevas", None),
            ("sanciones", None)
        ]
    );
    let declared = unknown_words(&issue(Some("es")), &mut spellers);
    assert_eq!(
        words(&declared),
        [("goverment", None), ("gobiernno", Some("es"))]
    );
    let found = findings(&issue(Some("es")), &mut spellers);
    assert!(
        found[1].message.contains("not in the es_ES dictionary")
            && found[1].message.contains("did you mean gobierno"),
        "{}",
        found[1].message
    );
    assert!(unchecked(&issue(Some("es")), &mut spellers).is_empty());
}

#[test]
fn an_entry_declaring_the_issue_s_language_is_checked_as_the_issue() {
    let mut spellers = spellers();
    let mut issue = issue(Some("EN"));
    issue.sections[0].entries[1].body = "The goverment said so again.".to_owned();
    let found = unknown_words(&issue, &mut spellers);
    assert_eq!(words(&found), [("goverment", None)]);
    assert_eq!(found[0].places.len(), 2);
}

#[test]
fn an_entry_in_a_language_without_a_dictionary_is_said_to_be_unchecked() {
    let mut spellers = spellers();
    let issue = issue(Some("qaa"));
    assert_eq!(
        words(&unknown_words(&issue, &mut spellers)),
        [("goverment", None)]
    );
    let missing = unchecked(&issue, &mut spellers);
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].language, "qaa");
    assert_eq!(missing[0].places.len(), 1);
    assert!(
        missing[0]
            .problem
            .contains("no spelling dictionary for qaa"),
        "{}",
        missing[0].problem
    );
    let found = findings(&issue, &mut spellers);
    let note = found.last().expect("a finding for the unchecked entry");
    assert_eq!((note.rule, note.severity), (Rule::Spelling, Severity::Info));
    assert_eq!(note.entry_position, Some(2));
    assert!(
        note.message
            .starts_with("The spelling of entries in qaa is not checked (Venezuela, entry 2)"),
        "{}",
        note.message
    );
}

#[test]
fn a_word_accepted_is_accepted_in_every_language() {
    let mut spellers = spellers();
    let issue = issue(Some("es"));
    spellers.accept("gobiernno");
    spellers.accept("goverment");
    assert!(unknown_words(&issue, &mut spellers).is_empty());
}

#[test]
fn without_the_issue_s_dictionary_entries_in_another_language_are_still_checked() {
    let folder = test_dictionaries();
    let mut spellers = Spellers::for_issue("qaa", KnownWords::default(), STRICT, Some(&folder));
    assert!(
        spellers
            .main()
            .is_err_and(|problem| problem.contains("no spelling dictionary for qaa"))
    );
    let mut issue = issue(Some("es"));
    issue.language = "qaa".to_owned();
    // The issue's own text is not checked; the Spanish entry is.
    assert_eq!(
        words(&unknown_words(&issue, &mut spellers)),
        [("gobiernno", Some("es"))]
    );
    assert!(unchecked(&issue, &mut spellers).is_empty());
}
