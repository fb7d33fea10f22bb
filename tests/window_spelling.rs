//! Spelling in the window: a misspelled word typed into an entry is
//! marked by the editor's layout job and a wavy red line is painted under
//! it, and its context menu's suggestion corrects the body in one undo step.

mod window_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use monitor_workbench::edit::Document;
use monitor_workbench::model::{Entry, EntryId, Issue, Section, SectionId};
use monitor_workbench::ui::{Preferences, SpellingPreferences, WorkbenchApp};
use window_support::{NoDialogs, ScriptedDesktop, harness_for};

fn one_entry(body: &str) -> Issue {
    let mut section = Section::new(SectionId(1), "Energy");
    section.entries = vec![Entry::new(EntryId(1), body)];
    Issue {
        series: "Spelling Test Monitor".to_owned(),
        sections: vec![section],
        ..Issue::default()
    }
}

/// The window on `issue`, without a file or dialogs.
fn open(issue: Issue) -> egui_kittest::Harness<'static, WorkbenchApp> {
    harness_for(WorkbenchApp::new(
        Document::new(issue, None),
        Box::new(NoDialogs::default()),
        None,
    ))
}

fn body(harness: &egui_kittest::Harness<'_, WorkbenchApp>) -> String {
    harness.state().open.document.issue().sections[0].entries[0]
        .body
        .clone()
}

/// The colour of the wave under an unknown word (`ui::spelling::wave`).
const WAVE: egui::Color32 = egui::Color32::from_rgb(0xd0, 0x30, 0x30);

/// The wavy lines of the last frame: open red paths, as their points.
fn waves(harness: &egui_kittest::Harness<'_, WorkbenchApp>) -> Vec<Vec<egui::Pos2>> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Path(path)
                if !path.closed && path.stroke.color == egui::epaint::ColorMode::Solid(WAVE) =>
            {
                Some(path.points.clone())
            }
            _ => None,
        })
        .collect()
}

/// The wave's x range, after checking it zigzags on a level line inside `field`.
fn wave_in(wave: &[egui::Pos2], field: egui::Rect) -> (f32, f32) {
    assert!(wave.len() >= 5, "{wave:?}");
    assert!(
        wave.windows(2).all(|w| w[0].y != w[1].y && w[0].x < w[1].x),
        "zigzag: {wave:?}"
    );
    let (top, bottom) = wave
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(t, b), p| {
            (t.min(p.y), b.max(p.y))
        });
    assert!(bottom - top <= 3.5, "a low wave: {wave:?}");
    assert!(
        wave.iter().all(|p| field.contains(*p)),
        "{wave:?} in {field:?}"
    );
    (wave[0].x, wave[wave.len() - 1].x)
}

#[test]
fn a_misspelled_word_typed_gets_a_wavy_line_under_it() {
    let mut harness = open(one_entry("Cuba signed a deal."));
    assert_eq!(
        harness.state().underlined_words("Cuba signed a deal."),
        Some(Vec::new())
    );
    assert!(waves(&harness).is_empty(), "nothing to wave under yet");
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
    let field = harness.get_by_label("Entry 1").rect();
    let waves = waves(&harness);
    assert_eq!(waves.len(), 1, "{waves:?}");
    let (left, right) = wave_in(&waves[0], field);
    // "grian" is about 30 points wide, well to the right of the field's start.
    assert!((20.0..60.0).contains(&(right - left)), "{left}..{right}");
    assert!(left > field.min.x + 100.0, "{left} in {field:?}");
    // Undone, the word and its wave are gone.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(body(&harness), "Cuba signed a deal.");
    assert!(self::waves(&harness).is_empty());
}

#[test]
fn a_misspelled_section_title_is_underlined() {
    let mut issue = one_entry("Cuba signed a deal.");
    issue.sections[0].title = "Enrgy and grain".to_owned();
    let harness = open(issue);
    assert_eq!(
        harness.state().underlined_words("Enrgy and grain"),
        Some(vec!["Enrgy".to_owned()])
    );
    let field = harness.get_by_label("Section title").rect();
    let waves = waves(&harness);
    assert_eq!(waves.len(), 1, "{waves:?}");
    let (left, _) = wave_in(&waves[0], field);
    assert!(
        left < field.min.x + 12.0,
        "the first word: {left} in {field:?}"
    );
}

