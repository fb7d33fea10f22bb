//! Spelling's "Add to dictionary": the word written to the publication's
//! word list in the user's config folder, and accepted at once.

use super::WorkbenchApp;
use crate::spelling::{read_word_list, write_word_list};
use crate::ui::dialogs::Dialog;

impl WorkbenchApp {
    pub(super) fn add_to_word_list(&mut self, word: &str) {
        let Some(path) = self
            .view
            .section_view
            .spelling
            .word_list()
            .map(ToOwned::to_owned)
        else {
            self.dialog = Some(Dialog::Message {
                title: "The word was not added".to_owned(),
                text: "There is no config folder to keep the word list in (no home folder \
                       was found). “Ignore in this issue” accepts the word until the issue \
                       is closed."
                    .to_owned(),
            });
            return;
        };
        let written = read_word_list(&path).and_then(|mut words| {
            if !words.iter().any(|known| known == word) {
                words.push(word.to_owned());
                write_word_list(&path, &words)?;
            }
            Ok(())
        });
        match written {
            Ok(()) => {
                self.view.section_view.spelling.accept(word);
                self.say(format!("“{word}” added to {}", path.display()));
            }
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: "The word was not added".to_owned(),
                    text: format!("{error}"),
                });
            }
        }
    }
}
