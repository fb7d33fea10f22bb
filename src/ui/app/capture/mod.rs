//! The work on the web, off the window's thread. Each request of the editor
//! (fetch a source's details, fetch them all, archive a page, check the
//! links) starts a batch: a thread that runs the library's calls a few at a
//! time (`capture::for_each_bounded`) and sends each result back on a
//! channel, waking the window. Every frame the window takes what arrived and
//! applies it as edits through the document, one undo step per source (the
//! link checks of a batch as one). Nothing is requested but on the editor's
//! word: an explicit action, or links added while "Fetch details of pasted
//! links" is on (asked once, the first time).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, Receiver, Sender};

use super::WorkbenchApp;
use crate::capture::archive::ArchiveEndpoints;
use crate::capture::{FetchConfig, FetchError, Fetcher};
use crate::edit::Edit;
use crate::model::{Source, SourceId};
use crate::t;
use crate::ui::actions::CaptureRequest;
use crate::ui::library::capture::{CaptureStatus, Task};
use batch::{Batch, Job, Message};

mod batch;

/// How the window reaches the web: the limits of every request and the
/// archive's addresses. Tests point both at a local server.
#[derive(Debug, Clone)]
pub struct CaptureSettings {
    pub config: FetchConfig,
    pub archive: ArchiveEndpoints,
}

impl Default for CaptureSettings {
    fn default() -> Self {
        Self {
            config: FetchConfig::default(),
            archive: ArchiveEndpoints::from_env(),
        }
    }
}

/// The app's door to the web: its settings, the fetcher built from them on
/// the first request, and the context that workers wake.
#[derive(Default)]
pub(super) struct Web {
    pub(super) settings: CaptureSettings,
    fetcher: Option<Fetcher>,
    repaint: Option<egui::Context>,
}

/// The work of one document: replaced with its view when another document
/// opens, which cancels its batches and drops their results.
pub struct Work {
    pub status: CaptureStatus,
    sender: Sender<Message>,
    receiver: Receiver<Message>,
    batches: HashMap<u64, Batch>,
    next_batch: u64,
    /// Sources added while the user was not asked yet: fetched if the answer is yes.
    awaiting_consent: Vec<SourceId>,
}

impl Default for Work {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            status: CaptureStatus::default(),
            sender,
            receiver,
            batches: HashMap::new(),
            next_batch: 1,
            awaiting_consent: Vec::new(),
        }
    }
}

