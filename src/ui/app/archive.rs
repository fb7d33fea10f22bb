//! The archive's work, off the window's thread. Opening a folder starts a
//! worker that reads every issue and indexes them (`Snapshot::build`: about
//! a second for 500 issues), then waits for files to read again. The window
//! watches the folder (`ArchiveWatcher`, which wakes it), sends the worker
//! the paths that changed — and the files it saves there itself — and
//! swaps in each new snapshot whole, so search, the "already reported"
//! notes and the plots always agree with one another.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use super::WorkbenchApp;
use super::files::{FilePurpose, question};
use crate::archive::{Archive, ArchiveWatcher, Place, archive_report};
use crate::registry::Registry;
use crate::store;
use crate::t;
use crate::ui::actions::{ArchiveRequest, Centre, Selection};
use crate::ui::archive::notes::Notes;
use crate::ui::archive::{self, ArchiveView, Phase, PlotKind, Snapshot};
use crate::ui::dialogs::{Dialog, Pending};
use crate::ui::files::{FileKind, FileMode, with_extension_if_missing};

/// The archive as the window holds it.
#[derive(Default)]
pub struct ArchiveState {
    pub phase: Phase,
    pub snapshot: Option<Arc<Snapshot>>,
    pub view: ArchiveView,
    /// The issue being written against the archive.
    pub notes: Notes,
    /// The archive is open but not watched, and why.
    pub watch_problem: Option<String>,
    worker: Option<Worker>,
    /// A folder to open at the next frame (when the window's context is at hand).
    pending_open: Option<PathBuf>,
    /// A plot to save as PNG once the window is drawn without a dialog.
    png: Option<PendingPng>,
    /// Where the index of each archive is kept between runs (the data
    /// folder); none in tests unless given.
    pub(super) cache_root: Option<PathBuf>,
}

/// A running worker and the watch of its folder.
struct Worker {
    folder: PathBuf,
    requests: Sender<Request>,
    results: Receiver<Message>,
    watcher: Option<ArchiveWatcher>,
    /// Requests sent and not answered yet.
    in_flight: usize,
}

enum Request {
    /// Read these files again.
    Refresh(Vec<PathBuf>),
    /// The outlets changed: figure everything again.
    Registry(Arc<Registry>),
}

enum Message {
    Opened(Box<Snapshot>),
    /// After a request: the new snapshot, or `None` when nothing changed.
    Updated(Option<Box<Snapshot>>),
    Failed(String),
}

struct PendingPng {
    kind: PlotKind,
    path: PathBuf,
    /// Frames still to wait, so the chooser that asked is gone from the picture.
    wait: u8,
    image: Option<Receiver<Arc<egui::ColorImage>>>,
}

/// The data folder where the window keeps archives' indexes between runs.
pub fn default_cache_root() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "monitor-workbench")
        .map(|dirs| dirs.data_dir().join("archive-index"))
}

/// The index file of the archive in `folder`: one per folder, named by an
/// FNV-1a hash of its path.
fn cache_file(root: &Path, folder: &Path) -> PathBuf {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in folder.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    root.join(format!("{hash:016x}.index"))
}

/// Reads the folder, then answers requests until the window lets go.
fn work(
    folder: PathBuf,
    cache: Option<PathBuf>,
    registry: Arc<Registry>,
    requests: Receiver<Request>,
    results: Sender<Message>,
    wake: egui::Context,
) {
    let send = |message| {
        let _ = results.send(message);
        wake.request_repaint();
    };
    let mut archive = match Archive::open_indexed(&folder, &registry, cache.as_deref()) {
        Ok(archive) => Arc::new(archive),
        Err(error) => return send(Message::Failed(error.to_string())),
    };
    let mut registry = registry;
    send(Message::Opened(Box::new(Snapshot::build(
        Arc::clone(&archive),
        &registry,
    ))));
    while let Ok(first) = requests.recv() {
        // A pull changes many files at once: one snapshot for all of them.
        let mut changed = false;
        let mut answered = 0;
        for request in std::iter::once(first).chain(requests.try_iter()) {
            answered += 1;
            match request {
                Request::Refresh(paths) => {
                    for path in paths {
                        changed |= Arc::make_mut(&mut archive).refresh_indexed(&path, &registry);
                    }
                }
                Request::Registry(new) => {
                    registry = new;
                    // Outlet names are searched: every issue is indexed again.
                    for issue in &mut Arc::make_mut(&mut archive).issues {
                        issue.text = None;
                    }
                    changed = true;
                }
            }
        }
        let snapshot = changed.then(|| Box::new(Snapshot::build(Arc::clone(&archive), &registry)));
        send(Message::Updated(snapshot));
        for _ in 1..answered {
            send(Message::Updated(None));
        }
    }
}

