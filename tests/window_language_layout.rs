//! The longer Spanish and Portuguese words still fit: at the smallest
//! window (1024×700) no control of the main views runs off the window or
//! over another, in any of the three languages.
//!
//! A binary of its own: the interface's language is the whole program's.

mod window_support;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use monitor_workbench::i18n::{self, Language};
use monitor_workbench::ui::{Command, WorkbenchApp};

const SMALLEST: egui::Vec2 = egui::vec2(1024.0, 700.0);

fn smallest_window() -> Harness<'static, WorkbenchApp> {
    let mut harness = Harness::builder()
        .with_size(SMALLEST)
        .wgpu()
        .build_ui_state(
            |ui, app: &mut WorkbenchApp| app.show(ui),
            WorkbenchApp::on_sample(),
        );
    harness.run();
    harness
}

const CONTROLS: [Role; 6] = [
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::ComboBox,
    Role::TextInput,
    Role::MultilineTextInput,
];

/// The controls shown now: each whole inside the window, none over its
/// neighbour on the same row, and, where `panels` holds, each inside the
/// panel it starts in (a control pushed past its panel's edge is hidden
/// under the next one).
fn assert_fits(harness: &Harness<'_, WorkbenchApp>, view: &str, panels: bool) {
    let all = harness.query_all(By::new().predicate(|node| CONTROLS.contains(&node.role())));
    assert_controls_fit(harness, all, view, panels);
}

/// The same for a dialog, which covers the window: only its own controls,
/// found under the node that holds both `inside` and `last`.
fn assert_dialog_fits(harness: &Harness<'_, WorkbenchApp>, view: &str, inside: &str, last: &str) {
    let mut dialog = harness.get_by_label(inside);
    while dialog.query_by_label(last).is_none() {
        dialog = dialog
            .parent()
            .unwrap_or_else(|| panic!("{view}: no node holds the dialog"));
    }
    let controls = dialog.query_all(By::new().predicate(|node| CONTROLS.contains(&node.role())));
    assert_controls_fit(harness, controls, view, false);
}

fn assert_controls_fit<'t>(
    harness: &Harness<'_, WorkbenchApp>,
    nodes: impl Iterator<Item = egui_kittest::Node<'t>>,
    view: &str,
    panels: bool,
) {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, SMALLEST);
    let library_columns = [
        "column-title",
        "column-cited",
        "column-published",
        "column-kind",
    ]
    .map(|id| i18n::message(id, &[]));
    let controls: Vec<(String, egui::Rect)> = nodes
        .map(|node| {
            let name = node.accesskit_node().label().unwrap_or_default();
            (name, node.rect())
        })
        // Rows scrolled out of a list are laid out but not seen.
        .filter(|(_, rect)| rect.intersects(window) && rect.width() > 0.0)
        // The library's table scrolls across: its later columns start out
        // of view by design.
        .filter(|(name, _)| !library_columns.iter().any(|c| name.starts_with(c.as_str())))
        .collect();
    let language = i18n::current().tag();
    // Across: a word too long pushes a control past the window's edge.
    // (Down, lists scroll: a row half out of view is not cut off.)
    for (name, rect) in &controls {
        assert!(
            rect.left() >= -0.5 && rect.right() <= SMALLEST.x + 0.5,
            "{language}, {view}: “{name}” runs off the window: {rect:?}"
        );
    }
    // Side by side on one row, never one over the other.
    for (i, (name, rect)) in controls.iter().enumerate() {
        for (other, other_rect) in &controls[i + 1..] {
            let same_row = (rect.center().y - other_rect.center().y).abs() < 4.0;
            let overlap = rect.intersect(*other_rect);
            assert!(
                !same_row || overlap.width() <= 1.0 || overlap.height() <= 1.0,
                "{language}, {view}: “{name}” {rect:?} runs over “{other}” {other_rect:?}"
            );
        }
    }
    if !panels {
        return;
    }
    // The outline, the page and the library: between the menu bar and the
    // status bar, each control stays in its own panel.
    let menu = harness
        .get_by_label(&i18n::message("menu-file", &[]))
        .rect();
    let errors = i18n::message("findings-errors", &[("count", 1usize.into())]);
    let status = harness.get_by_label(&errors).rect();
    let outline_right = harness
        .get_by_label(&i18n::message("outline-add-section", &[]))
        .rect()
        .right();
    let library = i18n::message("library-heading", &[("count", 34usize.into())]);
    let library_left = harness.get_by_label(&library).rect().left();
    let edges = [0.0, outline_right + 1.0, library_left - 1.0, SMALLEST.x];
    for (name, rect) in &controls {
        if rect.top() < menu.bottom() - 1.0 || rect.bottom() > status.top() + 1.0 {
            continue;
        }
        let panel = edges
            .windows(2)
            .find(|pair| rect.left() >= pair[0] - 8.0 && rect.left() < pair[1])
            .unwrap_or(&edges[2..]);
        assert!(
            rect.right() <= panel[1] + 8.0,
            "{language}, {view}: “{name}” {rect:?} runs out of its panel, which ends at {}",
            panel[1]
        );
    }
}

/// The images of the section page and Issue details, reviewed by eye once
/// per language (`UPDATE_SNAPSHOTS=1`), as `tests/snapshots.rs` keeps English.
fn snapshot(harness: &mut Harness<'_, WorkbenchApp>, view: &str) {
    let name = format!("{view}_1024_{}", i18n::current().tag());
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(20);
    harness.snapshot_options(&name, &options);
}

fn every_view_fits(results: &mut egui_kittest::SnapshotResults) {
    let mut harness = smallest_window();
    assert_fits(&harness, "the section page", true);
    if i18n::current() != Language::English {
        snapshot(&mut harness, "main_window");
    }
    harness.state_mut().run(Command::Findings);
    harness.run();
    assert_fits(&harness, "the findings panel", false);
    harness.state_mut().run(Command::Findings);
    harness.run();
    harness.state_mut().run(Command::IssueDetails);
    harness.run();
    assert_fits(&harness, "Issue details", true);
    if i18n::current() != Language::English {
        snapshot(&mut harness, "issue_details");
    }
    harness.state_mut().run(Command::Preferences);
    harness.run();
    let title = i18n::message("prefs-title", &[]);
    let cancel = i18n::message("button-cancel", &[]);
    assert_dialog_fits(&harness, "Preferences", &title, &cancel);
    results.extend_harness(&mut harness);
}

#[test]
fn the_main_views_fit_the_smallest_window_in_every_language() {
    let mut results = egui_kittest::SnapshotResults::new();
    for language in Language::ALL {
        i18n::set_current(language);
        every_view_fits(&mut results);
    }
    results.unwrap();
}
