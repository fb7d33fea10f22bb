//! Modal questions: unsaved changes, deleting a cited source, export checks,
//! recovery after a crash, and messages.

use std::path::PathBuf;

use egui::{Modal, RichText, Ui};

use super::actions::Review;
use super::theme;
use crate::compliance::{Report, Severity, percent};
use crate::export::{ExportOptions, Gate, SourceList};
use crate::model::{Issue, SourceId};

/// What to do once unsaved changes are dealt with.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    New,
    Open(Option<PathBuf>),
    Quit,
}

pub enum Dialog {
    Unsaved {
        then: Pending,
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
    },
    Exported {
        html: PathBuf,
        markdown: Option<PathBuf>,
    },
    /// The document's file changed on disk since it was read or written.
    ChangedOnDisk {
        path: PathBuf,
        then: Option<Pending>,
    },
    /// The reviewer's name; `then` is the review step that needed it.
    Preferences {
        name: String,
        then: Option<Review>,
    },
    Recover {
        recovery: PathBuf,
        issue: Box<Issue>,
    },
    Message {
        title: String,
        text: String,
    },
}

/// The user's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    SaveThen(Pending),
    DiscardThen(Pending),
    RemoveSource(SourceId),
    /// Export with these options; `Some(reason)` when overriding the gate.
    Export(ExportOptions, Option<String>),
    SetReviewer(String, Option<Review>),
    /// Drop the changes here and read the file again.
    Reload(PathBuf),
    Overwrite(Option<Pending>),
    SaveAs(Option<Pending>),
    OpenExported(PathBuf),
    Restore,
    DiscardRecovery,
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
            } => choice = export(ui, options, gate, reason, report),
            Dialog::ChangedOnDisk { path, then } => {
                ui.heading("The file changed on disk");
                ui.label(format!(
                    "{} was changed by someone or something else since you opened or saved it \
                     (another editor, a git pull). Saving now would replace those changes.",
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
            Dialog::Preferences { name, then } => {
                ui.heading("Preferences");
                if then.is_some() {
                    ui.label("Review steps are signed with your name. Set it once here.");
                }
                ui.horizontal(|ui| {
                    let label = ui.label("Your name (reviewer)");
                    let field = ui.add(egui::TextEdit::singleline(name).id_salt("reviewer_name"));
                    field.labelled_by(label.id).request_focus();
                });
                ui.horizontal(|ui| {
                    let ready = !name.trim().is_empty();
                    if ui.add_enabled(ready, egui::Button::new("Save")).clicked() {
                        choice = Some(Choice::SetReviewer(name.trim().to_owned(), then.take()));
                    }
                    if ui.button("Cancel").clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::Exported { html, markdown } => {
                ui.heading("Exported");
                match markdown {
                    Some(markdown) => ui.label(format!(
                        "Wrote {}\nand {}",
                        html.display(),
                        markdown.display()
                    )),
                    None => ui.label(format!("Wrote {}", html.display())),
                };
                ui.horizontal(|ui| {
                    if ui.button("Open the HTML").clicked() {
                        choice = Some(Choice::OpenExported(html.clone()));
                    }
                    if ui.button("Close").clicked() {
                        choice = Some(Choice::Dismiss);
                    }
                });
            }
            Dialog::Recover { recovery, issue } => {
                ui.heading("Recover unsaved work?");
                ui.label(format!(
                    "The workbench closed before “{}” was saved. A recovery copy was kept:\n{}",
                    if issue.title.is_empty() {
                        file_name
                    } else {
                        &issue.title
                    },
                    recovery.display()
                ));
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        choice = Some(Choice::Restore);
                    }
                    if ui.button("Discard the copy").clicked() {
                        choice = Some(Choice::DiscardRecovery);
                    }
                });
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
        choice = Some(match dialog {
            Dialog::Recover { .. } => return None,
            _ => Choice::Dismiss,
        });
    }
    choice
}

fn export(
    ui: &mut Ui,
    options: &mut ExportOptions,
    gate: &Gate,
    reason: &mut String,
    report: &Report,
) -> Option<Choice> {
    let mut choice = None;
    ui.heading("Export HTML and Markdown");
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let share = format!(
        "State media: {} of {} (limit {}).",
        percent(report.share()),
        report.metric.name(),
        percent(report.limit)
    );
    if errors.is_empty() {
        ui.label(RichText::new(format!("The issue is compliant. {share}")).color(theme::WITHIN));
    } else {
        ui.label(
            RichText::new(format!(
                "The issue is not compliant: {} error finding(s). {share}",
                errors.len()
            ))
            .color(theme::OVER)
            .strong(),
        );
        egui::ScrollArea::vertical()
            .max_height(160.0)
            .show(ui, |ui| {
                for finding in errors {
                    ui.label(format!(
                        "• {} — {}: {}",
                        finding.rule.name(),
                        finding.location(),
                        finding.message
                    ));
                }
            });
    }
    if !gate.unapproved.is_empty() {
        ui.label(
            RichText::new(format!("Not approved: {}.", gate.unapproved.join(", ")))
                .color(theme::NEAR),
        );
    }
    ui.separator();
    ui.checkbox(
        &mut options.draft,
        "Draft preview, not for publication (marked as draft)",
    );
    ui.horizontal(|ui| {
        ui.label("Sources");
        ui.radio_value(
            &mut options.source_list,
            SourceList::PerSection,
            "after each section",
        );
        ui.radio_value(&mut options.source_list, SourceList::AtEnd, "at the end");
    });
    ui.checkbox(
        &mut options.page_breaks,
        "Start each section on a new page (print, PDF)",
    );
    ui.checkbox(
        &mut options.compliance_summary,
        "Include the compliance summary (reviewer's copy)",
    );
    let needs_override = !options.draft && !gate.is_open();
    if needs_override {
        ui.separator();
        ui.label(
            RichText::new("Publishing now needs an override: its reason, your name and the time are recorded in the issue.")
                .color(theme::OVER),
        );
        ui.horizontal(|ui| {
            let label = ui.label("Reason for publishing anyway");
            ui.add(
                egui::TextEdit::singleline(reason)
                    .desired_width(280.0)
                    .id_salt("override_reason"),
            )
            .labelled_by(label.id);
        });
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if needs_override {
            let ready = !reason.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new("Publish with override…"))
                .clicked()
            {
                choice = Some(Choice::Export(
                    options.clone(),
                    Some(reason.trim().to_owned()),
                ));
            }
        } else {
            let label = if options.draft {
                "Export draft…"
            } else {
                "Export…"
            };
            if ui.button(label).clicked() {
                choice = Some(Choice::Export(options.clone(), None));
            }
        }
        if ui.button("Cancel").clicked() {
            choice = Some(Choice::Dismiss);
        }
    });
    choice
}
