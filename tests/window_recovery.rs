//! Recovery never deletes what it has not restored: closing while the
//! question is open keeps the copy; untitled documents each keep their own
//! copy and every copy is offered, newest first; a copy restored over a file
//! that changed since the crash is merged, not written over it.

#[path = "window_support/mod.rs"]
mod window_support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use monitor_workbench::edit::{Document, Edit, TextField};
use monitor_workbench::sample::sample_issue;
use monitor_workbench::store;
use monitor_workbench::ui::{NoDesktop, WorkbenchApp};
use window_support::harness_for;

/// A window on `document` with autosave into `recovery`, left without a
/// word (as a crash leaves it) once its copy is written.
fn crash_with(document: Document, recovery: &std::path::Path, edit: Edit) {
    let mut crashed = harness_for(WorkbenchApp::new(
        document,
        Box::new(NoDesktop),
        Some(recovery.to_owned()),
    ));
    crashed
        .state_mut()
        .open
        .document
        .apply(edit)
        .expect("applies");
    for _ in 0..(60 * 4) {
        crashed.step();
    }
    crashed.state_mut().flush_recovery();
}

fn copies(recovery: &std::path::Path) -> usize {
    std::fs::read_dir(recovery).map_or(0, |dir| dir.count())
}

fn title(text: &str) -> Edit {
    Edit::SetText {
        field: TextField::Title,
        text: text.to_owned(),
    }
}

fn close_window(harness: &mut Harness<'_, WorkbenchApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
}

#[test]
fn closing_while_the_question_is_open_keeps_the_copy_for_the_next_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    crash_with(
        Document::new(sample_issue(), None),
        &recovery,
        title("Unsaved title"),
    );
    assert_eq!(copies(&recovery), 1);
    let mut next = harness_for(WorkbenchApp::new(
        Document::new(sample_issue(), None),
        Box::new(NoDesktop),
        Some(recovery.clone()),
    ));
    next.get_by_label("Recover unsaved work?");
    close_window(&mut next);
    next.state_mut().flush_recovery();
    assert_eq!(copies(&recovery), 1, "the unanswered copy is kept");
    let mut again = harness_for(WorkbenchApp::new(
        Document::new(sample_issue(), None),
        Box::new(NoDesktop),
        Some(recovery.clone()),
    ));
    again.get_by_label("Recover unsaved work?");
    again.get_by_label("Restore").click();
    again.run();
    assert_eq!(again.state().open.document.issue().title, "Unsaved title");
}

#[test]
fn every_untitled_document_s_copy_is_offered_newest_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    crash_with(
        Document::new(sample_issue(), None),
        &recovery,
        title("The first crash"),
    );
    // A second untitled document, in another run, crashes too.
    std::thread::sleep(std::time::Duration::from_millis(20));
    crash_with(
        Document::new(sample_issue(), None),
        &recovery,
        title("The second crash"),
    );
    assert_eq!(
        copies(&recovery),
        2,
        "the second did not overwrite the first"
    );
    let mut next = harness_for(WorkbenchApp::new(
        Document::new(sample_issue(), None),
        Box::new(NoDesktop),
        Some(recovery.clone()),
    ));
    next.get_by_label_contains("2 recovery copies, newest first");
    next.get_by_label("The second crash");
    next.get_by_label("The first crash");
    // Discard the newest; the other is still offered, and restored.
    next.get_all_by_label("Discard Untitled")
        .next()
        .expect("a discard button")
        .click();
    next.run();
    next.get_by_label("The first crash");
    next.get_by_label("Restore").click();
    next.run();
    assert_eq!(next.state().open.document.issue().title, "The first crash");
    next.state_mut().flush_recovery();
    assert_eq!(copies(&recovery), 1, "the restored copy stays until saved");
}

#[test]
fn a_copy_restored_over_a_file_changed_since_the_crash_is_merged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let file = dir.path().join("issue.ron");
    store::save(&file, &sample_issue()).expect("save");
    crash_with(
        Document::new(store::load(&file).expect("load"), Some(file.clone())),
        &recovery,
        title("My title after the crash"),
    );
    // Meanwhile a colleague's save (a git pull) changes another field.
    let mut theirs = store::load(&file).expect("load");
    theirs.publisher = "Their publisher".to_owned();
    store::save(&file, &theirs).expect("their save");
    let mut next = harness_for(WorkbenchApp::new(
        Document::new(store::load(&file).expect("load"), Some(file.clone())),
        Box::new(NoDesktop),
        Some(recovery.clone()),
    ));
    next.get_by_label("Restore").click();
    next.run();
    next.get_by_label("The file changed on disk");
    next.get_by_label("Merge").click();
    next.run();
    let merged = next.state().open.document.issue();
    assert_eq!(merged.title, "My title after the crash", "mine kept");
    assert_eq!(merged.publisher, "Their publisher", "theirs kept");
}
