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
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Find");
        let find = ui.add(
            TextEdit::singleline(&mut state.needle)
                .desired_width(180.0)
                .id_salt("find_needle"),
        );
        let find = find.labelled_by(label.id);
        if state.focus {
            find.request_focus();
            state.focus = false;
        }
        let label = ui.label("Replace with");
        ui.add(
            TextEdit::singleline(&mut state.replacement)
                .desired_width(180.0)
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
        ui.label(count);
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
        if ui.button("Close").clicked() {
            state.open = false;
        }
    });
}

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
