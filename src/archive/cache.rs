//! The archive's cache: what indexing each issue file gave (the issue and
//! its two segments), kept in one file of the data folder and reused for
//! every file whose size and modification time are unchanged. Opening a
//! 500-issue archive again then reads one file instead of parsing 500.
//!
//! The issue is kept as JSON (its serde shape skips empty fields, which a
//! compact binary format cannot), the rest with postcard. The program's
//! version is part of the file: another build starts afresh.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::ArchivedIssue;
use super::segment::{RepeatSegment, TextSegment};

const VERSION: &str = concat!(
    "monitor-workbench archive cache ",
    env!("CARGO_PKG_VERSION"),
    " 1"
);

#[derive(Serialize, Deserialize)]
struct CacheFile {
    version: String,
    files: Vec<CachedFile>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct CachedFile {
    path: PathBuf,
    len: u64,
    /// Modification time since the Unix epoch.
    modified: Option<Duration>,
    issue: String,
    text: TextSegment,
    repeats: RepeatSegment,
}

/// The file's size and modification time, which must match the cache's.
fn stamp(path: &Path) -> Option<(u64, Option<Duration>, Option<SystemTime>)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok();
    let since = modified.and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok());
    Some((meta.len(), since, modified))
}

/// The cache's entries by path; nothing when it is missing, from another
/// version or unreadable.
pub(super) fn read(cache: &Path) -> HashMap<PathBuf, CachedFile> {
    let Ok(bytes) = std::fs::read(cache) else {
        return HashMap::new();
    };
    match postcard::from_bytes::<CacheFile>(&bytes) {
        Ok(file) if file.version == VERSION => file
            .files
            .into_iter()
            .map(|f| (f.path.clone(), f))
            .collect(),
        _ => HashMap::new(),
    }
}

/// The issues the cache still holds for `files`, and the files to read.
pub(super) fn reuse(
    files: Vec<PathBuf>,
    mut kept: HashMap<PathBuf, CachedFile>,
) -> (Vec<ArchivedIssue>, Vec<PathBuf>) {
    let mut issues = Vec::new();
    let mut fresh = Vec::new();
    for path in files {
        let cached = kept.remove(&path).and_then(|cached| {
            let (len, since, modified) = stamp(&path)?;
            if cached.len != len || cached.modified != since || since.is_none() {
                return None;
            }
            let issue = serde_json::from_str(&cached.issue).ok()?;
            Some(ArchivedIssue {
                path: path.clone(),
                modified,
                issue,
                text: Some(Arc::new(cached.text)),
                repeats: Some(Arc::new(cached.repeats)),
            })
        });
        match cached {
            Some(issue) => issues.push(issue),
            None => fresh.push(path),
        }
    }
    (issues, fresh)
}

/// Writes the cache of `issues` (atomically: a reader sees the old or the new).
pub(super) fn write(cache: &Path, issues: &[ArchivedIssue]) -> std::io::Result<()> {
    let files = issues
        .iter()
        .filter_map(|archived| {
            let (len, modified, _) = stamp(&archived.path)?;
            Some(CachedFile {
                path: archived.path.clone(),
                len,
                modified,
                issue: serde_json::to_string(&archived.issue).ok()?,
                text: archived.text.as_deref()?.clone(),
                repeats: archived.repeats.as_deref()?.clone(),
            })
        })
        .collect();
    let file = CacheFile {
        version: VERSION.to_owned(),
        files,
    };
    let bytes = postcard::to_stdvec(&file).map_err(std::io::Error::other)?;
    if let Some(folder) = cache.parent() {
        std::fs::create_dir_all(folder)?;
    }
    crate::store::write_cache(cache, &bytes)
        .map_err(|error| std::io::Error::other(error.to_string()))
}
