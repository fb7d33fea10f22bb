//! Find and replace across the issue: entry text, section titles, source
//! titles. As the searched text is typed the first match is shown; Next and
//! Previous move through them. The match is painted behind its words and
//! scrolled into view without taking the keyboard from the bar; closing the
//! bar (Escape) leaves the match selected in its field, as in a word processor.

use egui::text::{CCursor, CCursorRange};
use egui::{TextEdit, Ui};

use super::actions::{Action, Actions, Centre, Selection};
use super::icons;
use super::section_view::{Found, body_id_of, title_id};
use crate::edit::{Match, MatchPlace, find_matches, replace_all_edit, replace_one_edit};
use crate::model::Issue;
use crate::t;

#[derive(Default)]
pub struct FindState {
    pub open: bool,
    pub needle: String,
    pub replacement: String,
    pub match_case: bool,
    /// Index of the current match.
    pub current: usize,
    /// Focus the find field on the next frame.
    pub focus: bool,
    /// The match shown, and whether it was just found (to scroll to it once).
    pub found: Found,
}

pub fn show(ui: &mut Ui, issue: &Issue, state: &mut FindState, actions: &mut Actions) {
    let matches = find_matches(issue, &state.needle, state.match_case);
    if state.current >= matches.len() {
        state.current = 0;
    }
    // One row at every window width: the buttons keep their size and the two
    // fields share what is left.
    let fields_width = ((ui.available_width() - FIXED_WIDTH) / 2.0).clamp(80.0, 260.0);
    let mut close = false;
    ui.horizontal(|ui| {
        let label = ui.label(t!("find-find"));
        let find = ui.add(
            TextEdit::singleline(&mut state.needle)
                .desired_width(fields_width)
                .id_salt("find_needle"),
        );
        let find = find.labelled_by(label.id);
        if find.changed() {
            // As in a browser: the first match is shown as the text is typed.
            state.current = 0;
            if let Some(first) = matches.first() {
                go_to(first.place, actions);
                state.found.reveal = true;
            }
        }
        if state.focus {
            find.request_focus();
            state.focus = false;
        }
        let label = ui.label(t!("find-replace-with"));
        let replace = ui
            .add(
                TextEdit::singleline(&mut state.replacement)
                    .desired_width(fields_width)
                    .id_salt("find_replacement"),
            )
            .labelled_by(label.id);
        ui.checkbox(&mut state.match_case, t!("find-match-case"));
        let count = if state.needle.is_empty() {
            String::new()
        } else if matches.is_empty() {
            t!("find-no-matches")
        } else {
            t!(
                "find-matches",
                current = state.current + 1,
                count = matches.len()
            )
        };
        // A fixed slot, so the buttons do not move as the count changes.
        ui.add_sized(
            [COUNT_WIDTH, ui.spacing().interact_size.y],
            egui::Label::new(count).truncate(),
        );
        let any = !matches.is_empty();
        let enter = find.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let previous = ui
            .add_enabled(any, egui::Button::new(icons::PREVIOUS))
            .on_hover_text(t!("find-previous-hint"));
        icons::name(&previous, &t!("find-previous"));
        if previous.clicked() {
            state.current = (state.current + matches.len() - 1) % matches.len();
            go_to(matches[state.current].place, actions);
            state.found.reveal = true;
        }
        let next = ui
            .add_enabled(any, egui::Button::new(icons::NEXT))
            .on_hover_text(t!("find-next-hint"));
        icons::name(&next, &t!("find-next"));
        if next.clicked() || (enter && any) {
            state.current = (state.current + 1) % matches.len();
            go_to(matches[state.current].place, actions);
            state.found.reveal = true;
        }
        if ui
            .add_enabled(any, egui::Button::new(t!("find-replace")))
            .clicked()
            && let Some(edit) = replace_one_edit(issue, matches[state.current], &state.replacement)
        {
            go_to(matches[state.current].place, actions);
            actions.edit(edit);
        }
        if ui
            .add_enabled(any, egui::Button::new(t!("find-replace-all")))
            .clicked()
            && let Some(edit) =
                replace_all_edit(issue, &state.needle, &state.replacement, state.match_case)
        {
            actions.edit(edit);
        }
        let close_button = ui.button(icons::CLOSE).on_hover_text(t!("find-close-hint"));
        icons::name(&close_button, &t!("button-close"));
        close |= close_button.clicked();
        // Escape leaves a text field first; in the bar, or with nothing
        // focused, it closes the bar.
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        let nothing_focused = ui.ctx().memory(|m| m.focused().is_none());
        let in_bar =
            find.has_focus() || replace.has_focus() || find.lost_focus() || replace.lost_focus();
        close |= escape && (in_bar || nothing_focused);
    });
    state.found.current = matches.get(state.current).copied();
    if close {
        state.open = false;
        if let Some(found) = state.found.current.take() {
            select_in_field(ui.ctx(), issue, found);
        }
    }
}

/// Selects `found` in its text field and gives that field the keyboard.
fn select_in_field(ctx: &egui::Context, issue: &Issue, found: Match) {
    let (id, text) = match found.place {
        MatchPlace::Entry { entry, .. } => {
            let Some(body) = issue
                .entries()
                .find(|(_, e)| e.id == entry)
                .map(|(_, e)| &e.body)
            else {
                return;
            };
            (body_id_of(entry), body.as_str())
        }
        MatchPlace::SectionTitle(section) => {
            let Some(title) = issue.section(section).map(|s| &s.title) else {
                return;
            };
            (title_id(section), title.as_str())
        }
        MatchPlace::SourceTitle(_) => return,
    };
    let chars = |byte: usize| text.get(..byte).map_or(0, |before| before.chars().count());
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(chars(found.start)),
        CCursor::new(chars(found.end)),
    )));
    state.store(ctx, id);
    ctx.memory_mut(|memory| memory.request_focus(id));
}

/// Room the bar's labels, checkbox, count and buttons take, measured at the
/// default font size with spacing.
const FIXED_WIDTH: f32 = 700.0;
const COUNT_WIDTH: f32 = 110.0;

fn go_to(place: MatchPlace, actions: &mut Actions) {
    match place {
        MatchPlace::SectionTitle(section) => actions.select(Selection {
            centre: Centre::Section,
            section: Some(section),
            entry: None,
            highlight: None,
        }),
        MatchPlace::Entry { section, entry } => actions.select(Selection {
            centre: Centre::Section,
            section: Some(section),
            entry: Some(entry),
            highlight: None,
        }),
        MatchPlace::SourceTitle(source) => actions.push(Action::SelectSource(Some(source))),
    }
}
