//! The centre: the selected section's title and entries, each an editable
//! text with its word count and citation chips; add citations by pasting a
//! URL or picking from the library.

use std::collections::HashMap;

use egui::{FontSelection, Frame, RichText, ScrollArea, TextEdit, Ui};

mod citations;
mod conflict;
mod language;
mod suggestions;

use super::actions::{Actions, Selection};
use super::derived::Derived;
use super::entry_review::{self, ReviewDrafts};
use super::spelling::{self, SpellCheck};
use super::theme;
use crate::edit::{Edit, TextField};
use crate::model::{Entry, EntryId, Issue, Section, SourceId};

/// Per-entry input that is not yet part of the issue.
#[derive(Default)]
pub struct SectionViewState {
    /// What is typed in each entry's "add source" field.
    pub pending_urls: HashMap<EntryId, String>,
    /// Why the last text given to an entry's "add source" field was refused.
    pub url_problems: HashMap<EntryId, String>,
    /// An entry whose "add source" field keeps the keyboard for the next paste.
    pub focus_url: Option<EntryId>,
    /// The library filter of each entry's "pick a source" menu.
    pub pick_filter: String,
    /// An entry the view should scroll to once.
    pub scroll_to: Option<EntryId>,
    /// An entry whose text field takes the keyboard focus once it is shown.
    pub focus: Option<EntryId>,
    /// Flag notes, comments and replies being typed.
    pub review: ReviewDrafts,
    /// Suggest mode: typing in an entry edits a draft suggestion, not the body.
    pub suggest: bool,
    /// Each entry's draft suggestion in Suggest mode.
    pub suggestion_drafts: HashMap<EntryId, String>,
    /// The document's speller and the unknown words of the texts shown.
    pub spelling: SpellCheck,
}

pub fn show(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    selection: &Selection,
    state: &mut SectionViewState,
    actions: &mut Actions,
) {
    let Some(section) = selection.section.and_then(|id| issue.section(id)) else {
        ui.centered_and_justified(|ui| {
            ui.label("Select a section in the outline, or add one with “+ Section”.");
        });
        return;
    };
    ui.horizontal(|ui| {
        let label = ui.label("Section title");
        let mut title = section.title.clone();
        let width = (ui.available_width() - 120.0).max(160.0);
        let heading = FontSelection::from(egui::TextStyle::Heading);
        let output = {
            let mut layouter = spelling::layouter(&mut state.spelling, heading, false, None);
            TextEdit::singleline(&mut title)
                .font(egui::TextStyle::Heading)
                .desired_width(width)
                .id_salt(("section_title", section.id.0))
                .layouter(&mut layouter)
                .show(ui)
        };
        spelling::paint_wave(ui, &output);
        let field = TextField::SectionTitle(section.id);
        spelling::word_menu(&output, field, None, &mut state.spelling, actions);
        let response = output.response.response.clone().labelled_by(label.id);
        actions.text(&response, field, &title, &section.title);
    });
    status_row(ui, section, actions);
    ui.horizontal_wrapped(|ui| {
        ui.toggle_value(&mut state.suggest, "Suggest changes")
            .on_hover_text("Typing in an entry records a suggestion instead of changing it");
        if state.suggest {
            ui.label(
                RichText::new("Suggest mode: your edits become suggestions").color(theme::NEAR),
            );
        }
    });
    if let Some(problem) = &state.spelling.problem {
        ui.label(RichText::new(problem).small().weak());
    }
    if !section.tags.is_empty() {
        ui.label(RichText::new(section.tags.join(", ")).small().weak());
    }
    ui.separator();
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, entry) in section.entries.iter().enumerate() {
                let highlighted = selection.entry == Some(entry.id);
                let response = entry_card(
                    ui,
                    issue,
                    derived,
                    section,
                    index,
                    entry,
                    highlighted,
                    selection.highlight,
                    state,
                    actions,
                );
                if state.scroll_to == Some(entry.id) {
                    response.scroll_to_me(Some(egui::Align::TOP));
                    state.scroll_to = None;
                }
                ui.add_space(8.0);
            }
            if section.entries.is_empty() {
                ui.label("This section has no entries yet.");
            }
            if ui.button("+ Add entry").clicked() {
                // The new entry gets the next free id: select it and put the cursor in it.
                let id = issue.next_entry_id();
                actions.edit(Edit::AddEntry {
                    section: section.id,
                    index: section.entries.len(),
                    body: String::new(),
                });
                actions.select(Selection {
                    centre: super::actions::Centre::Section,
                    section: Some(section.id),
                    entry: Some(id),
                    highlight: None,
                });
                state.focus = Some(id);
            }
        });
}

