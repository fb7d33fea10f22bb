//! Modal questions: unsaved changes, deleting a cited source, export checks,
//! recovery after a crash, and messages.

use std::path::PathBuf;

use egui::{Modal, RichText, Ui};

use super::theme;
use crate::compliance::{Report, Severity, percent};
use crate::export::{ExportOptions, SourceList};
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
    },
    Exported {
        html: PathBuf,
        markdown: PathBuf,
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
    Export(ExportOptions),
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
            Dialog::Export { options } => choice = export(ui, options, report),
            Dialog::Exported { html, markdown } => {
                ui.heading("Exported");
                ui.label(format!(
                    "Wrote {}\nand {}",
                    html.display(),
                    markdown.display()
                ));
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

fn export(ui: &mut Ui, options: &mut ExportOptions, report: &Report) -> Option<Choice> {
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
    ui.separator();
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
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = if report.is_compliant() {
            "Export…"
        } else {
            "Export anyway…"
        };
        if ui.button(label).clicked() {
            choice = Some(Choice::Export(options.clone()));
        }
        if ui.button("Cancel").clicked() {
            choice = Some(Choice::Dismiss);
        }
    });
    choice
}
