//! The window on any desktop and in any hand: files through the built-in
//! chooser when the desktop has no dialog, typed dates and URLs, findings
//! where the work is, the find bar, and one undo history.

mod window_support;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use monitor_workbench::edit::{Document, Edit, TextField, new_issue};
use monitor_workbench::model::{Issue, SectionStatus};
use monitor_workbench::sample::sample_issue;
use monitor_workbench::ui::{Command, Preferences, WorkbenchApp};
use window_support::{
    NoDialogs, ScriptedDesktop, click_section, export_a_draft, harness_for, sample_harness,
    with_desktop,
};

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

/// A window with no desktop dialogs, its choosers starting in `folder`.
fn without_dialogs(
    issue: Issue,
    path: Option<PathBuf>,
    folder: &Path,
) -> Harness<'static, WorkbenchApp> {
    let app = WorkbenchApp::new(
        Document::new(issue, path),
        Box::new(NoDialogs::default()),
        None,
    )
    .with_preferences(Preferences {
        last_folder: Some(folder.to_owned()),
        ..Preferences::default()
    });
    harness_for(app)
}

/// The text field named `label`.
fn field<'h>(harness: &'h Harness<'_, WorkbenchApp>, label: &'h str) -> egui_kittest::Node<'h> {
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, label)
}

/// Replaces what the field named `label` holds with `text`.
fn retype(harness: &mut Harness<'_, WorkbenchApp>, label: &str, text: &str) {
    field(harness, label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    field(harness, label).type_text(text);
    harness.run();
}

#[test]
fn without_desktop_dialogs_a_new_issue_saves_and_reopens_through_the_built_in_chooser() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = without_dialogs(new_issue(day(2022, 2, 14)), None, dir.path());
    // A new issue has never been saved, and says so.
    harness.get_by_label("not saved yet");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    // One line says why, and the chooser opens on the remembered folder
    // with a name to start from.
    harness.get_by_label_contains("The desktop cannot show a file dialog (no desktop portal)");
    harness.get_by_label("Save issue");
    harness.get_by_label(&format!("In {}", dir.path().display()));
    let suggested = harness.get_by_label("File name").value().expect("a value");
    assert!(suggested.ends_with(".ron"), "{suggested}");
    retype(&mut harness, "File name", "february-2022");
    harness.key_press(Key::Enter);
    harness.run();
    let file = dir.path().join("february-2022.ron");
    let saved = monitor_workbench::store::load(&file).expect("saved where typed, .ron added");
    assert_eq!(&saved, harness.state().open.document.issue());
    harness.get_by_label("saved");
    assert_eq!(
        harness.state().window_title(),
        "february-2022.ron — Monitor Workbench"
    );
    // Reopen it from another issue: the chooser lists it, a click picks it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(harness.state().open.document.path, None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.get_by_label("Open issue");
    harness.get_by_label("february-2022.ron").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(
        harness.state().open.document.path.as_deref(),
        Some(file.as_path())
    );
    assert!(
        harness.query_by_label("Open issue").is_none(),
        "the chooser closed"
    );
}

#[test]
fn the_chooser_asks_before_replacing_a_file_and_names_a_missing_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let existing = dir.path().join("issue-13.ron");
    std::fs::write(&existing, "not an issue yet").expect("write");
    std::fs::create_dir(dir.path().join("archive")).expect("mkdir");
    let mut harness = without_dialogs(sample_issue(), None, dir.path());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    // Folders are listed and entered; Parent folder goes back.
    harness.get_by_label("archive/").click();
    harness.run();
    harness.get_by_label(&format!("In {}", dir.path().join("archive").display()));
    harness.get_by_label("Parent folder").click();
    harness.run();
    retype(&mut harness, "File name", "nowhere/x.ron");
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("nowhere does not exist");
    retype(&mut harness, "File name", "issue-13");
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("issue-13.ron already exists.");
    harness.get_by_label("Keep it").click();
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&existing).expect("read"),
        "not an issue yet"
    );
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Replace").click();
    harness.run();
    assert_eq!(
        monitor_workbench::store::load(&existing).expect("replaced"),
        sample_issue()
    );
}

