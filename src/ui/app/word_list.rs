//! The publication's spelling word list edited in Preferences: words added
//! and removed, a word-per-line file imported into it or exported from it.
//! Each change is written at once and the speller learns it; the
//! Preferences dialog then comes back with the list as the file holds it.

use std::path::{Path, PathBuf};

use super::WorkbenchApp;
use super::files::{FilePurpose, question};
use crate::spelling::{
    WordListError, import_word_list, merge_words, read_word_list, write_word_list,
};
use crate::t;
use crate::ui::actions::Review;
use crate::ui::dialogs::Dialog;
use crate::ui::files::{FileKind, FileMode};
use crate::ui::prefs::Preferences;
use crate::ui::spelling::{WordListChoice, WordListEditor};

impl WorkbenchApp {
    /// The Preferences dialog on the preferences as they stand and the
    /// word list of the issue's publication.
    pub(super) fn preferences_dialog(&self, then: Option<Review>) -> Dialog {
        self.preferences_with(Box::new(self.prefs.clone()), then, None)
    }

    /// The Preferences dialog on `prefs` being edited, the word list read
    /// again, with `problem` said above it.
    pub(super) fn preferences_with(
        &self,
        prefs: Box<Preferences>,
        then: Option<Review>,
        problem: Option<String>,
    ) -> Dialog {
        let mut words =
            WordListEditor::load(&self.open.document.issue().series, self.word_list_file());
        if problem.is_some() {
            words.problem = problem;
        }
        Dialog::Preferences {
            prefs,
            then,
            words: Box::new(words),
        }
    }

    /// A change asked in the Preferences dialog (`dialog`, which it closed).
    pub(super) fn change_word_list(&mut self, change: WordListChoice, dialog: Option<Dialog>) {
        let Some(Dialog::Preferences { prefs, then, words }) = dialog else {
            return;
        };
        let Some(path) = words.path.clone() else {
            self.dialog = Some(self.preferences_with(prefs, then, None));
            return;
        };
        let problem = match change {
            WordListChoice::Add(word) => self
                .rewrite_word_list(&path, |words| {
                    merge_words(words, vec![word]);
                })
                .err(),
            WordListChoice::Remove(word) => {
                let removed = self.rewrite_word_list(&path, |words| words.retain(|w| *w != word));
                self.view.section_view.spelling.forget_accepted(&word);
                removed.err()
            }
            WordListChoice::Import => {
                let question = question(
                    FileMode::Open,
                    FileKind::WordList,
                    &t!("word-list-import-title"),
                    "",
                );
                // Back to Preferences if the desktop's dialog is cancelled.
                self.dialog = Some(self.preferences_with(prefs.clone(), then.clone(), None));
                return self.ask_file(question, FilePurpose::ImportWordList(prefs, then));
            }
            WordListChoice::Export => {
                let suggested = path
                    .file_name()
                    .map_or_else(|| "words.txt".into(), |name| name.to_string_lossy());
                let question = question(
                    FileMode::Save,
                    FileKind::WordList,
                    &t!("word-list-export-title"),
                    &suggested,
                );
                self.dialog = Some(self.preferences_with(prefs.clone(), then.clone(), None));
                return self.ask_file(question, FilePurpose::ExportWordList(prefs, then));
            }
        };
        let problem = problem.map(|error| error.to_string());
        self.dialog = Some(self.preferences_with(prefs, then, problem));
    }

    /// Adds the words of `path` to the publication's list.
    pub(super) fn import_word_list_from(
        &mut self,
        path: &Path,
        prefs: Box<Preferences>,
        then: Option<Review>,
    ) {
        let list = self.word_list_file();
        let imported = import_word_list(path).and_then(|incoming| {
            let mut added = 0;
            if let Some(list) = &list {
                self.rewrite_word_list(list, |words| added = merge_words(words, incoming))?;
            }
            Ok(t!(
                "word-list-imported",
                count = added,
                file = path.display().to_string()
            ))
        });
        self.word_list_done(imported, prefs, then);
    }

    /// Writes the publication's list to `path`.
    pub(super) fn export_word_list_to(
        &mut self,
        path: &Path,
        prefs: Box<Preferences>,
        then: Option<Review>,
    ) {
        let exported = self
            .word_list_file()
            .as_deref()
            .map(read_word_list)
            .unwrap_or_else(|| Ok(Vec::new()))
            .and_then(|words| {
                write_word_list(path, &words)?;
                Ok(t!(
                    "word-list-exported",
                    count = words.len(),
                    file = path.display().to_string()
                ))
            });
        self.word_list_done(exported, prefs, then);
    }

    /// The publication's word list file (`None` without a config folder).
    fn word_list_file(&self) -> Option<PathBuf> {
        self.view
            .section_view
            .spelling
            .word_list()
            .map(Path::to_owned)
    }

    /// Says what an import or export did, or shows why it failed above the
    /// list, back in Preferences.
    fn word_list_done(
        &mut self,
        outcome: Result<String, WordListError>,
        prefs: Box<Preferences>,
        then: Option<Review>,
    ) {
        let problem = match outcome {
            Ok(said) => {
                self.say(said);
                None
            }
            Err(error) => Some(error.to_string()),
        };
        self.dialog = Some(self.preferences_with(prefs, then, problem));
    }

    /// Reads the list at `path`, changes it, writes it back, and has the
    /// speller learn it.
    fn rewrite_word_list(
        &mut self,
        path: &Path,
        change: impl FnOnce(&mut Vec<String>),
    ) -> Result<(), WordListError> {
        let mut words = read_word_list(path)?;
        change(&mut words);
        write_word_list(path, &words)?;
        self.view.section_view.spelling.relearn();
        Ok(())
    }
}
