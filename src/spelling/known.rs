//! The words an issue already knows, which are names rather than typos:
//! outlet names (and their reader names) from the registry, the issue's
//! source titles, authors and outlets, its series, publisher and editors, the
//! words ignored in the issue, and the publication's word list. Compared
//! without case.

use std::collections::HashSet;

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Issue;
use crate::registry::Registry;

#[derive(Debug, Clone, Default)]
pub struct KnownWords {
    words: HashSet<String>,
}

impl KnownWords {
    /// Everything `issue` and `registry` name, plus `word_list`.
    pub fn for_issue(issue: &Issue, registry: &Registry, word_list: &[String]) -> Self {
        let mut known = Self::default();
        for outlet in registry.outlets() {
            known.add_text(&outlet.name);
            if let Some(name) = &outlet.reader_name {
                known.add_text(name);
            }
        }
        for source in &issue.sources {
            known.add_text(&source.title);
            known.add_text(&source.author);
            if let Some(outlet) = &source.outlet {
                known.add_text(outlet);
            }
        }
        known.add_text(&issue.series);
        known.add_text(&issue.publisher);
        for editor in &issue.editors {
            known.add_text(editor);
        }
        for section in &issue.sections {
            for tag in &section.tags {
                known.add_text(tag);
            }
        }
        for word in word_list.iter().chain(&issue.spelling_ignored) {
            known.add_text(word);
        }
        known
    }

    /// Every UAX #29 word of `text` becomes known.
    pub fn add_text(&mut self, text: &str) {
        for word in text.unicode_words() {
            self.words.insert(word.to_lowercase());
        }
    }

    /// Whether `word` (or the word without a possessive `'s`) is known.
    pub fn contains(&self, word: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let lower = word.to_lowercase();
        if self.words.contains(&lower) {
            return true;
        }
        ["'s", "’s", "'", "’"]
            .iter()
            .filter_map(|suffix| lower.strip_suffix(suffix))
            .any(|stem| self.words.contains(stem))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
