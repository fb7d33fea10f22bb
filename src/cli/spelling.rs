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
    let mut spellers = match Spellers::for_issue(language, known, Options::default(), None) {
        Ok(spellers) => spellers,
        Err(error) => {
            eprintln!("monitor-workbench: spelling not checked: {error}.");
            return Vec::new();
        }
    };
    let speller = spellers.main();
    let others = speller.other_dictionaries();
    let also = if others.is_empty() {
        String::new()
    } else {
        format!(", words of {} accepted", others.join(", "))
    };
    eprintln!("Spelling checked with {}{also}.", speller.dictionary_name());
    spelling::findings(issue, &mut spellers)
}
