//! The export dialog: where the issue stands against the publication gate,
//! the export's options, and the override a publication past the gate needs.

use egui::{RichText, Ui};

use super::dialogs::{Choice, ExportTarget};
use super::theme;
use crate::compliance::{Finding, Report, Rule, Severity, percent};
use crate::export::{ExportOptions, Gate, Paper, SourceList};

pub fn show(
    ui: &mut Ui,
    options: &mut ExportOptions,
    gate: &Gate,
    reason: &mut String,
    target: ExportTarget,
    report: &Report,
) -> Option<Choice> {
    let mut choice = None;
    // One width whatever is ticked, so the dialog does not jump.
    ui.set_width(560.0);
    ui.heading(match target {
        ExportTarget::HtmlAndMarkdown => "Export HTML and Markdown",
        ExportTarget::Pdf => "Export PDF",
    });
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
        ui.label(
            RichText::new(format!("The issue is compliant. {share}")).color(theme::tokens(ui).ok),
        );
    } else {
        ui.label(
            RichText::new(format!(
                "The issue is not compliant: {}. {share}",
                crate::text::counted(errors.len(), "error")
            ))
            .color(theme::tokens(ui).error)
            .strong(),
        );
        egui::ScrollArea::vertical()
            .max_height(160.0)
            .show(ui, |ui| {
                for finding in errors {
                    ui.label(format!("• {}", line(finding)));
                }
            });
    }
    // Over the limit on purpose: no obstacle, but said before anything goes out.
    if let Some(special) = report
        .findings
        .iter()
        .find(|finding| finding.rule == Rule::SpecialEdition)
    {
        ui.label(RichText::new(&special.message).color(theme::tokens(ui).special_edition));
    }
    if !gate.unapproved.is_empty() {
        ui.label(
            RichText::new(format!("Not approved: {}.", gate.unapproved.join(", ")))
                .color(theme::tokens(ui).warning),
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
    ui.checkbox(
        &mut options.archived_links,
        "Link each source's archived copy beside it (where it has one)",
    );
    ui.horizontal(|ui| {
        ui.label("Paper");
        ui.radio_value(&mut options.paper, Paper::A4, "A4");
        ui.radio_value(&mut options.paper, Paper::Letter, "US Letter");
    });
    if target == ExportTarget::Pdf {
        ui.checkbox(
            &mut options.contents,
            "List the sections after the masthead (“In this issue”)",
        );
    }
    let needs_override = !options.draft && !gate.is_open();
    // The override's place is kept while a draft is ticked, so the buttons
    // stay where they are.
    if !gate.is_open() {
        super::visible_ui(ui, needs_override, |ui| {
            ui.separator();
            ui.label(
                RichText::new("Publishing now needs an override: its reason, your name and the time are recorded in the issue.")
                    .color(theme::tokens(ui).error),
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
                    target,
                ));
            }
        } else {
            let label = if options.draft {
                "Export draft…"
            } else {
                "Export…"
            };
            if ui.button(label).clicked() {
                choice = Some(Choice::Export(options.clone(), None, target));
            }
        }
        if ui.button("Cancel").clicked() {
            choice = Some(Choice::Dismiss);
        }
    });
    choice
}

/// "rule — place: message", or "rule: message" for an issue-wide finding.
fn line(finding: &Finding) -> String {
    match finding.location() {
        place if place.is_empty() => format!("{}: {}", finding.rule.name(), finding.message),
        place => format!("{} — {place}: {}", finding.rule.name(), finding.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::check;
    use crate::registry::Registry;
    use crate::sample::sample_issue;

    #[test]
    fn an_issue_wide_finding_shows_no_empty_place() {
        let mut issue = sample_issue();
        issue.policy.limit = 0.01;
        let report = check(&issue, &Registry::builtin());
        let share = report
            .findings
            .iter()
            .find(|f| f.rule.name() == "state-media-share")
            .expect("over the limit");
        let text = line(share);
        assert!(text.starts_with("state-media-share: "), "{text}");
        assert!(!text.contains(" — :"), "{text}");
        let placed = report
            .findings
            .iter()
            .find(|f| f.entry_position.is_some())
            .expect("a finding on an entry");
        assert!(line(placed).contains(", entry "), "{}", line(placed));
    }
}
