//! A tag: a few words in a tinted pill, the way a class or a mark is shown
//! beside a source (the library's class column, the source editor, the
//! outlets). Its colours come from `theme::Tokens::source`, so a tag, a
//! citation chip and the meter say the same thing in the same colour.

use egui::{Response, RichText, Sense, Ui};

use super::theme::ChipColours;

/// Draws `text` as a tag; hover it for `why`.
pub fn tag(ui: &mut Ui, text: &str, colours: ChipColours) -> Response {
    egui::Frame::new()
        .fill(colours.fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.add(
                egui::Label::new(RichText::new(text).small().color(colours.text))
                    .truncate()
                    .selectable(false),
            );
        })
        .response
        .interact(Sense::hover())
}
