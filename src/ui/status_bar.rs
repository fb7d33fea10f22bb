use egui::{RichText, Ui};

use super::derived::Derived;
use super::theme;
use crate::edit::Document;

pub struct Status<'a> {
    pub document: &'a Document,
    pub file_name: &'a str,
    /// The document's file exists (a new issue or the sample has none yet).
    pub on_disk: bool,
    pub derived: &'a Derived,
    pub autosave_error: Option<&'a str>,
    pub notice: Option<&'a str>,
    /// Suggest mode is on: edits to entries become suggestions.
    pub suggest: bool,
    /// What the archive says this issue repeats ("already reported").
    pub notes: usize,
}

/// Draws the status bar; true when the user clicked the finding counts.
pub fn show(ui: &mut Ui, status: &Status<'_>) -> bool {
    let mut open_findings = false;
    ui.horizontal(|ui| {
        let report = &status.derived.report;
        let errors = report.error_count();
        let warnings = report.warning_count();
        let error_colour = if errors > 0 {
            theme::OVER
        } else {
            ui.visuals().text_color()
        };
        let error_text = format!("{errors} error{}", if errors == 1 { "" } else { "s" });
        let warning_text = format!("{warnings} warning{}", if warnings == 1 { "" } else { "s" });
        let mut counts = vec![(error_text, error_colour), (warning_text, theme::NEAR)];
        if status.notes > 0 {
            let notes = status.notes;
            counts.push((
                format!("{notes} note{}", if notes == 1 { "" } else { "s" }),
                theme::PUBLIC_SERVICE,
            ));
        }
        for (text, colour) in counts {
            let label =
                egui::Label::new(RichText::new(text).color(colour)).sense(egui::Sense::click());
            if ui.add(label).on_hover_text("Show the findings").clicked() {
                open_findings = true;
            }
        }
        if report.exceeds_on_purpose() {
            ui.separator();
            ui.label(
                RichText::new("Special edition: over the limit on purpose")
                    .color(theme::SPECIAL_EDITION),
            )
            .on_hover_text("The reason is on record (Issue details); it is not an error.");
        }
        ui.separator();
        ui.label(format!("{} words", status.derived.total_words));
        ui.separator();
        ui.label(status.file_name);
        if status.document.is_dirty() {
            ui.label(RichText::new("unsaved changes").color(theme::NEAR));
        } else if !status.on_disk {
            ui.label(RichText::new("not saved yet").color(theme::NEAR));
        } else {
            ui.label(RichText::new("saved").weak());
        }
        if status.suggest {
            ui.separator();
            ui.label(RichText::new("Suggest mode").strong().color(theme::NEAR));
        }
        if let Some(error) = status.autosave_error {
            ui.label(RichText::new(format!("autosave failed: {error}")).color(theme::OVER));
        }
        if let Some(notice) = status.notice {
            ui.separator();
            ui.label(RichText::new(notice).color(theme::PUBLIC_SERVICE));
        }
    });
    open_findings
}
