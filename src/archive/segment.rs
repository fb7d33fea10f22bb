//! What the archive indexes of one issue file, built once per file and kept
//! in the cache until the file changes: its texts with their stems (for
//! search), and its entries' word triples and cited addresses (for "already
//! reported"). Search and repeats read every file's segment; a changed file
//! rebuilds only its own.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::ArchivedIssue;
use super::search::Place;
use super::words::{Stemmers, fold_into};
use crate::model::{EntryId, SectionId};
use crate::registry::Registry;
use crate::sourcing::normalize_url;
use crate::text::plain_text;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;

/// One indexed text: an entry, a section title, or a source's title,
/// outlet and address.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Doc {
    pub place: Place,
    pub text: String,
    pub language: String,
    pub length: u32,
}

/// An issue's texts for search.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TextSegment {
    pub(super) docs: Vec<Doc>,
    /// Stem → (document, occurrences).
    pub(super) stems: HashMap<String, Vec<(u32, u32)>>,
    pub(super) total_length: u64,
}

/// An entry as "already reported" names it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct EntryRef {
    pub section: SectionId,
    pub entry: EntryId,
    pub position: usize,
    pub section_title: String,
    /// How many distinct word triples the entry has.
    pub shingles: u32,
}

/// An issue's entries for "already reported".
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RepeatSegment {
    pub(super) entries: Vec<EntryRef>,
    /// (triple, entry), sorted.
    pub(super) shingles: Vec<(u64, u32)>,
    /// (normalized address, entry), sorted.
    pub(super) urls: Vec<(String, u32)>,
}

impl TextSegment {
    pub(super) fn build(
        archived: &ArchivedIssue,
        registry: &Registry,
        stemmers: &Stemmers,
    ) -> Self {
        let issue = &archived.issue;
        let mut segment = TextSegment::default();
        // Each distinct word is stemmed once.
        let mut stemmed: [HashMap<String, String>; 3] = Default::default();
        let mut add = |place: Place, text: String, language: &str| {
            segment.add(place, text, language, stemmers, &mut stemmed);
        };
        for section in &issue.sections {
            add(
                Place::SectionTitle(section.id),
                section.title.clone(),
                &issue.language,
            );
            for entry in &section.entries {
                let place = Place::Entry {
                    section: section.id,
                    entry: entry.id,
                };
                add(place, plain_text(&entry.body), &issue.language);
            }
        }
        for source in &issue.sources {
            let outlet = source
                .outlet
                .clone()
                .or_else(|| registry.outlet_for_url(&source.url).map(|o| o.name.clone()));
            let text = [Some(source.title.clone()), outlet, Some(source.url.clone())]
                .into_iter()
                .flatten()
                .filter(|t| !t.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            let language = if source.language.is_empty() {
                &issue.language
            } else {
                &source.language
            };
            add(Place::Source(source.id), text, language);
        }
        segment
    }

    fn add(
        &mut self,
        place: Place,
        text: String,
        language: &str,
        stemmers: &Stemmers,
        stemmed: &mut [HashMap<String, String>; 3],
    ) {
        if text.trim().is_empty() {
            return;
        }
        let id = self.docs.len() as u32;
        let slot = stemmers.slot(language);
        let stemmer = stemmers.for_language(language);
        let mut terms: Vec<&str> = Vec::new();
        let mut folded = String::new();
        // First pass: stem every new word, so the second can borrow them all.
        let words: Vec<&str> = text.unicode_words().collect();
        for word in &words {
            fold_into(word, &mut folded);
            if !stemmed[slot].contains_key(folded.as_str()) {
                let stem = stemmer.stem(&folded).into_owned();
                stemmed[slot].insert(folded.clone(), stem);
            }
        }
        for word in &words {
            fold_into(word, &mut folded);
            if let Some(stem) = stemmed[slot].get(folded.as_str()) {
                terms.push(stem);
            }
        }
        let length = terms.len() as u32;
        terms.sort_unstable();
        for run in terms.chunk_by(|a, b| a == b) {
            self.stems
                .entry(run[0].to_owned())
                .or_default()
                .push((id, run.len() as u32));
        }
        self.docs.push(Doc {
            place,
            text,
            language: language.to_owned(),
            length,
        });
        self.total_length += u64::from(length);
    }
}

impl RepeatSegment {
    pub(super) fn build(archived: &ArchivedIssue) -> Self {
        let issue = &archived.issue;
        let mut segment = RepeatSegment::default();
        for section in &issue.sections {
            for (index, entry) in section.entries.iter().enumerate() {
                let number = segment.entries.len() as u32;
                let triples = shingles(&plain_text(&entry.body));
                segment.entries.push(EntryRef {
                    section: section.id,
                    entry: entry.id,
                    position: index + 1,
                    section_title: section.title.clone(),
                    shingles: triples.len() as u32,
                });
                segment
                    .shingles
                    .extend(triples.into_iter().map(|t| (t, number)));
                for citation in &entry.citations {
                    if let Some(url) = issue
                        .source(citation.source)
                        .and_then(|s| normalize_url(&s.url))
                    {
                        segment.urls.push((url, number));
                    }
                }
            }
        }
        segment.shingles.sort_unstable();
        segment.urls.sort();
        segment.urls.dedup();
        segment
    }
}

/// The distinct word triples of a text, each as a 64-bit FNV-1a hash of its
/// folded words (stable from run to run, so a cached segment stays valid).
pub(super) fn shingles(text: &str) -> Vec<u64> {
    let mut folded = String::new();
    let words: Vec<String> = text
        .unicode_words()
        .map(|word| {
            fold_into(word, &mut folded);
            folded.clone()
        })
        .collect();
    let mut set: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|triple| {
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for word in triple {
                for byte in word.bytes().chain([0xff]) {
                    hash ^= u64::from(byte);
                    hash = hash.wrapping_mul(0x0100_0000_01b3);
                }
            }
            hash
        })
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}
