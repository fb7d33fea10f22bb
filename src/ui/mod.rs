//! The window. It shows state and (in later issues) sends edits; every figure
//! it shows comes from the library, cached per revision of the issue.

mod app;
mod derived;
mod document;
mod outline;
mod rich_text;
mod section_view;
mod share_meter;
mod status_bar;
mod theme;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::WorkbenchApp;
pub use document::Document;

use crate::cli::EXIT_UNREADABLE;
use crate::store;

/// Opens the window on `file`, or on the last issue opened, or on the sample.
pub fn run_window(file: Option<PathBuf>) -> ExitCode {
    let opened = match file {
        Some(path) => match store::load(&path) {
            Ok(issue) => Some(Document::from_file(issue, path)),
            Err(error) => {
                eprintln!("monitor-workbench: {error}");
                return ExitCode::from(EXIT_UNREADABLE);
            }
        },
        None => None,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Monitor Workbench")
            .with_app_id("monitor-workbench")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Monitor Workbench",
        options,
        Box::new(move |cc| Ok(Box::new(WorkbenchApp::start(cc, opened)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("monitor-workbench: cannot open the window: {error}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}
