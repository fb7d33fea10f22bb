//! The publication's spelling word list in Preferences: words removed and
//! added, a word-per-line file imported and exported through the desktop's
//! dialog or the built-in chooser, and a file that cannot be read named.

mod window_support;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use monitor_workbench::edit::Document;
use monitor_workbench::model::{Entry, EntryId, Issue, Section, SectionId};
use monitor_workbench::ui::{Command, Desktop, Preferences, WorkbenchApp};
use window_support::{NoDialogs, ScriptedDesktop, harness_for};

const TEXT: &str = "Goverment grain arrived.";
const LIST: &str = "spelling-test-monitor.txt";

fn issue() -> Issue {
    let mut section = Section::new(SectionId(1), "Energy");
    section.entries = vec![Entry::new(EntryId(1), TEXT)];
    Issue {
        series: "Spelling Test Monitor".to_owned(),
        sections: vec![section],
        ..Issue::default()
    }
}

/// A window whose word lists are in `folder`, the list holding `words`,
/// with Preferences open on the word list.
fn with_list(
    folder: &Path,
    words: &str,
    desktop: Box<dyn Desktop>,
) -> Harness<'static, WorkbenchApp> {
    std::fs::write(folder.join(LIST), words).expect("the word list");
    let app = WorkbenchApp::new(Document::new(issue(), None), desktop, None)
        .with_word_lists(folder.to_owned())
        .with_preferences(Preferences {
            last_folder: Some(folder.to_owned()),
            ..Preferences::default()
        });
    let mut harness = harness_for(app);
    harness.state_mut().run(Command::Preferences);
    harness.run();
    harness
        .get_by_label_contains("Word list of Spelling Test Monitor")
        .click();
    harness.run();
    harness
}

fn list(folder: &Path) -> String {
    std::fs::read_to_string(folder.join(LIST)).expect("the word list")
}

#[test]
fn words_are_removed_and_added_and_the_speller_learns_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = with_list(
        dir.path(),
        "Goverment\nQuispe\n",
        Box::new(NoDialogs::default()),
    );
    assert_eq!(harness.state().underlined_words(TEXT), Some(Vec::new()));
    harness.get_by_label("Word list of Spelling Test Monitor (2 words)");
    harness.get_by_label("Quispe");
    // The words are listed in order: the first Remove is Goverment's.
    harness
        .get_all_by_label("Remove")
        .next()
        .expect("a Remove button")
        .click();
    harness.run();
    assert_eq!(list(dir.path()), "Quispe\n");
    harness.get_by_label("Word list of Spelling Test Monitor (1 word)");
    let role = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(role, "New word").focus();
    harness.run();
    harness
        .get_by_role_and_label(role, "New word")
        .type_text("Zvezdaneft");
    harness.run();
    harness.get_by_label("Add").click();
    harness.run();
    assert_eq!(list(dir.path()), "Quispe\nZvezdaneft\n");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().underlined_words(TEXT),
        Some(vec!["Goverment".to_owned()]),
        "a word removed from the list is underlined again"
    );
}

#[test]
fn a_word_list_is_imported_and_exported_through_the_desktop_s_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let incoming = dir.path().join("colleague.txt");
    std::fs::write(&incoming, "# from Marta\nKirchnerismo\nQuispe\nGoverment\n").expect("a file");
    let exported = dir.path().join("out.txt");
    let desktop = ScriptedDesktop::answering(&[&incoming, &exported]);
    let mut harness = with_list(dir.path(), "Quispe\n", Box::new(desktop));
    harness.get_by_label("Import…").click();
    harness.run();
    assert_eq!(list(dir.path()), "Goverment\nKirchnerismo\nQuispe\n");
    harness.get_by_label_contains("2 new words imported from");
    harness.get_by_label("Word list of Spelling Test Monitor (3 words)");
    assert_eq!(harness.state().underlined_words(TEXT), Some(Vec::new()));
    harness.get_by_label("Export…").click();
    harness.run();
    let written = std::fs::read_to_string(&exported).expect("exported");
    assert_eq!(written, "Goverment\nKirchnerismo\nQuispe\n");
    harness.get_by_label_contains("3 words exported to");
}

#[test]
fn one_word_is_counted_as_one_word() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exported = dir.path().join("one.txt");
    let desktop = ScriptedDesktop::answering(&[&exported]);
    let mut harness = with_list(dir.path(), "Quispe\n", Box::new(desktop));
    harness.get_by_label("Export…").click();
    harness.run();
    harness.get_by_label_contains("1 word exported to");
}

#[test]
fn a_file_that_cannot_be_imported_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-list.txt");
    let desktop = ScriptedDesktop::answering(&[&missing]);
    let mut harness = with_list(dir.path(), "Quispe\n", Box::new(desktop));
    harness.get_by_label("Import…").click();
    harness.run();
    harness.get_by_label_contains(&format!("cannot read {} as a word list", missing.display()));
    assert_eq!(list(dir.path()), "Quispe\n", "the list is unchanged");
}

#[test]
fn without_desktop_dialogs_the_list_is_exported_through_the_built_in_chooser() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = with_list(dir.path(), "Quispe\nAñez\n", Box::new(NoDialogs::default()));
    harness.get_by_label("Export…").click();
    harness.run();
    harness.get_by_label("Export the word list");
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "File name");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "File name")
        .type_text("shared");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let written =
        std::fs::read_to_string(dir.path().join("shared.txt")).expect("exported, .txt added");
    assert_eq!(written, "Añez\nQuispe\n");
    // Back in Preferences, on the list.
    harness.get_by_label("Word list of Spelling Test Monitor (2 words)");
}

#[test]
fn cancelling_the_built_in_chooser_keeps_the_preferences_being_edited() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = with_list(dir.path(), "Quispe\n", Box::new(NoDialogs::default()));
    let name =
        harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Your name (reviewer)");
    name.focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Your name (reviewer)")
        .type_text("Marta");
    harness.run();
    let name =
        harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Your name (reviewer)");
    assert_eq!(name.value().as_deref(), Some("Marta"));
    harness.get_by_label("Export…").click();
    harness.run();
    harness.get_by_label("Export the word list");
    harness.get_by_label("Cancel").click();
    harness.run();
    // Preferences again, the unsaved name still typed in.
    let name =
        harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Your name (reviewer)");
    assert_eq!(name.value().as_deref(), Some("Marta"));
    harness.get_by_label("Word list of Spelling Test Monitor (1 word)");
}
