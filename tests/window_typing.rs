//! Every text field of the window takes what is typed one key at a time,
//! as people type: one key per frame, never the whole text in one event.
//! A field that tidied its text on every keystroke (Editors split and
//! trimmed it, eating the space after "Marta" before "Ruiz" came) fails
//! here, where a test typing the whole string at once passed.

#[path = "window_support/mod.rs"]
mod window_support;

use egui::accesskit::Role;
use egui::{Event, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use monitor_workbench::edit::Document;
use monitor_workbench::model::{Issue, SectionStatus, SpecialEdition};
use monitor_workbench::sample::sample_issue;
use monitor_workbench::ui::{Command, NoDesktop, Preferences, WorkbenchApp};
use window_support::{click_section, harness_for};

/// Spaces, commas, a colon, a full stop, an accented word, a trailing space.
const TYPED: &str = "Dr. Ruiz, de Brasília: sí, 40% más. ";

/// The text field named `label` (a column header may have the same name).
fn field<'h>(harness: &'h Harness<'_, WorkbenchApp>, label: &'h str) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_label(label)
        .find(|node| {
            matches!(
                node.accesskit_node().role(),
                Role::TextInput | Role::MultilineTextInput
            )
        })
        .unwrap_or_else(|| panic!("a text field named {label}"))
}

/// Types `text` into the field named `label`, one character per frame.
fn type_keys(harness: &mut Harness<'_, WorkbenchApp>, label: &str, text: &str) {
    field(harness, label).focus();
    harness.step();
    for character in text.chars() {
        harness.event(Event::Text(character.to_string()));
        harness.step();
    }
    harness.run();
}

/// The sample with every free-text field of the issue empty, so the typed
/// text is the whole of each.
fn blank_issue() -> Issue {
    let mut issue = sample_issue();
    issue.series.clear();
    issue.title.clear();
    issue.publisher.clear();
    issue.editors.clear();
    issue.summary.clear();
    issue.disclaimer.clear();
    issue.methodology.clear();
    issue.canonical_url.clear();
    issue.licence.clear();
    issue.policy.special_edition = Some(SpecialEdition::default());
    issue.sections[0].title.clear();
    issue.sections[0].entries[0].body.clear();
    issue.sections[0].status = SectionStatus::Draft;
    issue
}

fn window(issue: Issue) -> Harness<'static, WorkbenchApp> {
    let prefs = Preferences {
        reviewer: "Marta Quiñones".to_owned(),
        fetch_pasted: Some(false),
        ..Preferences::default()
    };
    harness_for(
        WorkbenchApp::new(Document::new(issue, None), Box::new(NoDesktop), None)
            .with_preferences(prefs),
    )
}

#[test]
fn issue_details_and_the_policy_keep_every_key() {
    let mut harness = window(blank_issue());
    harness.state_mut().run(Command::IssueDetails);
    harness.run();
    for label in [
        "Series",
        "Title",
        "Publisher",
        "Summary",
        "Disclaimer",
        "Methodology note",
        "Canonical URL",
        "Licence",
        "Why it exceeds the limit",
        "Readers' disclaimer",
    ] {
        type_keys(&mut harness, label, TYPED);
    }
    let issue = harness.state().open.document.issue().clone();
    for (field, value) in [
        ("series", &issue.series),
        ("title", &issue.title),
        ("publisher", &issue.publisher),
        ("summary", &issue.summary),
        ("disclaimer", &issue.disclaimer),
        ("methodology", &issue.methodology),
        ("canonical URL", &issue.canonical_url),
        ("licence", &issue.licence),
    ] {
        assert_eq!(value, TYPED, "{field}");
    }
    let special = issue.policy.special_edition.expect("a special edition");
    assert_eq!(special.reason, TYPED);
    assert_eq!(special.disclaimer, TYPED);
}

#[test]
fn editors_keep_spaces_and_commas_as_they_are_typed() {
    let mut harness = window(blank_issue());
    harness.state_mut().run(Command::IssueDetails);
    harness.run();
    type_keys(&mut harness, "Editors", "Marta Ruiz, Daniel Ortega Vidal, ");
    // What the field shows is what was typed, trailing comma and space too…
    assert_eq!(
        field(&harness, "Editors").value().as_deref(),
        Some("Marta Ruiz, Daniel Ortega Vidal, ")
    );
    // … and the issue holds the names.
    assert_eq!(
        harness.state().open.document.issue().editors,
        ["Marta Ruiz", "Daniel Ortega Vidal"]
    );
    // Once the field is left, it shows the list as the issue holds it.
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        field(&harness, "Editors").value().as_deref(),
        Some("Marta Ruiz, Daniel Ortega Vidal")
    );
}

#[test]
fn a_section_title_an_entry_and_a_typed_link_keep_every_key() {
    let mut harness = window(blank_issue());
    click_section(&mut harness, "(untitled section)");
    type_keys(&mut harness, "Section title", TYPED);
    type_keys(&mut harness, "Entry 1", TYPED);
    let url = "https://www.efe.com/mundo/2026-11-20/venezuela-rusia/";
    type_keys(&mut harness, "Add source to entry 1", url);
    harness.key_press(Key::Enter);
    harness.run();
    let issue = harness.state().open.document.issue().clone();
    assert_eq!(issue.sections[0].title, TYPED);
    assert_eq!(issue.sections[0].entries[0].body, TYPED);
    let cited = issue.sources.iter().find(|s| s.url == url);
    assert!(
        cited.is_some_and(|s| issue.sections[0].entries[0].cites(s.id)),
        "{url} cited"
    );
}

