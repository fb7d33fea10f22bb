//! A batch of work on the web: the thread that runs the library's calls a
//! few at a time and sends each result back, and the window's side that
//! applies what arrived, one undo step per source.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, NaiveDate, Utc};

use crate::capture::archive::{ArchiveEndpoints, Archived, archive};
use crate::capture::{
    CONCURRENT_REQUESTS, Details, FetchError, Fetcher, check_link, fetch_details, for_each_bounded,
};
use crate::edit::Edit;
use crate::model::{LinkCheck, LinkHealth, SourceId};
use crate::registry::Registry;
use crate::t;
use crate::ui::app::WorkbenchApp;
use crate::ui::dialogs::Dialog;
use crate::ui::library::capture::{BatchView, Task};

use super::Kind;

pub(super) struct Batch {
    pub(super) kind: Kind,
    pub(super) cancel: Arc<AtomicBool>,
    total: usize,
    done: usize,
    failed: usize,
    /// The link checks so far, recorded together when the batch ends.
    checks: Vec<(SourceId, LinkCheck)>,
    /// Shown with a progress line (a library-wide action, or several links).
    pub(super) shown: bool,
}

/// A source to work on, copied out of the issue for the worker.
struct Item {
    source: SourceId,
    url: String,
    published: Option<NaiveDate>,
}

/// What a worker does with each item; everything it needs, owned.
pub(super) enum Job {
    Fetch {
        registry: Arc<Registry>,
        today: NaiveDate,
    },
    Archive(ArchiveEndpoints),
    Check(fn() -> DateTime<Utc>),
}

pub(super) enum Outcome {
    Fetched(Result<Details, FetchError>),
    Archived(Result<Archived, FetchError>),
    Checked(LinkCheck),
}

pub(super) enum Message {
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

impl WorkbenchApp {
    /// Starts a batch of `job` on `ids` in a thread of its own.
    pub(super) fn start_batch(&mut self, kind: Kind, job: Job, ids: Vec<SourceId>, shown: bool) {
        let fetcher = match self.fetcher() {
            Ok(fetcher) => fetcher,
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("capture-nothing-requested"),
                    text: t!("capture-network-settings", error = error.to_string()),
                });
                return;
            }
        };
        let issue = self.open.document.issue();
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
            return self.say(t!("capture-could-not-start", error = error.to_string()));
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
    pub(in crate::ui::app) fn poll_capture(&mut self, ctx: &egui::Context) -> bool {
        if self.web.repaint.is_none() {
            self.web.repaint = Some(ctx.clone());
        }
        let before = self.open.document.revision();
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
        self.open.document.revision() != before
    }

    fn arrived(&mut self, batch: u64, source: SourceId, outcome: Outcome) {
        let work = &mut self.view.capture;
        let Some(run) = work.batches.get_mut(&batch) else {
            return;
        };
        run.done += 1;
        let exists = self.open.document.issue().source(source).is_some();
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
                    Archived::Existing(_) => t!("capture-archive-existing"),
                    Archived::Saved(_) => t!("capture-archive-saved"),
                };
                tasks.archive = Some(Task::Done(vec![said]));
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
        match run.kind {
            Kind::Check => {
                let issue = self.open.document.issue();
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
                let progress = if cancelled {
                    t!(
                        "capture-links-checked-cancelled",
                        done = run.done,
                        total = run.total
                    )
                } else {
                    t!("capture-links-checked", done = run.done, total = run.total)
                };
                self.say(t!(
                    "capture-links-checked-result",
                    progress = progress,
                    recorded = recorded,
                    dead = dead,
                    moved = moved
                ));
            }
            Kind::Fetch if run.shown => {
                self.say(t!(
                    "capture-fetch-done",
                    summary = fetch_summary(run.done, run.total, run.failed, cancelled)
                ));
            }
            Kind::Archive if run.shown => {
                let recorded = run.done - run.failed;
                let failed = match run.failed {
                    0 => String::new(),
                    n => t!("capture-archived-failed", count = n),
                };
                let progress = if cancelled {
                    t!(
                        "capture-archived-cancelled",
                        done = run.done,
                        total = run.total
                    )
                } else {
                    t!(
                        "capture-archived-progress",
                        done = run.done,
                        total = run.total
                    )
                };
                self.say(t!(
                    "capture-archived-result",
                    progress = progress,
                    recorded = recorded,
                    failed = failed
                ));
            }
            Kind::Fetch | Kind::Archive => {}
        }
    }

    /// The progress lines, from the batches under way.
    pub(super) fn refresh_batch_views(&mut self) {
        let work = &mut self.view.capture;
        let mut views: Vec<BatchView> = work
            .batches
            .iter()
            .filter(|(_, b)| b.shown)
            .map(|(id, b)| BatchView {
                id: *id,
                what: match b.kind {
                    Kind::Check => t!("capture-checking-links"),
                    Kind::Archive => t!("capture-archiving"),
                    Kind::Fetch => t!("capture-fetching-details"),
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

/// What a fetch of details did, as a sentence: "Details fetched for 1 of 2
/// links; 1 could not be read (each source says why)."
fn fetch_summary(done: usize, total: usize, failed: usize, cancelled: bool) -> String {
    let read = done.saturating_sub(failed);
    let failed = if failed > 0 {
        t!("capture-fetch-failed", count = failed)
    } else {
        String::new()
    };
    if cancelled {
        t!(
            "capture-fetch-cancelled",
            done = done,
            total = total,
            read = read,
            failed = failed
        )
    } else {
        t!(
            "capture-fetched-summary",
            read = read,
            total = total,
            failed = failed
        )
    }
}

#[cfg(test)]
mod tests {
    use super::fetch_summary;

    #[test]
    fn the_fetch_summary_counts_what_was_read() {
        assert_eq!(
            fetch_summary(2, 2, 0, false),
            "Details fetched for 2 of 2 links."
        );
        assert_eq!(
            fetch_summary(2, 2, 1, false),
            "Details fetched for 1 of 2 links; 1 could not be read (each source says why)."
        );
        assert_eq!(
            fetch_summary(1, 1, 0, false),
            "Details fetched for 1 of 1 link."
        );
        assert_eq!(
            fetch_summary(1, 3, 0, true),
            "Fetching cancelled after 1 of 3 links: details read for 1."
        );
    }
}
