//! What the window tests share: a desktop whose dialogs the test answers, and
//! harnesses on the real app.
#![allow(dead_code)] // each test binary uses its own part

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use monitor_workbench::edit::Document;
use monitor_workbench::model::Issue;
use monitor_workbench::ui::{Answer, Desktop, FileQuestion, WorkbenchApp};

/// File dialogs answered by the test: each question takes the next path.
#[derive(Clone, Default)]
pub struct ScriptedDesktop {
    pub answers: Arc<Mutex<Vec<PathBuf>>>,
    pub opened: Arc<Mutex<Vec<PathBuf>>>,
}

impl ScriptedDesktop {
    pub fn answering(paths: &[&Path]) -> Self {
        let desktop = Self::default();
        desktop
            .answers
            .lock()
            .expect("lock")
            .extend(paths.iter().rev().map(|p| p.to_path_buf()));
        desktop
    }

    fn next(&mut self) -> Option<PathBuf> {
        self.answers.lock().expect("lock").pop()
    }
}

impl Desktop for ScriptedDesktop {
    fn choose(&mut self, _question: &FileQuestion, _folder: Option<&Path>) -> Answer {
        self.next().map_or(Answer::Cancelled, Answer::Chosen)
    }
    fn open_in_default_app(&mut self, path: &Path) -> Result<(), String> {
        self.opened.lock().expect("lock").push(path.to_owned());
        Ok(())
    }
}

pub fn harness_for(app: WorkbenchApp) -> Harness<'static, WorkbenchApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut WorkbenchApp| app.show(ui), app);
    harness.run();
    harness
}

pub fn sample_harness() -> Harness<'static, WorkbenchApp> {
    harness_for(WorkbenchApp::on_sample())
}

pub fn with_desktop(
    issue: Issue,
    path: Option<PathBuf>,
    desktop: ScriptedDesktop,
    recovery: Option<PathBuf>,
) -> Harness<'static, WorkbenchApp> {
    harness_for(WorkbenchApp::new(
        Document::new(issue, path),
        Box::new(desktop),
        recovery,
    ))
}

pub fn click_section(harness: &mut Harness<'_, WorkbenchApp>, title: &str) {
    harness
        .get_all_by_label(title)
        .next()
        .unwrap_or_else(|| panic!("{title} in the outline"))
        .click();
    harness.run();
}

/// A desktop with no dialogs at all, as under Xvfb with no portal: every
/// question is answered "unavailable". The questions asked are kept.
#[derive(Clone, Default)]
pub struct NoDialogs {
    pub asked: Arc<Mutex<Vec<FileQuestion>>>,
}

impl Desktop for NoDialogs {
    fn choose(&mut self, question: &FileQuestion, _folder: Option<&Path>) -> Answer {
        self.asked.lock().expect("lock").push(question.clone());
        Answer::Unavailable("no desktop portal".to_owned())
    }
    fn open_in_default_app(&mut self, path: &Path) -> Result<(), String> {
        Err(format!("no opener for {}", path.display()))
    }
}

/// Ctrl+E, ticks "Draft preview" and presses "Export draft…", as a user
/// exports a preview; what the desktop answers decides where it goes.
pub fn export_a_draft(harness: &mut Harness<'_, WorkbenchApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    harness
        .get_by_label("Draft preview, not for publication (marked as draft)")
        .click();
    harness.run();
    harness.get_by_label("Export draft…").click();
    harness.run();
}

/// Steps frames until `done` holds, for at most 20 seconds: the work runs on
/// other threads, and a spinner keeps the window repainting, so `run` would
/// not settle while it goes on.
pub fn wait_for(
    harness: &mut Harness<'_, WorkbenchApp>,
    what: &str,
    done: impl Fn(&Harness<'_, WorkbenchApp>) -> bool,
) {
    let start = Instant::now();
    while !done(harness) {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "waited 20 s for {what}"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.step();
}
