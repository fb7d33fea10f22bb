//! Words as search and duplicate detection compare them: Unicode words
//! (UAX #29) of the visible text, lower case, accents dropped ("Moscú" finds
//! "moscu"), then reduced to their stem by the Snowball stemmer of the text's
//! language (English, Spanish or Portuguese), so "acuerdos" finds "acuerdo".

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The stemmers of the languages the monitor writes in.
pub(super) struct Stemmers {
    english: Stemmer,
    spanish: Stemmer,
    portuguese: Stemmer,
}

impl Stemmers {
    pub(super) fn new() -> Self {
        Self {
            english: Stemmer::create(Algorithm::English),
            spanish: Stemmer::create(Algorithm::Spanish),
            portuguese: Stemmer::create(Algorithm::Portuguese),
        }
    }

    /// The stemmer of a language tag; English for any other.
    pub(super) fn for_language(&self, tag: &str) -> &Stemmer {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "es" => &self.spanish,
            "pt" => &self.portuguese,
            _ => &self.english,
        }
    }

    /// 0 for English (and any other language), 1 Spanish, 2 Portuguese.
    pub(super) fn slot(&self, tag: &str) -> usize {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "es" => 1,
            "pt" => 2,
            _ => 0,
        }
    }

    /// Every stemmer, for a query whose language is unknown.
    pub(super) fn all(&self) -> [&Stemmer; 3] {
        [&self.english, &self.spanish, &self.portuguese]
    }
}

/// One word of a text: where it is, and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Lower case, accents dropped.
    pub word: String,
}

/// The words of `text`, folded, with their places.
pub fn fold_words(text: &str) -> Vec<Folded> {
    text.unicode_word_indices()
        .map(|(start, word)| Folded {
            start,
            end: start + word.len(),
            word: fold(word),
        })
        .collect()
}

/// Lower case without combining marks: "São" → "sao", "MOSCÚ" → "moscu".
pub(super) fn fold(word: &str) -> String {
    let mut out = String::new();
    fold_into(word, &mut out);
    out
}

/// [`fold`] into a buffer the caller reuses: indexing folds every word of
/// 500 issues, and most words are ASCII.
pub(super) fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        out.extend(
            word.nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_and_accents_and_keep_their_place() {
        let words = fold_words("Lula, en São Paulo: MOSCÚ.");
        let folded: Vec<&str> = words.iter().map(|w| w.word.as_str()).collect();
        assert_eq!(folded, ["lula", "en", "sao", "paulo", "moscu"]);
        assert_eq!(
            &"Lula, en São Paulo: MOSCÚ."[words[2].start..words[2].end],
            "São"
        );
    }

    #[test]
    fn stems_follow_the_language() {
        let stemmers = Stemmers::new();
        let es = stemmers.for_language("es-VE");
        assert_eq!(es.stem("acuerdos"), es.stem("acuerdo"));
        let en = stemmers.for_language("en");
        assert_eq!(en.stem("agreements"), en.stem("agreement"));
        let pt = stemmers.for_language("pt_BR");
        assert_eq!(pt.stem("acordos"), pt.stem("acordo"));
    }
}
