//! The archive in the window, driven as a user would: File → Open archive…
//! on a folder of three issues (one URL cited again, one entry nearly
//! copied), searching and opening a hit, the "already reported" notes and
//! their "Open No. 1", the trends and their exports, and the folder watched.
//! The archive is read on another thread, so the tests step frames until it
//! shows (at most 20 s) instead of `run`, which a spinner never lets settle.

mod window_support;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use monitor_workbench::archive::{Archive, figures, figures_csv};
use monitor_workbench::edit::Document;
use monitor_workbench::model::{
    Citation, Entry, EntryId, Issue, Section, SectionId, Source, SourceId,
};
use monitor_workbench::registry::Registry;
use monitor_workbench::store;
use monitor_workbench::ui::{FileMode, Phase, WorkbenchApp};
use window_support::{NoDialogs, ScriptedDesktop, harness_for};

const ACCORD_URL: &str =
    "https://www.reuters.com/world/americas/venezuela-russia-energy-accord-2026-11-03/";
const COPIED: &str = "Caracas and Moscow signed an energy accord on Tuesday that gives Rosneft \
     three new oil blocks in the Orinoco belt, the ministry said in a statement read on state television.";

fn entry(id: u32, text: &str, sources: &[u32]) -> Entry {
    let mut entry = Entry::new(EntryId(id), text);
    entry.citations = sources
        .iter()
        .map(|&s| Citation {
            source: SourceId(s),
        })
        .collect();
    entry
}

fn issue(number: u32, title: &str, entries: Vec<Entry>, urls: &[&str]) -> Issue {
    let mut section = Section::new(SectionId(1), title);
    section.entries = entries;
    Issue {
        series: "VRIC Monitor".to_owned(),
        number: Some(number),
        published: chrono::NaiveDate::from_ymd_opt(2026, 11, number),
        sections: vec![section],
        sources: urls
            .iter()
            .enumerate()
            .map(|(n, url)| Source::new(SourceId(n as u32 + 1), *url))
            .collect(),
        ..Issue::default()
    }
}

/// No. 1 and No. 2 in the folder, and No. 3 — the issue being written — too:
/// No. 3 cites No. 1's accord again and nearly copies its second entry.
fn archive_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().canonicalize().expect("canonical");
    let first = issue(
        1,
        "Venezuela",
        vec![
            entry(
                1,
                "Rosneft and PDVSA agreed on the accord's first shipments.",
                &[1],
            ),
            entry(2, COPIED, &[]),
        ],
        &[ACCORD_URL],
    );
    let second = issue(
        2,
        "Cuba",
        vec![entry(
            1,
            "The sugar harvest fell short of the plan for the third year running.",
            &[1],
        )],
        &["https://www.cubadebate.cu/noticias/2026/11/10/zafra/"],
    );
    let third = issue(
        3,
        "Venezuela",
        vec![
            entry(1, "The accord was ratified by the National Assembly.", &[1]),
            entry(2, &COPIED.replace("on Tuesday", "on Wednesday"), &[]),
        ],
        &[ACCORD_URL],
    );
    for (name, issue) in [
        ("no-1.ron", &first),
        ("sub/no-2.ron", &second),
        ("no-3.ron", &third),
    ] {
        let path = folder.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        store::save(&path, issue).expect("saved");
    }
    (dir, folder)
}

/// The window on No. 3, its desktop answering `answers` in turn.
fn window_on_third(folder: &Path, answers: &[&Path]) -> Harness<'static, WorkbenchApp> {
    let path = folder.join("no-3.ron");
    let issue = store::load(&path).expect("No. 3");
    harness_for(WorkbenchApp::new(
        Document::new(issue, Some(path)),
        Box::new(ScriptedDesktop::answering(answers)),
        None,
    ))
}

