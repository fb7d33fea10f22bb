//! An issue's unknown words: its summary, disclaimer, section titles and
//! entries' visible text checked, each unknown word once with every place it
//! occurs, as `spelling` info findings with up to five suggestions.

use std::collections::HashMap;

use crate::compliance::{Finding, Rule, Severity};
use crate::model::{Entry, EntryId, Issue, Section, SectionId};
use crate::t;

use super::dictionaries::language_name;
use super::speller::{Misspelling, Speller};
use super::spellers::ForLanguage;

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
            Self::Summary => t!("spelling-problem-place-summary"),
            Self::Disclaimer => t!("masthead-disclaimer"),
            Self::SectionTitle { title, .. } => {
                t!("spelling-problem-place-section-title", title = title)
            }
            Self::Entry {
                section_title,
                position,
                ..
            } => t!(
                "finding-location",
                section = section_title,
                position = *position
            ),
        }
    }
}

/// A word no dictionary knows and every place it occurs, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWord {
    pub word: String,
    /// The language of the entries it is in when they declare one other
    /// than the issue's (`None`: the issue's).
    pub language: Option<String>,
    pub places: Vec<Place>,
}

/// Entries declared in a language that has no dictionary here: not checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unchecked {
    pub language: String,
    /// Why (the missing dictionary and how to install one).
    pub problem: String,
    pub places: Vec<Place>,
}

/// The unknown words of `issue`, in the order they first occur; an entry
/// that declares its own language is checked with that language's speller.
pub fn unknown_words(issue: &Issue, spellers: &mut impl ForLanguage) -> Vec<UnknownWord> {
    let mut words: Vec<UnknownWord> = Vec::new();
    let mut index: HashMap<(Option<String>, String), usize> = HashMap::new();
    let mut note = |found: Vec<Misspelling>, language: Option<&str>, place: Place| {
        for misspelling in found {
            let key = (language.map(str::to_owned), misspelling.word.clone());
            let at = *index.entry(key).or_insert_with(|| {
                words.push(UnknownWord {
                    word: misspelling.word.clone(),
                    language: language.map(str::to_owned),
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
    spellers.each_speller(&mut Speller::start_pass);
    note(issue_text(spellers, &issue.summary), None, Place::Summary);
    for section in &issue.sections {
        note(
            issue_text(spellers, &section.title),
            None,
            Place::SectionTitle {
                section: section.id,
                title: section.title.clone(),
            },
        );
        for (number, entry) in section.entries.iter().enumerate() {
            let language = declared(issue, entry);
            // An entry whose language has no dictionary is `unchecked`.
            if let Ok(speller) = spellers.speller_for(language) {
                let found = speller.body_misspellings(&entry.body);
                note(found, language, entry_place(section, number, entry.id));
            }
        }
    }
    note(
        issue_text(spellers, &issue.disclaimer),
        None,
        Place::Disclaimer,
    );
    spellers.each_speller(&mut Speller::end_pass);
    words
}

/// The entries whose declared language has no dictionary, by language.
pub fn unchecked(issue: &Issue, spellers: &mut impl ForLanguage) -> Vec<Unchecked> {
    let mut found: Vec<Unchecked> = Vec::new();
    for section in &issue.sections {
        for (number, entry) in section.entries.iter().enumerate() {
            let Some(language) = declared(issue, entry) else {
                continue;
            };
            let Err(problem) = spellers.speller_for(Some(language)) else {
                continue;
            };
            let place = entry_place(section, number, entry.id);
            match found.iter_mut().find(|u| u.language == language) {
                Some(known) => known.places.push(place),
                None => found.push(Unchecked {
                    language: language.to_owned(),
                    problem,
                    places: vec![place],
                }),
            }
        }
    }
    found
}

/// The language an entry declares, when it is not the issue's own.
fn declared<'a>(issue: &Issue, entry: &'a Entry) -> Option<&'a str> {
    let normal = |tag: &str| tag.trim().replace('_', "-").to_ascii_lowercase();
    entry
        .language
        .as_deref()
        .map(str::trim)
        .filter(|tag| !tag.is_empty() && normal(tag) != normal(&issue.language))
}

fn entry_place(section: &Section, number: usize, entry: EntryId) -> Place {
    Place::Entry {
        section: section.id,
        section_title: section.title.clone(),
        entry,
        position: number + 1,
    }
}

/// The unknown words of a text in the issue's own language.
fn issue_text(spellers: &mut impl ForLanguage, text: &str) -> Vec<Misspelling> {
    spellers
        .speller_for(None)
        .map(|speller| speller.misspellings(text))
        .unwrap_or_default()
}

/// One `spelling` info finding per unknown word: located at its first place
/// in a section, every place and up to five suggestions in the message; then
/// one per declared language that has no dictionary, with its entries.
pub fn findings(issue: &Issue, spellers: &mut impl ForLanguage) -> Vec<Finding> {
    let mut found: Vec<Finding> = unknown_words(issue, spellers)
        .into_iter()
        .filter_map(|unknown| {
            let speller = spellers.speller_for(unknown.language.as_deref()).ok()?;
            Some(finding(&unknown, speller))
        })
        .collect();
    found.extend(unchecked(issue, spellers).iter().map(unchecked_finding));
    found
}

fn finding(unknown: &UnknownWord, speller: &Speller) -> Finding {
    let places: Vec<String> = unknown.places.iter().map(Place::describe).collect();
    let suggestions = speller.suggest(&unknown.word, SUGGESTIONS);
    let advice = if suggestions.is_empty() {
        t!("spelling-problem-no-suggestion")
    } else {
        t!(
            "spelling-problem-did-you-mean",
            words = suggestions.join(", ")
        )
    };
    let message = t!(
        "spelling-problem-unknown-word",
        word = &unknown.word,
        dictionary = speller.dictionary_name(),
        places = places.join("; "),
        advice = advice
    );
    located(
        Finding::new(Rule::Spelling, Severity::Info, message),
        &unknown.places,
    )
}

fn unchecked_finding(unchecked: &Unchecked) -> Finding {
    let places: Vec<String> = unchecked.places.iter().map(Place::describe).collect();
    let language = language_name(&unchecked.language).map_or_else(
        || unchecked.language.clone(),
        |name| format!("{name} ({})", unchecked.language),
    );
    let message = t!(
        "spelling-problem-entries-not-checked",
        language = language,
        places = places.join("; "),
        problem = &unchecked.problem
    );
    located(
        Finding::new(Rule::Spelling, Severity::Info, message),
        &unchecked.places,
    )
}

/// The finding placed at the first of `places` that is in a section.
fn located(mut finding: Finding, places: &[Place]) -> Finding {
    let first_in_section = places.iter().find_map(|place| match place {
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
