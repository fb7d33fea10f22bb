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
use crate::i18n::Language;
use crate::model::{SectionId, SourceId};
use crate::t;

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
                ui.heading("Unsaved changes");
                ui.label(format!("Save the changes to {file_name} first?"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        choice = Some(Choice::SaveThen(then.clone()));
                    }
                    if ui.button("Don't save").clicked() {
                        choice = Some(Choice::DiscardThen(then.clone()));
                    }
                    if ui.button("Cancel").clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::ApproveOpen {
                section,
                title,
                open,
            } => {
                ui.heading(format!("Approve “{title}”?"));
                ui.label(format!(
                    "This section still has {open}. Approving it says it is ready to \
                     publish as it stands."
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Approve anyway").clicked() {
                        choice = Some(Choice::ApproveAnyway(*section));
                    }
                    if ui.button("Cancel").clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::RemoveSource { source, cited_by } => {
                ui.heading("Delete a cited source?");
                ui.label(format!(
                    "{cited_by} entr{} cite this source. Deleting it removes those citations too.",
                    if *cited_by == 1 { "y" } else { "ies" }
                ));
                ui.horizontal(|ui| {
                    if ui.button("Delete source").clicked() {
                        choice = Some(Choice::RemoveSource(*source));
                    }
                    if ui.button("Cancel").clicked() {
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
                ui.heading("The file changed on disk");
                ui.label(format!(
                    "{} was changed by someone or something else since you opened or saved it \
                     (another editor, a git pull). Saving now would replace those changes; \
                     Merge combines them with yours.",
                    path.display()
                ));
                ui.horizontal(|ui| {
                    if ui
                        .button("Reload from disk")
                        .on_hover_text("Your unsaved changes here are dropped")
                        .clicked()
                    {
                        choice = Some(Choice::Reload(path.clone()));
                    }
                    if ui
                        .button("Merge")
                        .on_hover_text(
                            "Combine their changes with yours; what both changed differently \
                             is shown at the entry for you to decide",
                        )
                        .clicked()
                    {
                        choice = Some(Choice::Merge(path.clone()));
                    }
                    if ui.button("Overwrite").clicked() {
                        choice = Some(Choice::Overwrite(then.take()));
                    }
                    if ui.button("Save as…").clicked() {
                        choice = Some(Choice::SaveAs(then.take()));
                    }
                    if ui.button("Cancel").clicked() {
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
                ui.heading("Exported");
                match beside {
                    Some(beside) => ui.label(format!(
                        "Wrote {}\nand {}",
                        main.display(),
                        beside.display()
                    )),
                    None => ui.label(format!("Wrote {}", main.display())),
                };
                for note in notes.iter() {
                    ui.label(format!("Note: {note}."));
                }
                ui.horizontal(|ui| {
                    let open = if super::files::FileKind::Pdf.matches(main) {
                        "Open the PDF"
                    } else {
                        "Open the HTML"
                    };
                    if ui.button(open).clicked() {
                        choice = Some(Choice::OpenExported(main.clone()));
                    }
                    if ui.button("Close").clicked() {
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
                if ui.button("Close").clicked() {
                    choice = Some(Choice::Dismiss);
                }
            }
            Dialog::Message { title, text } => {
                ui.heading(title.as_str());
                ui.label(text.as_str());
                if ui.button("OK").clicked() {
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

/// The copies a crash left: each with its file, when it was written and its
/// first words, to restore or discard; "Later" keeps them all.
fn recover(ui: &mut Ui, offers: &[crate::session::Offer]) -> Option<Choice> {
    let mut choice = None;
    ui.heading("Recover unsaved work?");
    ui.label(if offers.len() == 1 {
        "The workbench closed before this work was saved. A recovery copy was kept:".to_owned()
    } else {
        format!(
            "The workbench closed before this work was saved: {} recovery copies, newest first.",
            offers.len()
        )
    });
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            for (index, offer) in offers.iter().enumerate() {
                ui.separator();
                let when = offer
                    .written
                    .map(|time| {
                        chrono::DateTime::<chrono::Local>::from(time)
                            .format("%Y-%m-%d %H:%M")
                            .to_string()
                    })
                    .unwrap_or_default();
                ui.strong(format!("{}, {when}", offer.name()));
                ui.label(egui::RichText::new(offer.first_words()).italics());
                ui.label(
                    egui::RichText::new(offer.copy.display().to_string())
                        .small()
                        .weak(),
                );
                ui.horizontal(|ui| {
                    let restore = ui.button("Restore");
                    let discard = ui.button("Discard the copy");
                    if offers.len() > 1 {
                        let whose = offer.name();
                        restore.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("Restore {whose}"),
                            )
                        });
                        discard.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("Discard {whose}"),
                            )
                        });
                    }
                    if restore.clicked() {
                        choice = Some(Choice::Restore(index));
                    }
                    if discard.clicked() {
                        choice = Some(Choice::DiscardRecovery(index));
                    }
                });
            }
        });
    ui.separator();
    if ui
        .button("Later")
        .on_hover_text("Keep every copy; they are offered again at the next start")
        .clicked()
    {
        choice = Some(Choice::Dismiss);
    }
    choice
}

/// Asked once, the first time a link is added: may the workbench read the
/// pages of the links added? Says what is requested, from where, what is not
/// done, and where to change the answer.
fn fetch_consent(ui: &mut Ui, count: usize) -> Option<Choice> {
    let mut choice = None;
    ui.heading("Fetch the details of the links you add?");
    ui.label(format!(
        "You added {}. The workbench can read the page of each link you add, to fill in \
         its title, outlet, date, author and language for you to check.",
        if count == 1 {
            "a link".to_owned()
        } else {
            format!("{count} links")
        }
    ));
    ui.add_space(4.0);
    for line in [
        "What is requested: each added link's page, once, when you cite, paste or import it.",
        "From where: the sites themselves, at the addresses you added; no other service.",
        "What is not done: no cookies are kept or sent, and nothing is sent but the request \
         (with a user agent that names the workbench). Nothing is fetched for the links \
         already in the issue.",
        "Fields filled from a page are marked “fetched” until you confirm them; what you \
         typed is never replaced.",
        "You can change this at any time: the Sources menu, “Fetch details of pasted links”, \
         or Edit, Preferences.",
    ] {
        ui.label(format!("• {line}"));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Yes, fetch details").clicked() {
            choice = Some(Choice::FetchConsent(true));
        }
        if ui
            .button("No, don't fetch")
            .on_hover_text(
                "Nothing is requested; Fetch details still reads one source when you ask",
            )
            .clicked()
        {
            choice = Some(Choice::FetchConsent(false));
        }
    });
    choice
}

/// What a release of the State Media Profiles would change, before it does.
fn new_release(ui: &mut Ui, pending: &crate::store::PendingRelease) -> Option<Choice> {
    let mut choice = None;
    let changes = &pending.changes;
    ui.heading("Update the State Media Profiles");
    ui.label(format!(
        "{}: {} outlets (now {}). The release {}.",
        pending.origin,
        changes.outlets_after,
        changes.outlets_before,
        changes.summary()
    ));
    if !changes.is_empty() {
        egui::ScrollArea::vertical()
            .max_height(240.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for line in changes.lines() {
                    ui.label(egui::RichText::new(line).monospace().small());
                }
            });
    }
    if pending.unrated > 0 {
        ui.label(format!(
            "{} rows without a model are left out.",
            pending.unrated
        ));
    }
    ui.label(
        "The curated outlets and your own keep deciding the hosts they list. \
         Every issue is reclassified with the release at once.",
    );
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Apply").clicked() {
            choice = Some(Choice::ApplyRelease);
        }
        if ui.button("Cancel").clicked() {
            choice = Some(Choice::Dismiss);
        }
    });
    choice
}