impl WorkbenchApp {
    /// Opens the archive in `folder` (read on another thread; the window
    /// shows that it is being read) and remembers it for the next start.
    pub fn open_archive(&mut self, folder: &Path) {
        self.archive.pending_open = Some(folder.to_owned());
        self.archive.phase = Phase::Opening {
            folder: folder.to_owned(),
        };
        self.archive.worker = None;
        self.archive.snapshot = None;
        self.archive.watch_problem = None;
        self.archive.view.open = true;
        self.prefs.archive = Some(folder.to_owned());
    }

    fn close_archive(&mut self) {
        self.archive.worker = None;
        self.archive.pending_open = None;
        self.archive.snapshot = None;
        self.archive.phase = Phase::Closed;
        self.archive.watch_problem = None;
        self.prefs.archive = None;
        self.say(t!("archive-closed"));
    }

    /// Starts what was asked, takes what the worker and the watcher sent.
    pub(super) fn poll_archive(&mut self, ctx: &egui::Context) {
        if let Some(folder) = self.archive.pending_open.take() {
            self.start_worker(folder, ctx);
        }
        let mut failed = None;
        let mut opened = None;
        if let Some(worker) = &mut self.archive.worker {
            for message in worker.results.try_iter() {
                match message {
                    Message::Opened(snapshot) => {
                        opened = Some(snapshot.archive.issues.len());
                        self.archive.snapshot = Some(Arc::from(snapshot));
                        if worker.watcher.is_none() {
                            let wake = ctx.clone();
                            match ArchiveWatcher::start(&worker.folder, move || {
                                wake.request_repaint()
                            }) {
                                Ok(watcher) => worker.watcher = Some(watcher),
                                Err(why) => {
                                    self.archive.watch_problem =
                                        Some(t!("archive-not-watched", reason = why.to_string()));
                                }
                            }
                        }
                    }
                    Message::Updated(snapshot) => {
                        worker.in_flight = worker.in_flight.saturating_sub(1);
                        if let Some(snapshot) = snapshot {
                            self.archive.snapshot = Some(Arc::from(snapshot));
                        }
                    }
                    Message::Failed(reason) => failed = Some(reason),
                }
            }
            if let Some(watcher) = &worker.watcher {
                let changed = watcher.changed();
                if !changed.is_empty() && worker.requests.send(Request::Refresh(changed)).is_ok() {
                    worker.in_flight += 1;
                }
            }
            self.archive.phase = match (&failed, &self.archive.snapshot) {
                (Some(reason), _) => Phase::Failed {
                    folder: worker.folder.clone(),
                    reason: reason.clone(),
                },
                (None, Some(_)) => Phase::Open {
                    updating: worker.in_flight > 0,
                },
                (None, None) => Phase::Opening {
                    folder: worker.folder.clone(),
                },
            };
        }
        if let Some(reason) = failed {
            if let Some(worker) = self.archive.worker.take() {
                self.say(t!(
                    "archive-unreadable-choose",
                    folder = worker.folder.display().to_string(),
                    reason = reason
                ));
            }
        } else if let Some(count) = opened
            && let Some(worker) = &self.archive.worker
        {
            self.say(t!(
                "archive-opened",
                count = count,
                folder = worker.folder.display().to_string()
            ));
        }
        self.poll_png(ctx);
    }

