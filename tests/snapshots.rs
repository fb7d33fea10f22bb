//! Images of the real window, rendered on the CPU (wgpu on Mesa's lavapipe or
//! llvmpipe) and compared with the reviewed images in `tests/snapshots/`.
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites them.

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use monitor_workbench::ui::WorkbenchApp;

fn window(app: WorkbenchApp) -> Harness<'static, WorkbenchApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .wgpu()
        .build_ui_state(|ui, app: &mut WorkbenchApp| app.show(ui), app);
    harness.run();
    harness
}

/// Font rasterization differs a little between Mesa versions; layout does not.
fn options() -> SnapshotOptions {
    SnapshotOptions::new()
        .threshold(2.0)
        .max_failed_pixels(2_000)
}

#[test]
fn the_main_window_on_the_sample_issue() {
    let mut harness = window(WorkbenchApp::on_sample());
    harness.snapshot_options("main_window_sample", &options());
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
        .with_size(egui::vec2(1024.0, 600.0))
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
