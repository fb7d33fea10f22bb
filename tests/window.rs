//! The first window, driven through its accessibility tree as a user would.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use monitor_workbench::model::{Citation, Entry, EntryId, Issue, Section, SectionId, SourceId};
use monitor_workbench::ui::{Document, WorkbenchApp};

fn harness(document: Document) -> Harness<'static, WorkbenchApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, app: &mut WorkbenchApp| app.show(ui),
            WorkbenchApp::new(document),
        );
    harness.run();
    harness
}

#[test]
fn the_sample_opens_with_its_share_meter_outline_and_first_section() {
    let harness = harness(Document::sample());
    harness.get_by_label("State media: 7 of 37 citations — 18.9% of 20% allowed");
    // The outline lists every section; the first one fills the centre.
    for title in ["Overview", "Russia", "China", "Iran", "Venezuela"] {
        assert!(
            !harness
                .get_all_by_label(title)
                .collect::<Vec<_>>()
                .is_empty(),
            "{title} missing"
        );
    }
    harness.get_by_label("Entry 1");
    harness.get_by_label("1 error");
    harness.get_by_label("6 warnings");
    harness.get_by_label("Sample issue (bundled)");
}

#[test]
fn clicking_a_section_in_the_outline_shows_its_entries() {
    let mut harness = harness(Document::sample());
    let china = harness.state().document.issue.sections[2].clone();
    assert_eq!(china.title, "China");
    harness
        .get_all_by_label("China")
        .next()
        .expect("China in the outline")
        .click();
    harness.run();
    assert_eq!(harness.state().selection.section, Some(china.id));
    // Every entry of the section is in the centre with its citation chips.
    // Shown with its emphasis applied: the accessible text has no asterisks.
    let first: String = monitor_workbench::text::runs(&china.entries[0].body)
        .into_iter()
        .map(|r| r.text)
        .collect();
    assert_ne!(
        first, china.entries[0].body,
        "the sample's first China entry has emphasis"
    );
    harness.get_by_label(&first);
    harness.get_by_label(&format!("Entry {}", china.entries.len()));
    harness.get_by_label("state media: Xinhua Español");
    harness.get_by_label("unclassified: csis.org");
}

#[test]
fn clicking_an_entry_in_the_outline_selects_it() {
    let mut harness = harness(Document::sample());
    let iran = harness.state().document.issue.sections[3].clone();
    let preview_start: String = iran.entries[1].body.chars().take(20).collect();
    harness
        .get_by_label_contains(&format!("2. {preview_start}"))
        .click();
    harness.run();
    let selection = harness.state().selection;
    assert_eq!(selection.section, Some(iran.id));
    assert_eq!(selection.entry, Some(iran.entries[1].id));
}

#[test]
fn odd_but_valid_issues_do_not_panic() {
    // No sections at all.
    let empty = harness(Document::from_file(Issue::default(), "empty.ron".into()));
    empty.get_by_label("Select a section in the outline.");
    empty.get_by_label("State media: 0 of 0 citations — 0% of 20% allowed");

    // An empty section, an untitled one, an entry citing a source missing from the library.
    let mut issue = Issue::default();
    issue.sections.push(Section::new(SectionId(1), ""));
    let mut section = Section::new(SectionId(2), "Dangling");
    let mut entry = Entry::new(EntryId(1), "");
    entry.citations.push(Citation {
        source: SourceId(42),
    });
    section.entries.push(entry);
    issue.sections.push(section);
    let mut odd = harness(Document::from_file(issue, "odd.ron".into()));
    odd.get_by_label("This section has no entries yet.");
    odd.get_all_by_label("Dangling")
        .next()
        .expect("outline")
        .click();
    odd.run();
    odd.get_by_label("missing source #42");
}
