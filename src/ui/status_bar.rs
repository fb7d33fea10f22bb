use egui::{RichText, Ui};

use super::derived::Derived;
use super::document::Document;
use super::theme;

pub fn show(ui: &mut Ui, document: &Document, derived: &Derived) {
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
        ui.label(document.display_name());
    });
}
