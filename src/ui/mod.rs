//! The window. It shows state and (in later issues) sends edits; every figure
//! it shows comes from the library, cached per revision of the issue.

mod actions;
mod app;
mod command;
mod dates;
mod derived;
mod details;
mod dialogs;
mod entry_review;
mod files;
mod find_bar;
mod findings;
mod library;
mod menu;
mod outlets;
mod outline;
mod recovery;
mod rich_text;
mod section_view;
mod share_meter;
mod sources;
mod startup;
mod status_bar;
mod theme;

use std::path::PathBuf;
use std::process::ExitCode;

pub use actions::{Centre, Selection};
pub use app::{NoDesktop, WorkbenchApp};
pub use command::Command;
pub use files::{Desktop, FileKind};

use crate::cli::EXIT_UNREADABLE;
use crate::edit::Document;
use crate::store;

/// Opens the window on `file`, or on the last issue opened, or on the sample.
pub fn run_window(file: Option<PathBuf>) -> ExitCode {
    startup::started();
    let opened = match file {
        Some(path) => match store::load(&path) {
            Ok(issue) => Some(Document::new(issue, Some(path))),
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
            .with_min_inner_size([1024.0, 600.0]),
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
