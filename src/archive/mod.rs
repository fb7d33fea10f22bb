//! The archive: a folder of issue files (typically the team's git
//! repository) read as the series they make. Issues are found recursively and
//! ordered by number, then date; each can be read again alone when its file
//! changes. On top of it: full-text search ([`SearchIndex`]), what an issue
//! repeats from earlier ones ([`Reported`]) and the figures per issue
//! ([`IssueFigures`]).

mod cache;
mod entry_notes;
mod report;
mod reported;
mod scan;
mod search;
mod segment;
mod stats;
mod watch;
mod words;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use crate::model::Issue;
use crate::registry::Registry;
use words::Stemmers;

pub use report::archive_report;
pub use reported::{Earlier, NEAR_DUPLICATE_THRESHOLD, Reported};
pub use scan::issue_files;
pub use search::{Hit, Place, SearchIndex, folded};
pub use segment::{RepeatSegment, SHINGLE_WORDS, TextSegment};
pub use stats::{IssueFigures, counts_csv, figures, figures_csv};
pub use watch::{ArchiveWatcher, SETTLE};
pub use words::{Folded, fold_words};

/// One issue of the archive and the file it came from.
#[derive(Debug, Clone)]
pub struct ArchivedIssue {
    pub path: PathBuf,
    /// The file's modification time when it was read, to notice a change.
    pub modified: Option<SystemTime>,
    pub issue: Issue,
    /// The issue's search segment, once built or read from the cache.
    pub text: Option<Arc<TextSegment>>,
    /// The issue's "already reported" segment, likewise.
    pub repeats: Option<Arc<RepeatSegment>>,
}

impl ArchivedIssue {
    /// Builds the segments the issue lacks.
    fn index(&mut self, registry: &Registry, stemmers: &Stemmers) {
        if self.text.is_none() {
            self.text = Some(Arc::new(TextSegment::build(self, registry, stemmers)));
        }
        if self.repeats.is_none() {
            self.repeats = Some(Arc::new(RepeatSegment::build(self)));
        }
    }

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
    /// Subfolders that could not be read are named with the files that
    /// could not: they may hold issues the archive misses.
    fn note_unreadable(&mut self, folders: Vec<(PathBuf, String)>) {
        self.skipped.extend(
            folders
                .into_iter()
                .map(|(path, reason)| Skipped { path, reason }),
        );
    }

    /// Reads every issue file under `folder`. Paths are absolute, so that an
    /// issue open elsewhere is recognised as one of the archive's.
    pub fn open(folder: &Path) -> std::io::Result<Archive> {
        let folder = folder.canonicalize()?;
        let found = issue_files(&folder)?;
        let mut archive = Archive {
            folder,
            ..Archive::default()
        };
        archive.note_unreadable(found.unreadable);
        for (path, result) in scan::load_all(found.files) {
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

    /// Reads `folder` like [`Archive::open`] and indexes every issue for
    /// search and repeats, reusing what `cache` (a file in the data folder)
    /// kept of each unchanged file; the cache is written back when anything
    /// changed. A missing or unreadable cache only costs time.
    pub fn open_indexed(
        folder: &Path,
        registry: &Registry,
        cache: Option<&Path>,
    ) -> std::io::Result<Archive> {
        let folder = folder.canonicalize()?;
        let found = issue_files(&folder)?;
        let kept = cache.map(cache::read).unwrap_or_default();
        let (mut issues, fresh) = cache::reuse(found.files, kept);
        let mut archive = Archive {
            folder,
            ..Archive::default()
        };
        archive.note_unreadable(found.unreadable);
        let changed = !fresh.is_empty();
        for (path, result) in scan::load_all(fresh) {
            match result {
                Ok(issue) => issues.push(issue),
                Err(reason) => archive.skipped.push(Skipped { path, reason }),
            }
        }
        let built = parallel(&issues, |archived, stemmers| {
            let mut copy = archived.clone();
            copy.index(registry, stemmers);
            (copy.text, copy.repeats)
        });
        for (issue, (text, repeats)) in issues.iter_mut().zip(built) {
            issue.text = text;
            issue.repeats = repeats;
        }
        archive.issues = issues;
        archive.sort();
        if let Some(cache) = cache
            && (changed || !cache.exists())
        {
            // A cache that cannot be written is rebuilt next time.
            let _ = cache::write(cache, &archive.issues);
        }
        Ok(archive)
    }

    /// [`Archive::refresh`], and the refreshed issue indexed again.
    pub fn refresh_indexed(&mut self, path: &Path, registry: &Registry) -> bool {
        let changed = self.refresh(path);
        if changed && let Some(issue) = self.issues.iter_mut().find(|i| i.path == path) {
            issue.index(registry, &Stemmers::new());
        }
        changed
    }

    /// The issue read from `path`, if any.
    pub fn issue_at(&self, path: &Path) -> Option<&ArchivedIssue> {
        self.issues.iter().find(|i| i.path == path)
    }
}

/// `work` on every item, on as many threads as the machine has cores, in
/// order; each thread has its own stemmers.
fn parallel<I: Sync, T: Send>(items: &[I], work: impl Fn(&I, &Stemmers) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, 8);
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let work = &work;
                scope.spawn(move || {
                    let stemmers = Stemmers::new();
                    part.iter().map(|i| work(i, &stemmers)).collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(test)]
mod tests;