#[test]
fn every_file_command_reaches_the_chooser_when_the_desktop_has_no_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let desktop = NoDialogs::default();
    let asked = desktop.asked.clone();
    let app = WorkbenchApp::new(Document::new(sample_issue(), None), Box::new(desktop), None);
    let mut harness = harness_for(app);
    let expect_chooser = |harness: &mut Harness<'_, WorkbenchApp>, title: &str| {
        harness.get_by_label(title);
        harness.get_by_label("File name");
        harness.get_by_label("Cancel").click();
        harness.run();
        assert!(harness.query_by_label(title).is_none(), "{title} closed");
    };
    for (command, title) in [
        (Command::Save, "Save issue"),
        (Command::SaveAs, "Save issue"),
        (Command::Open, "Open issue"),
        (Command::ReviewReport, "Export the reviewer's report"),
        (Command::ImportCsl, "Import sources from Zotero (CSL JSON)"),
        (Command::ExportCsl, "Export the library as CSL JSON"),
    ] {
        harness.state_mut().run(command);
        harness.run();
        expect_chooser(&mut harness, title);
    }
    export_a_draft(&mut harness);
    expect_chooser(
        &mut harness,
        "Export HTML (the Markdown is written beside it)",
    );
    harness.state_mut().run(Command::Outlets);
    harness.run();
    harness.get_by_label("Import CSV…").click();
    harness.run();
    expect_chooser(&mut harness, "Import outlets from CSV");
    harness.get_by_label("Export CSV…").click();
    harness.run();
    expect_chooser(&mut harness, "Export your outlets as CSV");
    // The desktop was asked once; after "unavailable" the chooser is used directly.
    assert_eq!(asked.lock().expect("lock").len(), 1);
    drop(dir);
}

#[test]
fn preferences_can_always_use_the_built_in_chooser() {
    let dir = tempfile::tempdir().expect("temp dir");
    let answer = dir.path().join("from-the-desktop.ron");
    let desktop = ScriptedDesktop::answering(&[&answer]);
    let answers = desktop.answers.clone();
    let app = WorkbenchApp::new(Document::new(sample_issue(), None), Box::new(desktop), None);
    let mut harness = harness_for(app);
    harness.state_mut().run(Command::Preferences);
    harness.run();
    harness
        .get_by_label("Always use the built-in file chooser")
        .click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.state().prefs.builtin_chooser);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Save issue");
    harness.get_by_label("File name");
    assert_eq!(
        answers.lock().expect("lock").len(),
        1,
        "the desktop was not asked"
    );
    assert!(!answer.exists());
}

#[test]
fn dates_are_typed_as_editors_write_them_and_a_bad_one_says_why() {
    let mut harness = sample_harness();
    harness.state_mut().run(Command::IssueDetails);
    harness.run();
    retype(&mut harness, "Published", "13 Feb 2022");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        harness.state().open.document.issue().published,
        Some(day(2022, 2, 13))
    );
    retype(&mut harness, "Published", "31/02/2022");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("February 2022 has no day 31");
    assert_eq!(
        harness.state().open.document.issue().published,
        Some(day(2022, 2, 13))
    );
    // A month alone covers the whole month.
    retype(&mut harness, "from", "February 2022");
    harness.key_press(Key::Enter);
    harness.run();
    retype(&mut harness, "to", "feb 2022");
    harness.key_press(Key::Enter);
    harness.run();
    let coverage = harness
        .state()
        .open
        .document
        .issue()
        .coverage
        .expect("a period");
    assert_eq!(
        (coverage.from, coverage.to),
        (day(2022, 2, 1), day(2022, 2, 28))
    );
    // A day is needed where the model keeps a day.
    retype(&mut harness, "Published", "March 2022");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("is a month: type the day too");
    assert_eq!(
        harness.state().open.document.issue().published,
        Some(day(2022, 2, 13))
    );
}

#[test]
fn a_source_date_is_typed_in_the_library() {
    let mut harness = sample_harness();
    let source = harness.state().open.document.issue().sources[0].id;
    harness.state_mut().view.library.selected = Some(source);
    harness.run();
    retype(&mut harness, "Accessed", "13/02/2022");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().open.document.issue().sources[0].accessed,
        Some(day(2022, 2, 13))
    );
}

#[test]
fn urls_are_cited_as_people_paste_them() {
    let mut harness = sample_harness();
    // Asked already whether to fetch added links (tests/window_capture.rs): no.
    harness.state_mut().prefs.fetch_pasted = Some(false);
    click_section(&mut harness, "Overview");
    let sources = harness.state().open.document.issue().sources.len();
    let field = "Add source to entry 1";
    harness.get_by_label(field).focus();
    harness
        .get_by_label(field)
        .type_text("www.reuters.com/world/americas/a-new-story");
    harness.key_press(Key::Enter);
    harness.run();
    let issue = harness.state().open.document.issue().clone();
    let added = issue.sources.last().expect("a source");
    assert_eq!(
        added.url,
        "https://www.reuters.com/world/americas/a-new-story"
    );
    assert!(issue.sections[0].entries[0].cites(added.id));
    // The field is empty and keeps the keyboard for the next paste.
    let node = harness.get_by_label(field);
    assert_eq!(node.value().as_deref(), Some(""));
    assert!(node.is_focused());
    // Text that is not an address is refused, says why, and adds nothing.
    harness
        .get_by_label(field)
        .type_text("Reuters story about Chancay");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("is not a web address");
    assert_eq!(
        harness.state().open.document.issue().sources.len(),
        sources + 1
    );
    // Several addresses at once are all cited, in one undo step.
    retype(
        &mut harness,
        field,
        "https://www.efe.com/a-story https://elpais.com/another-story",
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().open.document.issue().sources.len(),
        sources + 3
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().open.document.issue().sources.len(),
        sources + 1
    );
}

