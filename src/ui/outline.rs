//! The left panel: issue details, then sections with their status, size and
//! share, and their entries. Drag a handle or press Alt+Up/Down to reorder.

use egui::{RichText, ScrollArea, Ui};

use super::actions::{Actions, Centre, Selection};
use super::derived::Derived;
use super::{rich_text, theme};
use crate::compliance::percent;
use crate::edit::Edit;
use crate::model::{Issue, Section};

/// How much of an entry's text the outline shows.
const PREVIEW_CHARS: usize = 44;

/// Outline state that lives between frames.
#[derive(Default)]
pub struct OutlineState {
    /// The section whose title is being renamed in place, with the text typed so far.
    pub renaming: Option<Renaming>,
}

pub struct Renaming {
    pub section: crate::model::SectionId,
    pub text: String,
    /// The field asked for the keyboard focus already (once, so the user can click away).
    pub focused: bool,
}

impl Renaming {
    fn of(section: &Section) -> Self {
        Self {
            section: section.id,
            text: section.title.clone(),
            focused: false,
        }
    }
}

pub fn show(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    selection: &Selection,
    state: &mut OutlineState,
    actions: &mut Actions,
) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.strong("Outline");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("+ Section")
                .on_hover_text("Add a section after the selected one")
                .clicked()
            {
                let index = selection
                    .section
                    .and_then(|id| issue.sections.iter().position(|s| s.id == id))
                    .map_or(issue.sections.len(), |i| i + 1);
                // The new section gets the next free id: select it and name it at once.
                let id = issue.next_section_id();
                actions.edit(Edit::AddSection {
                    index,
                    title: "New section".to_owned(),
                });
                actions.select(Selection {
                    centre: Centre::Section,
                    section: Some(id),
                    entry: None,
                    highlight: None,
                });
                state.renaming = Some(Renaming {
                    section: id,
                    text: "New section".to_owned(),
                    focused: false,
                });
            }
        });
    });
    ui.separator();
    let details_selected = selection.centre == Centre::Details;
    if ui
        .selectable_label(details_selected, "Issue details")
        .clicked()
    {
        actions.select(Selection {
            centre: Centre::Details,
            ..*selection
        });
    }
    ui.add_space(4.0);
    keyboard_reorder(ui, issue, selection, actions);
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let response = egui_dnd::dnd(ui, egui::Id::unique("outline_sections")).show(
                issue.sections.iter().map(|section| section.id),
                |ui, id, handle, _state| {
                    let Some(section) = issue.section(id) else {
                        return;
                    };
                    ui.vertical(|ui| {
                        ui.horizontal(|ui| {
                            handle.ui(ui, |ui| {
                                ui.label(RichText::new("::").weak())
                                    .on_hover_text("Drag to reorder");
                            });
                            section_row(ui, issue, derived, section, selection, state, actions);
                        });
                        entries(ui, section, derived, selection, actions);
                    });
                },
            );
            if let Some(update) = response.final_update() {
                if let Some(section) = issue.sections.get(update.from) {
                    actions.edit(Edit::MoveSection {
                        section: section.id,
                        index: final_index(update.from, update.to),
                    });
                }
            }
        });
}

/// egui_dnd's target index counts the dragged item; ours is the place in the final order.
fn final_index(from: usize, to: usize) -> usize {
    if to > from { to - 1 } else { to }
}

