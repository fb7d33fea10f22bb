use egui::{RichText, Ui};

use super::derived::Derived;
use super::theme;
use crate::edit::Document;

pub fn show(
    ui: &mut Ui,
    document: &Document,
    file_name: &str,
    derived: &Derived,
    autosave_error: Option<&str>,
) {
    ui.horizontal(|ui| {
        let report = &derived.report;
        let errors = report.error_count();
        let warnings = report.warning_count();
        let error_colour = if errors > 0 {
            theme::OVER
        } else {
            ui.visuals().text_color()
        };
        ui.label(
            RichText::new(format!(
                "{errors} error{}",
                if errors == 1 { "" } else { "s" }
            ))
            .color(error_colour),
        );
        ui.label(
            RichText::new(format!(
                "{warnings} warning{}",
                if warnings == 1 { "" } else { "s" }
            ))
            .color(theme::NEAR),
        );
        ui.separator();
        ui.label(format!("{} words", derived.total_words));
        ui.separator();
        ui.label(file_name);
        if document.is_dirty() {
            ui.label(RichText::new("unsaved changes").color(theme::NEAR));
        } else {
            ui.label(RichText::new("saved").weak());
        }
        if let Some(error) = autosave_error {
            ui.label(RichText::new(format!("autosave failed: {error}")).color(theme::OVER));
        }
    });
}
