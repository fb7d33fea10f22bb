//! The built-in file chooser, for desktops that cannot show their own dialog
//! (no portal, no D-Bus) or when the user prefers it. This part holds the
//! state and the rules — folder listing, typed paths, filters, overwrite
//! confirmation — and no egui; `view` draws it.
//!
//! Written here rather than taken from a crate: `egui-file-dialog` targets
//! egui 0.36, and `egui_file` has no accessible names on its fields, no
//! overwrite confirmation and prints its errors instead of showing them.

mod view;

use std::path::{Component, Path, PathBuf};

pub use view::{Outcome, show};

use super::files::{FileKind, FileMode, FileQuestion, with_extension_if_missing};
use crate::t;

/// A row of the folder listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    pub is_folder: bool,
}

pub struct FileChooser {
    pub question: FileQuestion,
    folder: PathBuf,
    /// The folder's folders and the files the filter shows, or why it cannot be read.
    listing: Result<Vec<Item>, String>,
    /// What the user typed: a file name, or a path relative to the folder, absolute, or from `~`.
    pub name: String,
    /// Show every file, not only those of the question's kind.
    pub show_all: bool,
    /// Why the last attempt to choose did not work.
    pub problem: Option<String>,
    /// A file that exists and would be replaced, waiting for the user's yes.
    pub confirm_overwrite: Option<PathBuf>,
    /// The name field takes the keyboard focus once.
    pub focus_name: bool,
}

/// What a click or a key asked the chooser to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Parent,
    Home,
    /// Enter a folder of the listing, or put a file's name in the field.
    Pick(Item),
    /// Enter a folder, or choose a file (double click).
    Activate(Item),
    /// The Open/Save button or Enter in the name field.
    Submit,
    /// Yes, replace the existing file.
    Overwrite,
    /// No, keep it: back to the chooser.
    KeepExisting,
    Refresh,
}

impl FileChooser {
    /// A chooser for `question`, starting in `folder` (or the home folder, or
    /// the current one) with the suggested name typed in when saving.
    pub fn new(question: FileQuestion, folder: Option<PathBuf>) -> Self {
        let folder = folder
            .filter(|f| f.is_dir())
            .or_else(home_folder)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let name = match question.mode {
            FileMode::Save => question.suggested.clone(),
            FileMode::Open | FileMode::Folder => String::new(),
        };
        let mut chooser = Self {
            question,
            folder: PathBuf::new(),
            listing: Ok(Vec::new()),
            name,
            show_all: false,
            problem: None,
            confirm_overwrite: None,
            focus_name: true,
        };
        chooser.enter(folder);
        chooser
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    pub fn listing(&self) -> Result<&[Item], &str> {
        self.listing.as_deref().map_err(String::as_str)
    }

    pub fn kind(&self) -> FileKind {
        self.question.kind
    }

    /// Carries out `step`; `Some(path)` once a file is chosen.
    pub fn step(&mut self, step: Step) -> Option<PathBuf> {
        match step {
            Step::Parent => {
                if let Some(parent) = self.folder.parent() {
                    self.enter(parent.to_owned());
                }
            }
            Step::Home => {
                if let Some(home) = home_folder() {
                    self.enter(home);
                }
            }
            Step::Refresh => self.enter(self.folder.clone()),
            Step::Pick(item) if item.is_folder => self.enter(self.folder.join(&item.name)),
            // Choosing a folder: its files are shown, not chosen.
            Step::Pick(item) | Step::Activate(item)
                if !item.is_folder && self.question.mode == FileMode::Folder => {}
            Step::Pick(item) => {
                self.name = item.name;
                self.problem = None;
            }
            Step::Activate(item) => {
                if item.is_folder {
                    self.enter(self.folder.join(&item.name));
                } else {
                    self.name = item.name;
                    return self.submit();
                }
            }
            Step::Submit => return self.submit(),
            Step::Overwrite => return self.confirm_overwrite.take(),
            Step::KeepExisting => {
                self.confirm_overwrite = None;
                self.focus_name = true;
            }
        }
        None
    }

    /// Lists `folder`: folders first, then the files the filter shows, by name.
    fn enter(&mut self, folder: PathBuf) {
        self.listing = list(&folder, self.question.kind, self.show_all);
        self.folder = folder;
        self.problem = None;
    }

    /// Lists the folder again (after the filter changed).
    pub fn relist(&mut self) {
        self.enter(self.folder.clone());
    }

    fn submit(&mut self) -> Option<PathBuf> {
        self.problem = None;
        let typed = self.name.trim();
        if self.question.mode == FileMode::Folder {
            return self.submit_folder();
        }
        if typed.is_empty() {
            self.problem = Some(match self.question.mode {
                FileMode::Open => t!("chooser-pick-a-file"),
                FileMode::Save | FileMode::Folder => t!("chooser-type-a-name"),
            });
            return None;
        }
        let path = resolve(&self.folder, typed);
        if path.is_dir() {
            // A folder typed in the field is entered, as in every file dialog.
            self.name.clear();
            self.enter(path);
            return None;
        }
        match self.question.mode {
            FileMode::Open => {
                if path.is_file() {
                    Some(path)
                } else {
                    self.problem = Some(t!(
                        "chooser-does-not-exist",
                        file = path.display().to_string()
                    ));
                    None
                }
            }
            FileMode::Save | FileMode::Folder => {
                let path = with_extension_if_missing(path, self.question.kind);
                match path.parent() {
                    Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => {
                        self.problem = Some(t!(
                            "chooser-folder-does-not-exist",
                            folder = folder.display().to_string()
                        ));
                        None
                    }
                    _ if path.exists() => {
                        self.confirm_overwrite = Some(path);
                        None
                    }
                    _ => Some(path),
                }
            }
        }
    }
}

impl FileChooser {
    /// Choosing a folder: the folder shown, or the one typed.
    fn submit_folder(&mut self) -> Option<PathBuf> {
        let typed = self.name.trim();
        if typed.is_empty() {
            return Some(self.folder.clone());
        }
        let path = resolve(&self.folder, typed);
        if path.is_dir() {
            Some(path)
        } else {
            self.problem = Some(t!(
                "chooser-not-a-folder",
                file = path.display().to_string()
            ));
            None
        }
    }
}

/// The home folder of the user running the program.
fn home_folder() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned())
}