#[test]
fn a_suggestion_from_the_context_menu_corrects_the_word_in_one_undo_step() {
    let mut harness = open(one_entry("Goverment grain arrived."));
    assert_eq!(
        harness.state().underlined_words("Goverment grain arrived."),
        Some(vec!["Goverment".to_owned()])
    );
    right_click_first_word(&mut harness);
    harness.get_by_label("Add to dictionary");
    harness.get_by_label("Ignore in this issue");
    harness.get_by_label("Government").click();
    harness.run();
    assert_eq!(body(&harness), "Government grain arrived.");
    assert!(harness.query_by_label("Add to dictionary").is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(body(&harness), "Goverment grain arrived.");
}

#[test]
fn a_word_ignored_is_kept_in_the_issue_file_and_undone_like_an_edit() {
    let text = "Goverment grain arrived.";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    monitor_workbench::store::save(&path, &one_entry(text)).expect("saved");
    let open = |path: &std::path::Path| {
        let issue = monitor_workbench::store::load(path).expect("loads");
        harness_for(WorkbenchApp::new(
            Document::new(issue, Some(path.to_owned())),
            Box::new(NoDialogs::default()),
            None,
        ))
    };
    let mut harness = open(&path);
    right_click_first_word(&mut harness);
    harness.get_by_label("Ignore in this issue").click();
    harness.run();
    assert_eq!(harness.state().underlined_words(text), Some(Vec::new()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().underlined_words(text),
        Some(vec!["Goverment".to_owned()]),
        "undone, the word is underlined again"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().underlined_words(text), Some(Vec::new()));
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::Save);
    harness.run();
    let saved = std::fs::read_to_string(&path).expect("saved file");
    assert!(saved.contains("spelling_ignored"), "{saved}");
    let reopened = open(&path);
    assert_eq!(reopened.state().underlined_words(text), Some(Vec::new()));
}

#[test]
fn ignore_in_this_issue_removes_the_underline() {
    let mut harness = open(one_entry("Goverment grain arrived."));
    right_click_first_word(&mut harness);
    harness.get_by_label("Ignore in this issue").click();
    harness.run();
    assert_eq!(
        harness.state().underlined_words("Goverment grain arrived."),
        Some(Vec::new())
    );
    assert_eq!(body(&harness), "Goverment grain arrived.");
}

#[test]
fn the_preference_for_capitalised_words_takes_them_for_names() {
    let text = "Cuba and Grian met.";
    let strict = open(one_entry(text));
    assert_eq!(
        strict.state().underlined_words(text),
        Some(vec!["Grian".to_owned()])
    );
    let lenient = harness_for(
        WorkbenchApp::new(
            Document::new(one_entry(text), None),
            Box::new(NoDialogs::default()),
            None,
        )
        .with_preferences(Preferences {
            spelling: SpellingPreferences {
                accept_capitalised: true,
                ..SpellingPreferences::default()
            },
            ..Preferences::default()
        }),
    );
    assert_eq!(lenient.state().underlined_words(text), Some(Vec::new()));
}

#[test]
fn preferences_show_the_spelling_options_and_languages() {
    let mut harness = open(one_entry("Cuba signed a deal."));
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::Preferences);
    harness.run();
    harness.get_by_label("Accept words from other languages");
    harness.get_by_label("Accept capitalised words inside a sentence");
    harness.get_by_label("Languages").click();
    harness.run();
    harness.get_by_label("English");
    harness.get_by_label("English (UK)");
    // English is always checked: its dictionary is shipped with the program.
    assert!(
        harness
            .query_all_by_label_contains("installed (")
            .next()
            .is_some()
    );
}

