//! Review → Spelling: a window listing the issue's unknown words (the
//! library's `unknown_words`) with their places and suggestions; clicking a
//! place goes there.

use std::collections::HashMap;

use egui::{RichText, ScrollArea};

use super::SpellCheck;
use crate::model::Issue;
use crate::spelling::{ForLanguage, Place, Unchecked, UnknownWord};
use crate::t;
use crate::ui::actions::{Actions, Centre, Selection};

/// How many suggestions each word shows.
const SUGGESTIONS: usize = 5;

/// The window's state: the words of the revision last checked, and each
/// word's suggestions once its row was opened (suggesting is the slow part).
#[derive(Default)]
pub struct SpellingList {
    pub open: bool,
    checked: Option<u64>,
    words: Vec<UnknownWord>,
    /// Entries in a language with no dictionary.
    unchecked: Vec<Unchecked>,
    /// By language (`None`: the issue's) and word.
    suggestions: HashMap<(Option<String>, String), Vec<String>>,
}

impl SpellCheck {
    /// The words of `issue` at `revision`, checked again when it changed.
    fn list_for(&mut self, issue: &Issue, revision: u64) {
        if self.list.checked == Some(revision) {
            return;
        }
        let Some(spellers) = self.spellers.as_mut() else {
            self.list.words = Vec::new();
            self.list.unchecked = Vec::new();
            self.list.checked = Some(revision);
            return;
        };
        self.list.words = crate::spelling::unknown_words(issue, spellers);
        self.list.unchecked = crate::spelling::unchecked(issue, spellers);
        self.list.checked = Some(revision);
    }

    /// Forgets the list, so that it is checked again (words accepted).
    pub(super) fn forget_list(&mut self) {
        self.list.checked = None;
    }
}

/// Where clicking `place` goes.
fn selection_of(place: &Place) -> Selection {
    match place {
        Place::Summary | Place::Disclaimer => Selection {
            centre: Centre::Details,
            ..Selection::default()
        },
        Place::SectionTitle { section, .. } => Selection {
            centre: Centre::Section,
            section: Some(*section),
            entry: None,
            highlight: None,
        },
        Place::Entry { section, entry, .. } => Selection {
            centre: Centre::Section,
            section: Some(*section),
            entry: Some(*entry),
            highlight: None,
        },
    }
}

pub fn window(
    ctx: &egui::Context,
    issue: &Issue,
    revision: u64,
    check: &mut SpellCheck,
    actions: &mut Actions,
) {
    check.list_for(issue, revision);
    let mut open = check.list.open;
    egui::Window::new(t!("command-spelling"))
        // The English title as id: the window keeps its place and size when
        // the language changes.
        .id(egui::Id::unique("Spelling"))
        .open(&mut open)
        .default_width(380.0)
        .default_height(420.0)
        .show(ctx, |ui| {
            if let Some(problem) = &check.problem {
                ui.label(problem);
                return;
            }
            let count = check.list.words.len();
            ui.label(t!("spelling-unknown-words", count = count));
            ui.separator();
            let SpellCheck { list, spellers, .. } = check;
            ScrollArea::vertical().show(ui, |ui| {
                for unchecked in &list.unchecked {
                    let language = crate::spelling::language_name(&unchecked.language)
                        .unwrap_or_else(|| unchecked.language.clone());
                    ui.label(
                        RichText::new(t!(
                            "spelling-entries-not-checked",
                            language = language,
                            problem = &unchecked.problem
                        ))
                        .weak(),
                    );
                    places(ui, &unchecked.places, actions);
                }
                for word in &list.words {
                    let count = word.places.len();
                    let mut title = t!("spelling-word-places", word = &word.word, count = count);
                    if let Some(language) = &word.language {
                        title = format!("{title}, {language}");
                    }
                    let key = (word.language.clone(), word.word.clone());
                    egui::CollapsingHeader::new(title)
                        .id_salt(("spelling_word", &key))
                        .show(ui, |ui| {
                            let suggestions = list.suggestions.entry(key).or_insert_with(|| {
                                spellers
                                    .as_mut()
                                    .and_then(|s| s.speller_for(word.language.as_deref()).ok())
                                    .map(|s| s.suggest(&word.word, SUGGESTIONS))
                                    .unwrap_or_default()
                            });
                            let said = if suggestions.is_empty() {
                                t!("spelling-no-suggestions")
                            } else {
                                t!("spelling-perhaps", words = suggestions.join(", "))
                            };
                            ui.label(RichText::new(said).weak());
                            places(ui, &word.places, actions);
                        });
                }
            });
        });
    check.list.open = open;
}

/// A link to each place, which goes there.
fn places(ui: &mut egui::Ui, places: &[Place], actions: &mut Actions) {
    for place in places {
        if ui.link(place.describe()).clicked() {
            actions.select(selection_of(place));
        }
    }
}
