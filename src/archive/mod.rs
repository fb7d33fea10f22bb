//! The archive: a folder of issue files (typically the team's git
//! repository) read as the series they make. Issues are found recursively and
//! ordered by number, then date; each can be read again alone when its file
//! changes. On top of it: full-text search ([`SearchIndex`]), what an issue
//! repeats from earlier ones ([`Reported`]) and the figures per issue
//! ([`IssueFigures`]).

mod report;
mod reported;
mod scan;
mod search;
mod stats;
mod watch;
mod words;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::Issue;

pub use report::archive_report;
pub use reported::{Earlier, NEAR_DUPLICATE_THRESHOLD, Reported, SHINGLE_WORDS};
pub use scan::issue_files;
pub use search::{Hit, Place, SearchIndex, folded};
pub use stats::{IssueFigures, figures, figures_csv};
pub use watch::{ArchiveWatcher, SETTLE};
pub use words::{Folded, fold_words};

/// One issue of the archive and the file it came from.
#[derive(Debug, Clone)]
pub struct ArchivedIssue {
    pub path: PathBuf,
    /// The file's modification time when it was read, to notice a change.
    pub modified: Option<SystemTime>,
    pub issue: Issue,
}

impl ArchivedIssue {
    /// "VRIC Monitor No. 13" or the file's name when the masthead is empty.
    pub fn name(&self) -> String {
        let masthead = self.issue.masthead();
        if masthead.trim().is_empty() {
            self.path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            masthead
        }
    }
}

/// A file of the folder that is not an issue the archive can use, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// The issues of a folder, in series order.
#[derive(Debug, Clone, Default)]
pub struct Archive {
    pub folder: PathBuf,
    pub issues: Vec<ArchivedIssue>,
    pub skipped: Vec<Skipped>,
}

impl Archive {
    /// Reads every issue file under `folder`. Paths are absolute, so that an
    /// issue open elsewhere is recognised as one of the archive's.
    pub fn open(folder: &Path) -> std::io::Result<Archive> {
        let folder = folder.canonicalize()?;
        let files = issue_files(&folder)?;
        let mut archive = Archive {
            folder,
            ..Archive::default()
        };
        for (path, result) in scan::load_all(files) {
            match result {
                Ok(issue) => archive.issues.push(issue),
                Err(reason) => archive.skipped.push(Skipped { path, reason }),
            }
        }
        archive.sort();
        Ok(archive)
    }

    /// Reads `path` again (saved, pulled or deleted); returns whether the
    /// archive changed.
    pub fn refresh(&mut self, path: &Path) -> bool {
        let old = self.issues.iter().position(|i| i.path == path);
        let was_skipped = self.skipped.iter().any(|s| s.path == path);
        self.skipped.retain(|s| s.path != path);
        let changed = match scan::load_one(path) {
            Some(Ok(issue)) => match old {
                Some(index)
                    if self.issues[index].modified.is_some()
                        && self.issues[index].modified == issue.modified =>
                {
                    false
                }
                Some(index) => {
                    self.issues[index] = issue;
                    true
                }
                None => {
                    self.issues.push(issue);
                    true
                }
            },
            Some(Err(reason)) => {
                if let Some(index) = old {
                    self.issues.remove(index);
                }
                self.skipped.push(Skipped {
                    path: path.to_owned(),
                    reason,
                });
                true
            }
            None => {
                if let Some(index) = old {
                    self.issues.remove(index);
                }
                old.is_some() || was_skipped
            }
        };
        self.sort();
        changed
    }

    /// Series order: by number, then publication date, then path (issues
    /// without a number after those with one).
    fn sort(&mut self) {
        self.issues.sort_by(|a, b| {
            let key = |i: &ArchivedIssue| {
                (
                    i.issue.number.is_none(),
                    i.issue.number,
                    i.issue.published,
                    i.path.clone(),
                )
            };
            key(a).cmp(&key(b))
        });
        self.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    }

    /// The issue read from `path`, if any.
    pub fn issue_at(&self, path: &Path) -> Option<&ArchivedIssue> {
        self.issues.iter().find(|i| i.path == path)
    }
}

#[cfg(test)]
mod tests;
