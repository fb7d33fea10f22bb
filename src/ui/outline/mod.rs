//! The left panel: issue details, then sections with their status, size and
//! share, and their entries. Drag a handle or press Alt+Up/Down to reorder.

use egui::{RichText, ScrollArea, Ui};

mod reorder;

use reorder::{Dragged, drag_handle, drop_target, end_drop_zone, keyboard_reorder};

use super::actions::{Actions, Centre, Selection};
use super::derived::Derived;
use super::{icons, rich_text, theme};
use crate::edit::Edit;
use crate::i18n::local_percent;
use crate::model::{Issue, Section};
use crate::t;
use crate::text::runs;

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
    // Rows are cut at the panel's edge ("…"), so the panel keeps the width
    // it was given instead of growing to its longest row.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.strong(t!("outline-title"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let add = ui.button(icons::with(icons::ADD, &t!("outline-section")));
            icons::name(&add, &t!("outline-add-section"));
            if add.on_hover_text(t!("outline-add-section-hint")).clicked() {
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
        .selectable_label(details_selected, t!("command-issue-details"))
        .clicked()
    {
        actions.select(Selection {
            centre: Centre::Details,
            ..*selection
        });
    }
    ui.add_space(4.0);
    keyboard_reorder(ui, issue, selection, actions);
    // Only the rows in view are laid out, so a year's archive scrolls as
    // smoothly as one issue.
    let rows = rows(issue);
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, rows.len() + 1, |ui, visible| {
            for index in visible {
                let Some(row) = rows.get(index) else {
                    end_drop_zone(ui, issue, actions);
                    continue;
                };
                let response = match *row {
                    Row::Section(s) => {
                        let section = &issue.sections[s];
                        ui.horizontal(|ui| {
                            ui.set_height(ROW_HEIGHT);
                            drag_handle(ui, "::", Dragged::Section(section.id));
                            section_row(ui, issue, derived, section, selection, state, actions);
                        })
                        .response
                    }
                    Row::Entry(s, e) => {
                        let section = &issue.sections[s];
                        ui.horizontal(|ui| {
                            ui.set_height(ROW_HEIGHT);
                            entry_row(ui, derived, section, e, selection, actions);
                        })
                        .response
                    }
                };
                drop_target(ui, &response, issue, *row, actions);
            }
        });
}

pub(super) const ROW_HEIGHT: f32 = 22.0;

/// One line of the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Row {
    Section(usize),
    /// Section index, entry index.
    Entry(usize, usize),
}

fn rows(issue: &Issue) -> Vec<Row> {
    let mut rows = Vec::with_capacity(issue.sections.len() + issue.entries().count());
    for (s, section) in issue.sections.iter().enumerate() {
        rows.push(Row::Section(s));
        rows.extend((0..section.entries.len()).map(|e| Row::Entry(s, e)));
    }
    rows
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
            // The whole name selected, so typing replaces "New section".
            let mut edit =
                egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
            edit.cursor
                .set_char_range(Some(egui::text::CCursorRange::two(
                    egui::text::CCursor::new(0),
                    egui::text::CCursor::new(renaming.text.chars().count()),
                )));
            edit.store(ui.ctx(), response.id);
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
        t!("untitled-section")
    } else {
        section.title.clone()
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
        if ui.button(t!("outline-rename")).clicked() {
            state.renaming = Some(Renaming::of(section));
        }
        if ui.button(t!("add-entry")).clicked() {
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
            .add_enabled(index > 0, egui::Button::new(t!("move-up")))
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
                egui::Button::new(t!("move-down")),
            )
            .clicked()
        {
            actions.edit(Edit::MoveSection {
                section: section.id,
                index: index + 1,
            });
        }
        ui.menu_button(t!("section-status"), |ui| {
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
        if ui.button(t!("delete-section")).clicked() {
            actions.edit(Edit::RemoveSection(section.id));
        }
    });
    if let Some(&errors) = derived.section_errors.get(&section.id) {
        error_mark(ui, errors, &section.title);
    }
    let share = derived
        .report
        .section_shares(section.id)
        .map(|shares| shares.ratio(issue.policy.metric))
        .unwrap_or_default();
    ui.label(
        RichText::new(section.status.label())
            .small()
            .color(theme::tokens(ui).status(section.status)),
    );
    let count = section.entries.len();
    ui.label(RichText::new(format!("{count}")).small())
        .on_hover_text(t!("outline-entries", count = count));
    ui.label(
        RichText::new(local_percent(share))
            .small()
            .color(theme::tokens(ui).margin(share, issue.policy.limit)),
    )
    .on_hover_text(t!(
        "outline-section-share",
        metric = issue.policy.metric.label()
    ));
}

fn entry_row(
    ui: &mut Ui,
    derived: &Derived,
    section: &Section,
    index: usize,
    selection: &Selection,
    actions: &mut Actions,
) {
    let Some(entry) = section.entries.get(index) else {
        return;
    };
    let id = entry.id;
    ui.add_space(14.0);
    drag_handle(ui, ":", Dragged::Entry(id));
    // Marks first: a long preview is cut at the panel's edge, marks never.
    if let Some(&errors) = derived.entry_errors.get(&id) {
        error_mark(ui, errors, &t!("outline-entry", position = index + 1));
    }
    if entry.declaration.is_some() {
        ui.label(
            RichText::new(t!("outline-flagged"))
                .small()
                .color(theme::tokens(ui).error),
        );
    }
    let open = entry.open_comments();
    if open > 0 {
        ui.label(
            RichText::new(t!("outline-open-comments", count = open))
                .small()
                .color(theme::tokens(ui).warning),
        )
        .on_hover_text(t!("outline-open-comments-hint"));
    }
    // Only visible rows get here, so parsing the preview per frame is cheap.
    let label = format!(
        "{}. {}",
        index + 1,
        preview(&rich_text::plain(&runs(&entry.body)))
    );
    let selected = selection.entry == Some(id);
    let response = ui.selectable_label(selected, label);
    if response.clicked() {
        actions.select(Selection {
            centre: Centre::Section,
            section: Some(section.id),
            entry: Some(id),
            highlight: None,
        });
    }
    response.context_menu(|ui| {
        if ui.button(t!("delete-entry")).clicked() {
            actions.edit(Edit::RemoveEntry(id));
        }
    });
}

/// "2 errors" in the error colour, named for its place ("Russia: 2 errors")
/// for screen readers.
fn error_mark(ui: &mut Ui, errors: usize, place: &str) {
    let text = t!("findings-errors", count = errors);
    let name = format!("{place}: {text}");
    let mark = ui.label(RichText::new(&text).small().color(theme::tokens(ui).error));
    mark.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    mark.on_hover_text(t!("outline-errors-hint", errors = name));
}

/// The first words of an entry, cut at a character boundary.
fn preview(body: &str) -> String {
    let mut chars = body.chars();
    let head: String = chars.by_ref().take(PREVIEW_CHARS).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else if head.trim().is_empty() {
        t!("outline-empty-entry")
    } else {
        head
    }
}