    fn start_worker(&mut self, folder: PathBuf, ctx: &egui::Context) {
        // As the archive names its files: absolute, links resolved.
        let folder = folder.canonicalize().unwrap_or(folder);
        let (requests, received) = mpsc::channel();
        let (sender, results) = mpsc::channel();
        let registry = Arc::new(self.registry.clone());
        let wake = ctx.clone();
        let thread_folder = folder.clone();
        let cache = self
            .archive
            .cache_root
            .as_deref()
            .map(|root| cache_file(root, &folder));
        let started = std::thread::Builder::new()
            .name("archive".to_owned())
            .spawn(move || work(thread_folder, cache, registry, received, sender, wake));
        match started {
            Ok(_) => {
                self.archive.worker = Some(Worker {
                    folder,
                    requests,
                    results,
                    watcher: None,
                    in_flight: 0,
                });
            }
            Err(error) => {
                self.archive.phase = Phase::Failed {
                    folder,
                    reason: t!("archive-thread-failed", error = error.to_string()),
                };
            }
        }
    }

    /// A file the window wrote: if it is in the archive, it is read again.
    pub(super) fn archive_saw_save(&mut self, path: &Path) {
        let Some(worker) = &mut self.archive.worker else {
            return;
        };
        let Ok(path) = path.canonicalize() else {
            return;
        };
        if path.starts_with(&worker.folder)
            && worker.requests.send(Request::Refresh(vec![path])).is_ok()
        {
            worker.in_flight += 1;
        }
    }

    /// The outlets changed: the archive's figures are made again.
    pub(super) fn archive_registry_changed(&mut self) {
        if let Some(worker) = &mut self.archive.worker
            && worker
                .requests
                .send(Request::Registry(Arc::new(self.registry.clone())))
                .is_ok()
        {
            worker.in_flight += 1;
        }
    }

    /// The "already reported" notes for the current revision.
    pub(super) fn update_notes(&mut self) {
        let Some(generation) = self.view.derived.as_ref().map(|d| d.generation) else {
            return;
        };
        self.archive.notes.update(
            self.open.document.issue(),
            self.open.document.path.as_deref(),
            generation,
            self.archive.snapshot.as_deref(),
        );
    }

    pub(super) fn archive_request(&mut self, request: ArchiveRequest) {
        match request {
            ArchiveRequest::Open => {
                let question = question(
                    FileMode::Folder,
                    FileKind::Issue,
                    &t!("archive-open-title"),
                    "",
                );
                self.ask_file(question, FilePurpose::OpenArchive);
            }
            ArchiveRequest::Close => self.close_archive(),
            ArchiveRequest::Report => {
                let question = question(
                    FileMode::Save,
                    FileKind::Html,
                    &t!("archive-report-title"),
                    "archive-report.html",
                );
                self.ask_file(question, FilePurpose::ArchiveReport);
            }
            ArchiveRequest::ExportData(kind) => {
                let suggested = format!("{}.csv", kind.file_stem());
                let question = question(
                    FileMode::Save,
                    FileKind::FiguresCsv,
                    &t!("plots-export-data-title"),
                    &suggested,
                );
                self.ask_file(question, FilePurpose::PlotData(kind));
            }
            ArchiveRequest::SavePng(kind) => {
                let suggested = format!("{}.png", kind.file_stem());
                let question = question(
                    FileMode::Save,
                    FileKind::Png,
                    &t!("plots-save-png-title"),
                    &suggested,
                );
                self.ask_file(question, FilePurpose::PlotPng(kind));
            }
        }
    }

    /// Opens the archive's issue at `path` (or only goes there, when it is
    /// the issue open here) and shows `place` in it.
    pub(super) fn open_archived(&mut self, path: PathBuf, place: Option<Place>) {
        let here = self
            .open
            .document
            .path
            .as_deref()
            .and_then(|p| p.canonicalize().ok());
        if here.as_deref() == Some(path.as_path()) {
            if let Some(place) = place {
                self.go_to_place(place);
            }
            return;
        }
        self.guard(Pending::OpenAt(path, place));
    }

    /// Shows `place` of the issue open here.
    pub(super) fn go_to_place(&mut self, place: Place) {
        match place {
            Place::Entry { section, entry } => {
                self.view.selection = Selection {
                    centre: Centre::Section,
                    section: Some(section),
                    entry: Some(entry),
                    highlight: None,
                };
                self.view.section_view.scroll_to = Some(entry);
            }
            Place::SectionTitle(section) => {
                self.view.selection = Selection {
                    centre: Centre::Section,
                    section: Some(section),
                    entry: None,
                    highlight: None,
                };
            }
            Place::Source(source) => {
                self.view.library.selected = Some(source);
                self.prefs.library.shown = true;
            }
        }
        self.keep_selection_valid();
    }

