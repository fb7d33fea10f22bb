//! `check --spelling`: the issue's unknown words as `spelling` notes, with
//! the publication's word list, each entry with the dictionary of the
//! language it declares; a missing dictionary is said, not fatal.

use crate::compliance::Finding;
use crate::model::Issue;
use crate::registry::Registry;
use crate::spelling::{self, KnownWords, Options, Spellers};
use crate::t;

/// The spelling findings of `issue`; problems (no dictionary for its
/// language, an unreadable word list) go to stderr and the check goes on.
pub(super) fn findings(issue: &Issue, registry: &Registry) -> Vec<Finding> {
    let word_list = match spelling::word_list_path(&issue.series) {
        Some(path) => spelling::read_word_list(&path).unwrap_or_else(|error| {
            eprintln!(
                "monitor-workbench: {}",
                t!("cli-plain-warning", warning = error.to_string())
            );
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
            let dictionary = speller.dictionary_name();
            let said = if others.is_empty() {
                t!("cli-spelling-checked", dictionary = dictionary)
            } else {
                t!(
                    "cli-spelling-checked-also",
                    dictionary = dictionary,
                    languages = others.join(", ")
                )
            };
            eprintln!("{said}");
        }
        // Entries that declare a language with a dictionary are still checked.
        Err(problem) => eprintln!(
            "monitor-workbench: {}",
            t!(
                "cli-spelling-not-checked",
                language = language,
                problem = problem.to_string()
            )
        ),
    }
    spelling::findings(issue, &mut spellers)
}