/// A typed path: absolute, from `~`, or relative to `folder`; `.` and `..` resolved.
pub fn resolve(folder: &Path, typed: &str) -> PathBuf {
    let joined = if let Some(rest) = typed.strip_prefix("~/").or((typed == "~").then_some("")) {
        home_folder()
            .unwrap_or_else(|| folder.to_owned())
            .join(rest)
    } else {
        folder.join(typed)
    };
    let mut clean = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    clean
}

fn list(folder: &Path, kind: FileKind, show_all: bool) -> Result<Vec<Item>, String> {
    let entries = std::fs::read_dir(folder).map_err(|error| {
        t!(
            "chooser-cannot-read",
            folder = folder.display().to_string(),
            error = error.to_string()
        )
    })?;
    let mut items: Vec<Item> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            // Hidden files and folders stay hidden, as in the desktop's dialogs.
            if name.starts_with('.') {
                return None;
            }
            // `metadata` follows links, so a link to a folder lists as a folder.
            let is_folder = entry.path().is_dir();
            let shown = is_folder || show_all || kind.matches(Path::new(&name));
            shown.then_some(Item { name, is_folder })
        })
        .collect();
    items.sort_by_cached_key(|item| (!item.is_folder, item.name.to_lowercase()));
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(mode: FileMode) -> FileQuestion {
        FileQuestion {
            mode,
            kind: FileKind::Issue,
            title: "Save issue".to_owned(),
            suggested: "vric-monitor-14.ron".to_owned(),
        }
    }

    fn folder_with_files() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["b.ron", "A.ron", "notes.txt", ".hidden.ron"] {
            std::fs::write(dir.path().join(name), "x").expect("write");
        }
        std::fs::create_dir(dir.path().join("archive")).expect("mkdir");
        dir
    }

    fn names(chooser: &FileChooser) -> Vec<String> {
        chooser
            .listing()
            .expect("listed")
            .iter()
            .map(|i| i.name.clone())
            .collect()
    }

    #[test]
    fn folders_come_first_then_matching_files_by_name() {
        let dir = folder_with_files();
        let mut chooser = FileChooser::new(question(FileMode::Open), Some(dir.path().into()));
        assert_eq!(names(&chooser), ["archive", "A.ron", "b.ron"]);
        chooser.show_all = true;
        chooser.relist();
        assert_eq!(names(&chooser), ["archive", "A.ron", "b.ron", "notes.txt"]);
    }

    #[test]
    fn saving_suggests_a_name_adds_the_extension_and_asks_before_replacing() {
        let dir = folder_with_files();
        let mut chooser = FileChooser::new(question(FileMode::Save), Some(dir.path().into()));
        assert_eq!(chooser.name, "vric-monitor-14.ron");
        chooser.name = "archive/issue-15".to_owned();
        assert_eq!(
            chooser.step(Step::Submit),
            Some(dir.path().join("archive/issue-15.ron"))
        );
        chooser.name = "b".to_owned();
        assert_eq!(chooser.step(Step::Submit), None, "asks first");
        assert_eq!(chooser.confirm_overwrite, Some(dir.path().join("b.ron")));
        assert_eq!(chooser.step(Step::KeepExisting), None);
        assert_eq!(chooser.confirm_overwrite, None);
        chooser.step(Step::Submit);
        assert_eq!(
            chooser.step(Step::Overwrite),
            Some(dir.path().join("b.ron"))
        );
    }

    #[test]
    fn a_missing_folder_or_file_is_named() {
        let dir = folder_with_files();
        let mut chooser = FileChooser::new(question(FileMode::Save), Some(dir.path().into()));
        chooser.name = "nowhere/x.ron".to_owned();
        assert_eq!(chooser.step(Step::Submit), None);
        let problem = chooser.problem.clone().expect("a problem");
        assert!(
            problem.contains("nowhere") && problem.contains("does not exist"),
            "{problem}"
        );
        let mut chooser = FileChooser::new(question(FileMode::Open), Some(dir.path().into()));
        chooser.name = "gone.ron".to_owned();
        assert_eq!(chooser.step(Step::Submit), None);
        assert!(
            chooser
                .problem
                .as_deref()
                .is_some_and(|p| p.contains("gone.ron"))
        );
        chooser.name.clear();
        assert_eq!(chooser.step(Step::Submit), None);
        assert!(chooser.problem.is_some());
    }

    #[test]
    fn folders_are_entered_by_click_by_typing_and_left_by_parent() {
        let dir = folder_with_files();
        let mut chooser = FileChooser::new(question(FileMode::Open), Some(dir.path().into()));
        chooser.step(Step::Pick(Item {
            name: "archive".to_owned(),
            is_folder: true,
        }));
        assert_eq!(chooser.folder(), dir.path().join("archive"));
        chooser.step(Step::Parent);
        assert_eq!(chooser.folder(), dir.path());
        chooser.name = "./archive/../archive".to_owned();
        assert_eq!(chooser.step(Step::Submit), None);
        assert_eq!(chooser.folder(), dir.path().join("archive"));
        assert!(chooser.name.is_empty());
    }

    #[test]
    fn opening_picks_then_activates_a_file() {
        let dir = folder_with_files();
        let mut chooser = FileChooser::new(question(FileMode::Open), Some(dir.path().into()));
        let item = Item {
            name: "b.ron".to_owned(),
            is_folder: false,
        };
        assert_eq!(chooser.step(Step::Pick(item.clone())), None);
        assert_eq!(chooser.name, "b.ron");
        assert_eq!(
            chooser.step(Step::Activate(item)),
            Some(dir.path().join("b.ron"))
        );
    }

    #[test]
    fn a_folder_is_chosen_as_shown_or_as_typed_and_its_files_are_not() {
        let dir = folder_with_files();
        let mut chooser = FileChooser::new(
            FileQuestion {
                mode: FileMode::Folder,
                ..question(FileMode::Open)
            },
            Some(dir.path().into()),
        );
        assert_eq!(names(&chooser), ["archive", "A.ron", "b.ron"]);
        let file = Item {
            name: "b.ron".to_owned(),
            is_folder: false,
        };
        assert_eq!(chooser.step(Step::Activate(file.clone())), None);
        chooser.step(Step::Pick(file));
        assert!(chooser.name.is_empty(), "a file is not picked");
        assert_eq!(chooser.step(Step::Submit), Some(dir.path().to_owned()));
        chooser.name = "archive".to_owned();
        assert_eq!(chooser.step(Step::Submit), Some(dir.path().join("archive")));
        chooser.name = "b.ron".to_owned();
        assert_eq!(chooser.step(Step::Submit), None);
        assert!(
            chooser
                .problem
                .as_deref()
                .is_some_and(|p| p.contains("not a folder")),
            "{:?}",
            chooser.problem
        );
    }

    #[test]
    fn typed_paths_resolve_against_the_folder() {
        let folder = Path::new("/data/issues");
        assert_eq!(
            resolve(folder, "x.ron"),
            PathBuf::from("/data/issues/x.ron")
        );
        assert_eq!(resolve(folder, "../x.ron"), PathBuf::from("/data/x.ron"));
        assert_eq!(resolve(folder, "/tmp/x.ron"), PathBuf::from("/tmp/x.ron"));
        if let Some(home) = home_folder() {
            assert_eq!(resolve(folder, "~/x.ron"), home.join("x.ron"));
        }
    }

    #[test]
    fn an_unreadable_folder_says_so() {
        let dir = tempfile::tempdir().expect("temp dir");
        let gone = dir.path().join("gone");
        let mut chooser = FileChooser::new(question(FileMode::Open), Some(dir.path().into()));
        chooser.enter(gone.clone());
        let problem = chooser.listing().expect_err("unreadable");
        assert!(problem.contains("gone"), "{problem}");
    }
}
