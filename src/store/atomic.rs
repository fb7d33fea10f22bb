//! Crash-safe replacement of a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::SaveError;

/// The backup kept beside `path`: `issue.ron` → `issue.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk and
/// renames it over `path`, so a crash leaves the old or the new file, never a
/// torn one. With `keep_backup`, the previous file is first copied to `NAME.bak`.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    replace(path, bytes, keep_backup, Durability::Forced)
}

/// Writes a file made from a document (an export, a report, a list) the
/// same way, renamed into place so no reader ever sees half of it, the file
/// it replaces kept as `NAME.bak`, but without forcing it to disk: after a
/// crash it is made again from the document, and waiting for the disk (two
/// `fsync`s, ~4 ms under strace) bought it nothing (BENCHMARKS.md, "The
/// export path"). It never replaces an issue file. Documents use
/// [`write_atomically`].
pub fn write_derived(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    refuse_over_issue(path)?;
    replace(path, bytes, true, Durability::LeftToTheSystem)
}

/// Writes a cache of the program's own (the archive's index), like
/// [`write_derived`] but without a backup: nobody edits a cache.
pub fn write_cache(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    refuse_over_issue(path)?;
    replace(path, bytes, false, Durability::LeftToTheSystem)
}

/// Whether the file at `path` is an issue file: its text opens with the
/// format version, as every issue file this program wrote does. Only the
/// first bytes are read.
pub fn is_issue_file(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0_u8; 256];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let read = file.read(&mut head).unwrap_or(0);
    let text = String::from_utf8_lossy(&head[..read]);
    text.trim_start()
        .strip_prefix('(')
        .is_some_and(|rest| rest.trim_start().starts_with("format_version"))
}

/// Whether `a` and `b` name the same file (through links, `..` or a
/// relative path), including an `a` that does not exist yet.
pub fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |path: &Path| {
        std::fs::canonicalize(path).ok().or_else(|| {
            let parent = match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent,
                _ => Path::new("."),
            };
            Some(std::fs::canonicalize(parent).ok()?.join(path.file_name()?))
        })
    };
    match (resolve(a), resolve(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

fn refuse_over_issue(path: &Path) -> Result<(), SaveError> {
    if is_issue_file(path) {
        return Err(SaveError::WouldReplaceIssue {
            path: path.to_owned(),
        });
    }
    Ok(())
}

/// A temporary file of an interrupted write is this old before it is
/// swept: no write takes minutes, so a younger one may still be under way.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Removes what interrupted writes left in `dir` (a crash, `kill -9`
/// between writing the temporary file and renaming it).
pub fn sweep_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(".monitor-workbench-") && name.ends_with(".tmp");
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if ours && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether a write waits until the disk holds it.
#[derive(Clone, Copy, PartialEq)]
enum Durability {
    Forced,
    LeftToTheSystem,
}

fn replace(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    durability: Durability,
) -> Result<(), SaveError> {
    // Through a symbolic link, the file it points to is written (renaming
    // over the link would replace the link and leave that file as it was).
    let resolved = std::fs::symlink_metadata(path)
        .ok()
        .filter(|metadata| metadata.file_type().is_symlink())
        .and_then(|_| std::fs::canonicalize(path).ok());
    let path = resolved.as_deref().unwrap_or(path);
    let io_error = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(SaveError::NoFolder {
            path: path.to_owned(),
            folder: dir.to_owned(),
        });
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".monitor-workbench-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io_error)?;
    // A temporary file is private (0600); the saved file keeps the old file's
    // permissions, or gets the usual ones for a new document.
    let permissions = match std::fs::metadata(path) {
        Ok(metadata) => Some(metadata.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(io_error)?;
    }
    temp.write_all(bytes).map_err(io_error)?;
    if durability == Durability::Forced {
        temp.as_file().sync_all().map_err(io_error)?;
    }
    if keep_backup && path.exists() {
        keep_previous(path).map_err(io_error)?;
    }
    temp.persist(path).map_err(|error| io_error(error.error))?;
    // Make the rename itself durable where the platform allows it.
    if durability == Durability::Forced
        && let Ok(dir) = std::fs::File::open(dir)
    {
        let _ = dir.sync_all();
    }
    sweep_stale_temporaries(dir);
    Ok(())
}

/// Makes `NAME.bak` the current file, atomically: a hard link (or a copy,
/// where links are not possible) under a staging name, renamed into place.
/// A crash leaves the old backup or the new one, never a torn one.
fn keep_previous(path: &Path) -> std::io::Result<()> {
    let backup = backup_path(path);
    let mut staging = backup.clone().into_os_string();
    staging.push(".tmp");
    let staging = PathBuf::from(staging);
    let _ = std::fs::remove_file(&staging);
    if std::fs::hard_link(path, &staging).is_err() {
        std::fs::copy(path, &staging)?;
        std::fs::File::open(&staging)?.sync_all()?;
    }
    std::fs::rename(&staging, &backup)?;
    // When a save was interrupted between keeping the backup and replacing
    // the file, the backup and the file are one (hard-linked) file, and a
    // rename between two links of one file does nothing: the staging name
    // would stay behind. Removing it leaves the backup whole.
    let _ = std::fs::remove_file(&staging);
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}
