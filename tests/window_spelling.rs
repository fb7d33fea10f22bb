//! Spelling in the window: a misspelled word typed into an entry is
//! underlined by the editor's layout job, and its context menu's suggestion
//! corrects the body in one undo step.

mod window_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use monitor_workbench::edit::Document;
use monitor_workbench::model::{Entry, EntryId, Issue, Section, SectionId};
use monitor_workbench::ui::WorkbenchApp;
use window_support::{NoDialogs, harness_for};

fn one_entry(body: &str) -> Issue {
    let mut section = Section::new(SectionId(1), "Energy");
    section.entries = vec![Entry::new(EntryId(1), body)];
    Issue {
        series: "Spelling Test Monitor".to_owned(),
        sections: vec![section],
        ..Issue::default()
    }
}

fn body(harness: &egui_kittest::Harness<'_, WorkbenchApp>) -> String {
    harness.state().document.issue().sections[0].entries[0]
        .body
        .clone()
}

#[test]
fn a_misspelled_word_typed_is_underlined() {
    let app = WorkbenchApp::new(
        Document::new(one_entry("Cuba signed a deal."), None),
        Box::new(NoDialogs::default()),
        None,
    );
    let mut harness = harness_for(app);
    assert_eq!(
        harness.state().underlined_words("Cuba signed a deal."),
        Some(Vec::new())
    );
    harness.get_by_label("Entry 1").focus();
    harness
        .get_by_label("Entry 1")
        .type_text(" The grian arrived.");
    harness.run();
    let typed = body(&harness);
    assert!(typed.ends_with(" The grian arrived."), "{typed}");
    assert_eq!(
        harness.state().underlined_words(&typed),
        Some(vec!["grian".to_owned()])
    );
    // Undo leaves the text as it was, underlined as before: nothing.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(body(&harness), "Cuba signed a deal.");
}
