//! Versions of an issue file: each save keeps the saved text in the
//! application's data folder (`VersionStore`, the last `KEEP` per issue, never
//! beside the user's file); when the file is tracked by git its commits are
//! versions too (`git`, through the `git` command). `compare` says what
//! changed between two versions, entry by entry.

mod compare;
pub mod git;
mod restore;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};

pub use compare::{Change, Summary, WordChange, compare, entry_place, summary, word_diff};
pub use restore::{restore_entry, restore_section};

use crate::model::Issue;
use crate::store::{self, LoadError};

/// How many local versions are kept per issue file; older ones are removed.
pub const KEEP: usize = 100;

/// File names of local versions: UTC time to the nanosecond, sortable as text.
const NAME_FORMAT: &str = "%Y%m%dT%H%M%S%.9fZ";

/// One version of an issue file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub when: DateTime<Utc>,
    /// Who made it, where known (a git commit's author).
    pub author: Option<String>,
    pub id: VersionId,
}

/// Where a version's text is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionId {
    /// A copy kept on save, in the version store.
    Local(PathBuf),
    /// A git commit that changed the file.
    Git { file: PathBuf, commit: String },
}

/// Why a version could not be kept or read.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{}", io_message(.folder, .source))]
    Io {
        folder: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", crate::t!("history-error-git", commit = .commit, message = .message))]
    Git { commit: String, message: String },
    #[error(transparent)]
    Load(#[from] LoadError),
}

fn io_message(folder: &Path, source: &std::io::Error) -> String {
    crate::t!(
        "history-error-io",
        folder = folder.display().to_string(),
        error = source.to_string()
    )
}

/// The folder of kept versions: one subfolder per issue file, named by a hash
/// of the file's absolute path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionStore {
    pub root: PathBuf,
}

impl VersionStore {
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    /// `versions` in the platform's data folder
    /// (`~/.local/share/monitor-workbench/versions` on Linux).
    pub fn default_root() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "monitor-workbench")
            .map(|dirs| dirs.data_dir().join("versions"))
    }

    /// The folder holding the versions of the issue file at `path`.
    pub fn folder(&self, path: &Path) -> PathBuf {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.root.join(format!(
            "{:016x}",
            fnv1a(absolute.as_os_str().as_encoded_bytes())
        ))
    }

    /// Keeps `text` (the file as just saved) as the version of `when`, then
    /// removes the oldest beyond `KEEP`.
    pub fn record(
        &self,
        path: &Path,
        text: &str,
        when: DateTime<Utc>,
    ) -> Result<Version, HistoryError> {
        let folder = self.folder(path);
        let io = |source| HistoryError::Io {
            folder: folder.clone(),
            source,
        };
        std::fs::create_dir_all(&folder).map_err(io)?;
        let mut when = when;
        let mut file = folder.join(file_name(when));
        // Two saves in the same nanosecond (or a clock set back): the next free name.
        while file.exists() {
            when += chrono::Duration::nanoseconds(1);
            file = folder.join(file_name(when));
        }
        let partial = folder.join(".partial");
        std::fs::write(&partial, text).map_err(io)?;
        std::fs::rename(&partial, &file).map_err(io)?;
        let files = self.files(&folder).map_err(io)?;
        if files.len() > KEEP {
            for (old, _) in &files[..files.len() - KEEP] {
                std::fs::remove_file(old).map_err(io)?;
            }
        }
        Ok(Version {
            when,
            author: None,
            id: VersionId::Local(file),
        })
    }

    /// The kept versions of the file at `path`, newest first; none when
    /// nothing was kept (or the folder cannot be read).
    pub fn list(&self, path: &Path) -> Vec<Version> {
        let mut versions: Vec<Version> = self
            .files(&self.folder(path))
            .unwrap_or_default()
            .into_iter()
            .map(|(file, when)| Version {
                when,
                author: None,
                id: VersionId::Local(file),
            })
            .collect();
        versions.reverse();
        versions
    }

    /// Version files with their times, oldest first.
    fn files(&self, folder: &Path) -> std::io::Result<Vec<(PathBuf, DateTime<Utc>)>> {
        let read = match std::fs::read_dir(folder) {
            Ok(read) => read,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(error),
        };
        let mut files = Vec::new();
        for item in read {
            let file = item?.path();
            let Some(stem) = file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".ron"))
            else {
                continue;
            };
            if let Ok(time) = NaiveDateTime::parse_from_str(stem, NAME_FORMAT) {
                files.push((file, time.and_utc()));
            }
        }
        files.sort_by_key(|(_, when)| *when);
        Ok(files)
    }
}

fn file_name(when: DateTime<Utc>) -> String {
    format!("{}.ron", when.format(NAME_FORMAT))
}

/// 64-bit FNV-1a: a hash that stays the same across builds and platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The issue as it was in `version`.
pub fn load(version: &Version) -> Result<Issue, HistoryError> {
    match &version.id {
        VersionId::Local(file) => Ok(store::load(file)?),
        VersionId::Git { file, commit } => {
            let text = git::show(file, commit)?;
            Ok(store::from_ron(&text, file)?)
        }
    }
}

/// Every version of the file at `path`: the kept copies and, when git tracks
/// the file, its commits; newest first.
pub fn all_versions(store: Option<&VersionStore>, path: &Path) -> Vec<Version> {
    let mut versions = store.map(|s| s.list(path)).unwrap_or_default();
    versions.extend(git::versions(path));
    versions.sort_by_key(|version| std::cmp::Reverse(version.when));
    versions
}
