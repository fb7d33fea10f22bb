//! Suggestions (track changes): in Suggest mode an entry's text box edits a
//! draft that becomes a reviewer's suggestion; each open suggestion shows as
//! a word diff against the body with Accept and Reject, each one undoable edit.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, Frame, RichText, Stroke, Ui};
use similar::{ChangeTag, TextDiff};

use super::super::actions::{Actions, Review};
use super::super::theme;
use crate::edit::Edit;
use crate::model::Entry;

const DELETED: Color32 = Color32::from_rgb(0xc0, 0x39, 0x2b);
const INSERTED: Color32 = Color32::from_rgb(0x1e, 0x84, 0x49);

/// The body as a word diff to `proposed`: deleted words struck through in
/// red, inserted words underlined in green.
pub fn diff_job(ui: &Ui, body: &str, proposed: &str) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = ui.visuals().text_color();
    let mut job = LayoutJob::default();
    for change in TextDiff::from_words(body, proposed).iter_all_changes() {
        let format = match change.tag() {
            ChangeTag::Equal => TextFormat::simple(font.clone(), plain),
            ChangeTag::Delete => TextFormat {
                strikethrough: Stroke::new(1.5, DELETED),
                ..TextFormat::simple(font.clone(), DELETED)
            },
            ChangeTag::Insert => TextFormat {
                underline: Stroke::new(1.5, INSERTED),
                ..TextFormat::simple(font.clone(), INSERTED)
            },
        };
        job.append(change.value(), 0.0, format);
    }
    job
}

/// The Suggest button under a draft that differs from the body.
pub fn draft_row(ui: &mut Ui, entry: &Entry, draft: &mut Option<String>, actions: &mut Actions) {
    let Some(text) = draft.clone() else {
        return;
    };
    if text == entry.body {
        *draft = None;
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new("Your suggestion (not yet recorded)")
                .small()
                .weak(),
        );
        if ui
            .button("Suggest")
            .on_hover_text("Record this text as your suggestion; the entry stays as it is")
            .clicked()
        {
            actions.review(Review::Suggest {
                entry: entry.id,
                text,
            });
            *draft = None;
        } else if ui.button("Discard suggestion").clicked() {
            *draft = None;
        }
    });
}

/// Each open suggestion: who and when, the diff, Accept and Reject.
pub fn open(ui: &mut Ui, position: usize, entry: &Entry, actions: &mut Actions) {
    for (index, suggestion) in entry.open_suggestions() {
        Frame::group(ui.style())
            .stroke(Stroke::new(1.0, theme::NEAR))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!(
                        "Suggestion on entry {position} by {}, {}",
                        suggestion.author,
                        suggestion.at.format("%Y-%m-%d %H:%M UTC")
                    ))
                    .strong(),
                );
                ui.label(diff_job(ui, &entry.body, &suggestion.text));
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button("Accept")
                        .on_hover_text("The suggested text becomes the entry's text")
                        .clicked()
                    {
                        actions.edit(Edit::AcceptSuggestion {
                            entry: entry.id,
                            index,
                        });
                    }
                    if ui
                        .button("Reject")
                        .on_hover_text("The entry stays as it is; the suggestion is kept on record")
                        .clicked()
                    {
                        actions.edit(Edit::RejectSuggestion {
                            entry: entry.id,
                            index,
                        });
                    }
                });
            });
    }
}
