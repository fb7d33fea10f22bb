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
    egui::Window::new("Archive")
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
                ui.selectable_value(&mut view.tab, Tab::Search, "Search");
                ui.selectable_value(&mut view.tab, Tab::Trends, "Trends");
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
            ui.label(
                "No archive is open. An archive is a folder of issue files, such as the \
                 team's repository: every issue in it and its subfolders is searched, \
                 compared with the issue you write, and plotted.",
            );
        }
        Phase::Opening { folder } => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!(
                    "Reading the archive in {}… the window stays usable meanwhile.",
                    folder.display()
                ));
            });
        }
        Phase::Failed { folder, reason } => {
            ui.label(
                RichText::new(format!(
                    "The archive in {} could not be read: {reason}",
                    folder.display()
                ))
                .color(theme::tokens(ui).error),
            );
            ui.label("Check that the folder exists and can be read, or choose another one.");
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
            "Open another archive…"
        } else {
            "Open archive…"
        };
        if ui.button(open_text).clicked() {
            request(actions, ArchiveRequest::Open);
        }
        if shown.snapshot.is_some() && ui.button("Archive report…").clicked() {
            request(actions, ArchiveRequest::Report);
        }
        if opened
            && ui
                .button("Close archive")
                .on_hover_text(
                    "Stop comparing with this folder; it is not opened at the next start.",
                )
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
            RichText::new(format!(
                "{count} issue{} in {}",
                if count == 1 { "" } else { "s" },
                archive.folder.display()
            ))
            .strong(),
        );
        if updating {
            ui.spinner();
            ui.label("updating…");
        }
    });
    if count == 0 {
        ui.label(
            "No issue files (.ron) were found in this folder or its subfolders. Save issues \
             there, or open the folder that holds them.",
        );
    }
    if !archive.skipped.is_empty() {
        let skipped = archive.skipped.len();
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{skipped} file{} could not be read and {} left out",
                if skipped == 1 { "" } else { "s" },
                if skipped == 1 { "is" } else { "are" }
            ))
            .color(theme::tokens(ui).warning),
        )
        .id_salt("archive_skipped")
        .show(ui, |ui| {
            for file in &archive.skipped {
                ui.label(format!("{}: {}", file.path.display(), file.reason));
            }
            ui.label("Open a file to see where it is damaged; fix it and it is read again.");
        });
    }
}
