//! The findings panel: every finding of the compliance report, errors first,
//! then warnings, each in reading order; filtered by severity and rule; a
//! click goes to the entry and the citation concerned.

use egui::{RichText, Ui};

use super::actions::{Action, Actions, Centre, Selection};
use super::derived::Derived;
use super::theme;
use crate::compliance::{Finding, Rule, Severity};
use crate::registry::{host_of, normalize_host};

#[derive(Default)]
pub struct FindingsState {
    pub open: bool,
    pub severity: Option<Severity>,
    pub rule: Option<Rule>,
}

pub fn show(ui: &mut Ui, derived: &Derived, state: &mut FindingsState, actions: &mut Actions) {
    let report = &derived.report;
    ui.horizontal(|ui| {
        ui.strong(format!(
            "Findings: {} error{}, {} warning{}",
            report.error_count(),
            if report.error_count() == 1 { "" } else { "s" },
            report.warning_count(),
            if report.warning_count() == 1 { "" } else { "s" },
        ));
        ui.separator();
        ui.radio_value(&mut state.severity, None, "All");
        ui.radio_value(&mut state.severity, Some(Severity::Error), "Errors");
        ui.radio_value(&mut state.severity, Some(Severity::Warning), "Warnings");
        ui.separator();
        let label = ui.label("Rule");
        egui::ComboBox::from_id_salt("findings_rule")
            .selected_text(state.rule.map_or("any rule", Rule::name))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.rule, None, "any rule");
                for rule in Rule::ALL {
                    ui.selectable_value(&mut state.rule, Some(rule), rule.name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Close").clicked() {
                state.open = false;
            }
        });
    });
    ui.separator();
    let shown: Vec<&Finding> = derived
        .findings_order
        .iter()
        .filter_map(|&index| report.findings.get(index))
        .filter(|f| state.severity.is_none_or(|s| f.severity == s))
        .filter(|f| state.rule.is_none_or(|r| f.rule == r))
        .collect();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, 20.0, shown.len(), |ui, rows| {
            for finding in &shown[rows] {
                row(ui, finding, actions);
            }
        });
}

fn row(ui: &mut Ui, finding: &Finding, actions: &mut Actions) {
    ui.horizontal(|ui| {
        let colour = match finding.severity {
            Severity::Error => theme::OVER,
            Severity::Warning => theme::NEAR,
            Severity::Info => theme::PUBLIC_SERVICE,
        };
        ui.label(
            RichText::new(finding.severity.name())
                .color(colour)
                .strong(),
        );
        ui.label(RichText::new(finding.rule.name()).monospace());
        let place = finding.location();
        let text = if place.is_empty() {
            finding.message.clone()
        } else {
            format!("{place}: {}", finding.message)
        };
        let response = ui.add(
            egui::Label::new(text)
                .sense(egui::Sense::click())
                .truncate(),
        );
        let response = match &finding.source_url {
            Some(url) => response.on_hover_text(url),
            None => response,
        };
        if response.clicked() {
            go_to(finding, actions);
        }
        if let Some(host) = unclassified_host(finding) {
            let label = format!("Classify {host}…");
            let button = ui.small_button("Classify this outlet…");
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if button.on_hover_text(&label).clicked() {
                actions.push(Action::ClassifyHost(host));
            }
        }
    });
}

/// The host an `unclassified-outlet` finding is about.
fn unclassified_host(finding: &Finding) -> Option<String> {
    if finding.rule != Rule::UnclassifiedOutlet {
        return None;
    }
    let host = host_of(finding.source_url.as_deref()?)?;
    normalize_host(&host)
}

fn go_to(finding: &Finding, actions: &mut Actions) {
    if finding.rule == Rule::MissingMasthead {
        // The masthead is filled in Issue details.
        actions.command(super::command::Command::IssueDetails);
        return;
    }
    if finding.section.is_some() {
        actions.select(Selection {
            centre: Centre::Section,
            section: finding.section,
            entry: finding.entry,
            highlight: finding.source,
        });
    }
    if finding.source.is_some() && finding.entry.is_none() {
        // A library-level finding (unused or duplicate source): open it in the library.
        actions.push(Action::SelectSource(finding.source));
    }
}