#[test]
fn review_spelling_lists_the_words_and_a_place_selects_the_entry() {
    let mut harness = open(one_entry("Goverment grain arrived."));
    assert_eq!(harness.state().view.selection.entry, None);
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::Spelling);
    harness.run();
    harness.get_by_label("1 unknown word");
    harness.get_by_label("Goverment (1 place)").click();
    harness.run();
    harness.get_by_label_contains("Government");
    harness.get_by_label("Energy, entry 1").click();
    harness.run();
    assert_eq!(harness.state().view.selection.entry, Some(EntryId(1)));
}

#[test]
fn the_summary_is_underlined_in_issue_details() {
    let mut issue = one_entry("Cuba signed a deal.");
    issue.summary = "Visits were mnay.".to_owned();
    let mut harness = open(issue);
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::IssueDetails);
    harness.run();
    assert_eq!(
        harness.state().underlined_words("Visits were mnay."),
        Some(vec!["mnay".to_owned()])
    );
    let field = harness.get_by_label("Summary").rect();
    let waves = waves(&harness);
    assert_eq!(waves.len(), 1, "{waves:?}");
    let (left, right) = wave_in(&waves[0], field);
    // Under the third word, not the first ("Visits" is wider than 40 px in
    // the interface's font at any size the theme uses).
    assert!(
        field.min.x + 40.0 < left && right < field.max.x,
        "{left}..{right} in {field:?}"
    );
    // The summary's menu corrects it too.
    let pos = egui::pos2((left + right) / 2.0, field.min.y + 10.0);
    right_click_at(&mut harness, pos);
    harness.get_by_label("many").click();
    harness.run();
    assert_eq!(
        harness.state().open.document.issue().summary,
        "Visits were many."
    );
}

#[test]
fn a_language_without_a_dictionary_says_so() {
    let mut issue = one_entry("Goverment grain arrived.");
    issue.language = "xx".to_owned();
    let harness = open(issue);
    harness.get_by_label_contains(
        "Spelling is not checked in the issue's language: no spelling dictionary for xx",
    );
    assert_eq!(
        harness.state().underlined_words("Goverment grain arrived."),
        Some(Vec::new())
    );
}

#[test]
fn a_source_added_makes_its_outlet_s_name_known() {
    let text = "Zvezdaneft signed a deal.";
    let mut harness = open(one_entry(text));
    assert_eq!(
        harness.state().underlined_words(text),
        Some(vec!["Zvezdaneft".to_owned()])
    );
    let mut source = monitor_workbench::model::Source::new(
        monitor_workbench::model::SourceId(1),
        "https://example.org/deal",
    );
    source.title = "Zvezdaneft signs with Caracas".to_owned();
    harness
        .state_mut()
        .open
        .document
        .apply(monitor_workbench::edit::Edit::AddSources(vec![source]))
        .expect("source added");
    harness.run();
    assert_eq!(harness.state().underlined_words(text), Some(Vec::new()));
}

#[test]
fn add_to_dictionary_writes_the_word_list_and_accepts_the_word() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = WorkbenchApp::new(
        Document::new(one_entry("Goverment grain arrived."), None),
        Box::new(NoDialogs::default()),
        None,
    )
    .with_word_lists(dir.path().to_owned());
    let mut harness = harness_for(app);
    right_click_first_word(&mut harness);
    harness.get_by_label("Add to dictionary").click();
    harness.run();
    let list = dir.path().join("spelling-test-monitor.txt");
    let written = std::fs::read_to_string(&list).expect("word list written");
    assert!(written.lines().any(|line| line == "Goverment"), "{written}");
    assert_eq!(
        harness.state().underlined_words("Goverment grain arrived."),
        Some(Vec::new())
    );
    assert_eq!(body(&harness), "Goverment grain arrived.");
    // A new window on the same publication knows the word from the list.
    let again = harness_for(
        WorkbenchApp::new(
            Document::new(one_entry("Goverment again."), None),
            Box::new(NoDialogs::default()),
            None,
        )
        .with_word_lists(dir.path().to_owned()),
    );
    assert_eq!(
        again.state().underlined_words("Goverment again."),
        Some(Vec::new())
    );
}

