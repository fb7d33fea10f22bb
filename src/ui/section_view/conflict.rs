//! An entry a merge could not settle: both texts side by side in a coloured
//! box, and the three ways to settle it, each one undoable edit.

use egui::{Frame, RichText, Ui};

use super::super::actions::Actions;
use super::super::theme;
use crate::edit::Edit;
use crate::model::{ConflictKind, Entry};
use crate::t;

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
        t!("conflict-other-copy")
    } else {
        conflict.theirs_by.clone()
    };
    let what = match conflict.kind {
        ConflictKind::BothEdited => t!("conflict-you-both-edited"),
        ConflictKind::OursDeleted => t!("conflict-you-deleted"),
        ConflictKind::TheirsDeleted => t!("conflict-they-deleted"),
    };
    Frame::group(ui.style())
        .fill(theme::tokens(ui).warning.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(2.0, theme::tokens(ui).warning))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(t!("conflict-in-entry", position = position, what = what))
                    .strong()
                    .color(theme::tokens(ui).warning),
            );
            ui.label(RichText::new(t!("conflict-theirs", by = by)).strong());
            let deleted = t!("conflict-deleted");
            ui.label(if theirs.is_empty() { &deleted } else { theirs });
            ui.label(RichText::new(t!("conflict-mine")).strong());
            ui.label(if mine.is_empty() { &deleted } else { mine });
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(t!("details-keep-mine"))
                    .on_hover_text(t!("conflict-keep-mine-hint"))
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
                    .button(t!("details-take-theirs"))
                    .on_hover_text(t!("conflict-take-theirs-hint"))
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
                    .button(t!("conflict-keep-both"))
                    .on_hover_text(t!("conflict-keep-both-hint"))
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
