//! The context menu of a checked text (an entry, a section title, the
//! summary, the disclaimer): a right-click on an unknown word
//! offers the dictionary's suggestions (one click replaces the word, one
//! undo step), "Add to dictionary" and "Ignore in this issue" (an edit of
//! the issue, kept in its file and undone like any other).

use egui::PointerButton;
use egui::text_edit::TextEditOutput;

use super::SpellCheck;
use crate::edit::{Edit, TextField};
use crate::spelling::Misspelling;
use crate::t;
use crate::ui::actions::{Action, Actions};

/// How many suggestions the menu offers.
const SUGGESTIONS: usize = 5;

/// The unknown word right-clicked in a field, with the text it is in.
#[derive(Debug, Clone)]
pub struct MenuWord {
    field: TextField,
    text: String,
    misspelling: Misspelling,
    suggestions: Vec<String>,
}

impl MenuWord {
    /// The text with the word replaced by `replacement` (`None` when the
    /// range no longer fits the text).
    fn replaced(&self, replacement: &str) -> Option<String> {
        let range = &self.misspelling.range;
        let before = self.text.get(..range.start)?;
        let after = self.text.get(range.end..)?;
        Some(format!("{before}{replacement}{after}"))
    }
}

/// After the `TextEdit` of `field` (its text in `language`, `None` for the
/// issue's): a right-click on an unknown word opens its menu; a right-click
/// elsewhere opens none.
pub fn word_menu(
    output: &TextEditOutput,
    field: TextField,
    language: Option<&str>,
    check: &mut SpellCheck,
    actions: &mut Actions,
) {
    let response = &output.response.response;
    if response.clicked_by(PointerButton::Secondary) {
        check.menu = None;
        if let Some(pointer) = response.interact_pointer_pos() {
            let text = output.galley.text();
            let chars = output
                .galley
                .cursor_from_pos(pointer - output.galley_pos)
                .index
                .0;
            let offset = text
                .char_indices()
                .nth(chars)
                .map_or(text.len(), |(byte, _)| byte);
            if let Some(misspelling) = check.word_at(language, text, offset) {
                let suggestions = check.suggest(language, &misspelling.word, SUGGESTIONS);
                check.menu = Some(MenuWord {
                    field,
                    text: text.to_owned(),
                    misspelling,
                    suggestions,
                });
            }
        }
    }
    let Some(word) = check.menu.clone().filter(|word| word.field == field) else {
        return;
    };
    response.context_menu(|ui| {
        ui.label(
            egui::RichText::new(t!("spelling-quoted-word", word = &word.misspelling.word)).weak(),
        );
        if word.suggestions.is_empty() {
            ui.label(t!("spelling-no-suggestions"));
        }
        for suggestion in &word.suggestions {
            if ui.button(suggestion).clicked() {
                if let Some(text) = word.replaced(suggestion) {
                    actions.edit(Edit::SetText { field, text });
                }
                check.menu = None;
                ui.close();
            }
        }
        ui.separator();
        let add_hint = check.word_list().map_or_else(
            || t!("spelling-add-hint-no-folder"),
            |path| t!("spelling-add-hint", path = path.display().to_string()),
        );
        if ui
            .button(t!("spelling-add-to-dictionary"))
            .on_hover_text(add_hint)
            .clicked()
        {
            actions.push(Action::AddToWordList(word.misspelling.word.clone()));
            check.menu = None;
            ui.close();
        }
        if ui
            .button(t!("spelling-ignore"))
            .on_hover_text(t!("spelling-ignore-hint"))
            .clicked()
        {
            actions.edit(Edit::SetSpellingIgnored {
                word: word.misspelling.word.clone(),
                ignored: true,
            });
            check.menu = None;
            ui.close();
        }
    });
}
