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
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

use chrono::{DateTime, NaiveDate, Utc};

use super::WorkbenchApp;
use crate::capture::archive::{ArchiveEndpoints, Archived, archive};
use crate::capture::{
    CONCURRENT_REQUESTS, Details, FetchConfig, FetchError, Fetcher, check_link, fetch_details,
    for_each_bounded,
};
use crate::edit::Edit;
use crate::model::{LinkCheck, LinkHealth, Source, SourceId};
use crate::registry::Registry;
use crate::ui::actions::CaptureRequest;
use crate::ui::dialogs::Dialog;
use crate::ui::library::capture::{BatchView, CaptureStatus, Task};

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

struct Batch {
    kind: Kind,
    cancel: Arc<AtomicBool>,
    total: usize,
    done: usize,
    failed: usize,
    /// The link checks so far, recorded together when the batch ends.
    checks: Vec<(SourceId, LinkCheck)>,
    /// Shown with a progress line (a library-wide action, or several links).
    shown: bool,
}

/// A source to work on, copied out of the issue for the worker.
struct Item {
    source: SourceId,
    url: String,
    published: Option<NaiveDate>,
}

/// What a worker does with each item; everything it needs, owned.
enum Job {
    Fetch {
        registry: Arc<Registry>,
        today: NaiveDate,
    },
    Archive(ArchiveEndpoints),
    Check(fn() -> DateTime<Utc>),
}

enum Outcome {
    Fetched(Result<Details, FetchError>),
    Archived(Result<Archived, FetchError>),
    Checked(LinkCheck),
}

enum Message {
    Done {
        batch: u64,
        source: SourceId,
        outcome: Outcome,
    },
    Ended {
        batch: u64,
    },
}

