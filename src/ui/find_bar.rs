//! Find and replace across the issue: entry text, section titles, source titles.

use egui::{TextEdit, Ui};

use super::actions::{Action, Actions, Centre, Selection};
use crate::edit::{MatchPlace, find_matches, replace_all_edit, replace_one_edit};
use crate::model::Issue;

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
        let label = ui.label("Find");
        let find = ui.add(
            TextEdit::singleline(&mut state.needle)
                .desired_width(fields_width)
                .id_salt("find_needle"),
        );
        let find = find.labelled_by(label.id);
        if state.focus {
            find.request_focus();
            state.focus = false;
        }
        let label = ui.label("Replace with");
        let replace = ui
            .add(
                TextEdit::singleline(&mut state.replacement)
                    .desired_width(fields_width)
                    .id_salt("find_replacement"),
            )
            .labelled_by(label.id);
        ui.checkbox(&mut state.match_case, "Match case");
        let count = if state.needle.is_empty() {
            String::new()
        } else if matches.is_empty() {
            "no matches".to_owned()
        } else {
            format!("{} of {} matches", state.current + 1, matches.len())
        };
        // A fixed slot, so the buttons do not move as the count changes.
        ui.add_sized(
            [COUNT_WIDTH, ui.spacing().interact_size.y],
            egui::Label::new(count).truncate(),
        );
        let any = !matches.is_empty();
        let enter = find.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.add_enabled(any, egui::Button::new("Previous")).clicked() {
            state.current = (state.current + matches.len() - 1) % matches.len();
            go_to(matches[state.current].place, actions);
        }
        if ui.add_enabled(any, egui::Button::new("Next")).clicked() || (enter && any) {
            state.current = (state.current + 1) % matches.len();
            go_to(matches[state.current].place, actions);
        }
        if ui.add_enabled(any, egui::Button::new("Replace")).clicked()
            && let Some(edit) = replace_one_edit(issue, matches[state.current], &state.replacement)
        {
            go_to(matches[state.current].place, actions);
            actions.edit(edit);
        }
        if ui
            .add_enabled(any, egui::Button::new("Replace all"))
            .clicked()
            && let Some(edit) =
                replace_all_edit(issue, &state.needle, &state.replacement, state.match_case)
        {
            actions.edit(edit);
        }
        close |= ui.button("Close").on_hover_text("Close (Escape)").clicked();
        // Escape leaves a text field first; in the bar, or with nothing
        // focused, it closes the bar.
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        let nothing_focused = ui.ctx().memory(|m| m.focused().is_none());
        let in_bar =
            find.has_focus() || replace.has_focus() || find.lost_focus() || replace.lost_focus();
        close |= escape && (in_bar || nothing_focused);
    });
    if close {
        state.open = false;
    }
}

/// Room the bar's labels, checkbox, count and buttons take, measured at the
/// default font size with spacing.
const FIXED_WIDTH: f32 = 680.0;
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
