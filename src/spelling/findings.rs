//! An issue's unknown words: its summary, disclaimer, section titles and
//! entries' visible text checked, each unknown word once with every place it
//! occurs, as `spelling` info findings with up to five suggestions.

use std::collections::HashMap;

use crate::compliance::{Finding, Rule, Severity};
use crate::model::{EntryId, Issue, SectionId};

use super::speller::{Misspelling, Speller};

/// How many suggestions a finding offers.
const SUGGESTIONS: usize = 5;

/// Where an unknown word occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Summary,
    Disclaimer,
    SectionTitle {
        section: SectionId,
        title: String,
    },
    Entry {
        section: SectionId,
        section_title: String,
        entry: EntryId,
        /// 1-based, as findings count entries.
        position: usize,
    },
}

impl Place {
    /// "summary", "section title “Russia”", "Russia, entry 3".
    pub fn describe(&self) -> String {
        match self {
            Self::Summary => "summary".to_owned(),
            Self::Disclaimer => "disclaimer".to_owned(),
            Self::SectionTitle { title, .. } => format!("section title “{title}”"),
            Self::Entry {
                section_title,
                position,
                ..
            } => format!("{section_title}, entry {position}"),
        }
    }
}

/// A word no dictionary knows and every place it occurs, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWord {
    pub word: String,
    pub places: Vec<Place>,
}

/// The unknown words of `issue`, in the order they first occur.
pub fn unknown_words(issue: &Issue, speller: &mut Speller) -> Vec<UnknownWord> {
    let mut words: Vec<UnknownWord> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut note = |found: Vec<Misspelling>, place: Place| {
        for misspelling in found {
            let at = *index.entry(misspelling.word.clone()).or_insert_with(|| {
                words.push(UnknownWord {
                    word: misspelling.word.clone(),
                    places: Vec::new(),
                });
                words.len() - 1
            });
            let places = &mut words[at].places;
            if places.last() != Some(&place) {
                places.push(place.clone());
            }
        }
    };
    speller.start_pass();
    note(speller.misspellings(&issue.summary), Place::Summary);
    for section in &issue.sections {
        note(
            speller.misspellings(&section.title),
            Place::SectionTitle {
                section: section.id,
                title: section.title.clone(),
            },
        );
        for (number, entry) in section.entries.iter().enumerate() {
            let place = Place::Entry {
                section: section.id,
                section_title: section.title.clone(),
                entry: entry.id,
                position: number + 1,
            };
            note(speller.body_misspellings(&entry.body), place);
        }
    }
    note(speller.misspellings(&issue.disclaimer), Place::Disclaimer);
    speller.end_pass();
    words
}

/// One `spelling` info finding per unknown word: located at its first place
/// in a section, every place and up to five suggestions in the message.
pub fn findings(issue: &Issue, speller: &mut Speller) -> Vec<Finding> {
    unknown_words(issue, speller)
        .into_iter()
        .map(|unknown| finding(&unknown, speller))
        .collect()
}

fn finding(unknown: &UnknownWord, speller: &Speller) -> Finding {
    let places: Vec<String> = unknown.places.iter().map(Place::describe).collect();
    let suggestions = speller.suggest(&unknown.word, SUGGESTIONS);
    let advice = if suggestions.is_empty() {
        "no suggestion".to_owned()
    } else {
        format!("did you mean {}?", suggestions.join(", "))
    };
    let message = format!(
        "“{}” is not in the {} dictionary ({}); {advice} If it is right, add it to the publication's word list.",
        unknown.word,
        speller.dictionary_name(),
        places.join("; "),
    );
    let mut finding = Finding::new(Rule::Spelling, Severity::Info, message);
    let first_in_section = unknown.places.iter().find_map(|place| match place {
        Place::SectionTitle { section, title } => Some((*section, title, None)),
        Place::Entry {
            section,
            section_title,
            entry,
            position,
        } => Some((*section, section_title, Some((*entry, *position)))),
        Place::Summary | Place::Disclaimer => None,
    });
    if let Some((section, title, entry)) = first_in_section {
        finding.section = Some(section);
        finding.section_title = Some(title.clone());
        if let Some((entry, position)) = entry {
            finding.entry = Some(entry);
            finding.entry_position = Some(position);
        }
    }
    finding
}
