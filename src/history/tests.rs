use chrono::{TimeZone, Utc};

use super::*;
use crate::model::{Entry, EntryId};
use crate::sample::sample_issue;

fn at(second: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_700_000_000 + second, 0).unwrap()
}

#[test]
fn record_then_list_newest_first_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let versions = VersionStore::new(dir.path().join("versions"));
    let file = dir.path().join("issue.ron");
    let issue = sample_issue();
    let text = store::to_ron(&issue).unwrap();
    versions.record(&file, &text, at(1)).unwrap();
    versions.record(&file, &text, at(5)).unwrap();
    let listed = versions.list(&file);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].when, at(5));
    assert_eq!(listed[1].when, at(1));
    assert_eq!(load(&listed[0]).unwrap(), issue);
    // Never beside the user's file.
    assert!(!dir.path().join("issue.ron").exists());
    // Another file has versions of its own.
    assert!(versions.list(&dir.path().join("other.ron")).is_empty());
}

#[test]
fn same_time_twice_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let versions = VersionStore::new(dir.path().to_path_buf());
    let file = dir.path().join("a.ron");
    versions.record(&file, "one", at(1)).unwrap();
    versions.record(&file, "two", at(1)).unwrap();
    assert_eq!(versions.list(&file).len(), 2);
}

#[test]
fn keeps_the_last_hundred() {
    let dir = tempfile::tempdir().unwrap();
    let versions = VersionStore::new(dir.path().to_path_buf());
    let file = dir.path().join("a.ron");
    for second in 0..(KEEP as i64 + 5) {
        versions.record(&file, "text", at(second)).unwrap();
    }
    let listed = versions.list(&file);
    assert_eq!(listed.len(), KEEP);
    assert_eq!(listed[0].when, at(KEEP as i64 + 4));
    assert_eq!(listed[KEEP - 1].when, at(5));
}

#[test]
fn a_store_that_cannot_be_written_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").unwrap();
    let versions = VersionStore::new(blocker);
    assert!(
        versions
            .record(&dir.path().join("a.ron"), "x", at(0))
            .is_err()
    );
}

#[test]
fn compare_counts_entries_and_sources() {
    let old = sample_issue();
    let mut new = old.clone();
    let first = &mut new.sections[0].entries[0];
    first.body = format!("{} Added words.", first.body);
    let id = EntryId(9_999);
    new.sections[0].entries.push(Entry::new(id, "New entry."));
    let removed = new.sources.pop().unwrap();
    let changes = compare(&old, &new);
    let counts = summary(&changes);
    assert_eq!(counts.entries_changed, 1);
    assert_eq!(counts.entries_added, 1);
    assert_eq!(counts.sources_removed, 1);
    assert!(changes.contains(&Change::SourceRemoved {
        source: removed.id,
        title: removed.title.clone(),
    }));
    assert_eq!(
        counts.to_string(),
        "1 entry changed, 1 added, 1 source removed"
    );
    let Some(Change::EntryChanged { words, .. }) = changes
        .iter()
        .find(|c| matches!(c, Change::EntryChanged { .. }))
    else {
        panic!("no changed entry");
    };
    assert!(
        words.contains(&WordChange::Inserted(" Added words.".to_owned()))
            || words
                .iter()
                .any(|w| matches!(w, WordChange::Inserted(t) if t.contains("Added")))
    );
    assert!(compare(&old, &old).is_empty());
    assert_eq!(summary(&[]).to_string(), "no changes");
}

#[test]
fn word_diff_marks_deleted_and_inserted() {
    let runs = word_diff("the quick fox", "the slow fox");
    assert_eq!(
        runs,
        vec![
            WordChange::Same("the ".to_owned()),
            WordChange::Deleted("quick".to_owned()),
            WordChange::Inserted("slow".to_owned()),
            WordChange::Same(" fox".to_owned()),
        ]
    );
}

#[test]
fn restore_an_entry_and_a_section() {
    let old = sample_issue();
    let mut current = old.clone();
    let entry = current.sections[0].entries[0].id;
    current.sections[0].entries[0].body = "Rewritten.".to_owned();
    let removed = current.sections[0].entries.remove(1);
    let restored = restore_entry(&current, &old, entry).unwrap();
    assert_eq!(restored.sections[0].entries[0], old.sections[0].entries[0]);
    assert_eq!(
        restored.sections[0].entries.len(),
        current.sections[0].entries.len()
    );
    let back = restore_entry(&current, &old, removed.id).unwrap();
    assert_eq!(back.sections[0].entries[1], removed);
    let section = restore_section(&current, &old, old.sections[0].id).unwrap();
    assert_eq!(section.sections[0], old.sections[0]);
    let gone = old.sections.len() - 1;
    current.sections.remove(gone);
    let again = restore_section(&current, &old, old.sections[gone].id).unwrap();
    assert_eq!(again.sections[gone], old.sections[gone]);
    assert!(restore_entry(&current, &old, EntryId(123_456)).is_none());
}
