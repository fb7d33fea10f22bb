//! The words of a text worth checking: UAX #29 words, without numbers,
//! words with digits, all-caps acronyms, abbreviations and domains with a
//! dot, and anything inside a URL or an e-mail address.

use std::ops::Range;

use linkify::LinkFinder;
use unicode_segmentation::UnicodeSegmentation;

/// One word to check and where it is in the text (byte range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedWord<'a> {
    pub word: &'a str,
    pub range: Range<usize>,
}

/// The words of `text` a dictionary should see.
pub fn words_to_check(text: &str) -> Vec<CheckedWord<'_>> {
    // A URL or address has a slash or an `@`; a bare domain without one is a
    // single word with a dot, skipped below without asking linkify.
    let links: Vec<Range<usize>> = if text.contains(['/', '@']) {
        let mut finder = LinkFinder::new();
        finder.url_must_have_scheme(false);
        finder
            .links(text)
            .map(|link| link.start()..link.end())
            .collect()
    } else {
        Vec::new()
    };
    text.unicode_word_indices()
        .filter(|(start, word)| {
            let end = start + word.len();
            !skipped(word)
                && !links
                    .iter()
                    .any(|link| link.start < end && *start < link.end)
        })
        .map(|(start, word)| CheckedWord {
            word,
            range: start..start + word.len(),
        })
        .collect()
}

/// Numbers, words with a digit, all-caps acronyms (two letters or more),
/// and words with a dot (`e.g`, `S.Paulo`, `rt.com`) are not checked.
fn skipped(word: &str) -> bool {
    if word.chars().any(|c| c.is_numeric() || c == '.') {
        return true;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.all(char::is_uppercase)
}

/// Whether the word starting at byte `start` opens a sentence: nothing but
/// spaces and opening quotes or brackets before it since the text's start or
/// a full stop, question or exclamation mark, ellipsis or colon.
pub fn opens_sentence(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default();
    let trimmed = before.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\''
                    | '“'
                    | '‘'
                    | '«'
                    | '('
                    | '['
                    | '¿'
                    | '¡'
                    | '—'
                    | '–'
                    | '-'
                    | '*'
                    | '_'
            )
    });
    trimmed.is_empty() || ends_sentence(trimmed)
}

/// A closing quote or bracket ends a sentence only after a full stop,
/// question or exclamation mark (`he said.”`, not `the “Escudo”`).
fn ends_sentence(trimmed: &str) -> bool {
    let without_closers = trimmed.trim_end_matches(['»', '”', ')', '"', '\'']);
    matches!(
        without_closers.chars().next_back(),
        Some('.' | '!' | '?' | '…' | ':')
    )
}
