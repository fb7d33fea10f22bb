//! Suggestions (track changes): in Suggest mode an entry's text box edits a
//! draft that becomes a reviewer's suggestion; each open suggestion shows as
//! a word diff against the body with Accept and Reject, each one undoable edit.

use egui::text::{LayoutJob, TextFormat};
use egui::{Frame, RichText, Stroke, Ui};
use similar::{ChangeTag, TextDiff};

use super::super::actions::{Actions, Review};
use super::super::theme;
use crate::edit::Edit;
use crate::model::Entry;
use crate::t;

/// The body as a word diff to `proposed`: deleted words struck through in
/// red, inserted words underlined in green. A word replaced by another keeps
/// a space between them ("promised pledged", never "promisedpledged").
pub fn diff_job(ui: &Ui, body: &str, proposed: &str) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let tokens = theme::tokens(ui);
    let (plain, deleted, inserted) = (ui.visuals().text_color(), tokens.error, tokens.ok);
    let mut job = LayoutJob::default();
    let mut last = ChangeTag::Equal;
    for change in TextDiff::from_words(body, proposed).iter_all_changes() {
        let touching = last != ChangeTag::Equal
            && change.tag() != ChangeTag::Equal
            && last != change.tag()
            && !job.text.ends_with(char::is_whitespace)
            && !change.value().starts_with(char::is_whitespace);
        if touching {
            job.append(" ", 0.0, TextFormat::simple(font.clone(), plain));
        }
        last = change.tag();
        let format = match change.tag() {
            ChangeTag::Equal => TextFormat::simple(font.clone(), plain),
            ChangeTag::Delete => TextFormat {
                strikethrough: Stroke::new(1.5, deleted),
                ..TextFormat::simple(font.clone(), deleted)
            },
            ChangeTag::Insert => TextFormat {
                underline: Stroke::new(1.5, inserted),
                ..TextFormat::simple(font.clone(), inserted)
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
        ui.label(RichText::new(t!("suggestion-draft")).small().weak());
        if ui
            .button(t!("suggestion-suggest"))
            .on_hover_text(t!("suggestion-suggest-hint"))
            .clicked()
        {
            actions.review(Review::Suggest {
                entry: entry.id,
                text,
            });
            *draft = None;
        } else if ui.button(t!("suggestion-discard")).clicked() {
            *draft = None;
        }
    });
}

/// Each open suggestion: who and when, the diff, Accept and Reject.
pub fn open(ui: &mut Ui, position: usize, entry: &Entry, actions: &mut Actions) {
    for (index, suggestion) in entry.open_suggestions() {
        Frame::group(ui.style())
            .stroke(Stroke::new(1.0, theme::tokens(ui).warning))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(t!(
                        "suggestion-by",
                        position = position,
                        author = &suggestion.author,
                        when = suggestion.at.format("%Y-%m-%d %H:%M UTC").to_string()
                    ))
                    .strong(),
                );
                ui.label(diff_job(ui, &entry.body, &suggestion.text));
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button(t!("suggestion-accept"))
                        .on_hover_text(t!("suggestion-accept-hint"))
                        .clicked()
                    {
                        actions.edit(Edit::AcceptSuggestion {
                            entry: entry.id,
                            index,
                        });
                    }
                    if ui
                        .button(t!("suggestion-reject"))
                        .on_hover_text(t!("suggestion-reject-hint"))
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

#[cfg(test)]
mod tests {
    use super::diff_job;

    fn text_of(body: &str, proposed: &str) -> String {
        let ctx = egui::Context::default();
        let mut text = String::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            text = diff_job(ui, body, proposed).text;
        });
        output.textures_delta.clear();
        text
    }

    #[test]
    fn a_replaced_word_keeps_a_space_from_its_replacement() {
        assert_eq!(
            text_of("Russia promised aid.", "Russia pledged aid."),
            "Russia promised pledged aid."
        );
        assert_eq!(text_of("promised", "pledged"), "promised pledged");
        // Unchanged text and plain insertions are not padded.
        assert_eq!(text_of("a b", "a b c"), "a b c");
    }
}