fn section_row(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    section: &Section,
    selection: &Selection,
    state: &mut OutlineState,
    actions: &mut Actions,
) {
    if let Some(renaming) = &mut state.renaming
        && renaming.section == section.id
    {
        let label = ui.label("Name:");
        let response = ui.add(
            egui::TextEdit::singleline(&mut renaming.text)
                .desired_width(150.0)
                .id_salt("rename"),
        );
        let response = response.labelled_by(label.id);
        if !renaming.focused {
            response.request_focus();
            renaming.focused = true;
        }
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        if escape {
            state.renaming = None;
        } else if response.lost_focus() {
            // Enter or a click elsewhere both keep the name.
            actions.edit(Edit::SetText {
                field: crate::edit::TextField::SectionTitle(section.id),
                text: renaming.text.trim().to_owned(),
            });
            state.renaming = None;
        }
        return;
    }
    let selected = selection.centre == Centre::Section
        && selection.section == Some(section.id)
        && selection.entry.is_none();
    let title = if section.title.is_empty() {
        "(untitled section)"
    } else {
        &section.title
    };
    let response = ui.selectable_label(selected, RichText::new(title).strong());
    if response.clicked() {
        actions.select(Selection {
            centre: Centre::Section,
            section: Some(section.id),
            entry: None,
            highlight: None,
        });
    }
    if response.double_clicked() {
        state.renaming = Some(Renaming::of(section));
    }
    response.context_menu(|ui| {
        if ui.button("Rename").clicked() {
            state.renaming = Some(Renaming::of(section));
        }
        if ui.button("Add entry").clicked() {
            actions.edit(Edit::AddEntry {
                section: section.id,
                index: section.entries.len(),
                body: String::new(),
            });
        }
        let index = issue
            .sections
            .iter()
            .position(|s| s.id == section.id)
            .unwrap_or(0);
        if ui
            .add_enabled(index > 0, egui::Button::new("Move up"))
            .clicked()
        {
            actions.edit(Edit::MoveSection {
                section: section.id,
                index: index - 1,
            });
        }
        if ui
            .add_enabled(
                index + 1 < issue.sections.len(),
                egui::Button::new("Move down"),
            )
            .clicked()
        {
            actions.edit(Edit::MoveSection {
                section: section.id,
                index: index + 1,
            });
        }
        ui.menu_button("Status", |ui| {
            for next in section.status.next() {
                if ui.button(next.action()).clicked() {
                    actions.review(super::actions::Review::SetStatus {
                        section: section.id,
                        status: *next,
                    });
                }
            }
        });
        ui.separator();
        if ui.button("Delete section").clicked() {
            actions.edit(Edit::RemoveSection(section.id));
        }
    });
    let share = derived
        .report
        .section_shares(section.id)
        .map(|shares| shares.ratio(issue.policy.metric))
        .unwrap_or_default();
    ui.label(
        RichText::new(section.status.name())
            .small()
            .color(theme::status_colour(section.status)),
    );
    let count = section.entries.len();
    ui.label(RichText::new(format!("{count}")).small())
        .on_hover_text(format!(
            "{count} entr{}",
            if count == 1 { "y" } else { "ies" }
        ));
    ui.label(
        RichText::new(percent(share))
            .small()
            .color(theme::margin_colour(share, issue.policy.limit)),
    )
    .on_hover_text(format!(
        "State media in this section, by {}",
        issue.policy.metric.name()
    ));
}

fn entries(
    ui: &mut Ui,
    section: &Section,
    derived: &Derived,
    selection: &Selection,
    actions: &mut Actions,
) {
    let response = egui_dnd::dnd(ui, egui::Id::unique(("outline_entries", section.id.0))).show(
        section
            .entries
            .iter()
            .enumerate()
            .map(|(index, entry)| (index, entry.id)),
        |ui, (index, id), handle, _state| {
            ui.horizontal(|ui| {
                ui.add_space(14.0);
                handle.ui(ui, |ui| {
                    ui.label(RichText::new(":").weak())
                        .on_hover_text("Drag to reorder");
                });
                let runs = derived.runs.get(&id).map(Vec::as_slice).unwrap_or_default();
                let label = format!("{}. {}", index + 1, preview(&rich_text::plain(runs)));
                let selected = selection.entry == Some(id);
                let response = ui.selectable_label(selected, label);
                if let Some(entry) = section.entries.get(index) {
                    let open = entry.open_comments();
                    if open > 0 {
                        ui.label(
                            RichText::new(format!("{open} open"))
                                .small()
                                .color(theme::NEAR),
                        )
                        .on_hover_text("Open comments on this entry");
                    }
                    if entry.declaration.is_some() {
                        ui.label(RichText::new("flagged").small().color(theme::OVER));
                    }
                }
                if response.clicked() {
                    actions.select(Selection {
                        centre: Centre::Section,
                        section: Some(section.id),
                        entry: Some(id),
                        highlight: None,
                    });
                }
                response.context_menu(|ui| {
                    if ui.button("Delete entry").clicked() {
                        actions.edit(Edit::RemoveEntry(id));
                    }
                });
            });
        },
    );
    if let Some(update) = response.final_update()
        && let Some(entry) = section.entries.get(update.from)
    {
        actions.edit(Edit::MoveEntry {
            entry: entry.id,
            section: section.id,
            index: final_index(update.from, update.to),
        });
    }
}

/// Alt+Up / Alt+Down move the selected entry, or the selected section.
fn keyboard_reorder(ui: &Ui, issue: &Issue, selection: &Selection, actions: &mut Actions) {
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

/// The first words of an entry, cut at a character boundary.
fn preview(body: &str) -> String {
    let mut chars = body.chars();
    let head: String = chars.by_ref().take(PREVIEW_CHARS).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else if head.trim().is_empty() {
        "(empty entry)".to_owned()
    } else {
        head
    }
}