#[test]
fn findings_show_on_the_chip_the_outline_and_first_in_the_panel() {
    let mut harness = sample_harness();
    click_section(&mut harness, "Venezuela");
    // The opinion source forbidden by the policy is marked on its chip.
    let chip = harness
        .get_all_by_role(egui::accesskit::Role::Button)
        .find(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("opinion: "))
        })
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .expect("an opinion chip");
    assert!(chip.starts_with("opinion: "), "{chip}");
    // The outline marks the section and the entry that carry the error.
    harness.get_by_label("Venezuela: 1 error");
    harness.get_by_label("entry 2: 1 error");
    harness.get_by_label("1 error").click();
    harness.run();
    // The panel lists the error above every warning.
    let error_row = harness
        .get_by_label_contains("Cites an opinion piece")
        .rect();
    let first_warning = harness
        .get_all_by_label("warning")
        .map(|node| node.rect().top())
        .fold(f32::INFINITY, f32::min);
    assert!(
        error_row.top() < first_warning,
        "errors first: {error_row:?} vs {first_warning}"
    );
}

#[test]
fn the_find_bar_stays_on_one_row_at_the_narrowest_window_and_escape_closes_it() {
    for width in [1024.0, 1400.0] {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(width, 600.0))
            .build_ui_state(
                |ui, app: &mut WorkbenchApp| app.show(ui),
                WorkbenchApp::on_sample(),
            );
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
        harness.run();
        let find = harness.get_by_label("Find").rect();
        for label in [
            "Replace with",
            "Match case",
            "Previous",
            "Replace all",
            "Close",
        ] {
            let rect = harness.get_by_label(label).rect();
            assert!(
                (rect.center().y - find.center().y).abs() < 4.0,
                "{label} on another row at {width}: {rect:?} vs {find:?}"
            );
            assert!(
                rect.right() <= width,
                "{label} cut off at {width}: {rect:?}"
            );
        }
        let close = harness.get_by_label("Close").rect();
        let all = harness.get_by_label("Replace all").rect();
        assert!(all.right() <= close.left(), "overlap at {width}");
        assert!(harness.get_by_label("Find").is_focused());
        harness.key_press(Key::Escape);
        harness.run();
        assert!(
            !harness.state().find.open,
            "Escape closes the bar at {width}"
        );
    }
}

// ---- Bugs found by reading the code: each test failed before its fix ----

#[test]
fn opening_issue_details_never_rewrites_the_limit() {
    let mut issue = sample_issue();
    issue.policy.limit = 0.125;
    let app = WorkbenchApp::new(
        Document::new(issue, None),
        Box::new(NoDialogs::default()),
        None,
    );
    let mut harness = harness_for(app);
    harness.state_mut().run(Command::IssueDetails);
    harness.run();
    harness.run();
    let document = &harness.state().open.document;
    assert_eq!(document.issue().policy.limit, 0.125);
    assert!(!document.is_dirty());
    assert!(!document.can_undo());
    let shown = harness.get_by_label("Limit of state media").value();
    assert!(
        shown.as_deref().is_some_and(|v| v.contains("12.5")),
        "{shown:?}"
    );
}

#[test]
fn the_override_reason_is_one_typing_step_and_replace_is_a_step_of_its_own() {
    let mut harness = sample_harness();
    let source = harness.state().open.document.issue().sources[0].id;
    harness
        .state_mut()
        .open
        .document
        .apply(Edit::SetStateMedia {
            source,
            value: monitor_workbench::model::StateMediaOverride::Yes {
                reason: String::new(),
            },
        })
        .expect("applies");
    harness.state_mut().view.library.selected = Some(source);
    harness.run();
    let steps = harness.state().open.document.undo_steps();
    harness.get_by_label("reason").focus();
    harness
        .get_by_label("reason")
        .type_text("Funded by the ministry, per its masthead");
    harness.run();
    assert_eq!(harness.state().open.document.undo_steps(), steps + 1);
    // Typing in an entry, then Replace in the same entry: two steps.
    click_section(&mut harness, "Russia");
    harness.get_by_label("Entry 1").focus();
    harness.get_by_label("Entry 1").type_text(" Zzyzx");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Find").type_text("Zzyzx");
    harness.run();
    harness.get_by_label("Replace with").focus();
    harness.get_by_label("Replace with").type_text("Moskva");
    harness.run();
    harness.get_by_label("Replace").click();
    harness.run();
    let body = |h: &Harness<'_, WorkbenchApp>| {
        h.state().open.document.issue().sections[1].entries[0]
            .body
            .clone()
    };
    assert!(body(&harness).contains("Moskva"));
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        body(&harness).ends_with(" Zzyzx"),
        "undo takes back the replacement only"
    );
}

