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

/// Writes a file made from a document (an export, a report, a cache) the
/// same way, renamed into place so no reader ever sees half of it, but
/// without forcing it to disk: after a crash it is made again from the
/// document, and waiting for the disk (two `fsync`s, ~4 ms under strace)
/// bought it nothing (BENCHMARKS.md, "The export path"). Documents use
/// [`write_atomically`].
pub fn write_derived(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    replace(path, bytes, false, Durability::LeftToTheSystem)
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
    std::fs::rename(&staging, &backup)
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
