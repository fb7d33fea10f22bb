//! One open issue and its file (see the module's note).

use std::path::{Path, PathBuf};

use super::recovery::{Offer, Recovery};
use crate::edit::Document;
use crate::merge::{Incoming, Merged};
use crate::model::Issue;
use crate::store::{self, LoadError, SaveError, Stamp};

/// The document being edited and what ties it to its file.
pub struct OpenIssue {
    pub document: Document,
    /// What the document's file held when it was read or last written;
    /// `None` while the file does not exist.
    stamp: Option<Stamp>,
    /// The issue as its file held it then: the common ancestor when a
    /// colleague's save is merged into this one.
    base: Option<Box<Issue>>,
    /// When the document last changed, in the window's clock (seconds), so
    /// autosave waits for a pause.
    last_edit: f64,
    pub recovery: Recovery,
}

/// Why the issue was not written.
#[derive(Debug)]
pub enum NotSaved {
    /// Someone changed the document's own file since it was read or written:
    /// writing now would overwrite their work. Ask (reload, merge, overwrite).
    ChangedOnDisk,
    Failed(SaveError),
}

/// What merging the file as it is now into the open issue gives: the
/// merged issue to put in place as one undoable step, and what they changed.
pub struct FromDisk {
    pub merged: Merged,
    pub incoming: Incoming,
}

impl OpenIssue {
    /// `document` as its file holds it now (or without a file).
    pub fn new(document: Document, recovery: Recovery) -> Self {
        let mut open = Self {
            document: Document::new(Issue::default(), None),
            stamp: None,
            base: None,
            last_edit: 0.0,
            recovery,
        };
        open.replace(document);
        open
    }

    /// Another document takes this one's place (a new issue, an imported
    /// draft): its file, if it has one, is taken as it is now. The recovery
    /// copy of the one replaced is the caller's to clear: replacing never
    /// discards work by itself.
    pub fn replace(&mut self, document: Document) {
        self.stamp = document.path.as_deref().and_then(Stamp::of_file);
        self.base = on_disk(&document);
        self.last_edit = 0.0;
        self.document = document;
    }

    /// Starts an untitled document in place of this one, whose unsaved work
    /// the user gave up (or saved): its recovery copy goes, and the new
    /// document gets a copy of its own.
    pub fn start_untitled(&mut self, document: Document) {
        self.recovery.clear(self.document.path.as_deref());
        self.recovery.new_untitled();
        self.replace(document);
    }

    /// Opens the issue file at `path` in place of this document, repaired as
    /// every open repairs (duplicate ids, dangling citations); gives the
    /// repairs to tell. On an error the document stays as it was.
    pub fn open(&mut self, path: &Path) -> Result<Vec<String>, LoadError> {
        let (mut issue, stamp) = store::load_stamped(path)?;
        let as_read = Box::new(issue.clone());
        let notes = store::repair(&mut issue);
        self.recovery.clear(self.document.path.as_deref());
        self.replace(Document::new(issue, Some(path.to_owned())));
        self.stamp = Some(stamp);
        self.base = Some(as_read);
        Ok(notes)
    }

    /// Puts a recovered copy's work in place, as of the file it was begun
    /// from. Gives the file when it changed since the crash: saving over it
    /// would lose that change, so the caller offers to merge it, as for any
    /// file changed on disk.
    pub fn restore(&mut self, offer: Offer) -> Option<PathBuf> {
        self.recovery.adopt(&offer);
        let work = *offer.work;
        let file = work.file.clone();
        self.replace(Document::restored(work.issue, file.clone()));
        if work.stamp.is_some() || work.base.is_some() {
            self.stamp = work.stamp;
            self.base = work.base.map(Box::new);
        }
        file.filter(|path| self.stamp.is_some() && Stamp::of_file(path) != self.stamp)
    }

    /// Whether writing `path` would overwrite a change someone else made to
    /// the document's own file since it was read or written here.
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        self.document.path.as_deref() == Some(path)
            && path.exists()
            && Stamp::of_file(path) != self.stamp
    }

    /// Writes the issue to `path` (crash-safe, with `.bak`), which becomes
    /// the document's file; its recovery copies go. Refuses to overwrite a
    /// change made on disk unless `overwrite`.
    pub fn save(&mut self, path: &Path, overwrite: bool) -> Result<(), NotSaved> {
        if !overwrite && self.changed_on_disk(path) {
            return Err(NotSaved::ChangedOnDisk);
        }
        let stamp = store::save_stamped(path, self.document.issue()).map_err(NotSaved::Failed)?;
        self.recovery.clear(self.document.path.as_deref());
        self.recovery.clear(Some(path));
        self.document.mark_saved(path.to_owned());
        self.stamp = Some(stamp);
        self.base = Some(Box::new(self.document.issue().clone()));
        Ok(())
    }

    /// Merges what `path` holds now (a colleague's save, a `git pull`) with
    /// the open issue, from the last version read or written here; that file
    /// becomes the new base. The caller puts `merged.issue` in place as one
    /// undoable step. Without a known ancestor, as git's driver does, the
    /// base is an empty issue.
    pub fn merge_from_disk(&mut self, path: &Path) -> Result<FromDisk, LoadError> {
        let (theirs, stamp) = store::load_stamped(path)?;
        let base = self.base.take().map_or_else(Issue::default, |b| *b);
        let merged = crate::merge::merge(&base, self.document.issue(), &theirs);
        let incoming = Incoming::of(&base, &theirs);
        self.base = Some(Box::new(theirs));
        self.stamp = Some(stamp);
        Ok(FromDisk { merged, incoming })
    }

    /// The document changed at `now` (the window's clock).
    pub fn edited(&mut self, now: f64) {
        self.last_edit = now;
    }

    /// Writes the recovery copy once the document has rested
    /// `AUTOSAVE_DELAY` seconds with unsaved changes, with what its file held
    /// when the work began.
    pub fn autosave(&mut self, now: f64) {
        let (stamp, base) = (self.stamp, self.base.as_deref());
        self.recovery
            .tick(&self.document, now, self.last_edit, stamp, base);
    }

    /// The window closes with the document saved or its changes given up:
    /// its recovery copy goes (on the writer thread; `recovery.flush` waits
    /// for it). Copies offered at start and not yet answered stay, to be
    /// offered again.
    pub fn close(&mut self) {
        self.recovery.clear(self.document.path.as_deref());
    }

    /// Whether the document's file exists as it was last read or written here.
    pub fn is_on_disk(&self) -> bool {
        self.stamp.is_some()
    }
}

/// What the document's file holds now, when that is what the window last
/// read: the document itself while it is unchanged, else the file read again
/// (a recovered copy is not what the file holds).
fn on_disk(document: &Document) -> Option<Box<Issue>> {
    let path = document.path.as_deref()?;
    if !path.exists() {
        return None;
    }
    if document.is_dirty() {
        store::load(path).ok().map(Box::new)
    } else {
        Some(Box::new(document.issue().clone()))
    }
}

#[cfg(test)]
mod tests;
