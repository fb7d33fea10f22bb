//! The page's geometry: one column of a comfortable measure, centred in the
//! space the panels leave, and Find's match brought into view.

use std::ops::Range;

use egui::text::CCursor;
use egui::text_edit::TextEditOutput;
use egui::{Align, Ui};

use super::Found;
use crate::ui::theme;

/// The gutter left of each paragraph, where its number sits.
pub const GUTTER: f32 = 34.0;
/// Never closer than this to the panels on either side.
const MARGIN: f32 = 12.0;
/// Characters per line of entry text: Bringhurst's 45–75, near the 66 ideal.
const CHARACTERS_PER_LINE: f32 = 70.0;

/// The width of a line of `CHARACTERS_PER_LINE` average characters of the
/// reading font.
pub fn reading_measure(ui: &Ui) -> f32 {
    let alphabet = "abcdefghijklmnopqrstuvwxyz";
    let width = ui.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(
                alphabet.to_owned(),
                theme::reading_font(),
                egui::Color32::PLACEHOLDER,
            )
            .size()
            .x
    });
    width / alphabet.len() as f32 * CHARACTERS_PER_LINE
}

/// Lays `add` out in the page's column: the gutter and the measure, centred.
pub fn column(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    let available = ui.available_width();
    let width = (GUTTER + reading_measure(ui)).min(available - 2.0 * MARGIN);
    let side = ((available - width) / 2.0).max(MARGIN);
    ui.horizontal_top(|ui| {
        ui.add_space(side - ui.spacing().item_spacing.x);
        ui.vertical(|ui| {
            ui.set_width(width.max(120.0));
            add(ui);
        });
    });
}

/// Scrolls the text field so that Find's match is in view, once, when it
/// was just found in this field.
pub fn reveal_found(
    ui: &Ui,
    output: &TextEditOutput,
    range: Option<Range<usize>>,
    found: &mut Found,
) {
    let Some(range) = range else { return };
    if !found.reveal {
        return;
    }
    let text = output.galley.text();
    let start = text
        .get(..range.start)
        .map_or(0, |before| before.chars().count());
    let end = text
        .get(..range.end)
        .map_or(start, |before| before.chars().count());
    let first = output.galley.pos_from_cursor(CCursor::new(start));
    let last = output.galley.pos_from_cursor(CCursor::new(end));
    let rect = first.union(last).translate(output.galley_pos.to_vec2());
    ui.scroll_to_rect(rect.expand(24.0), Some(Align::Center));
    found.reveal = false;
}
