//! Review → Spelling: a window listing the issue's unknown words (the
//! library's `unknown_words`) with their places and suggestions; clicking a
//! place goes there.

use std::collections::HashMap;

use egui::{RichText, ScrollArea};

use super::SpellCheck;
use crate::model::Issue;
use crate::spelling::{Place, UnknownWord};
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
    suggestions: HashMap<String, Vec<String>>,
}

impl SpellCheck {
    /// The words of `issue` at `revision`, checked again when it changed.
    fn list_for(&mut self, issue: &Issue, revision: u64) {
        if self.list.checked == Some(revision) {
            return;
        }
        self.list.words = match self.speller.as_mut() {
            Some(speller) => crate::spelling::unknown_words(issue, speller),
            None => Vec::new(),
        };
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
    egui::Window::new("Spelling")
        .open(&mut open)
        .default_width(380.0)
        .default_height(420.0)
        .show(ctx, |ui| {
            if let Some(problem) = &check.problem {
                ui.label(problem);
                return;
            }
            let count = check.list.words.len();
            ui.label(match count {
                0 => "No unknown words.".to_owned(),
                1 => "1 unknown word".to_owned(),
                n => format!("{n} unknown words"),
            });
            ui.separator();
            let SpellCheck { list, speller, .. } = check;
            ScrollArea::vertical().show(ui, |ui| {
                for word in &list.words {
                    let places = word.places.len();
                    let title = if places == 1 {
                        format!("{} (1 place)", word.word)
                    } else {
                        format!("{} ({places} places)", word.word)
                    };
                    egui::CollapsingHeader::new(title)
                        .id_salt(("spelling_word", word.word.as_str()))
                        .show(ui, |ui| {
                            let suggestions = list
                                .suggestions
                                .entry(word.word.clone())
                                .or_insert_with(|| {
                                    speller
                                        .as_ref()
                                        .map(|s| s.suggest(&word.word, SUGGESTIONS))
                                        .unwrap_or_default()
                                });
                            let said = if suggestions.is_empty() {
                                "No suggestions".to_owned()
                            } else {
                                format!("Perhaps: {}", suggestions.join(", "))
                            };
                            ui.label(RichText::new(said).weak());
                            for place in &word.places {
                                if ui.link(place.describe()).clicked() {
                                    actions.select(selection_of(place));
                                }
                            }
                        });
                }
            });
        });
    check.list.open = open;
}
