//! Spelling: the words of an issue checked with Hunspell-compatible
//! dictionaries (through `spellbook`), the words the issue already knows
//! accepted, and one `spelling` info finding per unknown word.
//!
//! - `dictionaries`: the English dictionary shipped with the program, the
//!   system's Hunspell dictionaries for the other languages, which are
//!   installed, and how to install a missing one.
//! - `words`: the words of a text worth checking (UAX #29; numbers, URLs,
//!   words with digits and all-caps acronyms skipped) and whether a word opens
//!   a sentence.
//! - `known`: the words an issue already knows (outlets, source titles and
//!   authors, the publication's word list).
//! - `word_list`: the per-publication word list, a word per line in the
//!   user's config folder.
//! - `speller`: the checker, its options and its per-word cache.
//! - `spellers`: an issue's checkers, its language's and those of the
//!   languages its entries declare.
//! - `findings`: an issue's unknown words as findings with places and
//!   suggestions.

mod dictionaries;
mod findings;
mod known;
mod speller;
mod spellers;
mod word_list;
mod words;

pub use dictionaries::{
    BUILTIN_NAME, DictionaryError, Installed, LanguageStatus, LoadedDictionary, OTHER_LANGUAGES,
    SUPPORTED_LANGUAGES, builtin_english, install_hint, installed, language_name, languages,
    load_for_language, load_for_language_in, search_folders, user_dictionary_folder,
};
pub use findings::{Place, Unchecked, UnknownWord, findings, unchecked, unknown_words};
pub use known::KnownWords;
pub use speller::{Misspelling, Options, Speller};
pub use spellers::{ForLanguage, Spellers};
pub use word_list::{
    WordListError, format_word_list, import_word_list, merge_words, parse_word_list,
    read_word_list, word_list_path, write_word_list,
};
pub use words::{CheckedWord, opens_sentence, words_to_check};

#[cfg(test)]
mod language_tests;
#[cfg(test)]
mod tests;
