use egui::{RichText, Ui};

use super::derived::Derived;
use super::{icons, theme};
use crate::edit::Document;
use crate::text::counted;

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
/// A long message is cut at the window's edge; hovering it shows it whole.
pub fn show(ui: &mut Ui, status: &Status<'_>) -> bool {
    let mut open_findings = false;
    ui.horizontal(|ui| {
        let tokens = theme::tokens(ui);
        let report = &status.derived.report;
        let errors = report.error_count();
        let warnings = report.warning_count();
        let mut counts = vec![
            (
                icons::ERROR,
                counted(errors, "error"),
                if errors > 0 {
                    tokens.error
                } else {
                    tokens.subdued
                },
            ),
            (
                icons::WARNING,
                counted(warnings, "warning"),
                if warnings > 0 {
                    tokens.warning
                } else {
                    tokens.subdued
                },
            ),
        ];
        if status.notes > 0 {
            counts.push((icons::INFO, counted(status.notes, "note"), tokens.info));
        }
        for (icon, words, colour) in counts {
            let label = egui::Label::new(RichText::new(icons::with(icon, &words)).color(colour))
                .sense(egui::Sense::click());
            let label = ui.add(label);
            icons::name(&label, &words);
            if label.on_hover_text("Show the findings").clicked() {
                open_findings = true;
            }
        }
        if report.exceeds_on_purpose() {
            ui.separator();
            ui.label(
                RichText::new("Special edition: over the limit on purpose")
                    .color(tokens.special_edition),
            )
            .on_hover_text("The reason is on record (Issue details); it is not an error.");
        }
        ui.separator();
        ui.label(counted(status.derived.total_words, "word"));
        ui.separator();
        ui.add(egui::Label::new(status.file_name).truncate())
            .on_hover_text(status.file_name);
        if status.document.is_dirty() {
            ui.label(RichText::new("unsaved changes").color(tokens.warning));
        } else if !status.on_disk {
            ui.label(RichText::new("not saved yet").color(tokens.warning));
        } else {
            ui.label(RichText::new("saved").weak());
        }
        if status.suggest {
            ui.separator();
            ui.label(RichText::new("Suggest mode").strong().color(tokens.warning));
        }
        if let Some(error) = status.autosave_error {
            let text = format!("autosave failed: {error}");
            ui.add(egui::Label::new(RichText::new(&text).color(tokens.error)).truncate())
                .on_hover_text(text);
        }
        if let Some(notice) = status.notice {
            ui.separator();
            ui.add(egui::Label::new(notice).truncate())
                .on_hover_text(notice);
        }
    });
    open_findings
}
