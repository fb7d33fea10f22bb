//! One entry as a paragraph of the page: its number in the gutter, its text
//! without a box, its citations as chips under it, and its tools — the link
//! field, the library, a comment, its menu, its word count — shown while it
//! has the pointer, the keyboard or the selection (the space stays, so the
//! page does not jump).

use egui::{FontSelection, Id, RichText, Sense, TextEdit, Ui, vec2};

use super::page::GUTTER;
use super::{Found, SectionViewState, citations, conflict, language, suggestions};
use crate::edit::{Edit, MatchPlace, TextField};
use crate::model::{Entry, Issue, Section};
use crate::t;
use crate::ui::actions::{Action, Actions, Centre, Selection};
use crate::ui::derived::Derived;
use crate::ui::entry_review;
use crate::ui::{icons, spelling, theme};

/// Where the paragraph is and what it shows.
pub struct Place<'a> {
    pub issue: &'a Issue,
    pub derived: &'a Derived,
    pub section: &'a Section,
    pub index: usize,
    pub entry: &'a Entry,
    pub selection: &'a Selection,
}

/// The id of an entry's text field (also what Find selects its match in).
pub fn body_id(entry: &Entry) -> Id {
    body_id_of(entry.id)
}

pub fn body_id_of(entry: crate::model::EntryId) -> Id {
    Id::unique(("entry_body", entry.0))
}

/// The id of an entry's link field.
pub fn link_id(entry: &Entry) -> Id {
    Id::unique(("add_source", entry.id.0))
}

pub fn paragraph(
    ui: &mut Ui,
    place: &Place<'_>,
    state: &mut SectionViewState,
    found: &mut Found,
    actions: &mut Actions,
) -> egui::Response {
    let entry = place.entry;
    let position = place.index + 1;
    let selected = place.selection.entry == Some(entry.id);
    // With no entry chosen in this section, the first one is where the
    // keyboard goes (Ctrl+L), so its tools show.
    let first_of_unchosen = place.index == 0
        && !place
            .section
            .entries
            .iter()
            .any(|e| place.selection.entry == Some(e.id));
    // Where the paragraph was drawn last frame: the pointer over it shows its tools.
    let area_id = Id::unique(("entry_area", entry.id.0));
    let last_rect: Option<egui::Rect> = ui.data(|d| d.get_temp(area_id));
    let pointer_over = last_rect.is_some_and(|rect| {
        ui.ctx().rect_contains_pointer(ui.layer_id(), rect) && ui.ctx().dragged_id().is_none()
    });
    let focused = ui.memory(|m| {
        m.focused()
            .is_some_and(|id| id == body_id(entry) || id == link_id(entry))
    });
    let typed_url = state
        .pending_urls
        .get(&entry.id)
        .is_some_and(|url| !url.is_empty())
        || state.url_problems.contains_key(&entry.id);
    let active = selected || first_of_unchosen || pointer_over || focused || typed_url;
    let response = ui
        .horizontal_top(|ui| {
            let number = gutter(ui, position, selected || focused);
            ui.vertical(|ui| {
                conflict::resolver(ui, position, entry, actions);
                language::notice(ui, entry, &mut state.spelling);
                body(ui, place, number.id, state, found, actions);
                let highlight = place.selection.highlight.filter(|_| selected);
                citations::chips_row(ui, place.issue, place.derived, entry, highlight, actions);
                suggestions::open(ui, position, entry, actions);
                entry_review::declaration(ui, position, entry, &mut state.review, actions);
                crate::ui::visible_ui(ui, active, |ui| tools(ui, place, state, actions));
                if let Some(problem) = state.url_problems.get(&entry.id) {
                    ui.label(
                        RichText::new(t!("entry-not-cited", problem = problem))
                            .color(theme::tokens(ui).error),
                    );
                }
                entry_review::comments(ui, position, entry, &mut state.review, actions);
            });
        })
        .response;
    ui.data_mut(|d| d.insert_temp(area_id, response.rect));
    ui.add_space(10.0);
    response
}

/// The paragraph's number, quiet, and a bar in the accent while it is the
/// one being edited.
fn gutter(ui: &mut Ui, position: usize, current: bool) -> egui::Response {
    let (rect, _) = ui.allocate_exact_size(vec2(GUTTER - 8.0, 24.0), Sense::hover());
    let tokens = theme::tokens(ui);
    let colour = if current {
        tokens.accent
    } else {
        tokens.subdued
    };
    let label = ui.put(
        rect,
        egui::Label::new(RichText::new(position.to_string()).small().color(colour))
            .selectable(false),
    );
    // Screen readers (and the tests) hear "Entry 2", not "2".
    label.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            t!("entry-name", position = position),
        )
    });
    if current {
        let bar = egui::Rect::from_min_size(rect.right_top() + vec2(2.0, 2.0), vec2(2.0, 20.0));
        ui.painter().rect_filled(bar, 1.0, tokens.accent);
    }
    label
}