/// A right-click on the first word of the entry's field.
fn right_click_first_word(harness: &mut egui_kittest::Harness<'_, WorkbenchApp>) {
    let field = harness.get_by_label("Entry 1").rect();
    let pos = egui::pos2(field.min.x + 10.0, field.min.y + 10.0);
    right_click_at(harness, pos);
}

fn right_click_at(harness: &mut egui_kittest::Harness<'_, WorkbenchApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
}

fn test_dictionaries() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dictionaries")
}

/// English only, so that Spanish words are not accepted for being Spanish.
fn english_only() -> Preferences {
    Preferences {
        spelling: SpellingPreferences {
            accept_other_languages: false,
            ..SpellingPreferences::default()
        },
        ..Preferences::default()
    }
}

#[test]
fn an_entry_declared_spanish_is_checked_with_the_spanish_dictionary() {
    let text = "Gobiernno anunció nuevas sanciones.";
    let app = WorkbenchApp::new(
        Document::new(one_entry(text), None),
        Box::new(NoDialogs::default()),
        None,
    )
    .with_dictionaries(test_dictionaries())
    .with_preferences(english_only());
    let mut harness = harness_for(app);
    assert_eq!(
        harness.state().underlined_words(text).map(|w| w.len()),
        Some(4),
        "English knows none of it"
    );
    harness.get_by_label("More").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Spanish").click();
    harness.run();
    let entry = &harness.state().open.document.issue().sections[0].entries[0];
    assert_eq!(entry.language.as_deref(), Some("es"));
    harness.get_by_label("Spanish");
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::Spelling);
    harness.run();
    harness.get_by_label("Gobiernno (1 place), es");
    assert_eq!(
        harness.state().underlined_words(text),
        Some(vec!["Gobiernno".to_owned()])
    );
    // The suggestion comes from the Spanish dictionary.
    right_click_first_word(&mut harness);
    harness.get_by_label("Gobierno").click();
    harness.run();
    assert_eq!(body(&harness), "Gobierno anunció nuevas sanciones.");
    // Undo twice: the word, then the language.
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    let entry = &harness.state().open.document.issue().sections[0].entries[0];
    assert_eq!(
        (entry.body.as_str(), entry.language.as_deref()),
        (text, None)
    );
    assert_eq!(
        harness.state().underlined_words(text).map(|w| w.len()),
        Some(4),
        "checked in English again"
    );
}

#[test]
fn an_entry_in_a_language_without_a_dictionary_says_so() {
    let mut issue = one_entry("Goverment grain arrived.");
    issue.sections[0].entries[0].language = Some("qaa".to_owned());
    let mut harness = harness_for(
        WorkbenchApp::new(
            Document::new(issue, None),
            Box::new(NoDialogs::default()),
            None,
        )
        .with_dictionaries(test_dictionaries()),
    );
    harness.get_by_label_contains(
        "This entry's spelling is not checked: no spelling dictionary for qaa",
    );
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::Spelling);
    harness.run();
    harness.get_by_label_contains("Entries in qaa are not checked: no spelling dictionary for qaa");
    harness.get_by_label("Energy, entry 1");
    assert_eq!(
        harness.state().underlined_words("Goverment grain arrived."),
        Some(Vec::new())
    );
}

#[test]
fn the_reviewer_s_report_lists_the_unknown_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("review.html");
    let desktop = ScriptedDesktop::answering(&[&report]);
    let mut harness = harness_for(WorkbenchApp::new(
        Document::new(one_entry("Goverment grain arrived."), None),
        Box::new(desktop),
        None,
    ));
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::ReviewReport);
    harness.run();
    let page = std::fs::read_to_string(&report).expect("the report is written");
    assert!(page.contains("<code>spelling</code>"), "{page}");
    assert!(
        page.contains("“Goverment” is not in the en_US dictionary (Energy, entry 1)"),
        "{page}"
    );
    assert!(page.contains("did you mean Government"), "{page}");
}