/// Steps frames until `done` holds (at most 20 s), then lets the window settle.
fn wait_for(
    harness: &mut Harness<'_, WorkbenchApp>,
    what: &str,
    done: impl Fn(&Harness<'_, WorkbenchApp>) -> bool,
) {
    window_support::wait_for(harness, what, done);
    harness.run();
}

fn open_menu_item(harness: &mut Harness<'_, WorkbenchApp>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(item).click();
    harness.step();
}

/// File → Open archive…, the desktop answering `folder`; waits until it is read.
fn open_archive(harness: &mut Harness<'_, WorkbenchApp>, issues: usize) {
    open_menu_item(harness, "File", "Open archive…");
    wait_for(harness, "the archive to be read", |h| {
        h.state()
            .archive
            .snapshot
            .as_ref()
            .is_some_and(|s| s.archive.issues.len() == issues)
    });
}

fn file_name(harness: &Harness<'_, WorkbenchApp>) -> String {
    harness
        .state()
        .open
        .document
        .path
        .as_deref()
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn a_search_hit_names_its_issue_and_a_click_opens_it_at_the_entry() {
    let (_dir, folder) = archive_folder();
    let mut harness = window_on_third(&folder, &[&folder]);
    open_archive(&mut harness, 3);
    assert_eq!(
        harness.state().prefs.archive.as_deref(),
        Some(folder.as_path())
    );
    harness.get_by_label(&format!("3 issues in {}", folder.display()));

    let search = harness.get_by_label("Search the archive");
    search.click();
    search.type_text("harvests");
    harness.run();
    let hit = harness
        .get_all_by_label_contains("VRIC Monitor No. 2, Cuba, entry 1:")
        .next()
        .expect("the hit names its issue and place");
    hit.click();
    harness.run();

    assert_eq!(file_name(&harness), "no-2.ron");
    let view = &harness.state().view;
    assert_eq!(view.selection.section, Some(SectionId(1)));
    assert_eq!(view.selection.entry, Some(EntryId(1)));
}

#[test]
fn an_unsaved_issue_is_not_dropped_to_open_a_hit() {
    let (_dir, folder) = archive_folder();
    let mut harness = window_on_third(&folder, &[&folder]);
    open_archive(&mut harness, 3);
    harness.get_by_label("Entry 1").click();
    harness.get_by_label("Entry 1").type_text(" Unsaved.");
    harness.run();
    let search = harness.get_by_label("Search the archive");
    search.click();
    search.type_text("sugar");
    harness.run();
    harness
        .get_all_by_label_contains("VRIC Monitor No. 2, Cuba")
        .next()
        .expect("a hit")
        .click();
    harness.run();
    assert_eq!(file_name(&harness), "no-3.ron", "asks first");
    harness.get_by_label("Unsaved changes");
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(file_name(&harness), "no-2.ron");
    assert_eq!(harness.state().view.selection.entry, Some(EntryId(1)));
}

#[test]
fn already_reported_notes_name_the_earlier_issue_and_open_it() {
    let (_dir, folder) = archive_folder();
    let mut harness = window_on_third(&folder, &[&folder]);
    open_archive(&mut harness, 3);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    harness.run();
    harness.get_by_label("2 notes");
    let notes = &harness.state().archive.notes.list;
    let rules: Vec<&str> = notes.iter().map(|n| n.finding.rule.name()).collect();
    assert_eq!(rules, ["already-cited", "near-duplicate-entry"]);
    harness
        .get_all_by_label_contains("Already cited in VRIC Monitor No. 1, Venezuela, entry 1.")
        .next()
        .expect("the note in the findings panel");
    harness
        .get_all_by_label_contains("Nearly the same text as VRIC Monitor No. 1, Venezuela, entry 2")
        .next()
        .expect("the near-duplicate");

    // The copied entry's note opens No. 1 at the entry it copies.
    harness.get_by_label("Notes").click();
    harness.run();
    let buttons: Vec<_> = harness.get_all_by_label("Open No. 1").collect();
    assert_eq!(buttons.len(), 2);
    buttons[1].click();
    harness.run();
    assert_eq!(file_name(&harness), "no-1.ron");
    assert_eq!(harness.state().view.selection.entry, Some(EntryId(2)));
    // No. 1 repeats nothing earlier.
    assert!(harness.state().archive.notes.list.is_empty());
}

#[test]
fn typing_what_an_earlier_issue_reported_brings_its_note() {
    let (_dir, folder) = archive_folder();
    let mut harness = window_on_third(&folder, &[&folder]);
    open_archive(&mut harness, 3);
    let before = harness.state().archive.notes.list.len();
    harness.get_by_label("Entry 1").click();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Entry 1")
        .type_text("The sugar harvest fell short of the plan for the third year running.");
    harness.run();
    let notes = &harness.state().archive.notes.list;
    assert_eq!(notes.len(), before + 1, "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.finding.message.contains("VRIC Monitor No. 2")),
        "{notes:?}"
    );
}

#[test]
fn the_trends_are_plotted_and_export_their_data_and_pictures() {
    let (_dir, folder) = archive_folder();
    let out = tempfile::tempdir().expect("temp dir");
    let csv = out.path().join("shares.csv");
    let png = out.path().join("shares.png");
    let report = out.path().join("report.html");
    let mut harness = window_on_third(&folder, &[&folder, &csv, &report, &png]);
    open_archive(&mut harness, 3);
    harness.get_by_label("Trends").click();
    harness.run();
    for title in [
        "State-media share per issue, against the limit",
        "Citations per classification",
        "Entries per section",
        "Opinion pieces and unclassified sources",
    ] {
        harness.get_by_label(&format!("{title}: a plot of 3 issues"));
    }

    harness
        .get_by_label("Export data (CSV): State-media share per issue, against the limit")
        .click();
    harness.run();
    let archive = Archive::open(&folder).expect("the archive");
    let expected = figures_csv(&figures(&archive.issues, &Registry::builtin()));
    assert_eq!(std::fs::read_to_string(&csv).expect("written"), expected);

    harness.get_by_label("Archive report…").click();
    harness.run();
    let page = std::fs::read_to_string(&report).expect("the report");
    assert!(page.contains("VRIC Monitor No. 2"), "{page}");
    harness.get_by_label("Close").click();
    harness.run();

    harness
        .get_by_label("Save as PNG: State-media share per issue, against the limit")
        .click();
    wait_for(&mut harness, "the picture", |_| png.exists());
    let bytes = std::fs::read(&png).expect("the picture was written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[test]
fn a_file_saved_into_the_folder_is_searched_at_once() {
    let (_dir, folder) = archive_folder();
    let mut harness = window_on_third(&folder, &[&folder]);
    open_archive(&mut harness, 3);
    // A colleague's issue arrives (a pull): the watch reads it.
    let fourth = issue(
        4,
        "Nicaragua",
        vec![entry(
            1,
            "Managua expelled the last independent broadcaster.",
            &[],
        )],
        &[],
    );
    store::save(&folder.join("no-4.ron"), &fourth).expect("saved");
    wait_for(&mut harness, "the new issue", |h| {
        h.state()
            .archive
            .snapshot
            .as_ref()
            .is_some_and(|s| s.archive.issues.len() == 4)
    });
    // Saving the issue open here updates its copy in the archive.
    harness.get_by_label("Entry 1").click();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Entry 1")
        .type_text("Opposition deputies walked out of the Assembly.");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    wait_for(&mut harness, "the saved text in the archive", |h| {
        !h.state()
            .archive
            .snapshot
            .as_ref()
            .map(|s| s.search.search("deputies walked out", 5))
            .unwrap_or_default()
            .is_empty()
    });
}

#[test]
fn without_desktop_dialogs_the_built_in_chooser_chooses_the_folder() {
    let (_dir, folder) = archive_folder();
    let desktop = NoDialogs::default();
    let mut harness = harness_for(WorkbenchApp::new(
        Document::new(Issue::default(), None),
        Box::new(desktop.clone()),
        None,
    ));
    open_menu_item(&mut harness, "File", "Open archive…");
    harness.run();
    let asked = desktop.asked.lock().expect("lock").clone();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].mode, FileMode::Folder);
    let field = harness.get_by_label("Folder name");
    field.click();
    field.type_text(&folder.display().to_string());
    harness.run();
    harness.get_by_label("Choose this folder").click();
    wait_for(&mut harness, "the archive to be read", |h| {
        h.state().archive.snapshot.is_some()
    });
    assert_eq!(
        harness.state().prefs.archive.as_deref(),
        Some(folder.as_path())
    );
}

#[test]
fn a_folder_that_cannot_be_read_is_said_in_words() {
    let (_dir, folder) = archive_folder();
    let gone = folder.join("gone");
    let mut harness = window_on_third(&folder, &[&gone]);
    open_menu_item(&mut harness, "File", "Open archive…");
    wait_for(&mut harness, "the failure", |h| {
        matches!(h.state().archive.phase, Phase::Failed { .. })
    });
    let notice = harness
        .state()
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("could not be read") && notice.contains("File > Open archive…"),
        "{notice}"
    );
    harness
        .get_all_by_label_contains("could not be read")
        .next()
        .expect("said in the Archive window");
    assert!(harness.state().archive.notes.list.is_empty());
}
