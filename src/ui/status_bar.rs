use egui::{RichText, Ui};

use super::derived::Derived;
use super::{icons, theme};
use crate::edit::Document;
use crate::t;

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
                t!("findings-errors", count = errors),
                if errors > 0 {
                    tokens.error
                } else {
                    tokens.subdued
                },
            ),
            (
                icons::WARNING,
                t!("findings-warnings", count = warnings),
                if warnings > 0 {
                    tokens.warning
                } else {
                    tokens.subdued
                },
            ),
        ];
        if status.notes > 0 {
            counts.push((
                icons::INFO,
                t!("findings-notes", count = status.notes),
                tokens.info,
            ));
        }
        for (icon, words, colour) in counts {
            let label = egui::Label::new(RichText::new(icons::with(icon, &words)).color(colour))
                .sense(egui::Sense::click());
            let label = ui.add(label);
            icons::name(&label, &words);
            if label.on_hover_text(t!("status-show-findings")).clicked() {
                open_findings = true;
            }
        }
        if report.exceeds_on_purpose() {
            ui.separator();
            ui.label(RichText::new(t!("status-special-edition")).color(tokens.special_edition))
                .on_hover_text(t!("status-special-edition-hint"));
        }
        ui.separator();
        ui.label(t!("status-words", count = status.derived.total_words));
        ui.separator();
        ui.add(egui::Label::new(status.file_name).truncate())
            .on_hover_text(status.file_name);
        if status.document.is_dirty() {
            ui.label(RichText::new(t!("status-unsaved")).color(tokens.warning));
        } else if !status.on_disk {
            ui.label(RichText::new(t!("status-not-saved-yet")).color(tokens.warning));
        } else {
            ui.label(RichText::new(t!("status-saved")).weak());
        }
        if status.suggest {
            ui.separator();
            ui.label(
                RichText::new(t!("status-suggest-mode"))
                    .strong()
                    .color(tokens.warning),
            );
        }
        if let Some(error) = status.autosave_error {
            let text = t!("status-autosave-failed", error = error);
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