impl Job {
    fn run(&self, fetcher: &Fetcher, item: &Item) -> Outcome {
        match self {
            Job::Fetch { registry, today } => {
                Outcome::Fetched(fetch_details(fetcher, &item.url, registry, *today))
            }
            Job::Archive(endpoints) => {
                Outcome::Archived(archive(fetcher, endpoints, &item.url, item.published))
            }
            Job::Check(clock) => Outcome::Checked(check_link(fetcher, &item.url, clock())),
        }
    }
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
            CaptureRequest::Cancel(batch) => {
                if let Some(batch) = self.view.capture.batches.get(&batch) {
                    batch.cancel.store(true, Ordering::Relaxed);
                }
                self.refresh_batch_views();
            }
            CaptureRequest::FetchAdded(on) => {
                self.prefs.fetch_pasted = Some(on);
                self.say(if on {
                    "Links you add from now on have their details fetched.".to_owned()
                } else {
                    "Links you add are no longer fetched; Fetch details still reads one on request."
                        .to_owned()
                });
            }
        }
    }

    /// The sources of the issue now, to tell which an edit added.
    pub(super) fn source_ids(&self) -> HashSet<SourceId> {
        self.document.issue().sources.iter().map(|s| s.id).collect()
    }

    /// Links were added (cited, pasted, imported): their details are fetched
    /// if the user said so, and the user is asked the first time.
    pub(super) fn links_added_since(&mut self, before: &HashSet<SourceId>) {
        let added: Vec<SourceId> = self
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
            let issue = self.document.issue();
            let still: Vec<SourceId> = waiting
                .into_iter()
                .filter(|id| issue.source(*id).is_some())
                .collect();
            self.fetch(still, true);
        } else {
            self.say(
                "Nothing was fetched. The Sources menu's “Fetch details of pasted links” turns it on; \
                 Fetch details reads one source on request."
                    .to_owned(),
            );
        }
    }

    fn fetch_all(&mut self) {
        let all: Vec<SourceId> = self.document.issue().sources.iter().map(|s| s.id).collect();
        if all.is_empty() {
            return self.say("The library has no sources to fetch.".to_owned());
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

    fn check_links(&mut self) {
        if self
            .view
            .capture
            .batches
            .values()
            .any(|b| b.kind == Kind::Check)
        {
            return self.say("The links are being checked already.".to_owned());
        }
        let issue = self.document.issue();
        let cited: Vec<SourceId> = issue
            .sources
            .iter()
            .filter(|s| issue.times_cited(s.id) > 0)
            .map(|s| s.id)
            .collect();
        if cited.is_empty() {
            return self.say("No entry cites a source yet: no link to check.".to_owned());
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

    /// Starts a batch of `job` on `ids` in a thread of its own.
    fn start_batch(&mut self, kind: Kind, job: Job, ids: Vec<SourceId>, shown: bool) {
        let fetcher = match self.fetcher() {
            Ok(fetcher) => fetcher,
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: "Nothing was requested".to_owned(),
                    text: format!(
                        "The network settings cannot be used: {error}. Check the proxy \
                         variables (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY) and start the \
                         workbench again."
                    ),
                });
                return;
            }
        };
        let issue = self.document.issue();
        let items: Vec<Item> = ids
            .iter()
            .filter_map(|id| issue.source(*id))
            .map(|s| Item {
                source: s.id,
                url: s.url.trim().to_owned(),
                published: s.published,
            })
            .collect();
        if items.is_empty() {
            return;
        }
        let work = &mut self.view.capture;
        let batch = work.next_batch;
        work.next_batch += 1;
        let cancel = Arc::new(AtomicBool::new(false));
        let sources: Vec<SourceId> = items.iter().map(|i| i.source).collect();
        let total = items.len();
        let sender = work.sender.clone();
        let repaint = self.web.repaint.clone();
        let stop = Arc::clone(&cancel);
        let spawned = std::thread::Builder::new()
            .name("capture".to_owned())
            .spawn(move || {
                let wake = || {
                    if let Some(ctx) = &repaint {
                        ctx.request_repaint();
                    }
                };
                for_each_bounded(
                    items,
                    CONCURRENT_REQUESTS,
                    &stop,
                    |item| (item.source, job.run(&fetcher, &item)),
                    |_, (source, outcome)| {
                        let message = Message::Done {
                            batch,
                            source,
                            outcome,
                        };
                        // The window let the work go (another document): start nothing more.
                        if sender.send(message).is_err() {
                            stop.store(true, Ordering::Relaxed);
                        }
                        wake();
                    },
                );
                let _ = sender.send(Message::Ended { batch });
                wake();
            });
        if let Err(error) = spawned {
            return self.say(format!(
                "The work could not start ({error}); close other programs and try again."
            ));
        }
        for source in sources {
            let tasks = work.status.sources.entry(source).or_default();
            match kind {
                Kind::Fetch => tasks.fetch = Some(Task::Running),
                Kind::Archive => tasks.archive = Some(Task::Running),
                Kind::Check => tasks.checking = true,
            }
        }
        work.batches.insert(
            batch,
            Batch {
                kind,
                cancel,
                total,
                done: 0,
                failed: 0,
                checks: Vec::new(),
                shown,
            },
        );
        self.refresh_batch_views();
    }

    /// Takes what the workers sent since the last frame and applies it;
    /// asks whether to fetch added links once no other dialog is open. True
    /// when the document changed.
    pub(super) fn poll_capture(&mut self, ctx: &egui::Context) -> bool {
        if self.web.repaint.is_none() {
            self.web.repaint = Some(ctx.clone());
        }
        let before = self.document.revision();
        let mut arrived = false;
        while let Ok(message) = self.view.capture.receiver.try_recv() {
            arrived = true;
            match message {
                Message::Done {
                    batch,
                    source,
                    outcome,
                } => self.arrived(batch, source, outcome),
                Message::Ended { batch } => self.ended(batch),
            }
        }
        if arrived {
            self.refresh_batch_views();
        }
        let work = &mut self.view.capture;
        if !work.awaiting_consent.is_empty() && self.dialog.is_none() {
            match self.prefs.fetch_pasted {
                None => {
                    self.dialog = Some(Dialog::FetchConsent {
                        count: work.awaiting_consent.len(),
                    });
                }
                // Answered meanwhile (the menu's checkbox).
                Some(fetch) => self.consent(Some(fetch)),
            }
        }
        self.document.revision() != before
    }

    fn arrived(&mut self, batch: u64, source: SourceId, outcome: Outcome) {
        let work = &mut self.view.capture;
        let Some(run) = work.batches.get_mut(&batch) else {
            return;
        };
        run.done += 1;
        let exists = self.document.issue().source(source).is_some();
        if !exists {
            // Deleted meanwhile: its result has nowhere to go.
            work.status.sources.remove(&source);
            return;
        }
        let tasks = work.status.sources.entry(source).or_default();
        let edit = match outcome {
            Outcome::Fetched(Ok(details)) => {
                tasks.fetch = Some(Task::Done(details.notes));
                Some(Edit::FillFromPage {
                    source,
                    page: details.fill,
                })
            }
            Outcome::Archived(Ok(archived)) => {
                let said = match &archived {
                    Archived::Existing(_) => "The archive's copy taken after publication is kept.",
                    Archived::Saved(_) => "The archive made a new copy.",
                };
                tasks.archive = Some(Task::Done(vec![said.to_owned()]));
                Some(Edit::SetArchived {
                    source,
                    copy: Some(archived.copy().clone()),
                })
            }
            Outcome::Fetched(Err(error)) => {
                tasks.fetch = Some(Task::Failed(error.to_string()));
                run.failed += 1;
                None
            }
            Outcome::Archived(Err(error)) => {
                tasks.archive = Some(Task::Failed(error.to_string()));
                run.failed += 1;
                None
            }
            Outcome::Checked(check) => {
                tasks.checking = false;
                run.checks.push((source, check));
                None
            }
        };
        if let Some(edit) = edit {
            self.edit(edit);
        }
    }

    fn ended(&mut self, batch: u64) {
        let Some(run) = self.view.capture.batches.remove(&batch) else {
            return;
        };
        let cancelled = run.cancel.load(Ordering::Relaxed) && run.done < run.total;
        // Sources the batch never reached (cancelled) are no longer under way.
        for tasks in self.view.capture.status.sources.values_mut() {
            match run.kind {
                Kind::Check => tasks.checking = false,
                Kind::Fetch if cancelled && tasks.fetch == Some(Task::Running) => {
                    tasks.fetch = None;
                }
                _ => {}
            }
        }
        let of = |what: &str| {
            if cancelled {
                format!("{what} cancelled after {} of {}", run.done, run.total)
            } else {
                format!("{what}: {} of {}", run.done, run.total)
            }
        };
        match run.kind {
            Kind::Check => {
                let issue = self.document.issue();
                let checks: Vec<(SourceId, LinkCheck)> = run
                    .checks
                    .into_iter()
                    .filter(|(id, _)| issue.source(*id).is_some())
                    .collect();
                let count = |dead: bool| {
                    checks
                        .iter()
                        .filter(|(_, c)| match c.health {
                            LinkHealth::Alive { .. } => false,
                            LinkHealth::Dead { .. } => dead,
                            LinkHealth::Moved { .. } => !dead,
                        })
                        .count()
                };
                let (dead, moved) = (count(true), count(false));
                let recorded = checks.len();
                if !checks.is_empty() {
                    self.edit(Edit::SetLinkChecks(checks));
                }
                self.say(format!(
                    "{}; {recorded} recorded: {dead} dead, {moved} moved. Each source shows its \
                     result; Findings lists the problems.",
                    of("Links checked")
                ));
            }
            Kind::Fetch if run.shown => {
                let failed = if run.failed > 0 {
                    format!("; {} could not be read (each source says why)", run.failed)
                } else {
                    String::new()
                };
                self.say(format!(
                    "{}{failed}. Fields filled from the pages are marked “fetched” until you \
                     confirm them.",
                    of("Details fetched")
                ));
            }
            Kind::Fetch | Kind::Archive => {}
        }
    }

    /// The progress lines, from the batches under way.
    fn refresh_batch_views(&mut self) {
        let work = &mut self.view.capture;
        let mut views: Vec<BatchView> = work
            .batches
            .iter()
            .filter(|(_, b)| b.shown)
            .map(|(id, b)| BatchView {
                id: *id,
                what: match b.kind {
                    Kind::Check => "Checking links",
                    Kind::Fetch | Kind::Archive => "Fetching details",
                },
                done: b.done,
                total: b.total,
                cancelling: b.cancel.load(Ordering::Relaxed),
            })
            .collect();
        views.sort_by_key(|v| v.id);
        work.status.batches = views;
    }
}
