//! The open issue's file flows, without a window.

use super::*;
use crate::edit::Edit;
use crate::sample::sample_issue;

struct Desk {
    _dir: tempfile::TempDir,
    file: PathBuf,
    copies: PathBuf,
}

/// A saved sample issue and an empty recovery folder.
fn desk() -> Desk {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("vric-14.ron");
    store::save(&file, &sample_issue()).expect("save");
    let copies = dir.path().join("recovery");
    std::fs::create_dir(&copies).expect("folder");
    Desk {
        file,
        copies,
        _dir: dir,
    }
}

fn opened(desk: &Desk) -> OpenIssue {
    let mut open = OpenIssue::new(
        Document::new(Issue::default(), None),
        Recovery::new(Some(desk.copies.clone())),
    );
    open.open(&desk.file).expect("opens");
    open
}

/// Edits the document and lets autosave write its copy.
fn edit_and_autosave(open: &mut OpenIssue, number: u32) {
    open.document
        .apply(Edit::SetNumber(Some(number)))
        .expect("applies");
    open.edited(1.0);
    open.autosave(10.0);
    open.recovery.flush();
}

/// A colleague's save of the file (a `git pull`): a new title.
fn colleague_saves(desk: &Desk, title: &str) {
    let mut theirs = store::load(&desk.file).expect("loads");
    theirs.title = title.to_owned();
    store::save(&desk.file, &theirs).expect("save");
}

/// The issue opened, edited (number 15) and autosaved, then the window gone
/// without saving: its recovery copy is all that holds the edit.
fn crash_after_editing(desk: &Desk) {
    let mut crashed = opened(desk);
    edit_and_autosave(&mut crashed, 15);
}

fn copies(desk: &Desk) -> usize {
    std::fs::read_dir(&desk.copies).map_or(0, |dir| dir.count())
}

#[test]
fn a_save_never_overwrites_a_change_made_on_disk_without_asking() {
    let desk = desk();
    let mut open = opened(&desk);
    open.document
        .apply(Edit::SetNumber(Some(15)))
        .expect("applies");
    colleague_saves(&desk, "Their title");
    assert!(matches!(
        open.save(&desk.file, false),
        Err(NotSaved::ChangedOnDisk)
    ));
    assert_eq!(store::load(&desk.file).expect("loads").title, "Their title");

    let merged = open.merge_from_disk(&desk.file).expect("merges");
    assert_eq!(merged.merged.issue.title, "Their title");
    assert_eq!(merged.merged.issue.number, Some(15));
    open.document
        .apply(Edit::ReplaceIssue(Box::new(merged.merged.issue)))
        .expect("applies");
    open.save(&desk.file, false).expect("saves after the merge");
    let saved = store::load(&desk.file).expect("loads");
    assert_eq!(
        (saved.title.as_str(), saved.number),
        ("Their title", Some(15))
    );
    assert!(!open.document.is_dirty());
}

#[test]
fn saving_removes_the_recovery_copy() {
    let desk = desk();
    let mut open = opened(&desk);
    edit_and_autosave(&mut open, 15);
    assert_eq!(copies(&desk), 1);
    open.save(&desk.file, false).expect("saves");
    open.recovery.flush();
    assert_eq!(copies(&desk), 0);
}

/// A crash, then a colleague's save, then a restart: the restored work is
/// merged with the file, never saved over it.
#[test]
fn restoring_over_a_file_changed_since_the_crash_asks_to_merge() {
    let desk = desk();
    crash_after_editing(&desk);
    colleague_saves(&desk, "Their title");

    let mut recovery = Recovery::new(Some(desk.copies.clone()));
    let offers = recovery.offers();
    assert_eq!(offers.len(), 1);
    let mut open = OpenIssue::new(Document::new(Issue::default(), None), recovery);
    let changed = open.restore(offers.into_iter().next().expect("an offer"));
    assert_eq!(changed.as_deref(), Some(desk.file.as_path()));
    assert_eq!(open.document.issue().number, Some(15));
    assert!(open.document.is_dirty());
    assert!(matches!(
        open.save(&desk.file, false),
        Err(NotSaved::ChangedOnDisk)
    ));
    let merged = open.merge_from_disk(&desk.file).expect("merges");
    assert_eq!(merged.merged.issue.title, "Their title");
    assert_eq!(merged.merged.issue.number, Some(15));
    assert!(merged.merged.conflicts.is_empty());
}

#[test]
fn restoring_over_an_unchanged_file_needs_no_question() {
    let desk = desk();
    crash_after_editing(&desk);
    let mut recovery = Recovery::new(Some(desk.copies.clone()));
    let offer = recovery.offers().into_iter().next().expect("an offer");
    let mut open = OpenIssue::new(Document::new(Issue::default(), None), recovery);
    assert_eq!(open.restore(offer), None);
    open.save(&desk.file, false).expect("saves");
    assert_eq!(store::load(&desk.file).expect("loads").number, Some(15));
}

/// Closing while "Recover unsaved work?" is still open: the copy stays and
/// is offered again at the next start.
#[test]
fn closing_before_answering_keeps_the_copy_for_the_next_start() {
    let desk = desk();
    crash_after_editing(&desk);
    let mut recovery = Recovery::new(Some(desk.copies.clone()));
    assert_eq!(recovery.offers().len(), 1);
    let mut open = OpenIssue::new(Document::new(sample_issue(), None), recovery);
    open.close();
    open.recovery.flush();
    assert_eq!(copies(&desk), 1);
    assert_eq!(Recovery::new(Some(desk.copies.clone())).offers().len(), 1);
}

/// Each untitled document has its own copy: a new document never
/// overwrites the crash copy of the one before.
#[test]
fn each_untitled_document_keeps_a_copy_of_its_own() {
    let desk = desk();
    let mut open = OpenIssue::new(
        Document::new(sample_issue(), None),
        Recovery::new(Some(desk.copies.clone())),
    );
    edit_and_autosave(&mut open, 15);
    // Ctrl+N after a crash copy of the first was kept for the next start.
    let mut next = Recovery::new(Some(desk.copies.clone()));
    assert_eq!(next.offers().len(), 1);
    let mut second = OpenIssue::new(Document::new(Issue::default(), None), next);
    second.start_untitled(Document::new(sample_issue(), None));
    edit_and_autosave(&mut second, 16);
    let numbers: Vec<Option<u32>> = Recovery::new(Some(desk.copies.clone()))
        .offers()
        .into_iter()
        .map(|offer| offer.work.issue.number)
        .collect();
    assert_eq!(numbers.len(), 2, "{numbers:?}");
    assert!(numbers.contains(&Some(15)) && numbers.contains(&Some(16)));
}

/// Opening repairs as every open does, and says what it repaired; a file
/// that cannot be read leaves the open document as it was.
#[test]
fn opening_repairs_and_a_failed_open_keeps_the_document() {
    let desk = desk();
    let mut broken = sample_issue();
    broken.sections[1].id = broken.sections[0].id;
    store::save(&desk.file, &broken).expect("save");
    let mut open = OpenIssue::new(Document::new(sample_issue(), None), Recovery::new(None));
    let notes = open.open(&desk.file).expect("opens");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_ne!(
        open.document.issue().sections[0].id,
        open.document.issue().sections[1].id
    );
    let missing = desk.file.with_file_name("gone.ron");
    assert!(open.open(&missing).is_err());
    assert_eq!(open.document.path.as_deref(), Some(desk.file.as_path()));
    assert!(open.is_on_disk());
}