#[allow(clippy::too_many_arguments)] // one card needs all of these, and nothing more
fn entry_card(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    section: &Section,
    index: usize,
    entry: &Entry,
    highlighted: bool,
    highlight: Option<SourceId>,
    state: &mut SectionViewState,
    actions: &mut Actions,
) -> egui::Response {
    let mut frame = Frame::group(ui.style());
    if highlighted {
        frame = frame.stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color));
    }
    let position = index + 1;
    frame
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = ui
                .horizontal(|ui| {
                    let label = ui.strong(format!("Entry {position}"));
                    let words = derived.words.get(&entry.id).copied().unwrap_or_default();
                    ui.label(RichText::new(format!("{words} words")).small().weak());
                    language::badge(ui, entry);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        entry_menu(ui, issue, section, index, entry, &mut state.review, actions);
                    });
                    label
                })
                .inner;
            conflict::resolver(ui, position, entry, actions);
            language::notice(ui, entry, &mut state.spelling);
            let language = entry.language.as_deref();
            let suggesting = state.suggest;
            let mut body = if suggesting {
                state
                    .suggestion_drafts
                    .get(&entry.id)
                    .cloned()
                    .unwrap_or_else(|| entry.body.clone())
            } else {
                entry.body.clone()
            };
            let output = {
                let mut layouter =
                    spelling::layouter(&mut state.spelling, FontSelection::Default, true, language);
                TextEdit::multiline(&mut body)
                    .desired_width(f32::INFINITY)
                    .desired_rows(2)
                    .hint_text("One to five sentences; *emphasis* and **strong** allowed.")
                    .id_salt(("entry_body", entry.id.0))
                    .layouter(&mut layouter)
                    .show(ui)
            };
            spelling::paint_wave(ui, &output);
            if !suggesting {
                spelling::word_menu(
                    &output,
                    TextField::EntryBody(entry.id),
                    language,
                    &mut state.spelling,
                    actions,
                );
            }
            let response = output.response.response.clone();
            let response = response.labelled_by(label.id);
            if state.focus == Some(entry.id) {
                response.request_focus();
                state.focus = None;
            }
            if response.gained_focus() || response.clicked() {
                actions.select(Selection {
                    centre: super::actions::Centre::Section,
                    section: Some(section.id),
                    entry: Some(entry.id),
                    highlight: None,
                });
            }
            if suggesting {
                if body != entry.body {
                    state.suggestion_drafts.insert(entry.id, body);
                }
                let mut draft = state.suggestion_drafts.remove(&entry.id);
                suggestions::draft_row(ui, entry, &mut draft, actions);
                if let Some(draft) = draft {
                    state.suggestion_drafts.insert(entry.id, draft);
                }
            } else {
                actions.text(
                    &response,
                    TextField::EntryBody(entry.id),
                    &body,
                    &entry.body,
                );
            }
            suggestions::open(ui, position, entry, actions);
            entry_review::declaration(ui, position, entry, &mut state.review, actions);
            ui.horizontal_wrapped(|ui| {
                if entry.citations.is_empty() {
                    ui.label(RichText::new("No source cited").color(theme::OVER));
                }
                for id in entry.cited_sources() {
                    let pointed = highlighted && highlight == Some(id);
                    citations::chip(ui, issue, derived, entry.id, id, pointed, actions);
                }
            });
            citations::add_source_row(ui, issue, derived, position, entry, state, actions);
            entry_review::comments(ui, position, entry, &mut state.review, actions);
        })
        .response
}

/// The section's review status, who approved it, and the moves it can make.
fn status_row(ui: &mut Ui, section: &Section, actions: &mut Actions) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Status");
        ui.label(
            RichText::new(section.status.name())
                .strong()
                .color(theme::status_colour(section.status)),
        );
        if let Some(approval) = &section.approval {
            ui.label(
                RichText::new(format!(
                    "by {}, {}",
                    approval.reviewer,
                    approval.at.format("%Y-%m-%d %H:%M UTC")
                ))
                .small()
                .weak(),
            );
        }
        ui.separator();
        for next in section.status.next() {
            if ui.button(next.action()).clicked() {
                actions.review(super::actions::Review::SetStatus {
                    section: section.id,
                    status: *next,
                });
            }
        }
    });
}

fn entry_menu(
    ui: &mut Ui,
    issue: &Issue,
    section: &Section,
    index: usize,
    entry: &Entry,
    drafts: &mut ReviewDrafts,
    actions: &mut Actions,
) {
    ui.menu_button("More", |ui| {
        if entry.declaration.is_none() && ui.button("Flag declaration…").clicked() {
            entry_review::open_flag_form(drafts, entry.id);
        }
        if ui
            .add_enabled(index > 0, egui::Button::new("Move up"))
            .clicked()
        {
            actions.edit(Edit::MoveEntry {
                entry: entry.id,
                section: section.id,
                index: index - 1,
            });
        }
        if ui
            .add_enabled(
                index + 1 < section.entries.len(),
                egui::Button::new("Move down"),
            )
            .clicked()
        {
            actions.edit(Edit::MoveEntry {
                entry: entry.id,
                section: section.id,
                index: index + 1,
            });
        }
        ui.menu_button("Move to section", |ui| {
            for target in issue.sections.iter().filter(|s| s.id != section.id) {
                let title = if target.title.is_empty() {
                    "(untitled section)"
                } else {
                    &target.title
                };
                if ui.button(title).clicked() {
                    actions.edit(Edit::MoveEntry {
                        entry: entry.id,
                        section: target.id,
                        index: target.entries.len(),
                    });
                }
            }
        });
        language::menu(ui, issue, entry, actions);
        ui.separator();
        if ui.button("Delete entry").clicked() {
            actions.edit(Edit::RemoveEntry(entry.id));
        }
    });
}
