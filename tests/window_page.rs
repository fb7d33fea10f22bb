//! The page and what surrounds it, as an editor uses them: a new section
//! named by typing, Find bringing its match into view and leaving it
//! selected, Ctrl+L to the link field, a link copied from a chip, files
//! dropped on the window, the library panel folded away, approval that asks
//! about what is still open, the export dialog's choices kept, the theme.

#[path = "window_support/mod.rs"]
mod window_support;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::{Role, Toggled};
use egui::{Event, Key, Modifiers, OutputCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use monitor_workbench::model::SectionStatus;
use monitor_workbench::ui::{Command, Preferences, WorkbenchApp};
use window_support::{click_section, harness_for, sample_harness};

fn type_keys(harness: &mut Harness<'_, WorkbenchApp>, text: &str) {
    for character in text.chars() {
        harness.event(Event::Text(character.to_string()));
        harness.step();
    }
}

fn reviewer_harness() -> Harness<'static, WorkbenchApp> {
    let prefs = Preferences {
        reviewer: "Marta Quiñones".to_owned(),
        fetch_pasted: Some(false),
        ..Preferences::default()
    };
    harness_for(WorkbenchApp::on_sample().with_preferences(prefs))
}

#[test]
fn a_new_section_starts_with_its_name_selected() {
    let mut harness = sample_harness();
    harness.get_by_label("Add section").click();
    harness.run();
    type_keys(&mut harness, "Nicaragua");
    harness.key_press(Key::Enter);
    harness.run();
    let titles: Vec<String> = harness
        .state()
        .open
        .document
        .issue()
        .sections
        .iter()
        .map(|s| s.title.clone())
        .collect();
    assert!(titles.contains(&"Nicaragua".to_owned()), "{titles:?}");
    assert!(
        !titles.iter().any(|t| t.contains("New section")),
        "{titles:?}"
    );
}

#[test]
fn find_shows_the_match_in_its_entry_and_escape_leaves_it_selected() {
    let mut harness = harness_for(WorkbenchApp::on_sample());
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0));
    harness.state_mut().run(Command::Find);
    harness.run();
    // Only in the Russia section's last entry, below the first screen.
    type_keys(&mut harness, "fact-checkers");
    harness.run();
    harness.get_by_label("1 of 1 matches");
    let issue = harness.state().open.document.issue().clone();
    let (section, entry) = issue
        .entries()
        .find(|(_, e)| e.body.contains("fact-checkers"))
        .map(|(s, e)| (s.id, e.id))
        .expect("the sample has it");
    let selection = harness.state().view.selection;
    assert_eq!(selection.section, Some(section));
    assert_eq!(selection.entry, Some(entry));
    let position = issue
        .section(section)
        .and_then(|s| s.entries.iter().position(|e| e.id == entry))
        .expect("placed")
        + 1;
    let label = format!("Entry {position}");
    let rect = harness
        .get_all_by_label(&label)
        .find(|n| n.accesskit_node().role() == Role::MultilineTextInput)
        .expect("the entry's text")
        .rect();
    assert!(
        window.contains_rect(rect.shrink(1.0)) || rect.intersects(window),
        "the entry is scrolled into view: {rect:?}"
    );
    // The find field keeps the keyboard while the match is shown.
    assert!(harness.get_by_label("Find").is_focused());
    harness.key_press(Key::Escape);
    harness.run();
    let text = harness
        .get_all_by_label(&label)
        .find(|n| n.accesskit_node().role() == Role::MultilineTextInput)
        .expect("the entry's text");
    assert!(text.is_focused(), "the entry has the keyboard after Escape");
    // Typing now replaces the selected match: it was selected.
    type_keys(&mut harness, "checkers");
    harness.run();
    let body = harness
        .state()
        .open
        .document
        .issue()
        .entries()
        .find(|(_, e)| e.id == entry)
        .map(|(_, e)| e.body.clone())
        .expect("the entry");
    assert!(!body.contains("fact-checkers"), "{body}");
    assert!(body.contains("checkers"), "{body}");
}

#[test]
fn ctrl_l_puts_the_cursor_in_the_link_field_of_the_entry_being_edited() {
    let mut harness = sample_harness();
    click_section(&mut harness, "Russia");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run();
    assert!(
        harness.get_by_label("Add source to entry 1").is_focused(),
        "the section's first entry, none being edited"
    );
    harness
        .get_all_by_label("Entry 3")
        .find(|n| n.accesskit_node().role() == Role::MultilineTextInput)
        .expect("entry 3")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run();
    let field = harness.get_by_label("Add source to entry 3");
    assert!(field.is_focused(), "the entry being edited");
    // A link typed there is cited in that entry.
    type_keys(&mut harness, "https://www.efe.com/mundo/nuevo/");
    harness.key_press(Key::Enter);
    harness.run();
    let issue = harness.state().open.document.issue().clone();
    let russia = issue
        .sections
        .iter()
        .find(|s| s.title == "Russia")
        .expect("Russia");
    let source = issue
        .sources
        .iter()
        .find(|s| s.url == "https://www.efe.com/mundo/nuevo/")
        .expect("the new source");
    assert!(russia.entries[2].cites(source.id));
}

#[test]
fn copy_link_on_a_chip_puts_the_source_s_address_on_the_clipboard() {
    let mut harness = sample_harness();
    click_section(&mut harness, "Overview");
    let url = {
        let issue = harness.state().open.document.issue();
        let id = issue.sections[0].entries[0].citations[0].source;
        issue.source(id).expect("cited").url.clone()
    };
    harness
        .get_all_by_label("Associated Press (AP)")
        .find(|n| n.accesskit_node().role() == Role::Button)
        .expect("the chip")
        .click_secondary();
    harness.run();
    harness.get_by_label("Copy link").click();
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|command| matches!(command, OutputCommand::CopyText(text) if *text == url));
    assert!(copied, "{url} copied");
    harness.run();
    harness.get_by_label_contains("Link copied");
}