#[test]
fn a_rename_to_the_same_name_changes_nothing() {
    let mut harness = sample_harness();
    harness
        .get_all_by_label("Russia")
        .next()
        .expect("in the outline")
        .click_secondary();
    harness.run();
    harness.get_by_label("Rename").click();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(!harness.state().open.document.can_undo());
    assert!(!harness.state().open.document.is_dirty());
    assert!(!harness.state().window_title().starts_with('•'));
}

#[test]
fn outlet_changes_undo_and_redo_and_stay_with_their_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = WorkbenchApp::new(
        Document::new(sample_issue(), None),
        Box::new(NoDialogs::default()),
        None,
    )
    .with_user_outlets(dir.path().join("outlets.ron"));
    let mut harness = harness_for(app);
    let hidden = |_: &Harness<'_, WorkbenchApp>| {
        std::fs::read_to_string(dir.path().join("outlets.ron"))
            .is_ok_and(|text| text.contains("RT en Español"))
    };
    harness.state_mut().run(Command::Outlets);
    harness.run();
    field(&harness, "Search").focus();
    field(&harness, "Search").type_text("RT en Esp");
    harness.run();
    harness.get_by_label("Hide RT en Español").click();
    harness.run();
    assert!(hidden(&harness));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!hidden(&harness), "undone, and the user's file follows");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(hidden(&harness), "redone");
    // A new document has a history of its own: Ctrl+Z there leaves the outlets.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(hidden(&harness));
}

#[test]
fn shortcuts_wait_while_a_dialog_asks_and_a_restored_copy_keeps_its_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let file = dir.path().join("issue.ron");
    monitor_workbench::store::save(&file, &sample_issue()).expect("save");
    // A crash leaves a recovery copy of the file's unsaved work.
    let mut crashed = with_desktop(
        sample_issue(),
        Some(file.clone()),
        ScriptedDesktop::default(),
        Some(recovery.clone()),
    );
    crashed
        .state_mut()
        .open
        .document
        .apply(Edit::SetText {
            field: TextField::Title,
            text: "Recovered title".to_owned(),
        })
        .expect("applies");
    for _ in 0..(60 * 4) {
        crashed.step();
    }
    crashed.state_mut().flush_recovery();
    drop(crashed);
    assert_eq!(std::fs::read_dir(&recovery).expect("written").count(), 1);
    let app = WorkbenchApp::new(
        Document::new(sample_issue(), Some(file.clone())),
        Box::new(NoDialogs::default()),
        Some(recovery.clone()),
    );
    let mut harness = harness_for(app);
    harness.get_by_label("Recover unsaved work?");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(
        harness.query_by_label("Open issue").is_none(),
        "no chooser behind the dialog"
    );
    assert_eq!(
        harness.state().open.document.path.as_deref(),
        Some(file.as_path())
    );
    harness.get_by_label("Restore").click();
    harness.run();
    let document = &harness.state().open.document;
    assert_eq!(document.issue().title, "Recovered title");
    assert_eq!(document.path.as_deref(), Some(file.as_path()));
    assert!(document.is_dirty());
}

#[test]
fn dont_save_leaves_no_recovery_copy_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let app = WorkbenchApp::new(
        Document::new(new_issue(day(2022, 2, 14)), None),
        Box::new(NoDialogs::default()),
        Some(recovery.clone()),
    );
    let mut harness = harness_for(app);
    harness.state_mut().run(Command::IssueDetails);
    harness.run();
    field(&harness, "Title").focus();
    field(&harness, "Title").type_text("February");
    harness.run();
    for _ in 0..(60 * 4) {
        harness.step();
    }
    harness.state_mut().flush_recovery();
    assert_eq!(std::fs::read_dir(&recovery).expect("written").count(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_label("Don't save").click();
    for _ in 0..10 {
        harness.step();
    }
    harness.state_mut().flush_recovery();
    assert_eq!(
        std::fs::read_dir(&recovery).expect("folder").count(),
        0,
        "the untitled copy is gone"
    );
}

#[test]
fn re_approving_ends_the_sent_back_notice_and_enter_signs_the_name() {
    let mut harness = sample_harness();
    click_section(&mut harness, "China");
    harness.get_by_label("Approve").click();
    harness.run();
    // No name yet: the preferences ask for it, and Enter is enough.
    harness
        .get_by_label("Your name (reviewer)")
        .type_text("Marta");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().prefs.reviewer, "Marta");
    assert_eq!(
        harness.state().open.document.issue().sections[2].status,
        SectionStatus::Approved
    );
    harness.get_by_label("Entry 1").focus();
    harness.get_by_label("Entry 1").type_text(" Updated.");
    harness.run();
    harness.get_by_label("“China” was approved; this edit sent it back to review.");
    harness.get_by_label("Approve").click();
    harness.run();
    assert!(
        harness
            .query_by_label("“China” was approved; this edit sent it back to review.")
            .is_none()
    );
}

