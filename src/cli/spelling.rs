//! `check --spelling`: the issue's unknown words as `spelling` notes, with
//! the publication's word list, each entry with the dictionary of the
//! language it declares; a missing dictionary is said, not fatal.

use crate::compliance::Finding;
use crate::model::Issue;
use crate::registry::Registry;
use crate::spelling::{self, KnownWords, Options, Spellers};

/// The spelling findings of `issue`; problems (no dictionary for its
/// language, an unreadable word list) go to stderr and the check goes on.
pub(super) fn findings(issue: &Issue, registry: &Registry) -> Vec<Finding> {
    let word_list = match spelling::word_list_path(&issue.series) {
        Some(path) => spelling::read_word_list(&path).unwrap_or_else(|error| {
            eprintln!("monitor-workbench: warning: {error}");
            Vec::new()
        }),
        None => Vec::new(),
    };
    let language = if issue.language.trim().is_empty() {
        "en"
    } else {
        issue.language.trim()
    };
    let known = KnownWords::for_issue(issue, registry, &word_list);
    let mut spellers = Spellers::for_issue(language, known, Options::default(), None);
    match spellers.main() {
        Ok(speller) => {
            let others = speller.other_dictionaries();
            let also = if others.is_empty() {
                String::new()
            } else {
                format!(", words of {} accepted", others.join(", "))
            };
            eprintln!("Spelling checked with {}{also}.", speller.dictionary_name());
        }
        // Entries that declare a language with a dictionary are still checked.
        Err(problem) => eprintln!(
            "monitor-workbench: spelling of the issue's language ({language}) not checked: {problem}."
        ),
    }
    spelling::findings(issue, &mut spellers)
}
