//! The edits spelling makes to an issue: an entry's own language, the
//! words ignored in the issue.

use super::*;
use crate::model::SectionStatus;
use crate::sample::sample_issue;

fn language(doc: &Document) -> Option<String> {
    doc.issue().sections[0].entries[0].language.clone()
}

#[test]
fn an_entry_s_language_is_set_undone_and_an_empty_tag_is_the_issue_s() {
    let mut doc = Document::new(sample_issue(), None);
    let entry = doc.issue().sections[0].entries[0].id;
    let set = |tag: &str| Edit::SetEntryLanguage {
        entry,
        language: Some(tag.to_owned()),
    };
    doc.apply(set(" es ")).expect("applies");
    assert_eq!(language(&doc).as_deref(), Some("es"));
    assert!(doc.is_dirty());
    doc.undo();
    assert_eq!(language(&doc), None);
    assert!(!doc.is_dirty());
    doc.apply(set("pt-BR")).expect("applies");
    doc.apply(set("  ")).expect("applies");
    assert_eq!(language(&doc), None);
    let gone = Edit::SetEntryLanguage {
        entry: crate::model::EntryId(9999),
        language: None,
    };
    assert!(doc.apply(gone).is_err());
}

#[test]
fn declaring_a_language_leaves_an_approved_section_approved() {
    let mut issue = sample_issue();
    issue.sections[0].status = SectionStatus::Approved;
    let entry = issue.sections[0].entries[0].id;
    let mut doc = Document::new(issue, None);
    let reopened = doc
        .apply(Edit::SetEntryLanguage {
            entry,
            language: Some("es".to_owned()),
        })
        .expect("applies");
    assert!(reopened.is_empty());
    assert_eq!(doc.issue().sections[0].status, SectionStatus::Approved);
}

#[test]
fn a_word_ignored_in_the_issue_is_kept_and_undone() {
    let mut doc = Document::new(sample_issue(), None);
    let ignore = |word: &str, ignored: bool| Edit::SetSpellingIgnored {
        word: word.to_owned(),
        ignored,
    };
    doc.apply(ignore(" Zvezdaneft ", true)).expect("applies");
    doc.apply(ignore("Quispe", true)).expect("applies");
    let words: Vec<&str> = doc
        .issue()
        .spelling_ignored
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(words, ["Quispe", "Zvezdaneft"]);
    doc.apply(ignore("Quispe", false)).expect("applies");
    assert!(!doc.issue().spelling_ignored.contains("Quispe"));
    doc.undo();
    assert!(doc.issue().spelling_ignored.contains("Quispe"));
    let revision = doc.revision();
    doc.apply(ignore("  ", true)).expect("applies");
    assert_eq!(doc.revision(), revision, "an empty word changes nothing");
}