#[test]
fn a_file_named_at_start_that_does_not_exist_is_a_new_issue_saved_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("vric-15.ron");
    let document = monitor_workbench::ui::document_for(&file)
        .expect("a new issue")
        .document;
    assert_eq!(document.path.as_deref(), Some(file.as_path()));
    assert!(!document.issue().sections.is_empty(), "from the template");
    let mut harness = harness_for(WorkbenchApp::new(
        document,
        Box::new(NoDialogs::default()),
        None,
    ));
    harness.get_by_label("not saved yet");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(file.exists(), "saved there without asking");
    harness.get_by_label("saved");
    let missing = dir.path().join("no-such-folder/x.ron");
    let error = monitor_workbench::ui::document_for(&missing)
        .err()
        .expect("refused");
    assert!(
        error.contains("no-such-folder") && error.contains("does not exist"),
        "{error}"
    );
}

/// A desktop whose opener finds no application, as on a machine with no browser.
struct NoBrowser {
    html: PathBuf,
    problems: Vec<String>,
}

impl monitor_workbench::ui::Desktop for NoBrowser {
    fn choose(
        &mut self,
        _question: &monitor_workbench::ui::FileQuestion,
        _folder: Option<&Path>,
    ) -> monitor_workbench::ui::Answer {
        monitor_workbench::ui::Answer::Chosen(self.html.clone())
    }
    fn open_in_default_app(&mut self, path: &Path) -> Result<(), String> {
        self.problems.push(format!(
            "xdg-open found no application to open {}",
            path.display()
        ));
        Ok(())
    }
    fn take_problems(&mut self) -> Vec<String> {
        std::mem::take(&mut self.problems)
    }
}

#[test]
fn an_opener_that_finds_no_application_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("preview.html");
    let desktop = NoBrowser {
        html: html.clone(),
        problems: Vec::new(),
    };
    let mut harness = harness_for(WorkbenchApp::new(
        Document::new(sample_issue(), None),
        Box::new(desktop),
        None,
    ));
    export_a_draft(&mut harness);
    assert!(html.exists());
    harness.get_by_label("Open the HTML").click();
    harness.run();
    harness.get_by_label("Nothing was opened");
    harness.get_by_label_contains("found no application to open");
}

/// A window on `file`, holding the sample, and the file then saved by
/// "someone else" with `theirs` applied to the sample.
fn changed_under_us(
    file: &Path,
    theirs: impl FnOnce(&mut Issue),
) -> Harness<'static, WorkbenchApp> {
    monitor_workbench::store::save(file, &sample_issue()).expect("save");
    let issue = monitor_workbench::store::load(file).expect("load");
    let harness = with_desktop(
        issue,
        Some(file.to_owned()),
        ScriptedDesktop::default(),
        None,
    );
    let mut changed = sample_issue();
    theirs(&mut changed);
    monitor_workbench::store::save(file, &changed).expect("their save");
    harness
}

/// Replaces the text of the entry named `label` with `text`.
fn retype_entry(harness: &mut Harness<'_, WorkbenchApp>, label: &str, text: &str) {
    let role = egui::accesskit::Role::MultilineTextInput;
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// Saves with Ctrl+S, meets the changed-on-disk question and answers Merge.
fn save_and_merge(harness: &mut Harness<'_, WorkbenchApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Merge").click();
    harness.run();
}

#[test]
fn merge_on_a_changed_file_keeps_both_edits_as_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("issue.ron");
    let mut harness = changed_under_us(&file, |theirs| {
        theirs.sections[0].entries[1].body = "Their new second entry.".to_owned();
    });
    retype_entry(&mut harness, "Entry 1", "My new first entry.");
    let before_merge = harness.state().open.document.issue().clone();
    save_and_merge(&mut harness);
    let issue = harness.state().open.document.issue().clone();
    assert_eq!(issue.sections[0].entries[0].body, "My new first entry.");
    assert_eq!(issue.sections[0].entries[1].body, "Their new second entry.");
    assert!(monitor_workbench::merge::unresolved(&issue).is_empty());
    assert!(harness.state().open.document.is_dirty());
    assert_eq!(
        harness.state().notice.as_ref().map(|n| n.text.as_str()),
        Some("Merged their changes: 1 entry changed by them, no conflict")
    );
    // Saving now writes the merge without asking again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.query_by_label("The file changed on disk").is_none());
    assert_eq!(monitor_workbench::store::load(&file).expect("load"), issue);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().open.document.issue(), &before_merge);
}

