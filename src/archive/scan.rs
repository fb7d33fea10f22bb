//! Finding and reading the issue files of a folder.

use std::path::{Path, PathBuf};

use super::ArchivedIssue;
use crate::store;

/// Folders never holding issues of the series: version control, build output.
const SKIPPED_FOLDERS: &[&str] = &["target", "node_modules"];

/// What a folder holds: its issue files, and the subfolders that could not
/// be read, each with why (they may hold issues the archive then misses).
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    pub unreadable: Vec<(PathBuf, String)>,
}

/// Every `.ron` file under `folder`, recursively, in path order; hidden
/// folders (`.git`) and build folders are left out.
pub fn issue_files(folder: &Path) -> std::io::Result<Found> {
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    let mut pending = vec![folder.to_owned()];
    let mut first = true;
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            // The folder asked for must exist; an unreadable subfolder is
            // named, with why, among what the archive could not read.
            Err(error) if first => return Err(error),
            Err(error) => {
                unreadable.push((dir, format!("the folder cannot be read: {error}")));
                continue;
            }
        };
        first = false;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !name.starts_with('.') && !SKIPPED_FOLDERS.contains(&name.as_ref()) {
                    pending.push(path);
                }
            } else if kind.is_file() && is_issue_file(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    unreadable.sort();
    Ok(Found {
        files: found,
        unreadable,
    })
}

/// An issue file's name: `*.ron`, not the user's outlet file.
pub(super) fn is_issue_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
        && path.file_name().is_some_and(|n| n != "outlets.ron")
}

/// Reads `path` as an issue: `None` when it is gone or no issue file.
pub(super) fn load_one(path: &Path) -> Option<Result<ArchivedIssue, String>> {
    if !path.is_file() || !is_issue_file(path) {
        return None;
    }
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Some(
        store::load(path)
            .map(|issue| ArchivedIssue {
                path: path.to_owned(),
                modified,
                issue,
                text: None,
                repeats: None,
            })
            .map_err(|error| error.to_string()),
    )
}

/// Reads every file, on as many threads as the machine has cores.
pub(super) fn load_all(files: Vec<PathBuf>) -> Vec<(PathBuf, Result<ArchivedIssue, String>)> {
    super::parallel(&files, |path, _| load_one(path).map(|r| (path.clone(), r)))
        .into_iter()
        .flatten()
        .collect()
}