impl Drop for Work {
    fn drop(&mut self) {
        for batch in self.batches.values() {
            batch.cancel.store(true, Ordering::Relaxed);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Fetch,
    Archive,
    Check,
}

/// Whether an edit can bring new links into the library.
pub(super) fn adds_links(edit: &Edit) -> bool {
    match edit {
        Edit::CiteUrl { .. } | Edit::AddSources(_) => true,
        Edit::Batch(edits) => edits.iter().any(adds_links),
        _ => false,
    }
}

/// A web source whose page could still fill something.
fn lacks_details(source: &Source) -> bool {
    crate::sourcing::is_web_url(&source.url)
        && (source.title.trim().is_empty()
            || source.author.trim().is_empty()
            || source.language.trim().is_empty()
            || source.published.is_none())
}

impl WorkbenchApp {
    /// Requests go through `config` and archives are asked at `endpoints`
    /// instead of the defaults (tests point both at a local server).
    pub fn with_capture(mut self, settings: CaptureSettings) -> Self {
        self.web = Web {
            settings,
            ..Web::default()
        };
        self
    }

    /// Carries out a request of the editor's.
    pub(super) fn capture(&mut self, request: CaptureRequest) {
        match request {
            CaptureRequest::Fetch(id) => self.fetch(vec![id], false),
            CaptureRequest::FetchAll => self.fetch_all(),
            CaptureRequest::Archive(id) => self.archive(id),
            CaptureRequest::CheckLinks => self.check_links(),
            CaptureRequest::ArchiveMissing => self.archive_missing(),
            CaptureRequest::Cancel(batch) => {
                if let Some(batch) = self.view.capture.batches.get(&batch) {
                    batch.cancel.store(true, Ordering::Relaxed);
                }
                self.refresh_batch_views();
            }
            CaptureRequest::FetchAdded(on) => {
                self.prefs.fetch_pasted = Some(on);
                self.say(if on {
                    t!("capture-fetch-added-on")
                } else {
                    t!("capture-fetch-added-off")
                });
            }
        }
    }

    /// The sources of the issue now, to tell which an edit added.
    pub(super) fn source_ids(&self) -> HashSet<SourceId> {
        self.open
            .document
            .issue()
            .sources
            .iter()
            .map(|s| s.id)
            .collect()
    }

    /// Links were added (cited, pasted, imported): their details are fetched
    /// if the user said so, and the user is asked the first time.
    pub(super) fn links_added_since(&mut self, before: &HashSet<SourceId>) {
        let added: Vec<SourceId> = self
            .open
            .document
            .issue()
            .sources
            .iter()
            .filter(|s| !before.contains(&s.id) && lacks_details(s))
            .map(|s| s.id)
            .collect();
        if added.is_empty() {
            return;
        }
        match self.prefs.fetch_pasted {
            Some(true) => self.fetch(added, true),
            Some(false) => {}
            None => self.view.capture.awaiting_consent.extend(added),
        }
    }

    /// The user answered whether links are fetched as they are added.
    pub(super) fn consent(&mut self, fetch: Option<bool>) {
        let waiting = std::mem::take(&mut self.view.capture.awaiting_consent);
        let Some(fetch) = fetch else {
            // Closed without an answer: nothing is fetched; the question comes back next time.
            return;
        };
        self.prefs.fetch_pasted = Some(fetch);
        if fetch {
            let issue = self.open.document.issue();
            let still: Vec<SourceId> = waiting
                .into_iter()
                .filter(|id| issue.source(*id).is_some())
                .collect();
            self.fetch(still, true);
        } else {
            self.say(t!("capture-consent-refused"));
        }
    }

    fn fetch_all(&mut self) {
        let all: Vec<SourceId> = self
            .open
            .document
            .issue()
            .sources
            .iter()
            .map(|s| s.id)
            .collect();
        if all.is_empty() {
            return self.say(t!("capture-nothing-to-fetch"));
        }
        self.fetch(all, true);
    }

    /// Fetches the details of `ids` (those not being fetched already).
    fn fetch(&mut self, ids: Vec<SourceId>, shown: bool) {
        let status = &self.view.capture.status;
        let ids: Vec<SourceId> = ids
            .into_iter()
            .filter(|id| {
                !status
                    .of(*id)
                    .is_some_and(|t| matches!(t.fetch, Some(Task::Running)))
            })
            .collect();
        if ids.is_empty() {
            return;
        }
        let job = Job::Fetch {
            registry: Arc::new(self.registry.clone()),
            today: (self.clock)().date_naive(),
        };
        let shown = shown && ids.len() > 1;
        self.start_batch(Kind::Fetch, job, ids, shown);
    }

    fn archive(&mut self, id: SourceId) {
        let job = Job::Archive(self.web.settings.archive.clone());
        self.start_batch(Kind::Archive, job, vec![id], false);
    }

    /// Every cited source with a web address and no archived copy, as
    /// `export --archive-missing` asks for them, with progress and Cancel.
    fn archive_missing(&mut self) {
        if self
            .view
            .capture
            .batches
            .values()
            .any(|b| b.kind == Kind::Archive && b.shown)
        {
            return self.say(t!("capture-archiving-already"));
        }
        let issue = self.open.document.issue();
        let missing: Vec<SourceId> = issue
            .sources
            .iter()
            .filter(|s| {
                issue.times_cited(s.id) > 0
                    && s.archived.is_none()
                    && crate::sourcing::is_web_url(&s.url)
            })
            .map(|s| s.id)
            .collect();
        if missing.is_empty() {
            return self.say(t!("capture-nothing-to-archive"));
        }
        let job = Job::Archive(self.web.settings.archive.clone());
        self.start_batch(Kind::Archive, job, missing, true);
    }

    fn check_links(&mut self) {
        if self
            .view
            .capture
            .batches
            .values()
            .any(|b| b.kind == Kind::Check)
        {
            return self.say(t!("capture-checking-already"));
        }
        let issue = self.open.document.issue();
        let cited: Vec<SourceId> = issue
            .sources
            .iter()
            .filter(|s| issue.times_cited(s.id) > 0)
            .map(|s| s.id)
            .collect();
        if cited.is_empty() {
            return self.say(t!("capture-nothing-to-check"));
        }
        self.start_batch(Kind::Check, Job::Check(self.clock), cited, true);
    }

    /// The fetcher of the settings, built on the first request.
    fn fetcher(&mut self) -> Result<Fetcher, FetchError> {
        if let Some(fetcher) = &self.web.fetcher {
            return Ok(fetcher.clone());
        }
        let fetcher = Fetcher::new(self.web.settings.config.clone())?;
        self.web.fetcher = Some(fetcher.clone());
        Ok(fetcher)
    }
}
