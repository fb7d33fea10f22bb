//! Help: the user guide the program carries, opened in the browser, and the
//! tour of the window.

use std::path::PathBuf;

use super::WorkbenchApp;
use crate::t;
use crate::ui::dialogs::Dialog;
use crate::ui::tour::Tour;

/// The data folder, where the guide is written for the browser to read.
pub(super) fn default_guide_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "monitor-workbench")
        .map(|dirs| dirs.data_dir().to_owned())
}

impl WorkbenchApp {
    /// Writes the bundled guide to a file and opens it in the browser; says
    /// where it is when it cannot be written or opened.
    pub(super) fn open_user_guide(&mut self) {
        let folder = self.guide_folder.clone().unwrap_or_else(std::env::temp_dir);
        let path = folder.join("user-guide.html");
        let written = std::fs::create_dir_all(&folder)
            .map_err(|error| format!("{}: {error}", folder.display()))
            .and_then(|()| {
                crate::store::write_cache(&path, crate::guide::user_guide_html().as_bytes())
                    .map_err(|error| error.to_string())
            });
        if let Err(text) = written {
            self.dialog = Some(Dialog::Message {
                title: t!("help-guide-not-written"),
                text,
            });
            return;
        }
        self.opener_started = true;
        if let Err(text) = self.desktop.open_in_default_app(&path) {
            self.dialog = Some(Dialog::Message {
                title: t!("help-cannot-open-guide"),
                text: t!(
                    "help-guide-is-at",
                    error = text,
                    file = path.display().to_string()
                ),
            });
        }
    }

    /// Writes Help → User guide into `folder` (tests).
    pub fn with_guide_folder(mut self, folder: PathBuf) -> Self {
        self.guide_folder = Some(folder);
        self
    }

    /// Shows the tour from its first step, as the first run does (tests).
    pub fn with_tour(mut self) -> Self {
        self.tour = Some(Tour::default());
        self
    }

    /// The tour's step shown, counted from one; `None` when it is closed.
    pub fn tour_step(&self) -> Option<usize> {
        self.tour.as_ref().map(Tour::step)
    }
}