#[test]
fn source_fields_keep_every_key() {
    let mut issue = blank_issue();
    let source = &mut issue.sources[0];
    source.title = "Zzz".to_owned();
    source.author.clear();
    source.notes.clear();
    source.outlet = None;
    source.language.clear();
    source.state_media = monitor_workbench::model::StateMediaOverride::No {
        reason: String::new(),
    };
    let mut harness = window(issue);
    type_keys(&mut harness, "Filter", "Zzz");
    harness.get_by_label("Zzz").click();
    harness.run();
    for label in ["Outlet", "Author", "Language", "Notes", "reason"] {
        type_keys(&mut harness, label, TYPED);
    }
    type_keys(&mut harness, "Title", TYPED);
    let source = harness.state().open.document.issue().sources[0].clone();
    assert_eq!(source.title, format!("Zzz{TYPED}"));
    assert_eq!(source.outlet.as_deref(), Some(TYPED));
    assert_eq!(source.author, TYPED);
    assert_eq!(source.language, TYPED);
    assert_eq!(source.notes, TYPED);
    assert_eq!(
        source.state_media,
        monitor_workbench::model::StateMediaOverride::No {
            reason: TYPED.to_owned()
        }
    );
}

#[test]
fn a_date_typed_with_spaces_is_read_when_the_field_is_left() {
    let mut harness = window(blank_issue());
    harness.state_mut().run(Command::IssueDetails);
    harness.run();
    // Clear what the field shows, then type a date as editors write it.
    field(&harness, "Published").focus();
    harness.step();
    for _ in 0..12 {
        harness.key_press(Key::Backspace);
        harness.step();
    }
    type_keys(&mut harness, "Published", "13 de febrero de 2022");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        harness.state().open.document.issue().published,
        chrono::NaiveDate::from_ymd_opt(2022, 2, 13)
    );
}

#[test]
fn comments_suggestions_and_flags_keep_every_key() {
    let mut harness = window(blank_issue());
    click_section(&mut harness, "Russia");
    harness.get_by_label("Comment").click();
    harness.run();
    type_keys(&mut harness, "New comment on entry 1", TYPED);
    harness.get_by_label("Add comment").click();
    harness.run();
    let entry = harness.state().open.document.issue().sections[1].entries[0].clone();
    // A comment is kept without the space it ended on.
    assert_eq!(entry.comments[0].text, TYPED.trim_end());
    type_keys(&mut harness, "Reply to thread 1", TYPED);
    harness.get_by_label("Reply").click();
    harness.run();
    let entry = harness.state().open.document.issue().sections[1].entries[0].clone();
    assert_eq!(entry.comments[0].replies[0].text, TYPED.trim_end());

    harness.get_by_label("More").click();
    harness.run();
    harness.get_by_label("Flag declaration…").click();
    harness.run();
    type_keys(&mut harness, "Why flag entry 1?", TYPED);
    harness.get_by_label("Flag").click();
    harness.run();
    let entry = harness.state().open.document.issue().sections[1].entries[0].clone();
    assert_eq!(entry.declaration.expect("flagged").note, TYPED.trim_end());

    // Suggest mode: the keys go to the suggestion, the entry is unchanged.
    let body = entry.body.clone();
    harness.get_by_label("Suggest changes").click();
    harness.run();
    harness.get_by_label("Entry 1").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::End);
    harness.step();
    type_keys(&mut harness, "Entry 1", TYPED);
    harness.get_by_label("Suggest").click();
    harness.run();
    let entry = harness.state().open.document.issue().sections[1].entries[0].clone();
    assert_eq!(entry.body, body);
    assert_eq!(entry.suggestions[0].text, format!("{body}{TYPED}"));
}

#[test]
fn find_replace_the_chooser_the_outlets_and_preferences_keep_every_key() {
    let mut harness = window(blank_issue());
    harness.state_mut().run(Command::Find);
    harness.run();
    type_keys(&mut harness, "Find", TYPED);
    type_keys(&mut harness, "Replace with", TYPED);
    assert_eq!(harness.state().find.needle, TYPED);
    assert_eq!(harness.state().find.replacement, TYPED);
    harness.key_press(Key::Escape);
    harness.run();

    // Save as… has no desktop dialog here: the built-in chooser's file name.
    harness.state_mut().run(Command::SaveAs);
    harness.run();
    // The chooser suggests a name: select it, and type another over it.
    field(&harness, "File name").focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.step();
    type_keys(&mut harness, "File name", TYPED);
    assert_eq!(field(&harness, "File name").value().as_deref(), Some(TYPED));
    harness.get_by_label("Cancel").click();
    harness.run();

    harness.state_mut().run(Command::Outlets);
    harness.run();
    harness.get_by_label("Add outlet…").click();
    harness.run();
    for label in ["Outlet name", "Name readers see", "Country", "Evidence"] {
        type_keys(&mut harness, label, TYPED);
        assert_eq!(
            field(&harness, label).value().as_deref(),
            Some(TYPED),
            "{label}"
        );
    }
    harness.get_by_label("Cancel").click();
    harness.run();

    harness.state_mut().run(Command::Preferences);
    harness.run();
    field(&harness, "Your name (reviewer)").focus();
    harness.step();
    for _ in 0.."Marta Quiñones".chars().count() {
        harness.key_press(Key::Backspace);
        harness.step();
    }
    type_keys(&mut harness, "Your name (reviewer)", "Ana María Ruiz, ed. ");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().prefs.reviewer, "Ana María Ruiz, ed. ");
}