fn preferences(
    ui: &mut Ui,
    prefs: &mut Preferences,
    then: &mut Option<Review>,
    words: &mut WordListEditor,
) -> Option<Choice> {
    let mut choice = None;
    ui.heading(t!("prefs-title"));
    if then.is_some() {
        ui.label(t!("prefs-sign-with-name"));
    }
    // A review step waiting for the name cannot go on without one.
    let ready = then.is_none() || !prefs.reviewer.trim().is_empty();
    ui.horizontal(|ui| {
        let label = ui.label(t!("prefs-reviewer-name"));
        let field = ui
            .add(egui::TextEdit::singleline(&mut prefs.reviewer).id_salt("reviewer_name"))
            .labelled_by(label.id);
        if then.is_some() && !field.has_focus() && prefs.reviewer.is_empty() {
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && ready {
            choice = Some(Choice::SetPreferences(Box::new(prefs.clone()), then.take()));
        }
    });
    language_choice(ui, &mut prefs.language);
    ui.checkbox(&mut prefs.builtin_chooser, t!("prefs-builtin-chooser"))
        .on_hover_text(t!("prefs-builtin-chooser-hint"));
    let mut fetch = prefs.fetch_pasted == Some(true);
    if ui
        .checkbox(&mut fetch, t!("fetch-pasted"))
        .on_hover_text(t!("fetch-pasted-hint"))
        .changed()
    {
        prefs.fetch_pasted = Some(fetch);
    }
    ui.add_space(4.0);
    super::spelling::preferences(ui, &mut prefs.spelling);
    if let Some(change) = super::spelling::word_list_editor(ui, words) {
        choice = Some(Choice::WordList(change));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ready, egui::Button::new(t!("button-save")))
            .clicked()
        {
            choice = Some(Choice::SetPreferences(Box::new(prefs.clone()), then.take()));
        }
        if ui.button(t!("button-cancel")).clicked() {
            choice = Some(Choice::Dismiss);
        }
    });
    choice
}

