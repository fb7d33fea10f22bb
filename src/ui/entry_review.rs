//! Review on an entry: the declaration flag and comment threads.

use std::collections::HashMap;

use egui::{RichText, TextEdit, Ui};

use super::actions::{Actions, Review};
use super::theme;
use crate::model::{Comment, Entry, EntryId};
use crate::t;

/// Text being typed for review steps, per entry, until it is submitted.
#[derive(Default)]
pub struct ReviewDrafts {
    /// Note for a flag being set, or resolution for a flag being cleared.
    pub flag_note: HashMap<EntryId, String>,
    /// Entries whose flag form is open.
    pub flag_form: HashMap<EntryId, bool>,
    pub comment: HashMap<EntryId, String>,
    pub reply: HashMap<(EntryId, usize), String>,
    /// Entries whose comments are shown.
    pub comments_open: HashMap<EntryId, bool>,
}

/// The flag banner, or the form that sets or clears it.
pub fn declaration(
    ui: &mut Ui,
    position: usize,
    entry: &Entry,
    drafts: &mut ReviewDrafts,
    actions: &mut Actions,
) {
    let form_open = drafts.flag_form.get(&entry.id).copied().unwrap_or(false);
    if let Some(flag) = &entry.declaration {
        ui.horizontal_wrapped(|ui| {
            let flagged = if flag.by.is_empty() {
                t!("review-flagged", note = &flag.note)
            } else {
                t!("review-flagged-by", by = &flag.by, note = &flag.note)
            };
            ui.label(
                RichText::new(flagged)
                    .color(theme::tokens(ui).error)
                    .strong(),
            );
            if !form_open && ui.button(t!("review-clear-flag")).clicked() {
                drafts.flag_form.insert(entry.id, true);
            }
        });
    }
    if !form_open {
        return;
    }
    let clearing = entry.declaration.is_some();
    ui.horizontal_wrapped(|ui| {
        let prompt = if clearing {
            t!("review-flag-resolved", position = position)
        } else {
            t!("review-flag-why", position = position)
        };
        let label = ui.label(prompt);
        let note = drafts.flag_note.entry(entry.id).or_default();
        ui.add(
            TextEdit::singleline(note)
                .desired_width(220.0)
                .id_salt(("flag_note", entry.id.0)),
        )
        .labelled_by(label.id);
        let ready = !note.trim().is_empty();
        let confirm = if clearing {
            t!("review-clear-the-flag")
        } else {
            t!("review-flag")
        };
        if ui.add_enabled(ready, egui::Button::new(confirm)).clicked() {
            let text = std::mem::take(note);
            actions.review(if clearing {
                Review::ClearFlag {
                    entry: entry.id,
                    resolution: text,
                }
            } else {
                Review::Flag {
                    entry: entry.id,
                    note: text,
                }
            });
            drafts.flag_form.insert(entry.id, false);
        }
        if ui.button(t!("button-cancel")).clicked() {
            drafts.flag_form.insert(entry.id, false);
        }
    });
}

/// Opens the flag form of an entry (from its menu).
pub fn open_flag_form(drafts: &mut ReviewDrafts, entry: EntryId) {
    drafts.flag_form.insert(entry, true);
}

/// The entry's comment threads, folded behind a toggle that shows the open count.
pub fn comments(
    ui: &mut Ui,
    position: usize,
    entry: &Entry,
    drafts: &mut ReviewDrafts,
    actions: &mut Actions,
) {
    let open = entry.open_comments();
    let shown = drafts
        .comments_open
        .get(&entry.id)
        .copied()
        .unwrap_or(false);
    // Without comments the entry's tools offer "Comment"; once asked for,
    // the thread's form shows here.
    if entry.comments.is_empty() && !shown {
        return;
    }
    let toggle = match (entry.comments.len(), open) {
        (0, _) => t!("entry-comment-hint", position = position),
        (all, 0) => t!("review-comments-resolved", position = position, count = all),
        (all, open) => t!(
            "review-comments-open",
            position = position,
            open = open,
            count = all
        ),
    };
    let colour = if open > 0 {
        theme::tokens(ui).warning
    } else {
        ui.visuals().weak_text_color()
    };
    if ui
        .add(egui::Button::new(RichText::new(toggle).small().color(colour)).frame(false))
        .clicked()
    {
        drafts.comments_open.insert(entry.id, !shown);
    }
    if !shown {
        return;
    }
    ui.indent(("comments", entry.id.0), |ui| {
        for (thread, comment) in entry.comments.iter().enumerate() {
            thread_ui(ui, entry.id, thread, comment, drafts, actions);
        }
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("review-new-comment", position = position));
            let text = drafts.comment.entry(entry.id).or_default();
            ui.add(
                TextEdit::singleline(text)
                    .desired_width(260.0)
                    .id_salt(("new_comment", entry.id.0)),
            )
            .labelled_by(label.id);
            if ui
                .add_enabled(
                    !text.trim().is_empty(),
                    egui::Button::new(t!("review-add-comment")),
                )
                .clicked()
            {
                actions.review(Review::Comment {
                    entry: entry.id,
                    text: std::mem::take(text),
                });
            }
        });
    });
}

fn thread_ui(
    ui: &mut Ui,
    entry: EntryId,
    thread: usize,
    comment: &Comment,
    drafts: &mut ReviewDrafts,
    actions: &mut Actions,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        one_comment(ui, comment);
        for reply in &comment.replies {
            ui.indent(("reply", entry.0, thread), |ui| one_comment(ui, reply));
        }
        ui.horizontal_wrapped(|ui| {
            if comment.resolved {
                ui.label(
                    RichText::new(t!("review-resolved"))
                        .small()
                        .color(theme::tokens(ui).ok),
                );
                if ui.small_button(t!("review-reopen")).clicked() {
                    actions.review(Review::Resolve {
                        entry,
                        thread,
                        resolved: false,
                    });
                }
                return;
            }
            if ui.small_button(t!("review-resolve")).clicked() {
                actions.review(Review::Resolve {
                    entry,
                    thread,
                    resolved: true,
                });
            }
            let label = ui.label(RichText::new(t!("review-reply-to", thread = thread + 1)).small());
            let text = drafts.reply.entry((entry, thread)).or_default();
            ui.add(
                TextEdit::singleline(text)
                    .desired_width(200.0)
                    .id_salt(("reply", entry.0, thread)),
            )
            .labelled_by(label.id);
            if ui
                .add_enabled(
                    !text.trim().is_empty(),
                    egui::Button::new(t!("review-reply")),
                )
                .clicked()
            {
                actions.review(Review::Reply {
                    entry,
                    thread,
                    text: std::mem::take(text),
                });
            }
        });
    });
}

fn one_comment(ui: &mut Ui, comment: &Comment) {
    ui.label(
        RichText::new(format!(
            "{}, {}",
            comment.author,
            comment.at.format("%Y-%m-%d %H:%M UTC")
        ))
        .small()
        .weak(),
    );
    ui.label(&comment.text);
}
