//! The checker: the dictionary, the other languages' when the
//! preference says so, the words the issue knows, and a verdict cached per
//! word so that checking again after a keystroke only looks up new words.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use super::dictionaries::{LoadedDictionary, OTHER_LANGUAGES, load_for_language_in};
use super::known::KnownWords;
use super::words::{opens_sentence, words_to_check};
use crate::export::Script;

/// The script a word is written in: `None` for Latin (and for a word of
/// neither letters nor a known script).
fn script_of_word(word: &str) -> Option<Script> {
    word.chars().find_map(Script::of)
}

/// The script of a dictionary's language, from its name (`ru_RU`, `fa-IR`,
/// `es_ES`): `None` for the Latin-script languages.
fn script_of_dictionary(name: &str) -> Option<Script> {
    let language = name
        .split(['_', '-'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match language.as_str() {
        "ru" | "uk" | "be" | "bg" | "mk" | "sr" | "el" | "kk" | "ky" | "mn" | "tg" => {
            Some(Script::Alphabetic)
        }
        "ar" | "fa" | "ur" | "ps" | "ckb" => Some(Script::Arabic),
        "he" | "yi" => Some(Script::Hebrew),
        "zh" | "ja" | "ko" => Some(Script::Cjk),
        _ => None,
    }
}

/// How lenient the checker is (the window's preferences).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// A word correct in English, Spanish or Portuguese (those installed,
    /// other than the language) is accepted.
    pub accept_other_languages: bool,
    /// A word with a capital inside a sentence is taken for a name.
    pub accept_capitalised: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            accept_other_languages: true,
            accept_capitalised: false,
        }
    }
}

/// A word no dictionary knows, where it is in the text checked (byte range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    pub word: String,
    pub range: Range<usize>,
}

pub struct Speller {
    dictionary: LoadedDictionary,
    others: Vec<LoadedDictionary>,
    known: KnownWords,
    options: Options,
    cache: HashMap<String, bool>,
    /// Entry bodies already checked, with the pass that last used them
    /// (`unknown_words` drops the bodies a pass did not meet).
    bodies: HashMap<String, (Vec<Misspelling>, u64)>,
    pass: u64,
}

impl Speller {
    /// A checker for an issue in the language `tag`: its dictionary must be
    /// found (see `DictionaryError::Missing`); the other languages' are used
    /// when installed, silently skipped when not.
    pub fn for_language(
        tag: &str,
        known: KnownWords,
        options: Options,
    ) -> Result<Self, super::DictionaryError> {
        Self::for_language_in(tag, known, options, None)
    }

    /// `for_language` with the dictionaries of `folder` found first.
    pub fn for_language_in(
        tag: &str,
        known: KnownWords,
        options: Options,
        folder: Option<&Path>,
    ) -> Result<Self, super::DictionaryError> {
        let dictionary = load_for_language_in(tag, folder)?;
        let mut others: Vec<LoadedDictionary> = Vec::new();
        if options.accept_other_languages {
            for other in OTHER_LANGUAGES {
                if let Ok(loaded) = load_for_language_in(other, folder)
                    && loaded.name != dictionary.name
                    && others.iter().all(|known| known.name != loaded.name)
                {
                    others.push(loaded);
                }
            }
        }
        Ok(Self::new(dictionary, others, known, options))
    }

    /// A checker on given dictionaries (tests, or a window that loaded them).
    pub fn new(
        dictionary: LoadedDictionary,
        others: Vec<LoadedDictionary>,
        known: KnownWords,
        options: Options,
    ) -> Self {
        Self {
            dictionary,
            others,
            known,
            options,
            cache: HashMap::new(),
            bodies: HashMap::new(),
            pass: 0,
        }
    }

    /// The name of the dictionary (`en_US`, `es_ES`).
    pub fn dictionary_name(&self) -> &str {
        &self.dictionary.name
    }

    /// The names of the other languages' dictionaries in use.
    pub fn other_dictionaries(&self) -> Vec<&str> {
        self.others
            .iter()
            .map(|other| other.name.as_str())
            .collect()
    }

    pub fn options(&self) -> Options {
        self.options
    }

    /// New known words (the word list changed) forget the cached verdicts.
    pub fn set_known(&mut self, known: KnownWords) {
        self.known = known;
        self.cache.clear();
        self.bodies.clear();
    }

    /// Accepts a word from now on ("Add to dictionary", "Ignore in this issue").
    pub fn accept(&mut self, word: &str) {
        self.known.add_text(word);
        self.cache.insert(word.to_owned(), true);
        self.bodies.clear();
    }

    /// How many words have a cached verdict.
    pub fn cached_words(&self) -> usize {
        self.cache.len()
    }

    /// Whether `word` is known (cached): the words, the dictionary,
    /// then the other languages.
    pub fn is_known(&mut self, word: &str) -> bool {
        if let Some(&verdict) = self.cache.get(word) {
            return verdict;
        }
        // A word in a script none of the dictionaries is written in (a
        // Chinese or Persian quotation in a Spanish issue) is not theirs to judge.
        let script = script_of_word(word);
        let checkable = std::iter::once(&self.dictionary)
            .chain(&self.others)
            .any(|loaded| script_of_dictionary(&loaded.name) == script);
        let verdict = !checkable
            || self.known.contains(word)
            || self.dictionary.dictionary.check(word)
            || self.others.iter().any(|other| other.dictionary.check(word));
        self.cache.insert(word.to_owned(), verdict);
        verdict
    }

    /// The unknown words of `text`, in order, with their byte ranges.
    pub fn misspellings(&mut self, text: &str) -> Vec<Misspelling> {
        let mut found = Vec::new();
        for checked in words_to_check(text) {
            if self.is_known(checked.word) {
                continue;
            }
            if self.options.accept_capitalised
                && checked.word.chars().next().is_some_and(char::is_uppercase)
                && !opens_sentence(text, checked.range.start)
            {
                continue;
            }
            found.push(Misspelling {
                word: checked.word.to_owned(),
                range: checked.range,
            });
        }
        found
    }

    /// The unknown words of an entry body's visible text (`text::plain_text`;
    /// ranges in that text), remembered per body: after a keystroke only the
    /// entry typed in is read again.
    pub fn body_misspellings(&mut self, body: &str) -> Vec<Misspelling> {
        let pass = self.pass;
        if let Some((found, used)) = self.bodies.get_mut(body) {
            *used = pass;
            return found.clone();
        }
        let found = self.misspellings(&crate::text::plain_text(body));
        self.bodies.insert(body.to_owned(), (found.clone(), pass));
        found
    }

    /// How many entry bodies have remembered results.
    pub fn remembered_bodies(&self) -> usize {
        self.bodies.len()
    }

    /// A check of a whole issue begins: bodies it does not meet are dropped
    /// at `end_pass`.
    pub(super) fn start_pass(&mut self) {
        self.pass += 1;
    }

    pub(super) fn end_pass(&mut self) {
        let pass = self.pass;
        self.bodies.retain(|_, (_, used)| *used == pass);
    }

    /// Up to `limit` suggestions from the dictionary.
    pub fn suggest(&self, word: &str, limit: usize) -> Vec<String> {
        let mut suggestions = Vec::new();
        self.dictionary.dictionary.suggest(word, &mut suggestions);
        suggestions.truncate(limit);
        suggestions
    }
}
