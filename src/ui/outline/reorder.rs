//! Reordering in the outline: drag a handle onto a row, or press Alt+Up/Down.

use egui::{RichText, Ui};

use super::{ROW_HEIGHT, Row};
use crate::edit::Edit;
use crate::model::{EntryId, Issue, SectionId};
use crate::ui::actions::{Actions, Selection};

/// What is being dragged in the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dragged {
    Section(SectionId),
    Entry(EntryId),
}

pub(super) fn drag_handle(ui: &mut Ui, text: &str, payload: Dragged) {
    let handle = ui
        .add(egui::Label::new(RichText::new(text).weak()).sense(egui::Sense::drag()))
        .on_hover_text("Drag to reorder (or Alt+Up/Down)");
    handle.dnd_set_drag_payload(payload);
    if handle.hovered() || handle.dragged() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grab);
    }
}

/// A row accepts a dragged section (placed before this row's section) or a
/// dragged entry (placed before this entry, or first in this section).
pub(super) fn drop_target(
    ui: &Ui,
    response: &egui::Response,
    issue: &Issue,
    row: Row,
    actions: &mut Actions,
) {
    if response.dnd_hover_payload::<Dragged>().is_some() {
        let rect = response.rect;
        let stroke = ui.visuals().selection.stroke;
        ui.painter().hline(
            rect.x_range(),
            rect.top(),
            egui::Stroke::new(2.0, stroke.color),
        );
    }
    let Some(dragged) = response.dnd_release_payload::<Dragged>() else {
        return;
    };
    let (section_index, entry_index) = match row {
        Row::Section(s) => (s, 0),
        Row::Entry(s, e) => (s, e),
    };
    let Some(target) = issue.sections.get(section_index) else {
        return;
    };
    match *dragged {
        Dragged::Section(section) => {
            if let Some(from) = issue.sections.iter().position(|s| s.id == section) {
                actions.edit(Edit::MoveSection {
                    section,
                    index: final_index(from, section_index),
                });
            }
        }
        Dragged::Entry(entry) => {
            let from = target.entries.iter().position(|e| e.id == entry);
            let index = match from {
                Some(from) => final_index(from, entry_index),
                None => entry_index,
            };
            actions.edit(Edit::MoveEntry {
                entry,
                section: target.id,
                index,
            });
        }
    }
}

/// The last line: dropping here puts a section last.
pub(super) fn end_drop_zone(ui: &mut Ui, issue: &Issue, actions: &mut Actions) {
    let response = ui.add_sized([ui.available_width(), ROW_HEIGHT], egui::Label::new(""));
    if let Some(dragged) = response.dnd_release_payload::<Dragged>()
        && let Dragged::Section(section) = *dragged
    {
        actions.edit(Edit::MoveSection {
            section,
            index: issue.sections.len(),
        });
    }
}

/// Moving an item from `from` to before position `to` of the same list puts
/// it at this index of the final order.
fn final_index(from: usize, to: usize) -> usize {
    if to > from { to - 1 } else { to }
}

/// Alt+Up / Alt+Down move the selected entry, or the selected section.
pub(super) fn keyboard_reorder(
    ui: &Ui,
    issue: &Issue,
    selection: &Selection,
    actions: &mut Actions,
) {
    let (up, down) = ui.input_mut(|input| {
        (
            input.consume_key(egui::Modifiers::ALT, egui::Key::ArrowUp),
            input.consume_key(egui::Modifiers::ALT, egui::Key::ArrowDown),
        )
    });
    if !(up || down) {
        return;
    }
    let Some(section_id) = selection.section else {
        return;
    };
    let Some(section_index) = issue.sections.iter().position(|s| s.id == section_id) else {
        return;
    };
    let section = &issue.sections[section_index];
    let step = |index: usize, len: usize| -> Option<usize> {
        if up {
            index.checked_sub(1)
        } else {
            (index + 1 < len).then_some(index + 1)
        }
    };
    match selection.entry {
        Some(entry) => {
            let Some(index) = section.entries.iter().position(|e| e.id == entry) else {
                return;
            };
            if let Some(to) = step(index, section.entries.len()) {
                actions.edit(Edit::MoveEntry {
                    entry,
                    section: section_id,
                    index: to,
                });
            }
        }
        None => {
            if let Some(to) = step(section_index, issue.sections.len()) {
                actions.edit(Edit::MoveSection {
                    section: section_id,
                    index: to,
                });
            }
        }
    }
}