    /// Writes what a chosen file is for, for the archive's purposes.
    pub(super) fn archive_file_chosen(&mut self, purpose: &FilePurpose, path: PathBuf) {
        match purpose {
            FilePurpose::OpenArchive => self.open_archive(&path),
            FilePurpose::ArchiveReport => {
                let Some(snapshot) = self.archive.snapshot.clone() else {
                    return self.no_archive();
                };
                let path = with_extension_if_missing(path, FileKind::Html);
                let title = self.report_title(&snapshot);
                let page = archive_report(&title, &snapshot.figures);
                self.write_archive_file(&path, page.as_bytes(), true);
            }
            FilePurpose::PlotData(kind) => {
                let Some(snapshot) = self.archive.snapshot.clone() else {
                    return self.no_archive();
                };
                let path = with_extension_if_missing(path, FileKind::FiguresCsv);
                let csv = archive::plot_csv(*kind, &snapshot.figures);
                self.write_archive_file(&path, csv.as_bytes(), false);
            }
            FilePurpose::PlotPng(kind) => {
                self.archive.png = Some(PendingPng {
                    kind: *kind,
                    path: with_extension_if_missing(path, FileKind::Png),
                    wait: 2,
                    image: None,
                });
            }
            _ => {}
        }
    }

    fn no_archive(&mut self) {
        self.dialog = Some(Dialog::Message {
            title: t!("archive-no-archive"),
            text: t!("archive-no-archive-text"),
        });
    }

    /// "VRIC Monitor: the archive".
    fn report_title(&self, snapshot: &Snapshot) -> String {
        let series = snapshot
            .archive
            .issues
            .iter()
            .rev()
            .map(|i| i.issue.series.trim())
            .find(|s| !s.is_empty())
            .unwrap_or("The monitor");
        format!("{series}: the archive")
    }

    /// Writes a file of the archive's; a report is offered to be opened.
    fn write_archive_file(&mut self, path: &Path, bytes: &[u8], offer_open: bool) {
        match store::write_derived(path, bytes) {
            Ok(()) if offer_open => {
                self.dialog = Some(Dialog::Exported {
                    main: path.to_owned(),
                    beside: None,
                    notes: Vec::new(),
                });
            }
            Ok(()) => self.say(t!("archive-written", file = path.display().to_string())),
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("archive-not-written"),
                    text: format!("{error}\n{}", t!("archive-not-written-text")),
                });
            }
        }
    }

    /// Takes the screenshot a "Save as PNG" waits for, and writes the plot's part.
    fn poll_png(&mut self, ctx: &egui::Context) {
        let Some(pending) = &mut self.archive.png else {
            return;
        };
        if self.dialog.is_some() {
            ctx.request_repaint();
            return;
        }
        if pending.wait > 0 {
            pending.wait -= 1;
            ctx.request_repaint();
            return;
        }
        let Some(receiver) = &pending.image else {
            let (sender, receiver) = mpsc::channel();
            let wake = ctx.clone();
            ctx.request_screenshot(move |image| {
                let _ = sender.send(image);
                wake.request_repaint();
            });
            pending.image = Some(receiver);
            return;
        };
        let image = match receiver.try_recv() {
            Ok(image) => image,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.archive.png = None;
                self.dialog = Some(Dialog::Message {
                    title: t!("plots-no-image"),
                    text: t!("plots-no-screenshot"),
                });
                return;
            }
        };
        let Some(pending) = self.archive.png.take() else {
            return;
        };
        let rect = self.archive.view.plots.rects.get(&pending.kind).copied();
        let encoded = rect
            .ok_or_else(|| t!("plots-not-on-screen"))
            .and_then(|rect| archive::png_of(&image, rect, ctx.pixels_per_point()));
        match encoded {
            Ok(bytes) => self.write_archive_file(&pending.path, &bytes, false),
            Err(why) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("plots-no-image"),
                    text: t!(
                        "plots-nothing-written",
                        file = pending.path.display().to_string(),
                        reason = why
                    ),
                });
            }
        }
    }
}
