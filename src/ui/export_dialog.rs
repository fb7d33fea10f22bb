//! The export dialog: where the issue stands against the publication gate,
//! the export's options, and the override a publication past the gate needs.

use egui::{RichText, Ui};

use super::dialogs::{Choice, ExportTarget};
use super::theme;
use crate::compliance::{Finding, Report, Rule, Severity};
use crate::export::{ExportOptions, Gate, Paper, SourceList};
use crate::i18n::local_percent;
use crate::t;

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
        ExportTarget::HtmlAndMarkdown => t!("export-title-html"),
        ExportTarget::Pdf => t!("export-title-pdf"),
    });
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let share = t!(
        "export-share",
        share = local_percent(report.share()),
        metric = report.metric.label(),
        limit = local_percent(report.limit)
    );
    if errors.is_empty() {
        ui.label(RichText::new(t!("export-compliant", share = &share)).color(theme::tokens(ui).ok));
    } else {
        ui.label(
            RichText::new(t!(
                "export-not-compliant",
                errors = t!("findings-errors", count = errors.len()),
                share = &share
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
            RichText::new(t!(
                "export-not-approved",
                sections = gate.unapproved.join(", ")
            ))
            .color(theme::tokens(ui).warning),
        );
    }
    ui.separator();
    ui.checkbox(&mut options.draft, t!("export-draft"));
    ui.horizontal(|ui| {
        ui.label(t!("export-sources"));
        ui.radio_value(
            &mut options.source_list,
            SourceList::PerSection,
            t!("export-sources-per-section"),
        );
        ui.radio_value(
            &mut options.source_list,
            SourceList::AtEnd,
            t!("export-sources-at-end"),
        );
    });
    ui.checkbox(&mut options.page_breaks, t!("export-page-breaks"));
    ui.checkbox(
        &mut options.compliance_summary,
        t!("export-compliance-summary"),
    );
    ui.checkbox(&mut options.archived_links, t!("export-archived-links"));
    ui.horizontal(|ui| {
        ui.label(t!("export-paper"));
        ui.radio_value(&mut options.paper, Paper::A4, "A4");
        ui.radio_value(&mut options.paper, Paper::Letter, t!("export-us-letter"));
    });
    if target == ExportTarget::Pdf {
        ui.checkbox(&mut options.contents, t!("export-contents"));
    }
    let needs_override = !options.draft && !gate.is_open();
    // The override's place is kept while a draft is ticked, so the buttons
    // stay where they are.
    if !gate.is_open() {
        super::visible_ui(ui, needs_override, |ui| {
            ui.separator();
            ui.label(RichText::new(t!("export-needs-override")).color(theme::tokens(ui).error));
            ui.horizontal(|ui| {
                let label = ui.label(t!("export-override-reason"));
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
                .add_enabled(ready, egui::Button::new(t!("export-publish-with-override")))
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
                t!("export-draft-button")
            } else {
                t!("export-button")
            };
            if ui.button(label).clicked() {
                choice = Some(Choice::Export(options.clone(), None, target));
            }
        }
        if ui.button(t!("button-cancel")).clicked() {
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
