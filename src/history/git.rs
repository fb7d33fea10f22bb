//! An issue file's git commits as versions, through the `git` command (no
//! library). Without git, or for a file git does not track, there are none.

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, Utc};

use super::{HistoryError, Version, VersionId};

/// The file's folder and name, for `git -C FOLDER`.
fn split(file: &Path) -> Option<(&Path, &std::ffi::OsStr)> {
    let name = file.file_name()?;
    let folder = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    Some((folder, name))
}

/// The commits that changed `file`, newest first; none when git is missing,
/// the folder is no repository or the file is untracked.
pub fn versions(file: &Path) -> Vec<Version> {
    let Some((folder, name)) = split(file) else {
        return Vec::new();
    };
    let output = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(["log", "--format=%H%x09%an%x09%aI", "--"])
        .arg(name)
        .output();
    let Ok(output) = output else {
        return Vec::new();
    };
    if !output.status.success() {
        return Vec::new();
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let mut fields = line.splitn(3, '\t');
            let commit = fields.next()?.to_owned();
            let author = fields.next()?.to_owned();
            let when = DateTime::parse_from_rfc3339(fields.next()?.trim()).ok()?;
            Some(Version {
                when: when.with_timezone(&Utc),
                author: Some(author),
                id: VersionId::Git {
                    file: file.to_path_buf(),
                    commit,
                },
            })
        })
        .collect()
}

/// The file's text at `commit`.
pub fn show(file: &Path, commit: &str) -> Result<String, HistoryError> {
    let failed = |message: String| HistoryError::Git {
        commit: commit.to_owned(),
        message,
    };
    let (folder, name) =
        split(file).ok_or_else(|| failed(crate::t!("history-git-no-file-name")))?;
    let mut spec = std::ffi::OsString::from(format!("{commit}:./"));
    spec.push(name);
    let output = Command::new("git")
        .arg("-C")
        .arg(folder)
        .arg("show")
        .arg(spec)
        .output()
        .map_err(|error| failed(error.to_string()))?;
    if !output.status.success() {
        return Err(failed(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|_| failed(crate::t!("history-git-not-utf8")))
}
