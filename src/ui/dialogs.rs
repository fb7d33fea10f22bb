//! Modal questions: unsaved changes, deleting a cited source, export checks,
//! recovery after a crash, preferences, the built-in file chooser, messages.

use std::path::PathBuf;

use egui::{Modal, Ui};

use super::actions::Review;
use super::app::FilePurpose;
use super::chooser::{self, FileChooser};
use super::prefs::Preferences;
use super::spelling::{WordListChoice, WordListEditor};
use crate::compliance::Report;
use crate::export::{ExportOptions, Gate};
use crate::model::{SectionId, SourceId};
use crate::t;

mod about;
mod preferences;
mod questions;

use about::about;
use preferences::preferences;
use questions::{fetch_consent, new_release, recover};

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTarget {
    /// The HTML page, and the Pandoc Markdown beside it.
    HtmlAndMarkdown,
    /// The PDF, typeset by the program.
    Pdf,
}

impl ExportTarget {
    pub fn kind(self) -> super::files::FileKind {
        match self {
            Self::HtmlAndMarkdown => super::files::FileKind::Html,
            Self::Pdf => super::files::FileKind::Pdf,
        }
    }
}

/// What to do once unsaved changes are dealt with, or once the issue is saved.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    New,
    Open(Option<PathBuf>),
    /// Import a Markdown draft (dropped on the window) as a new issue.
    Import(PathBuf),
    /// Open an issue of the archive and go to the place given in it.
    OpenAt(PathBuf, Option<crate::archive::Place>),
    Quit,
    /// Write the exports (after the override recorded with them was saved).
    WriteExports {
        path: PathBuf,
        options: ExportOptions,
        target: ExportTarget,
    },
}

pub enum Dialog {
    Unsaved {
        then: Pending,
    },
    /// Approving a section that still has errors or open review matters.
    ApproveOpen {
        section: SectionId,
        title: String,
        /// "1 error and 2 unresolved comments".
        open: String,
    },
    RemoveSource {
        source: SourceId,
        cited_by: usize,
    },
    Export {
        options: ExportOptions,
        gate: Gate,
        /// Why publish despite the gate.
        reason: String,
        target: ExportTarget,
    },
    Exported {
        /// The file to open: the HTML page or the PDF.
        main: PathBuf,
        /// Written beside it: the Markdown of an HTML export.
        beside: Option<PathBuf>,
        /// What the user should know about what was written (a script of
        /// the issue no installed font has, for the Markdown's Pandoc).
        notes: Vec<String>,
    },
    /// The document's file changed on disk since it was read or written.
    ChangedOnDisk {
        path: PathBuf,
        then: Option<Pending>,
    },
    /// The preferences being edited; `then` is the review step that needed a name.
    Preferences {
        prefs: Box<Preferences>,
        then: Option<Review>,
        /// The publication's spelling word list.
        words: Box<WordListEditor>,
    },
    /// Recovery copies a crash left, newest first.
    Recover {
        offers: Vec<crate::session::Offer>,
    },
    /// The built-in file chooser, and what the chosen file is for.
    Chooser {
        chooser: Box<FileChooser>,
        purpose: FilePurpose,
    },
    Message {
        title: String,
        text: String,
    },
    /// Help → About: the version, the reference data, what is bundled and
    /// the licences' texts.
    About,
    /// The first link added: may the workbench fetch the details of added links?
    FetchConsent {
        /// Links waiting for the answer.
        count: usize,
    },
    /// A newer release of the State Media Profiles, waiting for the user's word.
    NewRelease {
        pending: Box<crate::store::PendingRelease>,
    },
}

/// The user's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    /// Approve the section although the dialog said what is open in it.
    ApproveAnyway(SectionId),
    SaveThen(Pending),
    DiscardThen(Pending),
    RemoveSource(SourceId),
    /// Export with these options; `Some(reason)` when overriding the gate.
    Export(ExportOptions, Option<String>, ExportTarget),
    SetPreferences(Box<Preferences>, Option<Review>),
    /// A change to the spelling word list asked in Preferences.
    WordList(WordListChoice),
    /// A file chosen in the built-in chooser.
    Chosen(PathBuf),
    /// Drop the changes here and read the file again.
    Reload(PathBuf),
    /// Merge the file's changes into the issue open here.
    Merge(PathBuf),
    Overwrite(Option<Pending>),
    SaveAs(Option<Pending>),
    OpenExported(PathBuf),
    /// Restore the recovery copy at this place in the list.
    Restore(usize),
    /// Remove the recovery copy at this place in the list.
    DiscardRecovery(usize),
    /// Classify with the release the dialog shows.
    ApplyRelease,
    /// Fetch the details of links as they are added, or never.
    FetchConsent(bool),
    /// Closed, cancelled or acknowledged.
    Dismiss,
}

