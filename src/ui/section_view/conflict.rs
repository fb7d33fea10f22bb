//! An entry a merge could not settle: both texts side by side in a coloured
//! box, and the three ways to settle it, each one undoable edit.

use egui::{Frame, RichText, Ui};

use super::super::actions::Actions;
use super::super::theme;
use crate::edit::Edit;
use crate::model::{ConflictKind, Entry};

/// Draws the resolver when `entry` carries a merge conflict.
pub fn resolver(ui: &mut Ui, position: usize, entry: &Entry, actions: &mut Actions) {
    let Some(conflict) = &entry.conflict else {
        return;
    };
    // A side that deleted the entry has no text; the body holds the other's.
    let mine = match conflict.kind {
        ConflictKind::OursDeleted => "",
        _ => entry.body.as_str(),
    };
    let theirs = match conflict.kind {
        ConflictKind::TheirsDeleted => "",
        _ => conflict.theirs.as_str(),
    };
    let by = if conflict.theirs_by.is_empty() {
        "the other copy".to_owned()
    } else {
        conflict.theirs_by.clone()
    };
    let what = match conflict.kind {
        ConflictKind::BothEdited => "You and they changed the same words differently.",
        ConflictKind::OursDeleted => "You deleted this entry; they edited it.",
        ConflictKind::TheirsDeleted => "They deleted this entry; you edited it.",
    };
    Frame::group(ui.style())
        .fill(theme::tokens(ui).warning.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(2.0, theme::tokens(ui).warning))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!("Merge conflict in entry {position}: {what}"))
                    .strong()
                    .color(theme::tokens(ui).warning),
            );
            ui.label(RichText::new(format!("Theirs ({by})")).strong());
            ui.label(if theirs.is_empty() {
                "(deleted)"
            } else {
                theirs
            });
            ui.label(RichText::new("Mine").strong());
            ui.label(if mine.is_empty() { "(deleted)" } else { mine });
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button("Keep mine")
                    .on_hover_text("Your text stays; theirs is dropped")
                    .clicked()
                {
                    actions.edit(match conflict.kind {
                        ConflictKind::OursDeleted => Edit::RemoveEntry(entry.id),
                        _ => Edit::ResolveConflict {
                            entry: entry.id,
                            body: mine.to_owned(),
                        },
                    });
                }
                if ui
                    .button("Take theirs")
                    .on_hover_text("Their text replaces yours")
                    .clicked()
                {
                    actions.edit(match conflict.kind {
                        ConflictKind::TheirsDeleted => Edit::RemoveEntry(entry.id),
                        _ => Edit::ResolveConflict {
                            entry: entry.id,
                            body: theirs.to_owned(),
                        },
                    });
                }
                if ui
                    .button("Keep both texts")
                    .on_hover_text("Theirs goes after yours in the entry: combine them by hand")
                    .clicked()
                {
                    let body = [mine, theirs]
                        .into_iter()
                        .filter(|text| !text.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join("\n\n");
                    actions.edit(Edit::ResolveConflict {
                        entry: entry.id,
                        body,
                    });
                }
            });
        });
}
