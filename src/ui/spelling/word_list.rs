//! The publication's word list in Preferences: its words, each removable, a
//! field to add one, and Import… / Export… of word-per-line files. The
//! dialog only shows the list and says what the user asked; the app reads
//! and writes the file (`app/spelling`).

use std::path::PathBuf;

use egui::{RichText, ScrollArea, Ui};

use crate::spelling::read_word_list;
use crate::t;

/// The list as Preferences show it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordListEditor {
    /// The publication (the series), for the heading.
    pub series: String,
    /// The list's file; `None` without a config folder.
    pub path: Option<PathBuf>,
    pub words: Vec<String>,
    /// Why the list could not be read, written, imported or exported.
    pub problem: Option<String>,
    /// The word being typed into "Add".
    pub new_word: String,
}

/// What the user asked of the list.
#[derive(Debug, Clone, PartialEq)]
pub enum WordListChoice {
    Add(String),
    Remove(String),
    Import,
    Export,
}

impl WordListEditor {
    /// The list of `series` as its file holds it now (an unreadable file
    /// is said, with its name).
    pub fn load(series: &str, path: Option<PathBuf>) -> Self {
        let (words, problem) = match path.as_deref().map(read_word_list) {
            Some(Ok(words)) => (words, None),
            Some(Err(error)) => (Vec::new(), Some(error.to_string())),
            None => (Vec::new(), None),
        };
        Self {
            series: series.to_owned(),
            path,
            words,
            problem,
            new_word: String::new(),
        }
    }
}

/// The list, inside Preferences; `Some` when the user asked for a change.
pub fn editor(ui: &mut Ui, editor: &mut WordListEditor) -> Option<WordListChoice> {
    let mut choice = None;
    let series = match editor.series.trim() {
        "" => t!("word-list-this-publication"),
        series => series.to_owned(),
    };
    let heading = t!(
        "word-list-heading",
        series = series,
        count = editor.words.len()
    );
    egui::CollapsingHeader::new(heading)
        .id_salt("spelling_word_list")
        .show(ui, |ui| {
            let Some(path) = &editor.path else {
                ui.label(t!("word-list-no-folder"));
                return;
            };
            ui.label(RichText::new(path.display().to_string()).small().weak());
            if let Some(problem) = &editor.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            ScrollArea::vertical()
                .max_height(160.0)
                .id_salt("spelling_word_list_words")
                .show(ui, |ui| {
                    for word in &editor.words {
                        ui.horizontal(|ui| {
                            ui.label(word);
                            if ui
                                .small_button(t!("word-list-remove"))
                                .on_hover_text(t!("word-list-remove-hint", word = word))
                                .clicked()
                            {
                                choice = Some(WordListChoice::Remove(word.clone()));
                            }
                        });
                    }
                });
            ui.horizontal(|ui| {
                let label = ui.label(t!("word-list-new-word"));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut editor.new_word)
                            .id_salt("spelling_new_word")
                            .desired_width(160.0),
                    )
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let word = editor.new_word.trim();
                if (ui.button(t!("word-list-add")).clicked() || entered) && !word.is_empty() {
                    choice = Some(WordListChoice::Add(word.to_owned()));
                }
            });
            ui.horizontal(|ui| {
                if ui
                    .button(t!("word-list-import"))
                    .on_hover_text(t!("word-list-import-hint"))
                    .clicked()
                {
                    choice = Some(WordListChoice::Import);
                }
                if ui
                    .button(t!("word-list-export"))
                    .on_hover_text(t!("word-list-export-hint"))
                    .clicked()
                {
                    choice = Some(WordListChoice::Export);
                }
            });
        });
    choice
}
