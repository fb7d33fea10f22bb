//! Timing traces of the real window, for BENCHMARKS.md, off unless asked:
//! - `MONITOR_WORKBENCH_STARTUP_TRACE`: from `run_window` to the start of
//!   the second frame, which eframe begins only after the first one was
//!   painted and shown.
//! - `MONITOR_WORKBENCH_FRAME_TRACE`: one line per frame on stderr — when it
//!   started, the keys and text it received, and how long the window's own
//!   work took — so a key's way from the X server to the screen can be
//!   followed (with `benches/key_latency.py`, which watches the pixels).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();
static FRAMES: AtomicU32 = AtomicU32::new(0);
static FRAME_TRACE: OnceLock<bool> = OnceLock::new();

pub fn started() {
    let _ = STARTED.set(Instant::now());
}

fn frame_trace() -> bool {
    *FRAME_TRACE.get_or_init(|| std::env::var_os("MONITOR_WORKBENCH_FRAME_TRACE").is_some())
}

/// Called at the start of each frame; reports once, when tracing is on.
pub fn frame(ctx: &egui::Context) {
    let Some(start) = STARTED.get() else { return };
    if frame_trace() {
        let events: Vec<String> = ctx.input(|input| {
            input
                .events
                .iter()
                .filter_map(|event| match event {
                    egui::Event::Text(text) => Some(format!("text {text:?}")),
                    egui::Event::Key {
                        key, pressed: true, ..
                    } => Some(format!("key {key:?}")),
                    egui::Event::Paste(text) => Some(format!("paste {} bytes", text.len())),
                    _ => None,
                })
                .collect()
        });
        eprintln!(
            "frame: start {:.1} ms, pass {}, events [{}]",
            start.elapsed().as_secs_f64() * 1000.0,
            ctx.cumulative_pass_nr(),
            events.join(", ")
        );
    }
    if std::env::var_os("MONITOR_WORKBENCH_STARTUP_TRACE").is_none() {
        return;
    }
    match FRAMES.fetch_add(1, Ordering::Relaxed) {
        // Ask for a second frame at once, so its start marks the first one shown.
        0 => ctx.request_repaint(),
        1 => eprintln!(
            "startup: first frame painted after {} ms",
            start.elapsed().as_millis()
        ),
        _ => {}
    }
}

/// Called when the window's work for a frame is done (before egui paints).
pub fn frame_done() {
    if let Some(start) = STARTED.get()
        && frame_trace()
    {
        eprintln!(
            "frame: done {:.1} ms",
            start.elapsed().as_secs_f64() * 1000.0
        );
    }
}

/// Called by eframe's logic hook, before each frame and alone when a frame
/// is overdue.
pub fn logic(has_input: bool) {
    if let Some(start) = STARTED.get()
        && frame_trace()
    {
        eprintln!(
            "logic: {:.1} ms, input {has_input}",
            start.elapsed().as_secs_f64() * 1000.0
        );
    }
}
