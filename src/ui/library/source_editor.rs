//! The selected source's fields, edited in place, with why it is classified so.

use egui::{RichText, TextEdit, Ui};

use super::capture::{self, CaptureStatus, fetched_tag};
use super::class_name;
use crate::edit::{Edit, SourceDate, TextField};
use crate::model::{Issue, PageField, Source, SourceKind, StateMediaOverride};
use crate::t;
use crate::ui::actions::{Action, Actions};
use crate::ui::dates::{Emptied, MonthAs, date_field};
use crate::ui::derived::{Derived, SourceBadge};
use crate::ui::theme;

pub(super) fn show(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    source: &Source,
    status: &CaptureStatus,
    actions: &mut Actions,
) {
    let id = source.id;
    // Wrapped rows: the panel may be narrow, and its content must not widen it.
    ui.horizontal_wrapped(|ui| {
        ui.strong(t!("source-editor-heading", id = id.0));
        if crate::ui::icons::button(ui, crate::ui::icons::COPY, &t!("copy-link"))
            .on_hover_text(&source.url)
            .clicked()
        {
            ui.ctx().copy_text(source.url.clone());
            actions.push(Action::Say(t!("link-copied", url = &source.url)));
        }
        if ui.button(t!("source-editor-delete")).clicked() {
            actions.push(Action::RemoveSource(id));
        }
        if ui.button(t!("button-close")).clicked() {
            actions.push(Action::SelectSource(None));
        }
    });
    if let Some(badge) = derived.badges.get(&id) {
        let colours = theme::tokens(ui).source(
            badge.classification,
            badge.is_state_media,
            source.kind == crate::model::SourceKind::Opinion,
        );
        let what = if badge.is_state_media {
            t!("source-editor-counts-as-state-media")
        } else {
            t!("source-editor-not-state-media")
        };
        crate::ui::tag::tag(ui, &format!("{} · {what}", class_name(badge)), colours)
            .on_hover_text(&badge.why);
    }
    if let Some(badge) = derived.badges.get(&id) {
        why_classified(ui, badge, actions);
    }
    capture::fetch_rows(ui, source, status, actions);
    egui::Grid::new(("source_fields", id.0))
        .num_columns(2)
        .striped(false)
        .show(ui, |ui| {
            text_row(
                ui,
                &t!("source-editor-url"),
                TextField::SourceUrl(id),
                &source.url,
                actions,
            );
            let label = field_label(ui, &t!("column-title"), source, PageField::Title);
            text_field(
                ui,
                label,
                TextField::SourceTitle(id),
                &source.title,
                actions,
            );
            let registry_name = derived
                .badges
                .get(&id)
                .map(|b| b.outlet.clone())
                .unwrap_or_default();
            let label = field_label(ui, &t!("column-outlet"), source, PageField::Outlet);
            let mut outlet = source.outlet.clone().unwrap_or_default();
            let response = ui.add(
                TextEdit::singleline(&mut outlet)
                    .hint_text(t!("source-editor-outlet-hint", outlet = &registry_name))
                    .desired_width(f32::INFINITY)
                    .id_salt(("source_outlet", id.0)),
            );
            let response = response.labelled_by(label.id);
            actions.text(
                &response,
                TextField::SourceOutlet(id),
                &outlet,
                source.outlet.as_deref().unwrap_or_default(),
            );
            ui.end_row();
            let label = field_label(ui, &t!("source-editor-author"), source, PageField::Author);
            text_field(
                ui,
                label,
                TextField::SourceAuthor(id),
                &source.author,
                actions,
            );
            let label = field_label(ui, &t!("column-published"), source, PageField::Published);
            if let Some(date) = date_field(
                ui,
                ("published", id.0),
                label.id,
                source.published,
                MonthAs::NotAllowed,
                Emptied::ByTypingOrButton,
            ) {
                actions.edit(Edit::SetSourceDate {
                    source: id,
                    which: SourceDate::Published,
                    date,
                });
            }
            ui.end_row();
            let label = ui.label(t!("source-editor-accessed"));
            if let Some(date) = date_field(
                ui,
                ("accessed", id.0),
                label.id,
                source.accessed,
                MonthAs::NotAllowed,
                Emptied::ByTypingOrButton,
            ) {
                actions.edit(Edit::SetSourceDate {
                    source: id,
                    which: SourceDate::Accessed,
                    date,
                });
            }
            ui.end_row();
            let label = field_label(ui, &t!("details-language"), source, PageField::Language);
            text_field(
                ui,
                label,
                TextField::SourceLanguage(id),
                &source.language,
                actions,
            );
            let label = ui.label(t!("column-kind"));
            let mut kind = source.kind;
            egui::ComboBox::from_id_salt(("source_kind", id.0))
                .selected_text(kind.label())
                .show_ui(ui, |ui| {
                    for option in SourceKind::ALL {
                        ui.selectable_value(&mut kind, option, option.label());
                    }
                })
                .response
                .labelled_by(label.id)
                // Who decided it: its address, its page, or the editor.
                .on_hover_text(crate::sourcing::kind_reason(source));
            if kind != source.kind {
                actions.edit(Edit::SetSourceKind { source: id, kind });
            }
            ui.end_row();
            state_media_row(ui, source, actions);
            verification_row(ui, source, actions);
            text_row(
                ui,
                &t!("source-editor-notes"),
                TextField::SourceNotes(id),
                &source.notes,
                actions,
            );
        });
    capture::archive_and_link_rows(ui, source, status, actions);
    let cited = issue.times_cited(id);
    ui.label(
        RichText::new(t!("source-editor-cited-by", count = cited))
            .small()
            .weak(),
    );
}

