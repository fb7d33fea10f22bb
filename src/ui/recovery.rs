//! Autosave to a recovery file shortly after typing stops, and recovery
//! after a crash. The recovery file is never the document itself.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::edit::Document;
use crate::model::Issue;
use crate::store;

/// Seconds without an edit before the recovery copy is written.
pub const AUTOSAVE_DELAY: f64 = 3.0;

pub struct Recovery {
    /// Folder for recovery files; `None` disables autosave (tests that do not want it).
    dir: Option<PathBuf>,
    /// The revision last written, so an idle document is written once.
    written_revision: Option<u64>,
    /// Results of background writes.
    results: mpsc::Receiver<Result<(), String>>,
    sender: mpsc::Sender<Result<(), String>>,
    pub last_error: Option<String>,
}

impl Recovery {
    pub fn new(dir: Option<PathBuf>) -> Self {
        let (sender, results) = mpsc::channel();
        Self {
            dir,
            written_revision: None,
            results,
            sender,
            last_error: None,
        }
    }

    /// The folder the workbench uses for recovery files.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "monitor-workbench")
            .map(|dirs| dirs.data_dir().join("recovery"))
    }

    /// The recovery file of a document: one per issue file, one for untitled issues.
    pub fn path_for(&self, document_path: Option<&Path>) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        let name = match document_path {
            Some(path) => {
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!(
                    "{stem}-{:016x}.ron",
                    fnv1a(path.to_string_lossy().as_bytes())
                )
            }
            None => "untitled.ron".to_owned(),
        };
        Some(dir.join(name))
    }

    /// Writes the recovery copy when the document has unsaved changes that are
    /// `AUTOSAVE_DELAY` seconds old and not yet written. The issue is cloned here
    /// and serialized and written on another thread, so a large issue never stalls a frame.
    pub fn tick(&mut self, document: &Document, now: f64, last_edit: f64) {
        while let Ok(result) = self.results.try_recv() {
            self.last_error = result.err();
        }
        let due = document.is_dirty()
            && now - last_edit >= AUTOSAVE_DELAY
            && self.written_revision != Some(document.revision());
        if !due {
            return;
        }
        let Some(path) = self.path_for(document.path.as_deref()) else {
            return;
        };
        self.written_revision = Some(document.revision());
        let issue = document.issue().clone();
        let sender = self.sender.clone();
        std::thread::spawn(move || {
            let result = write(&path, &issue).map_err(|error| error.to_string());
            let _ = sender.send(result);
        });
    }

    /// Waits for background writes (tests, and before quitting).
    pub fn flush(&mut self) {
        // A write sends exactly one result; wait briefly for any in flight.
        while let Ok(result) = self
            .results
            .recv_timeout(std::time::Duration::from_millis(500))
        {
            self.last_error = result.err();
        }
    }

    /// A saved or discarded document needs no recovery copy.
    pub fn clear(&mut self, document_path: Option<&Path>) {
        self.written_revision = None;
        if let Some(path) = self.path_for(document_path) {
            let _ = std::fs::remove_file(path);
        }
    }

    /// A recovery copy left by a crash for this document, if any.
    pub fn find(&self, document_path: Option<&Path>) -> Option<(PathBuf, Issue)> {
        let path = self.path_for(document_path)?;
        let issue = store::load(&path).ok()?;
        Some((path, issue))
    }
}

fn write(path: &Path, issue: &Issue) -> Result<(), store::SaveError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| store::SaveError::Io {
            path: path.to_owned(),
            source,
        })?;
    }
    let text = store::to_ron(issue).map_err(|error| store::SaveError::Serialize {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    store::write_atomically(path, text.as_bytes(), false)
}

/// A stable hash of a path, to name its recovery file (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
