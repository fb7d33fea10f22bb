//! The findings panel: every finding of the compliance report, errors first,
//! then warnings, each in reading order, then the notes of the archive
//! ("already reported", each with a button that opens the earlier issue);
//! filtered by severity and rule; a click goes to the entry and the citation
//! concerned.

use egui::{RichText, Ui};

use super::actions::{Action, Actions, CaptureRequest, Centre, Selection};
use super::archive::notes::Note;
use super::derived::Derived;
use super::theme;
use crate::archive::Place;
use crate::compliance::{Finding, Rule, Severity};
use crate::registry::{host_of, normalize_host};
use crate::t;

#[derive(Default)]
pub struct FindingsState {
    pub open: bool,
    pub severity: Option<Severity>,
    pub rule: Option<Rule>,
}

/// A row of the list: a finding of the report, or a note of the archive.
enum Row<'a> {
    Report(&'a Finding),
    Note(&'a Note),
}

impl Row<'_> {
    fn finding(&self) -> &Finding {
        match self {
            Row::Report(finding) => finding,
            Row::Note(note) => &note.finding,
        }
    }
}

pub fn show(
    ui: &mut Ui,
    derived: &Derived,
    notes: &[Note],
    state: &mut FindingsState,
    actions: &mut Actions,
) {
    let report = &derived.report;
    ui.horizontal(|ui| {
        let mut counts = t!(
            "findings-panel-counts",
            errors = t!("findings-errors", count = report.error_count()),
            warnings = t!("findings-warnings", count = report.warning_count())
        );
        if !notes.is_empty() {
            counts.push_str(&format!(", {}", t!("findings-notes", count = notes.len())));
        }
        ui.strong(counts);
        ui.separator();
        ui.radio_value(&mut state.severity, None, t!("findings-all"));
        ui.radio_value(
            &mut state.severity,
            Some(Severity::Error),
            t!("findings-show-errors"),
        );
        ui.radio_value(
            &mut state.severity,
            Some(Severity::Warning),
            t!("findings-show-warnings"),
        );
        ui.radio_value(
            &mut state.severity,
            Some(Severity::Info),
            t!("findings-show-notes"),
        )
        .on_hover_text(t!("findings-show-notes-hint"));
        ui.separator();
        let label = ui.label(t!("findings-rule"));
        let any_rule = t!("findings-any-rule");
        egui::ComboBox::from_id_salt("findings_rule")
            .selected_text(
                state
                    .rule
                    .map_or(any_rule.clone(), |rule| rule.name().to_owned()),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.rule, None, &any_rule);
                for rule in Rule::ALL {
                    ui.selectable_value(&mut state.rule, Some(rule), rule.name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t!("button-close")).clicked() {
                state.open = false;
            }
        });
    });
    ui.separator();
    let shown: Vec<Row<'_>> = derived
        .findings_order
        .iter()
        .filter_map(|&index| report.findings.get(index))
        .map(Row::Report)
        .chain(notes.iter().map(Row::Note))
        .filter(|row| state.severity.is_none_or(|s| row.finding().severity == s))
        .filter(|row| state.rule.is_none_or(|r| row.finding().rule == r))
        .collect();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, 20.0, shown.len(), |ui, rows| {
            for shown in &shown[rows] {
                row(ui, shown, actions);
            }
        });
}

fn row(ui: &mut Ui, shown: &Row<'_>, actions: &mut Actions) {
    let finding = shown.finding();
    ui.horizontal(|ui| {
        let colour = match finding.severity {
            Severity::Error => theme::tokens(ui).error,
            Severity::Warning => theme::tokens(ui).warning,
            Severity::Info => theme::tokens(ui).info,
        };
        let severity = match finding.severity {
            Severity::Error => t!("severity-error"),
            Severity::Warning => t!("severity-warning"),
            Severity::Info => t!("severity-note"),
        };
        ui.label(RichText::new(severity).color(colour).strong());
        if let Row::Note(note) = shown {
            let earlier = &note.earlier;
            let button = ui.small_button(&note.open_label).on_hover_text(t!(
                "findings-open-earlier",
                issue = &earlier.name,
                section = &earlier.section_title,
                position = earlier.position
            ));
            if button.clicked() {
                actions.push(Action::OpenArchived {
                    path: earlier.path.clone(),
                    place: Some(Place::Entry {
                        section: earlier.section,
                        entry: earlier.entry,
                    }),
                });
            }
        }
        ui.label(RichText::new(finding.rule.name()).monospace());
        // Before the message, which is cut at the panel's edge: never pushed off it.
        if let Some(host) = unclassified_host(finding) {
            let label = t!("findings-classify-host", host = &host);
            let button = ui.small_button(t!("findings-classify-outlet"));
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if button.on_hover_text(&label).clicked() {
                actions.push(Action::ClassifyHost(host));
            }
        }
        if finding.rule == Rule::NotArchived
            && let Some(source) = finding.source
        {
            let button = ui
                .small_button(t!("findings-archive-source"))
                .on_hover_text(t!("findings-archive-source-hint"));
            if button.clicked() {
                actions.push(Action::Capture(CaptureRequest::Archive(source)));
            }
        }
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