/// A file as the desktop hands it over when dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(harness: &mut Harness<'_, WorkbenchApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    harness.run();
}

#[test]
fn files_dropped_on_the_window_open_import_or_are_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = sample_harness();
    // A Markdown draft becomes a new, unsaved issue.
    let draft = dir.path().join("draft.md");
    std::fs::write(
        &draft,
        "# VRIC\n\n## Cuba\n\nHavana hosted a visit. https://www.efe.com/x\n",
    )
    .expect("write");
    drop_file(&mut harness, &draft);
    let issue = harness.state().open.document.issue().clone();
    assert_eq!(issue.sections.len(), 1);
    assert_eq!(issue.sections[0].title, "Cuba");
    assert!(harness.state().open.document.path.is_none());
    // An issue file opens.
    let file = dir.path().join("vric.ron");
    monitor_workbench::store::save(&file, &monitor_workbench::sample::sample_issue())
        .expect("save");
    // The imported draft is unsaved: asked first.
    drop_file(&mut harness, &file);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(
        harness.state().open.document.path.as_deref(),
        Some(file.as_path())
    );
    // Anything else is named, with what the window takes.
    let picture = dir.path().join("photo.png");
    std::fs::write(&picture, b"png").expect("write");
    drop_file(&mut harness, &picture);
    harness.get_by_label_contains("photo.png was not opened: drop an issue (.ron)");
}

#[test]
fn the_library_folds_away_and_comes_back() {
    let mut harness = sample_harness();
    harness.get_by_label("Hide the source library").click();
    harness.run();
    assert!(!harness.state().prefs.library.shown);
    assert!(harness.query_by_label("Filter").is_none());
    harness.get_by_label("Show the source library").click();
    harness.run();
    assert!(harness.state().prefs.library.shown);
    harness.get_by_label("Filter");
}

#[test]
fn approving_a_section_with_an_error_asks_first() {
    let mut harness = reviewer_harness();
    click_section(&mut harness, "Venezuela");
    harness.get_by_label("Send to review").click();
    harness.run();
    harness.get_by_label("Approve").click();
    harness.run();
    harness.get_by_label("Approve “Venezuela”?");
    harness.get_by_label_contains("This section still has 1 error");
    harness.get_by_label("Cancel").click();
    harness.run();
    let venezuela = |h: &Harness<'_, WorkbenchApp>| {
        h.state()
            .open
            .document
            .issue()
            .sections
            .iter()
            .find(|s| s.title == "Venezuela")
            .map(|s| s.status)
    };
    assert_eq!(venezuela(&harness), Some(SectionStatus::InReview));
    harness.get_by_label("Approve").click();
    harness.run();
    harness.get_by_label("Approve anyway").click();
    harness.run();
    assert_eq!(venezuela(&harness), Some(SectionStatus::Approved));
}

#[test]
fn the_export_dialog_keeps_its_choices_from_html_to_pdf() {
    let mut harness = sample_harness();
    harness.state_mut().run(Command::Export);
    harness.run();
    harness
        .get_by_label("Draft preview, not for publication (marked as draft)")
        .click();
    harness.run();
    harness.get_by_label("US Letter").click();
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.state_mut().run(Command::ExportPdf);
    harness.run();
    let draft = harness.get_by_label("Draft preview, not for publication (marked as draft)");
    assert_eq!(draft.accesskit_node().toggled(), Some(Toggled::True));
    let letter = harness.get_by_label("US Letter");
    assert_eq!(letter.accesskit_node().toggled(), Some(Toggled::True));
}

#[test]
fn the_theme_menu_ticks_the_theme_in_use() {
    let mut harness = sample_harness();
    let ticked = |h: &Harness<'_, WorkbenchApp>, name: &str| {
        h.get_by_label(name).accesskit_node().toggled() == Some(Toggled::True)
    };
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Theme").hover();
    harness.run();
    assert!(ticked(&harness, "Follow the system"));
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(
        harness.state().prefs.theme,
        monitor_workbench::ui::ThemeChoice::Dark
    );
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Theme").hover();
    harness.run();
    assert!(ticked(&harness, "Dark"));
    assert!(!ticked(&harness, "Light"));
}

#[test]
fn a_date_that_cannot_be_read_is_explained_inside_the_panel() {
    let size = egui::vec2(1024.0, 700.0);
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        |ui, app: &mut WorkbenchApp| app.show(ui),
        WorkbenchApp::on_sample(),
    );
    harness.run();
    harness.get_by_label("Filter").focus();
    harness.get_by_label("Filter").type_text("csis");
    harness.run();
    harness
        .get_all_by_label("csis.org")
        .next()
        .expect("the row")
        .click();
    harness.run();
    let published = harness
        .get_all_by_label("Published")
        .find(|n| n.accesskit_node().role() == Role::TextInput)
        .expect("the source's date");
    published.focus();
    harness.step();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.step();
    type_keys(&mut harness, "31/02/2022");
    harness.key_press(Key::Tab);
    harness.run();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let problem = harness.get_by_label_contains("February 2022 has no day 31");
    assert!(window.contains_rect(problem.rect()), "{:?}", problem.rect());
    let clear = harness.get_all_by_label("clear").next().expect("clear");
    assert!(window.contains_rect(clear.rect()), "{:?}", clear.rect());
}