/// The interface's language: the system's (named, so the user sees what
/// that is now) or one chosen; it applies when Preferences are saved.
fn language_choice(ui: &mut Ui, chosen: &mut Option<Language>) {
    let name = |choice: Option<Language>| match choice {
        Some(language) => language.native_name().to_owned(),
        None => t!(
            "prefs-language-system",
            language = Language::from_system().native_name()
        ),
    };
    ui.horizontal(|ui| {
        let label = ui.label(t!("prefs-language"));
        egui::ComboBox::from_id_salt("interface_language")
            .selected_text(name(*chosen))
            .show_ui(ui, |ui| {
                for choice in std::iter::once(None).chain(Language::ALL.map(Some)) {
                    ui.selectable_value(chosen, choice, name(choice));
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// Help → About: who the program is and what it carries, each licence's
/// text one click away.
fn about(ui: &mut Ui) {
    use crate::about::{BUNDLED, version};
    ui.heading("Monitor Workbench");
    ui.label(format!("Version {}", version()));
    ui.label(format!(
        "Reference data: {}, under the curated outlets of this release.",
        crate::registry::ASD_RELEASE
    ));
    ui.add_space(6.0);
    ui.label("Bundled, with their licences:");
    // Each work's name as a heading that opens its licence; the headings
    // are short so that the dialog keeps its width, the rest wraps inside.
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            for item in BUNDLED {
                egui::CollapsingHeader::new(item.name)
                    .id_salt(item.name)
                    .show(ui, |ui| {
                        ui.add(
                            egui::Label::new(format!("For {}: {}.", item.what, item.licence))
                                .wrap(),
                        );
                        ui.add(egui::Label::new(egui::RichText::new(item.text).small()).wrap());
                    });
            }
        });
    ui.add_space(6.0);
}
