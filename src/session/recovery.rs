//! Autosave to a recovery file shortly after typing stops, and recovery
//! after a crash. The recovery file is never the document itself.
//!
//! Each document has a copy of its own: an issue file's is named after the
//! file, and each untitled document gets a new name, so a new document never
//! overwrites an earlier one's crash copy. A copy keeps, besides the work,
//! what the file held when the work began (its stamp and the issue as read):
//! restoring it then compares with the file as it is now, and a file changed
//! since (a colleague's save, a `git pull`) is merged as any file changed on
//! disk is. A copy offered and not yet answered is never removed: it is
//! offered again at the next start.
//!
//! One background thread does the writing and the removing, in the order they
//! were asked for: a copy being written when the user saves or discards is
//! removed after it lands, never left behind.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::edit::Document;
use crate::model::Issue;
use crate::store::{self, Stamp};

/// What a recovery file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveredWork {
    /// The issue file the work belongs to; `None` for an untitled document.
    pub file: Option<PathBuf>,
    /// What that file held when the work began (read or last saved).
    pub stamp: Option<Stamp>,
    /// The issue as that file held it then: the base of a merge.
    pub base: Option<Issue>,
    /// The unsaved work.
    pub issue: Issue,
}

/// A recovery copy found in the folder, to offer.
#[derive(Debug, Clone)]
pub struct Offer {
    /// The recovery file.
    pub copy: PathBuf,
    /// When it was written.
    pub written: Option<SystemTime>,
    pub work: Box<RecoveredWork>,
}

impl Offer {
    /// "vric-15.ron" or "Untitled".
    pub fn name(&self) -> String {
        self.work
            .file
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || "Untitled".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
    }

    /// The first words of the work: its title, else its first entry.
    pub fn first_words(&self) -> String {
        let issue = &self.work.issue;
        let text = if issue.title.trim().is_empty() {
            issue
                .entries()
                .map(|(_, entry)| entry.body.as_str())
                .find(|body| !body.trim().is_empty())
                .unwrap_or_default()
        } else {
            issue.title.as_str()
        };
        let words: Vec<&str> = text.split_whitespace().take(12).collect();
        let mut shown = words.join(" ");
        if text.split_whitespace().count() > words.len() {
            shown.push('…');
        }
        shown
    }
}

/// Seconds without an edit before the recovery copy is written.
pub const AUTOSAVE_DELAY: f64 = 3.0;

/// How long quitting waits for the last copy to land.
const FLUSH_LIMIT: Duration = Duration::from_secs(10);

enum Job {
    Write {
        path: PathBuf,
        work: Box<RecoveredWork>,
    },
    Remove(PathBuf),
    /// Answered once every job before it is done.
    Flush(mpsc::Sender<()>),
}

pub struct Recovery {
    /// Folder for recovery files; `None` disables autosave (tests that do not want it).
    dir: Option<PathBuf>,
    /// The name of the current untitled document's copy.
    untitled: String,
    /// Copies offered and not yet answered: never removed by a clear.
    offered: BTreeSet<PathBuf>,
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
            untitled: untitled_name(),
            offered: BTreeSet::new(),
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

    /// A new untitled document (New, an imported draft): a copy of its own,
    /// so the earlier document's copy stays as it was.
    pub fn new_untitled(&mut self) {
        self.untitled = untitled_name();
        self.written_revision = None;
    }