/// Ours and theirs rewrite the first entry differently, then Merge.
fn same_words_merged(file: &Path) -> Harness<'static, WorkbenchApp> {
    let mut harness = changed_under_us(file, |theirs| {
        theirs.sections[0].entries[0].body = "Their wording.".to_owned();
    });
    retype_entry(&mut harness, "Entry 1", "My wording.");
    save_and_merge(&mut harness);
    let issue = harness.state().open.document.issue();
    assert_eq!(monitor_workbench::merge::unresolved(issue).len(), 1);
    assert_eq!(
        harness.state().notice.as_ref().map(|n| n.text.as_str()),
        Some("Merged their changes: 1 entry changed by them, 1 conflict to resolve")
    );
    harness.get_by_label(
        "Merge conflict in entry 1: You and they changed the same words differently.",
    );
    harness.get_by_label("Their wording.");
    harness
}

#[test]
fn a_conflict_is_resolved_in_place_by_taking_theirs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = same_words_merged(&dir.path().join("issue.ron"));
    harness.get_by_label("Take theirs").click();
    harness.run();
    let issue = harness.state().open.document.issue();
    assert_eq!(issue.sections[0].entries[0].body, "Their wording.");
    assert_eq!(issue.sections[0].entries[0].conflict, None);
    assert!(monitor_workbench::merge::unresolved(issue).is_empty());
    assert!(harness.query_by_label("Take theirs").is_none());
    // The choice is one undo step: the conflict is back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label("Take theirs");
}

#[test]
fn a_conflict_is_resolved_in_place_by_keeping_mine() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = same_words_merged(&dir.path().join("issue.ron"));
    harness.get_by_label("Keep mine").click();
    harness.run();
    let issue = harness.state().open.document.issue();
    assert_eq!(issue.sections[0].entries[0].body, "My wording.");
    assert!(monitor_workbench::merge::unresolved(issue).is_empty());
    assert!(harness.query_by_label("Keep mine").is_none());
}

#[test]
fn after_merge_the_first_conflict_is_in_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("issue.ron");
    let mut harness = changed_under_us(&file, |theirs| {
        theirs.sections[2].entries[0].body = "Their wording.".to_owned();
        theirs.title = "Their title".to_owned();
    });
    let title = harness.state().open.document.issue().sections[2]
        .title
        .clone();
    click_section(&mut harness, &title);
    retype_entry(&mut harness, "Entry 1", "My wording.");
    click_section(&mut harness, "Overview");
    save_and_merge(&mut harness);
    assert_eq!(harness.state().open.document.issue().title, "Their title");
    harness.get_by_label("Take theirs");
    assert_eq!(
        harness.state().view.selection.section,
        Some(harness.state().open.document.issue().sections[2].id)
    );
}

#[test]
fn an_issue_opened_with_a_conflict_in_it_shows_the_resolver() {
    let mut issue = sample_issue();
    let entry = &mut issue.sections[0].entries[0];
    entry.conflict = Some(monitor_workbench::model::EntryConflict {
        kind: monitor_workbench::model::ConflictKind::BothEdited,
        base: entry.body.clone(),
        ours: entry.body.clone(),
        theirs: "The branch's wording.".to_owned(),
        theirs_by: "feature/russia".to_owned(),
    });
    let mine = entry.body.clone();
    let mut harness = harness_for(WorkbenchApp::new(
        Document::new(issue, None),
        Box::new(ScriptedDesktop::default()),
        None,
    ));
    harness.get_by_label("Theirs (feature/russia)");
    harness.get_by_label("Keep both texts").click();
    harness.run();
    let entry = &harness.state().open.document.issue().sections[0].entries[0];
    assert_eq!(entry.body, format!("{mine}\n\nThe branch's wording."));
    assert_eq!(entry.conflict, None);
}

