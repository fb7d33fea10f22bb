//! The desktop's file dialogs and opener, behind a trait so tests answer for
//! the user and a desktop without dialogs is noticed instead of failing silently.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// The files the workbench reads and writes, for the dialogs' filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// An issue file.
    Issue,
    /// The HTML export (its Markdown twin is written beside it) or the reviewer's report.
    Html,
    /// The PDF export.
    Pdf,
    /// CSL JSON, as Zotero exports and imports it.
    CslJson,
    /// The outlet registry's columns as CSV.
    OutletsCsv,
    /// The archive's figures as CSV (a plot's data).
    FiguresCsv,
    /// A plot saved as an image.
    Png,
    /// A spelling word list, one word per line.
    WordList,
}

impl FileKind {
    /// The filter's name and the extensions it shows; the first is added to a
    /// typed name that has none.
    pub fn filter(self) -> (String, &'static [&'static str]) {
        use crate::t;
        match self {
            Self::Issue => (t!("file-kind-issue"), &["ron"]),
            Self::Html => (t!("file-kind-html"), &["html", "htm"]),
            Self::Pdf => (t!("file-kind-pdf"), &["pdf"]),
            Self::CslJson => ("CSL JSON".to_owned(), &["json"]),
            Self::OutletsCsv | Self::FiguresCsv => ("CSV".to_owned(), &["csv"]),
            Self::Png => (t!("file-kind-png"), &["png"]),
            Self::WordList => (t!("file-kind-word-list"), &["txt"]),
        }
    }

    pub fn extension(self) -> &'static str {
        self.filter().1[0]
    }

    /// Whether `path` has one of this kind's extensions.
    pub fn matches(self, path: &Path) -> bool {
        let Some(extension) = path.extension().and_then(|e| e.to_str()) else {
            return false;
        };
        self.filter()
            .1
            .iter()
            .any(|known| known.eq_ignore_ascii_case(extension))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileMode {
    Open,
    Save,
    /// A folder, not a file (the archive); the files of the question's kind
    /// are shown in it for orientation.
    Folder,
}

/// What the window asks the user for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileQuestion {
    pub mode: FileMode,
    pub kind: FileKind,
    /// The dialog's title, e.g. "Save issue".
    pub title: String,
    /// A file name to start from when saving.
    pub suggested: String,
}

/// The desktop's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown; the text says why. The window then uses its
    /// built-in chooser.
    Unavailable(String),
}

pub trait Desktop {
    /// Asks the user for a file, starting in `folder` when given.
    fn choose(&mut self, question: &FileQuestion, folder: Option<&Path>) -> Answer;
    /// Shows a file in the user's default application; `Err` says why it could not.
    fn open_in_default_app(&mut self, path: &Path) -> Result<(), String>;
    /// What went wrong after the fact (an opener that found no application),
    /// each problem once.
    fn take_problems(&mut self) -> Vec<String> {
        Vec::new()
    }
}

/// Native dialogs through the desktop portal (rfd), and the desktop's opener.
#[derive(Default)]
pub struct NativeDesktop {
    /// Failures of openers that ran on after `open_in_default_app` returned.
    problems: Arc<Mutex<Vec<String>>>,
}

/// A person cannot answer a file dialog this fast: "no file" sooner means
/// no dialog was shown (rfd's portal backend returns at once without a portal).
const FASTEST_ANSWER: Duration = Duration::from_millis(400);

