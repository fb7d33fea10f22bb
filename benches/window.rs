//! The real window code, headless, one frame per iteration on issues of
//! 1×, 10× and 100× the normal size: idle frames with a section selected,
//! frames after one typed character, and scrolling the outline and the
//! source table; typing with an archive of 500 issues open. Run:
//! `cargo bench --features synthetic --bench window`. See BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use divan::Bencher;
use egui::{Event, MouseWheelUnit, RawInput, Rect, pos2, vec2};
use monitor_workbench::edit::{Document, Edit, TextField};
use monitor_workbench::synthetic::{Scale, generate};
use monitor_workbench::ui::{NoDesktop, WorkbenchApp};

const SCALES: [usize; 3] = [1, 10, 100];

struct Window {
    ctx: egui::Context,
    app: WorkbenchApp,
    time: f64,
}

impl Window {
    fn new(scale: usize) -> Self {
        let issue = generate(Scale(scale), 2026);
        let app = WorkbenchApp::new(Document::new(issue, None), Box::new(NoDesktop), None);
        let mut window = Self {
            ctx: egui::Context::default(),
            app,
            time: 0.0,
        };
        // Warm up: fonts, layout caches and the first compliance report.
        for _ in 0..3 {
            window.frame(Vec::new());
        }
        window
    }

    /// One frame, as eframe runs it: the UI pass (or passes) and tessellation.
    fn frame(&mut self, events: Vec<Event>) {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| app.show(ui));
        let clipped = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        divan::black_box(clipped);
    }
}

fn scroll_at(x: f32, y: f32) -> Vec<Event> {
    vec![
        Event::PointerMoved(pos2(x, y)),
        Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: vec2(0.0, -40.0),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        },
    ]
}

#[divan::bench(args = SCALES)]
fn idle_frame(bencher: Bencher, scale: usize) {
    let mut window = Window::new(scale);
    bencher.bench_local(|| window.frame(Vec::new()));
}

/// The edit a keystroke in the first entry makes, then the frame that shows it.
#[divan::bench(args = SCALES)]
fn typing_frame(bencher: Bencher, scale: usize) {
    type_in_first_entry(bencher, Window::new(scale));
}

/// Each iteration types one letter at the end of the first entry and draws
/// the frame that shows it.
fn type_in_first_entry(bencher: Bencher, mut window: Window) {
    let entry = window.app.open.document.issue().sections[0].entries[0].id;
    let mut body = window.app.open.document.issue().sections[0].entries[0]
        .body
        .clone();
    bencher.bench_local(|| {
        body.push('a');
        let edit = Edit::SetText {
            field: TextField::EntryBody(entry),
            text: body.clone(),
        };
        // As the window does: keystrokes in one field join one typing step.
        let _ = window.app.open.document.type_text(edit, 0.0);
        window.frame(Vec::new());
    });
}

/// A folder of 500 generated issues of 1×, numbered in series, written once.
fn archive_folder() -> &'static Path {
    static FOLDER: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = FOLDER.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        for n in 0..500 {
            let mut issue = generate(Scale(1), n);
            issue.number = Some(n as u32 + 1);
            let path = dir.path().join(format!("no-{:03}.ron", n + 1));
            monitor_workbench::store::save(&path, &issue).expect("save");
        }
        let path = dir.path().to_owned();
        (dir, path)
    });
    path
}

/// `typing_frame` with an archive of 500 issues of 1× open: the keystroke
/// also compares the entry typed in with the archive ("already reported").
#[divan::bench(args = [1, 100], sample_count = 30)]
fn typing_frame_archive(bencher: Bencher, scale: usize) {
    let mut window = Window::new(scale);
    window.app.open_archive(archive_folder());
    while window.app.archive.snapshot.is_none() {
        window.frame(Vec::new());
        std::thread::sleep(Duration::from_millis(10));
    }
    // Writing, with the Archive window closed (its search box is not drawn).
    window.app.archive.view.open = false;
    window.frame(Vec::new());
    type_in_first_entry(bencher, window);
}

#[divan::bench(args = SCALES)]
fn scroll_outline_frame(bencher: Bencher, scale: usize) {
    let mut window = Window::new(scale);
    bencher.bench_local(|| window.frame(scroll_at(120.0, 400.0)));
}

#[divan::bench(args = SCALES)]
fn scroll_library_frame(bencher: Bencher, scale: usize) {
    let mut window = Window::new(scale);
    bencher.bench_local(|| window.frame(scroll_at(1050.0, 400.0)));
}

fn main() {
    divan::main();
}
