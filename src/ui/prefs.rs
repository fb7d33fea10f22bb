//! What the window remembers between runs, in one struct that eframe's storage
//! keeps (never the documents themselves: that storage is not written atomically).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::files::RecentFiles;
use crate::spelling::Options;

/// The key of the preferences in eframe's storage.
const KEY: &str = "preferences";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The reviewer's name, which signs approvals, comments and flags.
    pub reviewer: String,
    /// Always use the built-in file chooser, even where the desktop has dialogs.
    pub builtin_chooser: bool,
    /// The folder the last file was chosen in; choosers start there.
    pub last_folder: Option<PathBuf>,
    pub recent: RecentFiles,
    /// The issue open when the window last closed; opened again at start.
    pub last_issue: Option<PathBuf>,
    /// Fetch the details of links as they are added (cited, pasted, imported):
    /// `None` until the user was asked, the first time a link was added.
    pub fetch_pasted: Option<bool>,
    /// The archive folder last opened (File → Open archive…); opened again at start.
    pub archive: Option<PathBuf>,
    /// How lenient the spelling check of the entry editor is.
    pub spelling: SpellingPreferences,
    /// Light, dark, or as the system says.
    pub theme: ThemeChoice,
    /// The source library's panel: shown, and how wide the user made it.
    pub library: LibraryPanel,
    /// The interface's language; `None`: the system's.
    pub language: Option<crate::i18n::Language>,
}

/// The window's theme: the system's (light where the system does not say,
/// as a writing tool's should be), or one the user chose in View → Theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [Self::System, Self::Light, Self::Dark];

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }

    pub fn name(self) -> String {
        match self {
            Self::System => crate::t!("theme-system"),
            Self::Light => crate::t!("theme-light"),
            Self::Dark => crate::t!("theme-dark"),
        }
    }
}

/// The source library's panel as the user left it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LibraryPanel {
    /// Collapsed to a thin strip (View → Source library, or its arrow).
    pub shown: bool,
    /// Its width in points, as last dragged; `None`: 30% of the window.
    pub width: Option<f32>,
}

impl Default for LibraryPanel {
    fn default() -> Self {
        Self {
            shown: true,
            width: None,
        }
    }
}

/// The spelling options (`spelling::Options`), kept with the preferences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpellingPreferences {
    /// A word of another installed language (English, Spanish, Portuguese) is accepted.
    pub accept_other_languages: bool,
    /// A capitalised word inside a sentence is taken for a name.
    pub accept_capitalised: bool,
}

impl Default for SpellingPreferences {
    fn default() -> Self {
        let options = Options::default();
        Self {
            accept_other_languages: options.accept_other_languages,
            accept_capitalised: options.accept_capitalised,
        }
    }
}

impl SpellingPreferences {
    pub fn options(self) -> Options {
        Options {
            accept_other_languages: self.accept_other_languages,
            accept_capitalised: self.accept_capitalised,
        }
    }
}

impl Preferences {
    /// The stored preferences; those of older versions (separate keys) are read too.
    pub fn load(storage: &dyn eframe::Storage) -> Self {
        if let Some(preferences) = eframe::get_value(storage, KEY) {
            return preferences;
        }
        let old = |key| storage.get_string(key);
        Self {
            reviewer: old("reviewer_name").unwrap_or_default(),
            recent: RecentFiles::from_lines(&old("recent_files").unwrap_or_default()),
            last_issue: old("last_issue_file").map(PathBuf::from),
            ..Self::default()
        }
    }

    /// Whether nothing was stored yet: the program's first run.
    pub fn none_stored(storage: &dyn eframe::Storage) -> bool {
        [KEY, "reviewer_name", "recent_files", "last_issue_file"]
            .into_iter()
            .all(|key| storage.get_string(key).is_none())
    }

    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, self);
    }

    /// Remembers the folder of a file the user chose.
    pub fn chose(&mut self, path: &std::path::Path) {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            self.last_folder = Some(folder.to_owned());
        }
    }
}