impl Desktop for NativeDesktop {
    fn choose(&mut self, question: &FileQuestion, folder: Option<&Path>) -> Answer {
        if !session_bus_reachable(|name| std::env::var_os(name)) {
            return Answer::Unavailable("no D-Bus session, so no desktop portal".to_owned());
        }
        let (name, extensions) = question.kind.filter();
        let mut dialog = rfd::FileDialog::new().set_title(question.title.as_str());
        if question.mode != FileMode::Folder {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        let started = Instant::now();
        let chosen = match question.mode {
            FileMode::Open => dialog.pick_file(),
            FileMode::Folder => dialog.pick_folder(),
            FileMode::Save => dialog
                .set_file_name(question.suggested.as_str())
                .save_file(),
        };
        match chosen {
            Some(path) => Answer::Chosen(path),
            None if started.elapsed() < FASTEST_ANSWER => {
                Answer::Unavailable("the desktop portal did not show a file dialog".to_owned())
            }
            None => Answer::Cancelled,
        }
    }

    fn open_in_default_app(&mut self, path: &Path) -> Result<(), String> {
        let mut child = std::process::Command::new(opener())
            .arg(path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|error| format!("cannot start {}: {error}", opener()))?;
        // The opener may run as long as the viewer does: its verdict is
        // collected on a thread and reported when it comes.
        let problems = Arc::clone(&self.problems);
        let shown = path.display().to_string();
        std::thread::spawn(move || {
            let failed = match child.wait() {
                Ok(status) if status.success() => return,
                Ok(status) => format!(
                    "{} found no application to open {shown} ({status}). \
                     Open the file from your file manager or browser.",
                    opener()
                ),
                Err(error) => format!("{} failed for {shown}: {error}", opener()),
            };
            if let Ok(mut problems) = problems.lock() {
                problems.push(failed);
            }
        });
        Ok(())
    }

    fn take_problems(&mut self) -> Vec<String> {
        self.problems
            .lock()
            .map(|mut problems| std::mem::take(&mut *problems))
            .unwrap_or_default()
    }
}

fn opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    }
}

/// Whether a D-Bus session bus can be reached, which the portal needs on the
/// free desktops; other platforms have their own dialogs and always can.
fn session_bus_reachable(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return true;
    }
    if var("DBUS_SESSION_BUS_ADDRESS").is_some_and(|address| !address.is_empty()) {
        return true;
    }
    // systemd's user bus is found without the variable.
    var("XDG_RUNTIME_DIR").is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

/// Recently opened files, newest first, without duplicates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecentFiles(pub Vec<PathBuf>);

impl RecentFiles {
    const LIMIT: usize = 8;

    pub fn add(&mut self, path: &Path) {
        self.0.retain(|known| known != path);
        self.0.insert(0, path.to_owned());
        self.0.truncate(Self::LIMIT);
    }

    /// The list as older versions stored it: one path a line.
    pub fn from_lines(text: &str) -> Self {
        Self(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(PathBuf::from)
                .collect(),
        )
    }
}

/// A file name from a path the user typed or picked, with `kind`'s extension
/// added when it has none.
pub fn with_extension_if_missing(path: PathBuf, kind: FileKind) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(kind.extension())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    #[test]
    fn without_a_session_bus_there_is_no_portal() {
        let none = |_: &str| None;
        let set = |name: &str| {
            (name == "DBUS_SESSION_BUS_ADDRESS").then(|| OsString::from("unix:path=/x"))
        };
        let empty = |name: &str| (name == "DBUS_SESSION_BUS_ADDRESS").then(OsString::new);
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert!(!session_bus_reachable(none));
            assert!(!session_bus_reachable(empty));
        }
        assert!(session_bus_reachable(set));
    }

    #[test]
    fn kinds_filter_and_complete_names() {
        assert!(FileKind::Issue.matches(Path::new("a/vric-14.RON")));
        assert!(!FileKind::Issue.matches(Path::new("a/vric-14.ron.bak")));
        assert!(FileKind::Html.matches(Path::new("x.htm")));
        assert_eq!(
            with_extension_if_missing("out/report".into(), FileKind::Html),
            PathBuf::from("out/report.html")
        );
        assert_eq!(
            with_extension_if_missing("issue.v2.ron".into(), FileKind::Issue),
            PathBuf::from("issue.v2.ron")
        );
    }

    #[test]
    fn recent_files_keep_the_newest_first_once() {
        let mut recent = RecentFiles::from_lines("a.ron\n\nb.ron\n");
        recent.add(Path::new("b.ron"));
        assert_eq!(recent.0, [PathBuf::from("b.ron"), PathBuf::from("a.ron")]);
    }
}
