//! Full-text search over every issue of the archive: entry text, section
//! titles, and each source's title, outlet and address.
//!
//! An inverted index per issue file ([`TextSegment`]) ranked with BM25 across
//! all of them, rather than a search engine crate: at a monitor's size (500
//! issues are some 30,000 short texts) a query answers in a few milliseconds,
//! a changed file re-indexes alone in about one, and the segments live in the
//! archive's cache (BENCHMARKS.md, "The archive").

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::ArchivedIssue;
use super::segment::TextSegment;
use super::words::{Stemmers, fold, fold_words};
use crate::model::{EntryId, SectionId, SourceId};
use crate::registry::Registry;

/// Where in an issue a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// The search index of an archive: one segment per issue, in the archive's order.
pub struct SearchIndex {
    segments: Vec<Arc<TextSegment>>,
    docs: usize,
    average_length: f32,
    stemmers: Stemmers,
}

/// BM25's usual constants.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Characters of context shown before the first match.
const CONTEXT_BEFORE: usize = 60;
/// Characters a snippet holds at most.
const SNIPPET_CHARS: usize = 220;

impl SearchIndex {
    /// The index of `issues`, reusing the segments they carry (from the
    /// cache, or built when the archive was opened) and building the others.
    pub fn build(issues: &[ArchivedIssue], registry: &Registry) -> Self {
        let segments = super::parallel(issues, |archived, stemmers| {
            archived
                .text
                .clone()
                .unwrap_or_else(|| Arc::new(TextSegment::build(archived, registry, stemmers)))
        });
        Self::from_segments(segments)
    }

    pub(super) fn from_segments(segments: Vec<Arc<TextSegment>>) -> Self {
        let docs = segments.iter().map(|s| s.docs.len()).sum();
        let total: u64 = segments.iter().map(|s| s.total_length).sum();
        SearchIndex {
            segments,
            docs,
            average_length: total as f32 / docs.max(1) as f32,
            stemmers: Stemmers::new(),
        }
    }

    /// Number of indexed texts.
    pub fn len(&self) -> usize {
        self.docs
    }

    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// The forms a query word is looked up under: its stem in each language,
    /// and itself.
    fn forms(&self, word: &str) -> Vec<String> {
        let mut forms: Vec<String> = self
            .stemmers
            .all()
            .iter()
            .map(|s| s.stem(word).into_owned())
            .collect();
        forms.push(word.to_owned());
        forms.sort();
        forms.dedup();
        forms
    }

    /// The best `limit` texts for `query`: those holding every word of the
    /// query first, then by BM25 score.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = fold_words(query).into_iter().map(|w| w.word).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let docs = self.docs as f32;
        // (segment, document) → (query words matched, score).
        let mut found: HashMap<(u32, u32), (usize, f32)> = HashMap::new();
        for word in &words {
            let forms = self.forms(word);
            let mut best: HashMap<(u32, u32), f32> = HashMap::new();
            for form in &forms {
                let frequency: usize = self
                    .segments
                    .iter()
                    .filter_map(|s| s.stems.get(form))
                    .map(Vec::len)
                    .sum();
                if frequency == 0 {
                    continue;
                }
                let frequency = frequency as f32;
                let idf = ((docs - frequency + 0.5) / (frequency + 0.5)).ln_1p();
                for (index, segment) in self.segments.iter().enumerate() {
                    let Some(list) = segment.stems.get(form) else {
                        continue;
                    };
                    for &(doc, count) in list {
                        let length = segment.docs[doc as usize].length as f32;
                        let tf = count as f32;
                        let score = idf * tf * (K1 + 1.0)
                            / (tf + K1 * (1.0 - B + B * length / self.average_length.max(1.0)));
                        let slot = best.entry((index as u32, doc)).or_default();
                        *slot = slot.max(score);
                    }
                }
            }
            for (key, score) in best {
                let entry = found.entry(key).or_default();
                entry.0 += 1;
                entry.1 += score;
            }
        }
        let mut ranked: Vec<((u32, u32), usize, f32)> = found
            .into_iter()
            .map(|(key, (n, score))| (key, n, score))
            .collect();
        // Of equals, the newest issue first: the report an editor remembers.
        ranked.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(b.2.total_cmp(&a.2))
                .then(b.0.0.cmp(&a.0.0))
                .then(a.0.1.cmp(&b.0.1))
        });
        ranked
            .into_iter()
            .take(limit)
            .map(|((segment, doc), _, score)| self.hit(segment as usize, doc, score, &words))
            .collect()
    }

    fn hit(&self, segment: usize, doc: u32, score: f32, query: &[String]) -> Hit {
        let doc = &self.segments[segment].docs[doc as usize];
        let stemmer = self.stemmers.for_language(&doc.language);
        let wanted: Vec<String> = query.iter().flat_map(|w| self.forms(w)).collect();
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
            issue: segment,
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