/// The registry match (or its absence) behind the classification, and for an
/// unclassified host the way to classify it.
fn why_classified(ui: &mut Ui, badge: &SourceBadge, actions: &mut Actions) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for line in badge.why.lines() {
            ui.label(RichText::new(line).small());
        }
        if let Some(host) = badge.host.as_deref() {
            let label = if badge.is_unclassified {
                t!("findings-classify-outlet")
            } else {
                t!("source-editor-correct-outlet")
            };
            if ui.small_button(label).clicked() {
                actions.push(Action::ClassifyHost(host.to_owned()));
            }
        }
    });
}

fn verification_row(ui: &mut Ui, source: &Source, actions: &mut Actions) {
    let label = ui.label(t!("source-editor-verified"));
    ui.horizontal(|ui| {
        let mut verified = source.verification.is_some();
        let _ = label;
        let response = ui.checkbox(&mut verified, t!("source-editor-checked-against-article"));
        if response.changed() {
            actions.review(crate::ui::actions::Review::Verify {
                source: source.id,
                verified,
            });
        }
        if let Some(verification) = &source.verification {
            ui.label(
                RichText::new(t!(
                    "section-approved-by",
                    reviewer = &verification.by,
                    when = verification.at.format("%Y-%m-%d %H:%M UTC").to_string()
                ))
                .small()
                .weak(),
            );
        }
    });
    ui.end_row();
}

fn text_row(ui: &mut Ui, name: &str, field: TextField, value: &str, actions: &mut Actions) {
    let label = ui.label(name);
    text_field(ui, label, field, value, actions);
}

/// A field's name, tagged when the page filled it; the name labels the field.
fn field_label(ui: &mut Ui, name: &str, source: &Source, field: PageField) -> egui::Response {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        fetched_tag(ui, source, field);
        label
    })
    .inner
}

/// A text field labelled by `label`, its keystrokes typed into `field`.
fn text_field(
    ui: &mut Ui,
    label: egui::Response,
    field: TextField,
    value: &str,
    actions: &mut Actions,
) {
    let mut text = value.to_owned();
    let response = ui.add(
        TextEdit::singleline(&mut text)
            .desired_width(f32::INFINITY)
            .id_salt(format!("{field:?}")),
    );
    let response = response.labelled_by(label.id);
    actions.text(&response, field, &text, value);
    ui.end_row();
}

/// The editor's override of the registry: auto, yes or no, and why. The
/// choice is one undo step; the reason is typed like any text.
fn state_media_row(ui: &mut Ui, source: &Source, actions: &mut Actions) {
    let id = source.id;
    let label = ui.label(t!("source-editor-state-media"));
    ui.horizontal(|ui| {
        let (current, reason) = match &source.state_media {
            StateMediaOverride::Auto => (0, ""),
            StateMediaOverride::Yes { reason } => (1, reason.as_str()),
            StateMediaOverride::No { reason } => (2, reason.as_str()),
        };
        let mut choice = current;
        let options = [
            t!("source-editor-state-media-auto"),
            t!("source-editor-state-media-yes"),
            t!("source-editor-state-media-no"),
        ];
        egui::ComboBox::from_id_salt(("state_media", id.0))
            .selected_text(options[choice].as_str())
            .show_ui(ui, |ui| {
                for (value, name) in options.iter().enumerate() {
                    ui.selectable_value(&mut choice, value, name.as_str());
                }
            })
            .response
            .labelled_by(label.id);
        if choice != current {
            let reason = reason.to_owned();
            let value = match choice {
                1 => StateMediaOverride::Yes { reason },
                2 => StateMediaOverride::No { reason },
                _ => StateMediaOverride::Auto,
            };
            actions.edit(Edit::SetStateMedia { source: id, value });
        } else if choice != 0 {
            let reason_label = ui.label(t!("source-editor-reason"));
            let mut typed = reason.to_owned();
            let response = ui
                .add(
                    TextEdit::singleline(&mut typed)
                        .hint_text(t!("source-editor-reason-hint"))
                        .id_salt(("state_media_reason", id.0)),
                )
                .labelled_by(reason_label.id);
            actions.text(
                &response,
                TextField::SourceStateMediaReason(id),
                &typed,
                reason,
            );
        }
    });
    ui.end_row();
}