#[test]
fn a_field_conflict_is_settled_in_issue_details() {
    let mut issue = sample_issue();
    issue
        .conflicts
        .push(monitor_workbench::model::FieldConflict {
            field: "title".to_owned(),
            base: format!("{:?}", issue.title),
            ours: monitor_workbench::model::Side::Value("\"My title\"".to_owned()),
            theirs: monitor_workbench::model::Side::Value("\"Their title\"".to_owned()),
        });
    issue.title = "My title".to_owned();
    let mut harness = harness_for(WorkbenchApp::new(
        Document::new(issue, None),
        Box::new(ScriptedDesktop::default()),
        None,
    ));
    harness.get_by_label("Issue details").click();
    harness.run();
    harness.get_by_label("Theirs: \"Their title\"");
    harness.get_by_label("Take theirs").click();
    harness.run();
    let issue = harness.state().open.document.issue();
    assert_eq!(issue.title, "Their title");
    assert!(monitor_workbench::merge::unresolved(issue).is_empty());
    assert!(harness.query_by_label("Take theirs").is_none());
}

#[test]
fn history_compares_an_older_save_and_restores_an_entry_as_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("issue.ron");
    monitor_workbench::store::save(&file, &sample_issue()).expect("save");
    let entry = sample_issue().sections[0].entries[0].id;
    let app = WorkbenchApp::new(
        Document::new(sample_issue(), Some(file.clone())),
        Box::new(NoDialogs::default()),
        None,
    )
    .with_versions(dir.path().join("versions"));
    let mut harness = harness_for(app);
    let body = |harness: &Harness<'_, WorkbenchApp>| {
        harness.state().open.document.issue().sections[0].entries[0]
            .body
            .clone()
    };
    for text in ["Alpha original words.", "Alpha changed words."] {
        harness
            .state_mut()
            .open
            .document
            .apply(Edit::SetText {
                field: TextField::EntryBody(entry),
                text: text.to_owned(),
            })
            .expect("applies");
        harness.state_mut().run(Command::Save);
        harness.run();
    }
    let kept = std::fs::read_dir(dir.path().join("versions"))
        .expect("versions kept")
        .flat_map(|folder| std::fs::read_dir(folder.expect("folder").path()).expect("read"))
        .count();
    assert_eq!(kept, 2, "one version per save, away from the user's file");
    harness.state_mut().run(Command::History);
    harness.run();
    harness.get_by_label_contains("1 entry changed");
    // A save while the window is open lists the new version at once.
    harness
        .state_mut()
        .open
        .document
        .apply(Edit::SetText {
            field: TextField::Title,
            text: "A third save".to_owned(),
        })
        .expect("applies");
    harness.state_mut().run(Command::Save);
    harness.run();
    assert_eq!(
        harness
            .query_all_by_label_contains("UTC · saved here")
            .count(),
        3
    );
    harness.get_by_label_contains("first version").click();
    harness.run();
    // Deleted and inserted words side by side in the entry's text.
    harness.get_by_label("Alpha originalchanged words.");
    harness.get_by_label("Restore this entry").click();
    harness.run();
    assert_eq!(body(&harness), "Alpha original words.");
    harness.state_mut().run(Command::Undo);
    harness.run();
    assert_eq!(body(&harness), "Alpha changed words.");
}

#[test]
fn a_version_that_cannot_be_kept_is_told_and_the_save_stands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("issue.ron");
    monitor_workbench::store::save(&file, &sample_issue()).expect("save");
    // The version folder's place is taken by a file: no version can be kept.
    let blocked = dir.path().join("versions");
    std::fs::write(&blocked, "").expect("write");
    let app = WorkbenchApp::new(
        Document::new(sample_issue(), Some(file.clone())),
        Box::new(NoDialogs::default()),
        None,
    )
    .with_versions(blocked);
    let mut harness = harness_for(app);
    harness
        .state_mut()
        .open
        .document
        .apply(Edit::SetText {
            field: TextField::Title,
            text: "Saved anyway".to_owned(),
        })
        .expect("applies");
    harness.state_mut().run(Command::Save);
    harness.run();
    let saved = monitor_workbench::store::load(&file).expect("loads");
    assert_eq!(saved.title, "Saved anyway");
    assert!(!harness.state().open.document.is_dirty());
    let notice = harness.state().notice.as_ref().expect("a notice");
    assert!(
        notice.text.contains("No version was kept"),
        "{}",
        notice.text
    );
}

fn suggestion_clock() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-11-18T10:30:00Z")
        .expect("time")
        .to_utc()
}

