//! Files dropped on the window, each handled by what it is: an issue file
//! opens, a Markdown draft is imported as a new issue, Zotero's CSL JSON
//! adds sources to the library, an outlets CSV adds to the user's outlets.
//! Anything else is named in the status bar with what the window accepts.

use std::path::{Path, PathBuf};

use super::WorkbenchApp;
use crate::import::import_markdown;
use crate::t;
use crate::ui::dialogs::{Dialog, Pending};

/// What a dropped file is taken for, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dropped {
    Issue,
    Draft,
    CslJson,
    OutletsCsv,
    Unknown,
}

impl Dropped {
    pub fn of(path: &Path) -> Self {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "ron" => Self::Issue,
            "md" | "markdown" => Self::Draft,
            "json" => Self::CslJson,
            "csv" => Self::OutletsCsv,
            _ => Self::Unknown,
        }
    }
}

impl WorkbenchApp {
    /// Handles the files dropped on the window this frame.
    pub(super) fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .collect()
        });
        if self.dialog.is_some() && !dropped.is_empty() {
            // The question on screen comes first; nothing dropped is lost unsaid.
            self.say(t!("drops-answer-dialog-first"));
            return;
        }
        for path in dropped {
            self.dropped(&path);
        }
    }

    /// Handles one file dropped on the window (also called by tests).
    pub fn dropped(&mut self, path: &Path) {
        match Dropped::of(path) {
            Dropped::Issue => self.guard(Pending::Open(Some(path.to_owned()))),
            Dropped::Draft => self.guard(Pending::Import(path.to_owned())),
            Dropped::CslJson => self.import_csl_from(path),
            Dropped::OutletsCsv => self.import_outlets_from(path),
            Dropped::Unknown => self.say(t!("drops-not-opened", file = path.display().to_string())),
        }
    }

    /// Imports a Markdown draft as a new, unsaved issue; what the importer
    /// noticed is shown with its line and column.
    pub(super) fn import_draft(&mut self, path: &Path) {
        let shown = path.display().to_string();
        let text = match super::sources::read_text(path) {
            Ok(text) => text,
            Err(problem) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("drops-cannot-import"),
                    text: problem,
                });
                return;
            }
        };
        match import_markdown(&text, &shown) {
            Ok(imported) => {
                // In no issue file yet: unsaved, so nothing drops it unasked.
                self.start_untitled(crate::edit::Document::restored(imported.issue, None));
                self.view.untitled_name = super::Untitled::ImportedDraft;
                if !imported.notes.is_empty() {
                    let notes: Vec<String> = imported
                        .notes
                        .iter()
                        .map(|note| format!("{shown}:{}: {}", note.at, note.message))
                        .collect();
                    self.dialog = Some(Dialog::Message {
                        title: t!("drops-imported-with-notes"),
                        text: notes.join("\n"),
                    });
                } else {
                    self.say(t!("drops-imported", file = &shown));
                }
            }
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("drops-cannot-import"),
                    text: error.to_string(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_file_is_taken_by_its_extension() {
        assert_eq!(Dropped::of(Path::new("/tmp/vric-15.ron")), Dropped::Issue);
        assert_eq!(Dropped::of(Path::new("draft.MD")), Dropped::Draft);
        assert_eq!(Dropped::of(Path::new("zotero.json")), Dropped::CslJson);
        assert_eq!(Dropped::of(Path::new("outlets.csv")), Dropped::OutletsCsv);
        assert_eq!(Dropped::of(Path::new("photo.png")), Dropped::Unknown);
        assert_eq!(Dropped::of(Path::new("README")), Dropped::Unknown);
    }
}
