//! Autosave to a recovery file shortly after typing stops, and recovery
//! after a crash. The recovery file is never the document itself.
//!
//! One background thread does the writing and the removing, in the order they
//! were asked for: a copy being written when the user saves or discards is
//! removed after it lands, never left behind.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use crate::edit::Document;
use crate::model::Issue;
use crate::store;

/// Seconds without an edit before the recovery copy is written.
pub const AUTOSAVE_DELAY: f64 = 3.0;

/// How long quitting waits for the last copy to land.
const FLUSH_LIMIT: Duration = Duration::from_secs(10);

enum Job {
    Write {
        path: PathBuf,
        issue: Box<Issue>,
    },
    Remove(PathBuf),
    /// Answered once every job before it is done.
    Flush(mpsc::Sender<()>),
}

pub struct Recovery {
    /// Folder for recovery files; `None` disables autosave (tests that do not want it).
    dir: Option<PathBuf>,
    /// The revision last written, so an idle document is written once.
    written_revision: Option<u64>,
    /// The writer thread's queue, started with the first job.
    jobs: Option<mpsc::Sender<Job>>,
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
            jobs: None,
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
    /// and serialized and written on the writer thread, so a large issue never stalls a frame.
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
        let issue = Box::new(document.issue().clone());
        self.send(Job::Write { path, issue });
    }

    /// Waits until every write and removal asked for so far is done (tests,
    /// and before quitting), at most a few seconds.
    pub fn flush(&mut self) {
        let (done, finished) = mpsc::channel();
        if self.jobs.is_some() {
            self.send(Job::Flush(done));
            let _ = finished.recv_timeout(FLUSH_LIMIT);
        }
        while let Ok(result) = self.results.try_recv() {
            self.last_error = result.err();
        }
    }

    /// A saved or discarded document needs no recovery copy: removes it, after
    /// any write of it still under way. The next change writes a new one.
    pub fn clear(&mut self, document_path: Option<&Path>) {
        self.written_revision = None;
        if let Some(path) = self.path_for(document_path) {
            self.send(Job::Remove(path));
        }
    }

    /// A recovery copy left by a crash for this document, if any.
    pub fn find(&self, document_path: Option<&Path>) -> Option<(PathBuf, Issue)> {
        let path = self.path_for(document_path)?;
        let issue = store::load(&path).ok()?;
        Some((path, issue))
    }

    fn send(&mut self, job: Job) {
        let jobs = self.jobs.get_or_insert_with(|| {
            let (jobs, queue) = mpsc::channel();
            let results = self.sender.clone();
            std::thread::spawn(move || work(&queue, &results));
            jobs
        });
        if let Err(mpsc::SendError(job)) = jobs.send(job) {
            // The writer is gone (it cannot panic, but be safe): do the job here.
            self.jobs = None;
            let (queue_in, queue) = mpsc::channel();
            let _ = queue_in.send(job);
            drop(queue_in);
            work(&queue, &self.sender);
        }
    }
}

/// The writer thread: jobs in the order they were sent.
fn work(queue: &mpsc::Receiver<Job>, results: &mpsc::Sender<Result<(), String>>) {
    for job in queue {
        match job {
            Job::Write { path, issue } => {
                let result = write(&path, &issue).map_err(|error| error.to_string());
                let _ = results.send(result);
            }
            Job::Remove(path) => {
                let _ = std::fs::remove_file(path);
            }
            Job::Flush(done) => {
                let _ = done.send(());
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::sample::sample_issue;

    fn edited() -> Document {
        let mut document = Document::new(sample_issue(), None);
        document.apply(Edit::SetNumber(Some(99))).expect("applies");
        document
    }

    #[test]
    fn a_copy_written_while_clearing_never_outlives_the_clear() {
        // Many rounds: with a write in flight on another thread, a removal
        // done at once used to race it and lose.
        let dir = tempfile::tempdir().expect("temp dir");
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        let document = edited();
        let copy = recovery.path_for(None).expect("a path");
        for round in 0..50 {
            recovery.tick(&document, f64::from(round) + 10.0, 0.0);
            recovery.clear(None);
            recovery.flush();
            assert!(!copy.exists(), "round {round}: the stale copy survived");
        }
    }

    #[test]
    fn flush_waits_for_the_write_it_follows() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        let document = edited();
        recovery.tick(&document, 10.0, 0.0);
        recovery.flush();
        let (_, issue) = recovery.find(None).expect("written");
        assert_eq!(issue.number, Some(99));
        assert_eq!(recovery.last_error, None);
    }

    #[test]
    fn an_idle_document_is_written_once_and_a_fresh_edit_waits() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        let document = edited();
        recovery.tick(&document, 1.0, 0.0);
        recovery.flush();
        assert!(recovery.find(None).is_none(), "too soon after the edit");
        recovery.tick(&document, 10.0, 0.0);
        recovery.flush();
        let copy = recovery.path_for(None).expect("a path");
        std::fs::remove_file(&copy).expect("written");
        recovery.tick(&document, 20.0, 0.0);
        recovery.flush();
        assert!(!copy.exists(), "the same revision is not written twice");
    }
}
