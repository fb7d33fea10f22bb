//! Full-text search over every issue of the archive: entry text, section
//! titles, and each source's title, outlet and address.
//!
//! An in-memory inverted index ranked with BM25, rather than a search engine
//! crate: at a monitor's size (500 issues are some 30,000 short documents) it
//! builds in tens of milliseconds and answers in well under one
//! (BENCHMARKS.md, "The archive"), with nothing to keep on disk in step
//! with the files; ARCHITECTURE.md says why in one line.

use std::collections::HashMap;

use super::ArchivedIssue;
use unicode_segmentation::UnicodeSegmentation;

use super::words::{Stemmers, fold, fold_into, fold_words};
use crate::model::{EntryId, SectionId, SourceId};
use crate::registry::Registry;
use crate::text::plain_text;

/// Where in an issue a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Entry { section: SectionId, entry: EntryId },
    SectionTitle(SectionId),
    Source(SourceId),
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The issue's index in `Archive::issues`.
    pub issue: usize,
    pub place: Place,
    pub score: f32,
    /// The text around the match, one line.
    pub snippet: String,
    /// Byte ranges of the matching words in `snippet`.
    pub highlights: Vec<(usize, usize)>,
}

struct Doc {
    issue: usize,
    place: Place,
    text: String,
    language: String,
    length: u32,
}

/// The index of an archive's texts.
pub struct SearchIndex {
    docs: Vec<Doc>,
    /// Stem → its number.
    stems: HashMap<String, u32>,
    /// Per stem number: (document, occurrences), documents ascending.
    postings: Vec<Vec<(u32, u32)>>,
    average_length: f32,
    stemmers: Stemmers,
}

/// Per language (English, Spanish, Portuguese): folded word → stem number,
/// so that each distinct word is stemmed once.
#[derive(Default)]
struct StemCache {
    words: [HashMap<String, u32>; 3],
}

fn language_slot(tag: &str) -> usize {
    match tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
        .as_str()
    {
        "es" => 1,
        "pt" => 2,
        _ => 0,
    }
}

/// BM25's usual constants.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Characters of context shown before the first match.
const CONTEXT_BEFORE: usize = 60;
/// Characters a snippet holds at most.
const SNIPPET_CHARS: usize = 220;

