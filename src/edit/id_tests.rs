//! An id once given out is never given again: not after deleting the newest
//! object, not after undo, not after restoring an older version.

use super::*;
use crate::model::{EntryId, SourceId};
use crate::sample::sample_issue;

fn newest_entry(doc: &Document) -> EntryId {
    doc.issue()
        .entries()
        .map(|(_, e)| e.id)
        .max()
        .unwrap_or(EntryId(0))
}

fn add_entry(doc: &mut Document) -> EntryId {
    let section = doc.issue().sections[0].id;
    doc.apply(Edit::AddEntry {
        section,
        index: 0,
        body: "New".to_owned(),
    })
    .expect("adds");
    newest_entry(doc)
}

#[test]
fn deleting_the_newest_entry_does_not_free_its_id() {
    let mut doc = Document::new(sample_issue(), None);
    let newest = newest_entry(&doc);
    doc.apply(Edit::RemoveEntry(newest)).expect("removes");
    assert_eq!(add_entry(&mut doc), EntryId(newest.0 + 1));
}

#[test]
fn deleting_the_newest_source_does_not_free_its_id() {
    let mut doc = Document::new(sample_issue(), None);
    let newest = doc.issue().sources.iter().map(|s| s.id).max();
    let newest = newest.unwrap_or(SourceId(0));
    doc.apply(Edit::RemoveSource(newest)).expect("removes");
    doc.apply(Edit::AddSources(vec![crate::model::Source::new(
        SourceId(0),
        "https://example.org/new",
    )]))
    .expect("adds");
    let added = doc.issue().sources.iter().map(|s| s.id).max();
    assert_eq!(added, Some(SourceId(newest.0 + 1)));
}

#[test]
fn an_undone_addition_keeps_its_id_given_out() {
    let mut doc = Document::new(sample_issue(), None);
    let first = add_entry(&mut doc);
    doc.undo().expect("undoes");
    assert!(newest_entry(&doc) < first);
    assert_eq!(add_entry(&mut doc), EntryId(first.0 + 1));
}

#[test]
fn restoring_an_older_version_keeps_the_ids_given_out() {
    let older = sample_issue();
    let mut doc = Document::new(older.clone(), None);
    let added = add_entry(&mut doc);
    doc.apply(Edit::ReplaceIssue(Box::new(older)))
        .expect("restores");
    assert_eq!(add_entry(&mut doc), EntryId(added.0 + 1));
}
