//! The Archive window: every past issue of the series at hand. It shows what
//! the app's archive work (`ui::app::archive`) read — the state of the
//! folder, the search box and its hits (`search`), the trends as plots
//! (`plots`) — and pushes actions; the figures, the index and the
//! comparison come from `crate::archive`. `notes` keeps the "already
//! reported" findings of the issue being written, per entry and revision.

pub mod notes;
mod picture;
mod plots;
mod search;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use egui::{RichText, Ui};

use super::actions::{Action, Actions, ArchiveRequest};
use super::theme;
use crate::archive::{
    Archive, IssueFigures, Reported, SearchIndex, counts_csv, figures, figures_csv,
};
use crate::registry::Registry;
use crate::t;

pub use picture::png_of;
pub use plots::{PlotKind, PlotsState};
pub use search::SearchState;

/// What the window knows of an archive at one moment: the issues, their
/// index, what they reported and their figures, built together off the
/// window's thread and replaced together.
pub struct Snapshot {
    pub archive: Arc<Archive>,
    pub search: SearchIndex,
    pub reported: Reported,
    pub figures: Vec<IssueFigures>,
    /// Different for every snapshot of the process: what caches key on.
    pub generation: u64,
}

static GENERATION: AtomicU64 = AtomicU64::new(0);

impl Snapshot {
    /// Indexes `archive` (half a second for 500 issues: never on the window's thread).
    pub fn build(archive: Arc<Archive>, registry: &Registry) -> Self {
        Self {
            search: SearchIndex::build(&archive.issues, registry),
            reported: Reported::build(&archive.issues),
            figures: figures(&archive.issues, registry),
            archive,
            generation: GENERATION.fetch_add(1, Ordering::Relaxed) + 1,
        }
    }

    /// The file of the archive's `index`th issue.
    pub fn path_of(&self, index: usize) -> Option<&Path> {
        self.archive.issues.get(index).map(|i| i.path.as_path())
    }
}

/// The data of a plot as CSV: the figures of every issue for the shares and
/// the counts (`archive stats --csv` prints the same), one row per issue and
/// name for the classifications and the sections.
pub fn plot_csv(kind: PlotKind, rows: &[IssueFigures]) -> String {
    match kind {
        PlotKind::Shares | PlotKind::OpinionUnclassified => figures_csv(rows),
        PlotKind::Classes => counts_csv(rows, "class", "citations", |row| &row.classes),
        PlotKind::Sections => counts_csv(rows, "section", "entries", |row| &row.sections),
    }
}

/// Where the archive stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Phase {
    #[default]
    Closed,
    /// Reading and indexing the folder.
    Opening { folder: PathBuf },
    /// Open; `updating` while files that changed are read again.
    Open { updating: bool },
    /// The folder could not be read: why, in words.
    Failed { folder: PathBuf, reason: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Search,
    Trends,
}

/// What the Archive window shows besides the archive itself.
#[derive(Default)]
pub struct ArchiveView {
    pub open: bool,
    pub tab: Tab,
    pub search: SearchState,
    pub plots: PlotsState,
}

/// What the window is given to draw.
pub struct Shown<'a> {
    pub phase: &'a Phase,
    pub snapshot: Option<&'a Snapshot>,
    /// The archive is open but not watched, and why.
    pub watch_problem: Option<&'a str>,
}

/// Draws the Archive window when it is open.
pub fn show(ctx: &egui::Context, view: &mut ArchiveView, shown: &Shown<'_>, actions: &mut Actions) {
    let mut open = view.open;
    egui::Window::new(t!("archive-title"))
        // The English title as id: the window keeps its place and size when
        // the language changes.
        .id(egui::Id::unique("Archive"))
        .open(&mut open)
        .default_size([760.0, 620.0])
        .vscroll(false)
        .show(ctx, |ui| {
            header(ui, shown, actions);
            let Some(snapshot) = shown.snapshot else {
                return;
            };
            ui.separator();
            ui.horizontal(|ui| {
                ui.selectable_value(&mut view.tab, Tab::Search, t!("archive-tab-search"));
                ui.selectable_value(&mut view.tab, Tab::Trends, t!("archive-tab-trends"));
            });
            ui.separator();
            match view.tab {
                Tab::Search => search::show(ui, &mut view.search, snapshot, actions),
                Tab::Trends => plots::show(ui, &mut view.plots, snapshot, actions),
            }
        });
    view.open = open;
}

/// The folder, its state and the archive's commands.
fn header(ui: &mut Ui, shown: &Shown<'_>, actions: &mut Actions) {
    let request = |actions: &mut Actions, request| actions.push(Action::Archive(request));
    match shown.phase {
        Phase::Closed => {
            ui.label(t!("archive-none-open"));
        }
        Phase::Opening { folder } => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("archive-reading", folder = folder.display().to_string()));
            });
        }
        Phase::Failed { folder, reason } => {
            ui.label(
                RichText::new(t!(
                    "archive-unreadable",
                    folder = folder.display().to_string(),
                    reason = reason
                ))
                .color(theme::tokens(ui).error),
            );
            ui.label(t!("archive-unreadable-hint"));
        }
        Phase::Open { updating } => {
            if let Some(snapshot) = shown.snapshot {
                summary(ui, snapshot, *updating);
            }
        }
    }
    if let Some(problem) = shown.watch_problem {
        ui.label(RichText::new(problem).color(theme::tokens(ui).warning));
    }
    ui.horizontal(|ui| {
        let opened = !matches!(shown.phase, Phase::Closed);
        let open_text = if opened {
            t!("archive-open-another")
        } else {
            t!("command-open-archive")
        };
        if ui.button(open_text).clicked() {
            request(actions, ArchiveRequest::Open);
        }
        if shown.snapshot.is_some() && ui.button(t!("archive-report")).clicked() {
            request(actions, ArchiveRequest::Report);
        }
        if opened
            && ui
                .button(t!("archive-close"))
                .on_hover_text(t!("archive-close-hint"))
                .clicked()
        {
            request(actions, ArchiveRequest::Close);
        }
    });
}

fn summary(ui: &mut Ui, snapshot: &Snapshot, updating: bool) {
    let archive = &snapshot.archive;
    let count = archive.issues.len();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(t!(
                "archive-summary",
                count = count,
                folder = archive.folder.display().to_string()
            ))
            .strong(),
        );
        if updating {
            ui.spinner();
            ui.label(t!("archive-updating"));
        }
    });
    if count == 0 {
        ui.label(t!("archive-empty"));
    }
    if !archive.skipped.is_empty() {
        let skipped = archive.skipped.len();
        egui::CollapsingHeader::new(
            RichText::new(t!("archive-skipped", count = skipped)).color(theme::tokens(ui).warning),
        )
        .id_salt("archive_skipped")
        .show(ui, |ui| {
            for file in &archive.skipped {
                ui.label(format!("{}: {}", file.path.display(), file.reason));
            }
            ui.label(t!("archive-skipped-hint"));
        });
    }
}