    /// The recovery file of a document: one per issue file, one per untitled document.
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
            None => self.untitled.clone(),
        };
        Some(dir.join(name))
    }

    /// Writes the recovery copy when the document has unsaved changes that are
    /// `AUTOSAVE_DELAY` seconds old and not yet written. The issue is cloned here
    /// and serialized and written on the writer thread, so a large issue never stalls a frame.
    /// `stamp` and `base`: what the document's file held when the work began.
    pub fn tick(
        &mut self,
        document: &Document,
        now: f64,
        last_edit: f64,
        stamp: Option<Stamp>,
        base: Option<&Issue>,
    ) {
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
        let work = Box::new(RecoveredWork {
            file: document.path.clone(),
            stamp,
            base: base.cloned(),
            issue: document.issue().clone(),
        });
        self.send(Job::Write { path, work });
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
    /// any write of it still under way. The next change writes a new one. A
    /// copy offered and not yet answered stays.
    pub fn clear(&mut self, document_path: Option<&Path>) {
        self.written_revision = None;
        if let Some(path) = self.path_for(document_path)
            && !self.offered.contains(&path)
        {
            self.send(Job::Remove(path));
        }
    }

    /// Removes a copy the user discarded.
    pub fn discard(&mut self, copy: &Path) {
        self.offered.remove(copy);
        self.send(Job::Remove(copy.to_owned()));
    }

    /// The copy now belongs to the document restored from it: its autosaves
    /// go there, and saving removes it.
    pub fn adopt(&mut self, offer: &Offer) {
        self.offered.remove(&offer.copy);
        if offer.work.file.is_none()
            && let Some(name) = offer.copy.file_name()
        {
            self.untitled = name.to_string_lossy().into_owned();
        }
        self.written_revision = None;
    }

    /// Every copy in the folder, newest first, each marked offered (so that
    /// nothing removes it before the user answers).
    pub fn offers(&mut self) -> Vec<Offer> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut offers: Vec<Offer> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "ron"))
            .filter_map(|copy| {
                let work = read(&copy)?;
                let written = std::fs::metadata(&copy).and_then(|m| m.modified()).ok();
                Some(Offer {
                    copy,
                    written,
                    work: Box::new(work),
                })
            })
            .collect();
        offers.sort_by_key(|offer| std::cmp::Reverse(offer.written));
        self.offered
            .extend(offers.iter().map(|offer| offer.copy.clone()));
        offers
    }

    /// The copy of the document at `document_path`, if a crash left one,
    /// marked offered.
    pub fn offer_for(&mut self, document_path: &Path) -> Option<Offer> {
        let copy = self.path_for(Some(document_path))?;
        let work = read(&copy)?;
        let written = std::fs::metadata(&copy).and_then(|m| m.modified()).ok();
        self.offered.insert(copy.clone());
        Some(Offer {
            copy,
            written,
            work: Box::new(work),
        })
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
            Job::Write { path, work } => {
                let result = write(&path, &work).map_err(|error| error.to_string());
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

fn write(path: &Path, work: &RecoveredWork) -> Result<(), store::SaveError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| store::SaveError::Io {
            path: path.to_owned(),
            source,
        })?;
    }
    let text = ron::ser::to_string(work).map_err(|error| store::SaveError::Serialize {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    store::write_atomically(path, text.as_bytes(), false)
}

/// A recovery file: the work with what its file held, or (copies written
/// before this was kept) an issue alone.
fn read(copy: &Path) -> Option<RecoveredWork> {
    let text = std::fs::read_to_string(copy).ok()?;
    if let Ok(work) = ron::from_str::<RecoveredWork>(&text) {
        return Some(work);
    }
    let issue = store::from_ron(&text, copy).ok()?;
    Some(RecoveredWork {
        file: None,
        stamp: None,
        base: None,
        issue,
    })
}

/// A name no other untitled document of any run has: the time and the
/// process, and a count within the process.
fn untitled_name() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos());
    format!(
        "untitled-{nanos:x}-{:x}-{}.ron",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    )
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
            recovery.tick(&document, f64::from(round) + 10.0, 0.0, None, None);
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
        recovery.tick(&document, 10.0, 0.0, None, None);
        recovery.flush();
        let offers = recovery.offers();
        assert_eq!(offers.len(), 1);
        assert_eq!(offers[0].work.issue.number, Some(99));
        assert_eq!(recovery.last_error, None);
    }

    #[test]
    fn an_idle_document_is_written_once_and_a_fresh_edit_waits() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        let document = edited();
        recovery.tick(&document, 1.0, 0.0, None, None);
        recovery.flush();
        let copy = recovery.path_for(None).expect("a path");
        assert!(!copy.exists(), "too soon after the edit");
        recovery.tick(&document, 10.0, 0.0, None, None);
        recovery.flush();
        std::fs::remove_file(&copy).expect("written");
        recovery.tick(&document, 20.0, 0.0, None, None);
        recovery.flush();
        assert!(!copy.exists(), "the same revision is not written twice");
    }

    #[test]
    fn each_untitled_document_keeps_its_own_copy_and_an_offered_one_stays() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        let first = edited();
        recovery.tick(&first, 10.0, 0.0, None, None);
        recovery.flush();
        // Ctrl+N: a new document, whose autosave does not touch the first's copy.
        recovery.new_untitled();
        let mut second = Document::new(sample_issue(), None);
        second.apply(Edit::SetNumber(Some(7))).expect("applies");
        recovery.tick(&second, 20.0, 0.0, None, None);
        recovery.flush();
        let mut next_start = Recovery::new(Some(dir.path().to_owned()));
        let offers = next_start.offers();
        let numbers: Vec<Option<u32>> = offers.iter().map(|o| o.work.issue.number).collect();
        assert_eq!(numbers.len(), 2, "both copies are offered");
        assert!(numbers.contains(&Some(99)) && numbers.contains(&Some(7)));
        // Closing before answering clears nothing that was offered.
        next_start.clear(None);
        next_start.flush();
        assert_eq!(next_start.offers().len(), 2);
        // A discarded copy goes.
        let gone = offers[0].copy.clone();
        next_start.discard(&gone);
        next_start.flush();
        assert!(!gone.exists());
    }

    #[test]
    fn a_copy_keeps_what_its_file_held_when_the_work_began() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("vric.ron");
        store::save(&file, &sample_issue()).expect("save");
        let stamp = Stamp::of_file(&file);
        let base = store::load(&file).expect("load");
        let mut document = Document::new(base.clone(), Some(file.clone()));
        document.apply(Edit::SetNumber(Some(15))).expect("applies");
        let mut recovery = Recovery::new(Some(dir.path().join("recovery")));
        recovery.tick(&document, 10.0, 0.0, stamp, Some(&base));
        recovery.flush();
        let offer = Recovery::new(Some(dir.path().join("recovery")))
            .offer_for(&file)
            .expect("offered");
        assert_eq!(offer.work.file.as_deref(), Some(file.as_path()));
        assert_eq!(offer.work.stamp, stamp);
        assert_eq!(offer.work.base.as_ref(), Some(&base));
        assert_eq!(offer.work.issue.number, Some(15));
        assert_eq!(offer.name(), "vric.ron");
    }
}
