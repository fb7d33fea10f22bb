//! The window. It shows state and sends edits; every figure it shows comes
//! from the library, cached per revision of the issue.

mod actions;
mod app;
mod archive;
mod chooser;
mod command;
mod dates;
mod derived;
mod details;
mod dialogs;
mod entry_review;
mod export_dialog;
mod files;
mod find_bar;
mod findings;
mod history;
mod icons;
mod library;
mod menu;
mod outlets;
mod outline;
mod prefs;
mod rich_text;
mod section_view;
mod share_meter;
mod spelling;
mod startup;
mod status_bar;
mod system_theme;
mod tag;
mod theme;
mod tour;
mod widget_map;

use std::path::PathBuf;
use std::process::ExitCode;

pub use actions::{Centre, Selection};
pub use app::{ArchiveState, CaptureSettings, DocumentView, NoDesktop, Untitled, WorkbenchApp};
pub use archive::Phase;
pub use command::Command;
pub use files::{Answer, Desktop, FileKind, FileMode, FileQuestion, RecentFiles};
pub use prefs::{LibraryPanel, Preferences, SpellingPreferences, ThemeChoice};

use crate::cli::EXIT_UNREADABLE;
use crate::edit::{Document, new_issue};
use crate::store;

/// Lays out `add` and shows it only when `visible`: hidden, it keeps its
/// place (so nothing below it jumps) and takes no clicks or keys.
pub(crate) fn visible_ui<R>(
    ui: &mut egui::Ui,
    visible: bool,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    ui.scope(|ui| {
        if !visible {
            ui.set_invisible();
        }
        add(ui)
    })
    .inner
}

/// Opens the window on `file`, or on the last issue opened, or on the sample.
/// Opens the window on `file`; `language`, given on the command line, wins
/// over the one chosen in Preferences for this run.
pub fn run_window(file: Option<PathBuf>, language: Option<crate::i18n::Language>) -> ExitCode {
    startup::started();
    let opened = match file.map(|path| document_for(&path)).transpose() {
        Ok(opened) => opened,
        Err(message) => {
            eprintln!("monitor-workbench: {message}");
            return ExitCode::from(EXIT_UNREADABLE);
        }
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Monitor Workbench")
            .with_app_id("monitor-workbench")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([1024.0, 700.0])
            .with_icon(window_icon()),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Monitor Workbench",
        options,
        Box::new(move |cc| {
            let app = WorkbenchApp::start(cc, opened);
            if let Some(language) = language {
                crate::i18n::set_current(language);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("monitor-workbench: cannot open the window: {error}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

/// The program's icon (assets/icons), for the title bar and the task
/// switcher; the installed desktop entry names the same icon. An icon that
/// cannot be read (it is built in, so never) leaves the desktop's default.
fn window_icon() -> egui::IconData {
    const ICON: &[u8] =
        include_bytes!("../../assets/icons/hicolor/128x128/apps/monitor-workbench.png");
    eframe::icon_data::from_png_bytes(ICON).unwrap_or_default()
}

/// The document for a file named on the command line: the issue it holds, or,
/// like an editor opening a new file, a new issue from the template that will
/// be saved there when the file does not exist yet.
pub fn document_for(path: &std::path::Path) -> Result<Opened, String> {
    // Remembered among recent files and reopened from anywhere: made absolute.
    let absolute = std::path::absolute(path);
    let path = absolute.as_deref().unwrap_or(path);
    if path.exists() {
        let mut issue = store::load(path).map_err(|error| error.to_string())?;
        // As File → Open does: duplicate ids renumbered, dangling citations
        // named; the window says what was repaired (`WorkbenchApp::start`).
        let notes = store::repair(&mut issue);
        let document = if notes.is_empty() {
            Document::new(issue, Some(path.to_owned()))
        } else {
            // Repaired: not what the file holds until saved.
            Document::restored(issue, Some(path.to_owned()))
        };
        return Ok(Opened {
            document,
            repairs: notes,
        });
    }
    let folder = match path.parent() {
        Some(folder) if folder.as_os_str().is_empty() => std::path::Path::new("."),
        Some(folder) => folder,
        None => return Err(format!("{}: not a file name", path.display())),
    };
    if !folder.is_dir() {
        return Err(format!(
            "{}: the folder {} does not exist, so the new issue could not be saved there",
            path.display(),
            folder.display()
        ));
    }
    let today = chrono::Local::now().date_naive();
    Ok(Opened {
        document: Document::new(new_issue(today), Some(path.to_owned())),
        repairs: Vec::new(),
    })
}

/// A file named on the command line, opened: the document, and what the
/// integrity repair changed in it (File → Open shows the same).
pub struct Opened {
    pub document: Document,
    pub repairs: Vec<String>,
}

#[cfg(test)]
mod icon_tests {
    /// The built-in window icon is a real image, not the empty default.
    #[test]
    fn the_window_icon_decodes() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    }
}
