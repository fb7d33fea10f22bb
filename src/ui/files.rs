//! File dialogs and the desktop's opener, behind a trait so tests give paths.

use std::path::{Path, PathBuf};

pub trait Desktop {
    /// An issue file to open, or `None` when the user cancels.
    fn open_issue(&mut self) -> Option<PathBuf>;
    /// Where to save the issue; `suggested` is a file name.
    fn save_issue(&mut self, suggested: &str) -> Option<PathBuf>;
    /// Where to write the HTML export (the Markdown goes beside it).
    fn save_export(&mut self, suggested: &str) -> Option<PathBuf>;
    /// Shows a file in the user's default application.
    fn open_in_default_app(&mut self, path: &Path);
    /// A file of `kind` to read (e.g. a CSL JSON or CSV file), or `None` on cancel.
    fn open_file(&mut self, title: &str, kind: FileKind) -> Option<PathBuf>;
    /// Where to write a file of `kind`; `suggested` is a file name.
    fn save_file(&mut self, title: &str, kind: FileKind, suggested: &str) -> Option<PathBuf>;
}

/// The other files the workbench reads and writes, for the dialogs' filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// CSL JSON, as Zotero exports and imports it.
    CslJson,
    /// The outlet registry's columns as CSV.
    OutletsCsv,
}

impl FileKind {
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Self::CslJson => ("CSL JSON", &["json"]),
            Self::OutletsCsv => ("CSV", &["csv"]),
        }
    }
}

/// Native dialogs through the desktop portal (rfd).
pub struct NativeDesktop;

impl Desktop for NativeDesktop {
    fn open_issue(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open issue")
            .add_filter("Monitor issue", &["ron"])
            .pick_file()
    }

    fn save_issue(&mut self, suggested: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save issue")
            .add_filter("Monitor issue", &["ron"])
            .set_file_name(suggested)
            .save_file()
    }

    fn save_export(&mut self, suggested: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Export HTML (the Markdown is written beside it)")
            .add_filter("HTML page", &["html"])
            .set_file_name(suggested)
            .save_file()
    }

    fn open_in_default_app(&mut self, path: &Path) {
        // Fire and forget: the viewer runs on its own.
        let _ = std::process::Command::new("xdg-open").arg(path).spawn();
    }

    fn open_file(&mut self, title: &str, kind: FileKind) -> Option<PathBuf> {
        let (name, extensions) = kind.filter();
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(name, extensions)
            .pick_file()
    }

    fn save_file(&mut self, title: &str, kind: FileKind, suggested: &str) -> Option<PathBuf> {
        let (name, extensions) = kind.filter();
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(name, extensions)
            .set_file_name(suggested)
            .save_file()
    }
}

/// Recently opened files, newest first, without duplicates.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecentFiles(pub Vec<PathBuf>);

impl RecentFiles {
    const LIMIT: usize = 8;

    pub fn add(&mut self, path: &Path) {
        self.0.retain(|known| known != path);
        self.0.insert(0, path.to_owned());
        self.0.truncate(Self::LIMIT);
    }

    pub fn to_storage(&self) -> String {
        self.0
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn from_storage(text: &str) -> Self {
        Self(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(PathBuf::from)
                .collect(),
        )
    }
}