/// The entry's text: the reading serif, no box, growing with its text.
fn body(
    ui: &mut Ui,
    place: &Place<'_>,
    label: Id,
    state: &mut SectionViewState,
    found: &mut Found,
    actions: &mut Actions,
) {
    let entry = place.entry;
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
    let place_found = MatchPlace::Entry {
        section: place.section.id,
        entry: entry.id,
    };
    let highlight = found.range_in(place_found);
    let font = theme::reading_font();
    // Half a line of leading: 1.5 × the size, the rest of a book's line.
    let row = ui.fonts_mut(|fonts| fonts.row_height(&font));
    ui.spacing_mut().extra_text_line_spacing = (font.size * 1.5 - row).max(0.0);
    let output = {
        let mut layouter = spelling::layouter(
            &mut state.spelling,
            FontSelection::FontId(font),
            true,
            language,
            highlight.clone(),
        );
        TextEdit::multiline(&mut body)
            .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 2)))
            .desired_width(f32::INFINITY)
            .desired_rows(1)
            .hint_text(t!("entry-hint"))
            .id(body_id(entry))
            .layouter(&mut layouter)
            .show(ui)
    };
    ui.spacing_mut().extra_text_line_spacing = 0.0;
    spelling::paint_wave(ui, &output);
    super::page::reveal_found(ui, &output, highlight, found);
    if !suggesting {
        spelling::word_menu(
            &output,
            TextField::EntryBody(entry.id),
            language,
            &mut state.spelling,
            actions,
        );
    }
    let response = output.response.response.clone().labelled_by(label);
    if state.focus == Some(entry.id) {
        response.request_focus();
        state.focus = None;
    }
    if response.gained_focus() || response.clicked() {
        actions.push(Action::SelectInPlace(Selection {
            centre: Centre::Section,
            section: Some(place.section.id),
            entry: Some(entry.id),
            highlight: None,
        }));
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
}

/// The link field, the library, a comment, the menu and the word count.
fn tools(ui: &mut Ui, place: &Place<'_>, state: &mut SectionViewState, actions: &mut Actions) {
    let entry = place.entry;
    let position = place.index + 1;
    ui.horizontal_wrapped(|ui| {
        citations::link_field(ui, position, entry, state, actions);
        let library = ui.menu_button(icons::with(icons::LIBRARY, &t!("entry-library")), |ui| {
            citations::pick_from_library(
                ui,
                place.issue,
                place.derived,
                entry,
                &mut state.pick_filter,
                actions,
            )
        });
        icons::name(&library.response, &t!("entry-library"));
        library.response.on_hover_text(t!("entry-library-hint"));
        if entry.comments.is_empty()
            && icons::button(ui, icons::COMMENT, &t!("entry-comment"))
                .on_hover_text(t!("entry-comment-hint", position = position))
                .clicked()
        {
            state.review.comments_open.insert(entry.id, true);
        }
        entry_menu(ui, place, &mut state.review, actions);
        let words = place
            .derived
            .words
            .get(&entry.id)
            .copied()
            .unwrap_or_default();
        let words = t!("status-words", count = words);
        language::badge(ui, entry);
        ui.label(RichText::new(words).small().weak());
    });
}

fn entry_menu(
    ui: &mut Ui,
    place: &Place<'_>,
    drafts: &mut entry_review::ReviewDrafts,
    actions: &mut Actions,
) {
    let (issue, section, index, entry) = (place.issue, place.section, place.index, place.entry);
    let menu = ui.menu_button(icons::with(icons::MORE, &t!("entry-more")), |ui| {
        if entry.declaration.is_none()
            && icons::button(ui, icons::FLAG, &t!("entry-flag-declaration")).clicked()
        {
            entry_review::open_flag_form(drafts, entry.id);
        }
        if ui
            .add_enabled(index > 0, egui::Button::new(t!("move-up")))
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
                egui::Button::new(t!("move-down")),
            )
            .clicked()
        {
            actions.edit(Edit::MoveEntry {
                entry: entry.id,
                section: section.id,
                index: index + 1,
            });
        }
        ui.menu_button(t!("entry-move-to-section"), |ui| {
            for target in issue.sections.iter().filter(|s| s.id != section.id) {
                let title = if target.title.is_empty() {
                    t!("untitled-section")
                } else {
                    target.title.clone()
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
        if icons::button(ui, icons::DELETE, &t!("delete-entry")).clicked() {
            actions.edit(Edit::RemoveEntry(entry.id));
        }
    });
    icons::name(&menu.response, &t!("entry-more"));
}