impl SearchIndex {
    pub fn build(issues: &[ArchivedIssue], registry: &Registry) -> Self {
        let mut index = SearchIndex {
            docs: Vec::new(),
            stems: HashMap::new(),
            postings: Vec::new(),
            average_length: 0.0,
            stemmers: Stemmers::new(),
        };
        // Stemming is the cost; a series repeats few distinct words.
        let mut stems = StemCache::default();
        for (number, archived) in issues.iter().enumerate() {
            let issue = &archived.issue;
            let mut add = |place: Place, text: String, language: &str| {
                index.add(number, place, text, language, &mut stems);
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
        }
        let total: u64 = index.docs.iter().map(|d| u64::from(d.length)).sum();
        index.average_length = total as f32 / index.docs.len().max(1) as f32;
        index
    }

    fn add(
        &mut self,
        issue: usize,
        place: Place,
        text: String,
        language: &str,
        cache: &mut StemCache,
    ) {
        if text.trim().is_empty() {
            return;
        }
        let id = self.docs.len() as u32;
        let slot = language_slot(language);
        let stemmer = self.stemmers.for_language(language);
        let mut terms: Vec<u32> = Vec::new();
        let mut folded = String::new();
        for (_, word) in text.unicode_word_indices() {
            fold_into(word, &mut folded);
            let term = match cache.words[slot].get(folded.as_str()) {
                Some(&term) => term,
                None => {
                    let stem = stemmer.stem(&folded).into_owned();
                    let next = self.stems.len() as u32;
                    let term = *self.stems.entry(stem).or_insert(next);
                    if term == next {
                        self.postings.push(Vec::new());
                    }
                    cache.words[slot].insert(folded.clone(), term);
                    term
                }
            };
            terms.push(term);
        }
        let length = terms.len() as u32;
        terms.sort_unstable();
        for run in terms.chunk_by(|a, b| a == b) {
            self.postings[run[0] as usize].push((id, run.len() as u32));
        }
        self.docs.push(Doc {
            issue,
            place,
            language: language.to_owned(),
            length,
            text,
        });
    }

    /// Number of indexed texts.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The best `limit` texts for `query`: those holding every word of the
    /// query first, then by BM25 score.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = fold_words(query).into_iter().map(|w| w.word).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let docs = self.docs.len() as f32;
        // Document → (query words matched, score).
        let mut found: HashMap<u32, (usize, f32)> = HashMap::new();
        for word in &words {
            let mut stems: Vec<String> = self
                .stemmers
                .all()
                .iter()
                .map(|s| s.stem(word).into_owned())
                .collect();
            stems.push(word.clone());
            stems.sort();
            stems.dedup();
            let mut best: HashMap<u32, f32> = HashMap::new();
            for stem in &stems {
                let Some(list) = self.stems.get(stem).map(|&t| &self.postings[t as usize]) else {
                    continue;
                };
                let idf = ((docs - list.len() as f32 + 0.5) / (list.len() as f32 + 0.5)).ln_1p();
                for &(doc, count) in list {
                    let length = self.docs[doc as usize].length as f32;
                    let tf = count as f32;
                    let score = idf * tf * (K1 + 1.0)
                        / (tf + K1 * (1.0 - B + B * length / self.average_length.max(1.0)));
                    let slot = best.entry(doc).or_default();
                    *slot = slot.max(score);
                }
            }
            for (doc, score) in best {
                let entry = found.entry(doc).or_default();
                entry.0 += 1;
                entry.1 += score;
            }
        }
        let mut ranked: Vec<(u32, usize, f32)> = found
            .into_iter()
            .map(|(doc, (n, score))| (doc, n, score))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(limit)
            .map(|(doc, _, score)| self.hit(doc, score, &words))
            .collect()
    }

    fn hit(&self, doc: u32, score: f32, query: &[String]) -> Hit {
        let doc = &self.docs[doc as usize];
        let stemmer = self.stemmers.for_language(&doc.language);
        let wanted: Vec<String> = query
            .iter()
            .flat_map(|w| {
                let mut forms: Vec<String> = self
                    .stemmers
                    .all()
                    .iter()
                    .map(|s| s.stem(w).into_owned())
                    .collect();
                forms.push(w.clone());
                forms
            })
            .collect();
        let matches: Vec<(usize, usize)> = fold_words(&doc.text)
            .into_iter()
            .filter(|w| {
                let stem = stemmer.stem(&w.word);
                wanted.iter().any(|q| *q == stem || *q == w.word)
            })
            .map(|w| (w.start, w.end))
            .collect();
        let (snippet, highlights) = snippet(&doc.text, &matches);
        Hit {
            issue: doc.issue,
            place: doc.place,
            score,
            snippet,
            highlights,
        }
    }
}

/// A window of `text` around its first match, on one line, with the matches'
/// ranges moved into it.
fn snippet(text: &str, matches: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    let first = matches.first().map_or(0, |m| m.0);
    let start = text[..first]
        .char_indices()
        .rev()
        .nth(CONTEXT_BEFORE)
        .map_or(0, |(i, _)| i);
    let end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let offset = out.len();
    // Line breaks become spaces, byte for byte, so the ranges still hold.
    out.push_str(&text[start..end].replace(['\n', '\r', '\t'], " "));
    if end < text.len() {
        out.push('…');
    }
    let highlights = matches
        .iter()
        .filter(|(s, e)| *s >= start && *e <= end)
        .map(|(s, e)| (s - start + offset, e - start + offset))
        .collect();
    (out, highlights)
}

/// Folds a word as the index does, for callers that highlight elsewhere.
pub fn folded(word: &str) -> String {
    fold(word)
}