#[test]
fn a_suggestion_leaves_the_text_until_accepted_and_a_rejected_one_is_kept() {
    use monitor_workbench::model::SuggestionOutcome;
    let mut harness = harness_for(WorkbenchApp::on_sample().with_clock(suggestion_clock));
    harness.state_mut().prefs.reviewer = "Marta".to_owned();
    click_section(&mut harness, "China");
    let entry = |h: &Harness<'_, WorkbenchApp>| {
        h.state().open.document.issue().sections[2].entries[0].clone()
    };
    let original = entry(&harness).body;
    let open_findings = |h: &Harness<'_, WorkbenchApp>| {
        monitor_workbench::compliance::check(
            h.state().open.document.issue(),
            &monitor_workbench::registry::Registry::builtin(),
        )
        .findings
        .iter()
        .filter(|f| f.rule == monitor_workbench::compliance::Rule::OpenSuggestion)
        .count()
    };
    harness.get_by_label("Suggest changes").click();
    harness.run();
    harness.get_by_label("Suggest mode: your edits become suggestions");
    harness.get_by_label("Suggest mode");
    harness.get_by_label("Entry 1").focus();
    harness.get_by_label("Entry 1").type_text(" Zzyzx");
    harness.run();
    assert_eq!(entry(&harness).body, original, "the body is unchanged");
    harness.get_by_label("Suggest").click();
    harness.run();
    let suggested = entry(&harness);
    assert_eq!(suggested.body, original);
    assert_eq!(suggested.suggestions.len(), 1);
    assert_eq!(suggested.suggestions[0].author, "Marta");
    assert_eq!(suggested.suggestions[0].at, suggestion_clock());
    assert_eq!(suggested.suggestions[0].text, format!("{original} Zzyzx"));
    assert_eq!(open_findings(&harness), 1);
    harness.get_by_label("Suggestion on entry 1 by Marta, 2026-11-18 10:30 UTC");
    // The diff shows the body's words with the inserted one.
    assert!(
        harness.query_by_label_contains("Zzyzx").is_some(),
        "the diff shows the inserted word"
    );
    harness.get_by_label("Accept").click();
    harness.run();
    assert_eq!(entry(&harness).body, format!("{original} Zzyzx"));
    assert_eq!(open_findings(&harness), 0);
    // Undo takes the acceptance back as one step.
    harness.state_mut().run(Command::Undo);
    harness.run();
    assert_eq!(entry(&harness).body, original);
    assert_eq!(open_findings(&harness), 1);
    harness.get_by_label("Reject").click();
    harness.run();
    let rejected = entry(&harness);
    assert_eq!(rejected.body, original, "rejecting keeps the text");
    assert_eq!(
        rejected.suggestions[0].outcome,
        Some(SuggestionOutcome::Rejected),
        "and a record of the suggestion"
    );
    assert_eq!(open_findings(&harness), 0);
    assert!(harness.query_by_label("Reject").is_none());
    // Review → Suggest changes turns the mode off again.
    harness.get_by_label("Review").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Suggest changes")
        .click();
    harness.run();
    assert!(harness.query_by_label("Suggest mode").is_none());
}

#[test]
fn suggesting_with_no_name_asks_for_it_first_then_records_the_suggestion() {
    let mut harness = harness_for(WorkbenchApp::on_sample().with_clock(suggestion_clock));
    click_section(&mut harness, "China");
    harness.get_by_label("Suggest changes").click();
    harness.run();
    harness.get_by_label("Entry 1").focus();
    harness.get_by_label("Entry 1").type_text(" Zzyzx");
    harness.run();
    harness.get_by_label("Suggest").click();
    harness.run();
    harness
        .get_by_label("Your name (reviewer)")
        .type_text("Marta");
    harness.key_press(Key::Enter);
    harness.run();
    let entry = &harness.state().open.document.issue().sections[2].entries[0];
    assert_eq!(entry.suggestions.len(), 1);
    assert_eq!(entry.suggestions[0].author, "Marta");
    assert!(entry.suggestions[0].text.ends_with(" Zzyzx"));
    assert!(!entry.body.ends_with(" Zzyzx"));
}

#[test]
fn a_file_named_on_the_command_line_is_repaired_as_open_repairs_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("twice.ron");
    let mut issue = sample_issue();
    // Two entries under one id, as a careless hand edit leaves them.
    let first = issue.sections[0].entries[0].id;
    issue.sections[1].entries[0].id = first;
    monitor_workbench::store::save(&file, &issue).expect("save");
    let opened = monitor_workbench::ui::document_for(&file).expect("opens");
    assert!(!opened.repairs.is_empty(), "the duplicate id is repaired");
    assert!(opened.document.is_dirty(), "repaired, not yet saved");
    let ids: std::collections::BTreeSet<_> = opened
        .document
        .issue()
        .entries()
        .map(|(_, entry)| entry.id)
        .collect();
    assert_eq!(ids.len(), opened.document.issue().entries().count());
}
