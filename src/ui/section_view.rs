//! The centre: the selected section's title and entries, each an editable
//! text with its word count and citation chips; add citations by pasting a
//! URL or picking from the library.

use std::collections::HashMap;

use egui::{Frame, RichText, ScrollArea, TextEdit, Ui};

use super::actions::{Action, Actions, Selection};
use super::derived::Derived;
use super::entry_review::{self, ReviewDrafts};
use super::theme;
use crate::edit::{Edit, TextField};
use crate::model::{Entry, EntryId, Issue, Section, SourceId};

/// Per-entry input that is not yet part of the issue.
#[derive(Default)]
pub struct SectionViewState {
    /// What is typed in each entry's "add source" field.
    pub pending_urls: HashMap<EntryId, String>,
    /// The library filter of each entry's "pick a source" menu.
    pub pick_filter: String,
    /// An entry the view should scroll to once.
    pub scroll_to: Option<EntryId>,
    /// An entry whose text field takes the keyboard focus once it is shown.
    pub focus: Option<EntryId>,
    /// Flag notes, comments and replies being typed.
    pub review: ReviewDrafts,
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
        let response = ui.add(
            TextEdit::singleline(&mut title)
                .font(egui::TextStyle::Heading)
                .desired_width((ui.available_width() - 120.0).max(160.0))
                .id_salt(("section_title", section.id.0)),
        );
        let response = response.labelled_by(label.id);
        actions.text(
            &response,
            TextField::SectionTitle(section.id),
            &title,
            &section.title,
        );
    });
    status_row(ui, section, actions);
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
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        entry_menu(ui, issue, section, index, entry, &mut state.review, actions);
                    });
                    label
                })
                .inner;
            let mut body = entry.body.clone();
            let response = ui.add(
                TextEdit::multiline(&mut body)
                    .desired_width(f32::INFINITY)
                    .desired_rows(2)
                    .hint_text("One to five sentences; *emphasis* and **strong** allowed.")
                    .id_salt(("entry_body", entry.id.0)),
            );
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
            actions.text(
                &response,
                TextField::EntryBody(entry.id),
                &body,
                &entry.body,
            );
            entry_review::declaration(ui, position, entry, &mut state.review, actions);
            ui.horizontal_wrapped(|ui| {
                if entry.citations.is_empty() {
                    ui.label(RichText::new("No source cited").color(theme::OVER));
                }
                for id in entry.cited_sources() {
                    let pointed = highlighted && highlight == Some(id);
                    citation_chip(ui, issue, derived, entry.id, id, pointed, actions);
                }
            });
            add_source_row(ui, issue, derived, position, entry, state, actions);
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
        ui.separator();
        if ui.button("Delete entry").clicked() {
            actions.edit(Edit::RemoveEntry(entry.id));
        }
    });
}

fn citation_chip(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    entry: EntryId,
    id: SourceId,
    pointed: bool,
    actions: &mut Actions,
) {
    let (Some(source), Some(badge)) = (issue.source(id), derived.badges.get(&id)) else {
        ui.label(RichText::new(format!("missing source #{}", id.0)).color(theme::OVER));
        return;
    };
    let colour = theme::source_colour(badge.classification, badge.is_state_media);
    let class_name = badge.classification.map_or("unclassified", |c| c.name());
    // Words, not symbols: the default fonts lack most symbols, and words read aloud well.
    let marker = if badge.is_state_media {
        "state media: "
    } else if badge.classification.is_none() {
        "unclassified: "
    } else {
        ""
    };
    // Two plain widgets rather than a framed group, so a long row of chips wraps.
    let title = if source.title.is_empty() {
        "(no title)"
    } else {
        &source.title
    };
    // A finding pointed at this citation: draw it heavier and filled.
    let (width, fill) = if pointed {
        (3.0, colour.gamma_multiply(0.25))
    } else {
        (1.0, egui::Color32::TRANSPARENT)
    };
    let chip = egui::Button::new(RichText::new(format!("{marker}{}", badge.outlet)).color(colour))
        .stroke(egui::Stroke::new(width, colour))
        .fill(fill)
        .corner_radius(8.0);
    let chip = ui.add(chip).on_hover_text(format!(
        "{title}\n{}\n{class_name} · {}\n\n{}\n\nClick to open it in the library.",
        source.url,
        source.kind.name(),
        badge.why
    ));
    if chip.clicked() {
        actions.push(Action::SelectSource(Some(id)));
    }
    let remove = format!("Remove the citation of {}", badge.outlet);
    let button = ui.small_button("x");
    // The accessible name says what "x" does, for screen readers and tests.
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &remove));
    if button.on_hover_text(&remove).clicked() {
        actions.edit(Edit::Uncite { entry, source: id });
    }
    ui.add_space(6.0);
}

fn add_source_row(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    position: usize,
    entry: &Entry,
    state: &mut SectionViewState,
    actions: &mut Actions,
) {
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(format!("Add source to entry {position}:")).small());
        let pending = state.pending_urls.entry(entry.id).or_default();
        let response = ui.add(
            TextEdit::singleline(pending)
                .hint_text("paste a URL and press Enter")
                .desired_width((ui.available_width() - 90.0).max(120.0))
                .id_salt(("add_source", entry.id.0)),
        );
        let response = response.labelled_by(label.id);
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered && !pending.trim().is_empty() {
            actions.edit(Edit::CiteUrl {
                entry: entry.id,
                url: std::mem::take(pending),
            });
        }
        ui.menu_button("Library…", |ui| {
            pick_from_library(ui, issue, derived, entry, &mut state.pick_filter, actions)
        })
        .response
        .on_hover_text("Cite a source already in the library");
    });
}

fn pick_from_library(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    entry: &Entry,
    filter: &mut String,
    actions: &mut Actions,
) {
    ui.set_min_width(360.0);
    let label = ui.label("Search the library");
    ui.add(
        TextEdit::singleline(filter)
            .hint_text("outlet, title or URL")
            .id_salt("pick_filter"),
    )
    .labelled_by(label.id);
    let needle = filter.to_lowercase();
    ScrollArea::vertical().max_height(280.0).show(ui, |ui| {
        for source in &issue.sources {
            let outlet = derived
                .badges
                .get(&source.id)
                .map_or("", |b| b.outlet.as_str());
            let text = format!(
                "{outlet} — {}",
                if source.title.is_empty() {
                    &source.url
                } else {
                    &source.title
                }
            );
            let matches = needle.is_empty()
                || text.to_lowercase().contains(&needle)
                || source.url.to_lowercase().contains(&needle);
            if !matches || entry.cites(source.id) {
                continue;
            }
            if ui.button(text).clicked() {
                actions.edit(Edit::Cite {
                    entry: entry.id,
                    source: source.id,
                });
                ui.close();
            }
        }
    });
}