/// Shows `dialog` over the window; `Some` once the user answered.
pub fn show(ui: &Ui, dialog: &mut Dialog, report: &Report, file_name: &str) -> Option<Choice> {
    let mut choice = None;
    let response = Modal::new(egui::Id::unique("workbench_dialog")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        match dialog {
            Dialog::Unsaved { then } => {
                ui.heading(t!("unsaved-title"));
                ui.label(t!("unsaved-question", file = file_name));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t!("button-save")).clicked() {
                        choice = Some(Choice::SaveThen(then.clone()));
                    }
                    if ui.button(t!("unsaved-dont-save")).clicked() {
                        choice = Some(Choice::DiscardThen(then.clone()));
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::ApproveOpen {
                section,
                title,
                open,
            } => {
                ui.heading(t!("approve-open-title", section = title.as_str()));
                ui.label(t!("approve-open-text", open = open.as_str()));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t!("approve-anyway")).clicked() {
                        choice = Some(Choice::ApproveAnyway(*section));
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::RemoveSource { source, cited_by } => {
                ui.heading(t!("remove-source-title"));
                ui.label(t!("remove-source-text", count = *cited_by));
                ui.horizontal(|ui| {
                    if ui.button(t!("remove-source")).clicked() {
                        choice = Some(Choice::RemoveSource(*source));
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::Export {
                options,
                gate,
                reason,
                target,
            } => choice = super::export_dialog::show(ui, options, gate, reason, *target, report),
            Dialog::ChangedOnDisk { path, then } => {
                ui.heading(t!("changed-on-disk-title"));
                ui.label(t!(
                    "changed-on-disk-text",
                    file = path.display().to_string()
                ));
                ui.horizontal(|ui| {
                    if ui
                        .button(t!("changed-on-disk-reload"))
                        .on_hover_text(t!("changed-on-disk-reload-hint"))
                        .clicked()
                    {
                        choice = Some(Choice::Reload(path.clone()));
                    }
                    if ui
                        .button(t!("changed-on-disk-merge"))
                        .on_hover_text(t!("changed-on-disk-merge-hint"))
                        .clicked()
                    {
                        choice = Some(Choice::Merge(path.clone()));
                    }
                    if ui.button(t!("changed-on-disk-overwrite")).clicked() {
                        choice = Some(Choice::Overwrite(then.take()));
                    }
                    if ui.button(t!("command-save-as")).clicked() {
                        choice = Some(Choice::SaveAs(then.take()));
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::Preferences { prefs, then, words } => {
                choice = preferences(ui, prefs, then, words);
            }
            Dialog::Chooser { chooser, .. } => {
                choice = chooser::show(ui, chooser).map(|outcome| match outcome {
                    chooser::Outcome::Chosen(path) => Choice::Chosen(path),
                    chooser::Outcome::Cancelled => Choice::Dismiss,
                });
            }
            Dialog::Exported {
                main,
                beside,
                notes,
            } => {
                ui.heading(t!("exported-title"));
                match beside {
                    Some(beside) => ui.label(t!(
                        "exported-two",
                        file = main.display().to_string(),
                        beside = beside.display().to_string()
                    )),
                    None => ui.label(t!("exported-one", file = main.display().to_string())),
                };
                for note in notes.iter() {
                    ui.label(t!("exported-note", note = note.as_str()));
                }
                ui.horizontal(|ui| {
                    let open = if super::files::FileKind::Pdf.matches(main) {
                        t!("exported-open-pdf")
                    } else {
                        t!("exported-open-html")
                    };
                    if ui.button(open).clicked() {
                        choice = Some(Choice::OpenExported(main.clone()));
                    }
                    if ui.button(t!("button-close")).clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::Recover { offers } => choice = recover(ui, offers),
            Dialog::NewRelease { pending } => {
                choice = new_release(ui, pending);
            }
            Dialog::FetchConsent { count } => choice = fetch_consent(ui, *count),
            Dialog::About => {
                about(ui);
                if ui.button(t!("button-close")).clicked() {
                    choice = Some(Choice::Dismiss);
                }
            }
            Dialog::Message { title, text } => {
                ui.heading(title.as_str());
                ui.label(text.as_str());
                if ui.button(t!("button-ok")).clicked() {
                    choice = Some(Choice::Dismiss);
                }
            }
        }
    });
    if choice.is_none() && response.should_close() {
        // Escape or a click outside: the same as cancel (never as discard).
        // For the recovery question too: "Later" keeps every copy, and the
        // next start offers them again.
        choice = Some(Choice::Dismiss);
    }
    choice
}
