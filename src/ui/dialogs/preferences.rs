//! Edit → Preferences: the reviewer's name, the language of the program, the
//! file chooser, fetching, spelling and the publication's word list.

use egui::Ui;

use super::Choice;
use crate::i18n::Language;
use crate::t;
use crate::ui::actions::Review;
use crate::ui::prefs::Preferences;
use crate::ui::spelling::WordListEditor;

pub(super) fn preferences(
    ui: &mut Ui,
    prefs: &mut Preferences,
    then: &mut Option<Review>,
    words: &mut WordListEditor,
) -> Option<Choice> {
    let mut choice = None;
    ui.heading(t!("prefs-title"));
    if then.is_some() {
        ui.label(t!("prefs-sign-with-name"));
    }
    // A review step waiting for the name cannot go on without one.
    let ready = then.is_none() || !prefs.reviewer.trim().is_empty();
    ui.horizontal(|ui| {
        let label = ui.label(t!("prefs-reviewer-name"));
        let field = ui
            .add(egui::TextEdit::singleline(&mut prefs.reviewer).id_salt("reviewer_name"))
            .labelled_by(label.id);
        if then.is_some() && !field.has_focus() && prefs.reviewer.is_empty() {
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && ready {
            choice = Some(Choice::SetPreferences(Box::new(prefs.clone()), then.take()));
        }
    });
    language_choice(ui, &mut prefs.language);
    ui.checkbox(&mut prefs.builtin_chooser, t!("prefs-builtin-chooser"))
        .on_hover_text(t!("prefs-builtin-chooser-hint"));
    let mut fetch = prefs.fetch_pasted == Some(true);
    if ui
        .checkbox(&mut fetch, t!("fetch-pasted"))
        .on_hover_text(t!("fetch-pasted-hint"))
        .changed()
    {
        prefs.fetch_pasted = Some(fetch);
    }
    ui.add_space(4.0);
    crate::ui::spelling::preferences(ui, &mut prefs.spelling);
    if let Some(change) = crate::ui::spelling::word_list_editor(ui, words) {
        choice = Some(Choice::WordList(change));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ready, egui::Button::new(t!("button-save")))
            .clicked()
        {
            choice = Some(Choice::SetPreferences(Box::new(prefs.clone()), then.take()));
        }
        if ui.button(t!("button-cancel")).clicked() {
            choice = Some(Choice::Dismiss);
        }
    });
    choice
}

/// The interface's language: the system's (named, so the user sees what
/// that is now) or one chosen; it applies when Preferences are saved.
fn language_choice(ui: &mut Ui, chosen: &mut Option<Language>) {
    let name = |choice: Option<Language>| match choice {
        Some(language) => language.native_name().to_owned(),
        None => t!(
            "prefs-language-system",
            language = Language::from_system().native_name()
        ),
    };
    ui.horizontal(|ui| {
        let label = ui.label(t!("prefs-language"));
        egui::ComboBox::from_id_salt("interface_language")
            .selected_text(name(*chosen))
            .show_ui(ui, |ui| {
                for choice in std::iter::once(None).chain(Language::ALL.map(Some)) {
                    ui.selectable_value(chosen, choice, name(choice));
                }
            })
            .response
            .labelled_by(label.id);
    });
}
