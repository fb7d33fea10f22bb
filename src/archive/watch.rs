//! Watching the archive's folder: a file saved in the workbench, written by
//! a colleague's `git pull` or deleted is reported within a second, as the
//! paths that changed; the caller reads each of them again alone
//! ([`super::Archive::refresh`]).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use super::scan::is_issue_file;

/// How long a burst of events (a save writes a temporary file, renames it,
/// keeps a backup) is gathered before it is reported.
pub const SETTLE: Duration = Duration::from_millis(300);

/// A running watch; it stops when dropped.
pub struct ArchiveWatcher {
    folder: PathBuf,
    _debouncer: Debouncer<RecommendedWatcher>,
    changes: Receiver<DebounceEventResult>,
}

impl ArchiveWatcher {
    /// Watches `folder` and everything under it; `wake` is called from the
    /// watcher's thread when something changed (the window asks for a frame).
    pub fn start(folder: &Path, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        let (sender, changes) = channel();
        let mut debouncer = new_debouncer(SETTLE, move |result: DebounceEventResult| {
            let _ = sender.send(result);
            wake();
        })
        .map_err(|error| format!("cannot watch {}: {error}", folder.display()))?;
        debouncer
            .watcher()
            .watch(folder, RecursiveMode::Recursive)
            .map_err(|error| format!("cannot watch {}: {error}", folder.display()))?;
        Ok(Self {
            folder: folder.to_owned(),
            _debouncer: debouncer,
            changes,
        })
    }

    /// The issue files changed since the last call, each once, in path order.
    pub fn changed(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = self
            .changes
            .try_iter()
            .flat_map(Result::unwrap_or_default)
            .map(|event| event.path)
            .filter(|path| is_issue_file(path) && !self.in_hidden_folder(path))
            .collect();
        paths.sort();
        paths.dedup();
        paths
    }
}

impl ArchiveWatcher {
    /// Inside a hidden folder of the archive, such as `.git` (the archive
    /// itself may sit in a hidden folder).
    fn in_hidden_folder(&self, path: &Path) -> bool {
        path.strip_prefix(&self.folder)
            .unwrap_or(path)
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_saved_issue_is_reported_within_a_second() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().canonicalize().expect("canonical");
        let watcher = ArchiveWatcher::start(&folder, || {}).expect("watches");
        let path = folder.join("no-15.ron");
        crate::store::save(&path, &crate::model::Issue::default()).expect("save");
        std::fs::write(folder.join("notes.txt"), "not an issue").expect("write");
        let started = Instant::now();
        let mut seen = Vec::new();
        // Generous for a loaded machine; the settle time is 0.3 s.
        while seen.is_empty() && started.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(50));
            seen = watcher.changed();
        }
        assert_eq!(seen, [path]);
    }
}
