//! Images of the real window, rendered on the CPU (wgpu on Mesa's lavapipe or
//! llvmpipe) and compared with the reviewed images in `tests/snapshots/`.
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites them.

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use monitor_workbench::ui::WorkbenchApp;

/// The smallest window the workbench opens at, and a usual laptop's.
const SMALLEST: egui::Vec2 = egui::vec2(1024.0, 700.0);
const LAPTOP: egui::Vec2 = egui::vec2(1400.0, 900.0);

fn window(app: WorkbenchApp) -> Harness<'static, WorkbenchApp> {
    window_sized(app, LAPTOP)
}

fn window_sized(app: WorkbenchApp, size: egui::Vec2) -> Harness<'static, WorkbenchApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .wgpu()
        .build_ui_state(|ui, app: &mut WorkbenchApp| app.show(ui), app);
    harness.run();
    harness
}

/// The source editor open on the sample's unclassified source (csis.org).
fn with_csis_open(harness: &mut Harness<'_, WorkbenchApp>) {
    harness.get_by_label("Filter").focus();
    harness.get_by_label("Filter").type_text("csis");
    harness.run();
    harness
        .get_all_by_label("csis.org")
        .next()
        .expect("the row")
        .click();
    harness.run();
}

/// Every control an editor needs on these views lies inside the window.
fn assert_inside(harness: &Harness<'_, WorkbenchApp>, size: egui::Vec2, labels: &[&str]) {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    for label in labels {
        let node = harness
            .query_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("{label} is shown"));
        let rect = node.rect();
        assert!(
            window.contains_rect(rect),
            "{label} is cut off at {}x{}: {rect:?}",
            size.x,
            size.y
        );
    }
}

/// The images are recorded and checked on the same Debian Mesa (CPU
/// rendering is deterministic there), so almost nothing may differ: a figure
/// that changed must fail (`a_changed_figure_fails_its_snapshot`).
fn options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(1.0).max_failed_pixels(20)
}

#[test]
fn the_main_window_on_the_sample_issue() {
    let mut harness = window(WorkbenchApp::on_sample());
    harness.snapshot_options("main_window_sample", &options());
}

/// The tolerance cannot hide what a reader would see change: one more
/// citation counted as state media changes the meter's figures, and the
/// sample's image no longer matches.
#[test]
fn a_changed_figure_fails_its_snapshot() {
    let mut issue = monitor_workbench::sample::sample_issue();
    let csis = issue
        .sources
        .iter_mut()
        .find(|s| s.url.contains("csis.org"))
        .expect("the sample's unclassified source");
    csis.state_media = monitor_workbench::model::StateMediaOverride::Yes {
        reason: "a test".to_owned(),
    };
    let app = WorkbenchApp::new(
        monitor_workbench::edit::Document::new(issue, None),
        Box::new(monitor_workbench::ui::NoDesktop),
        None,
    )
    .with_untitled_name(monitor_workbench::ui::Untitled::Sample);
    let mut harness = window(app);
    harness.get_by_label_contains("State media: 8 of 37");
    assert!(
        harness
            .try_snapshot_options("main_window_sample", &options())
            .is_err(),
        "a different share passed as the sample's image"
    );
}

#[test]
fn the_main_window_at_the_smallest_size() {
    let mut harness = window_sized(WorkbenchApp::on_sample(), SMALLEST);
    assert_inside(
        &harness,
        SMALLEST,
        &[
            "More",
            "Library…",
            "Comment",
            "Send to review",
            "Suggest changes",
            "Add source to entry 1",
            "Hide the source library",
            "Add section",
            "1 error",
            "6 warnings",
        ],
    );
    harness.snapshot_options("main_window_1024", &options());
}

#[test]
fn the_main_window_in_the_dark_theme() {
    let prefs = monitor_workbench::ui::Preferences {
        theme: monitor_workbench::ui::ThemeChoice::Dark,
        ..monitor_workbench::ui::Preferences::default()
    };
    let mut harness = window(WorkbenchApp::on_sample().with_preferences(prefs));
    harness.snapshot_options("main_window_dark", &options());
}

#[test]
fn issue_details_at_the_smallest_size() {
    let mut harness = window_sized(WorkbenchApp::on_sample(), SMALLEST);
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::IssueDetails);
    harness.run();
    assert_inside(&harness, SMALLEST, &["Series", "Editors", "Language"]);
    harness.snapshot_options("issue_details_1024", &options());
}

#[test]
fn the_source_editor_at_the_smallest_size() {
    let mut harness = window_sized(WorkbenchApp::on_sample(), SMALLEST);
    with_csis_open(&mut harness);
    assert_inside(
        &harness,
        SMALLEST,
        &[
            "Classify this outlet…",
            "Copy link",
            "Delete source…",
            "Close",
        ],
    );
    harness.snapshot_options("source_editor_1024", &options());
}

#[test]
fn the_source_editor_at_a_laptop_s_size() {
    let mut harness = window(WorkbenchApp::on_sample());
    with_csis_open(&mut harness);
    harness.snapshot_options("source_editor_1400", &options());
}

#[test]
fn the_main_window_with_the_findings_open() {
    let mut harness = window(WorkbenchApp::on_sample());
    harness.state_mut().findings.open = true;
    harness.run();
    harness.snapshot_options("main_window_findings", &options());
}

#[test]
fn the_outlet_editor_classifying_a_host_from_a_finding() {
    let mut harness = window(WorkbenchApp::on_sample());
    harness.state_mut().findings.open = true;
    harness.run();
    harness
        .get_all_by_label("Classify csis.org…")
        .next()
        .expect("the finding offers it")
        .click();
    harness.run();
    harness.snapshot_options("outlet_editor_classify", &options());
}

#[test]
fn the_find_bar_at_the_narrowest_window() {
    let mut harness = Harness::builder()
        .with_size(SMALLEST)
        .wgpu()
        .build_ui_state(
            |ui, app: &mut WorkbenchApp| app.show(ui),
            WorkbenchApp::on_sample(),
        );
    harness.run();
    harness
        .state_mut()
        .run(monitor_workbench::ui::Command::Find);
    harness.run();
    harness.get_by_label("Find").type_text("Caracas");
    harness.run();
    harness.snapshot_options("find_bar_narrowest", &options());
}
