//! Spelling's "Add to dictionary": the word written to the publication's
//! word list in the user's config folder, and accepted at once.

use super::WorkbenchApp;
use crate::spelling::{read_word_list, write_word_list};
use crate::t;
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
                title: t!("add-word-failed"),
                text: t!("add-word-no-config"),
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
                self.say(t!(
                    "add-word-done",
                    word = word,
                    file = path.display().to_string()
                ));
            }
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("add-word-failed"),
                    text: format!("{error}"),
                });
            }
        }
    }
}
