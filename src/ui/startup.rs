//! Startup time, measured when `MONITOR_WORKBENCH_STARTUP_TRACE` is set: from
//! `run_window` to the start of the second frame, which eframe begins only
//! after the first one was painted and shown (BENCHMARKS.md).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();
static FRAMES: AtomicU32 = AtomicU32::new(0);

pub fn started() {
    let _ = STARTED.set(Instant::now());
}

/// Called at the start of each frame; reports once, when tracing is on.
pub fn frame(ctx: &egui::Context) {
    let Some(start) = STARTED.get() else { return };
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
