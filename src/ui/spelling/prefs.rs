//! Spelling in the Preferences dialog: the two options, and the languages
//! the check knows with the dictionary that checks each or the package that
//! adds one.

use std::sync::Arc;

use egui::{Id, RichText, Ui};

use crate::spelling::{LanguageStatus, languages};
use crate::ui::prefs::SpellingPreferences;

/// The languages, looked up once per run of the window (the lookup reads
/// the system's dictionary folders).
fn cached_languages(ui: &Ui) -> Arc<Vec<LanguageStatus>> {
    let id = Id::unique("spelling_languages");
    if let Some(found) = ui.data(|data| data.get_temp::<Arc<Vec<LanguageStatus>>>(id)) {
        return found;
    }
    let found = Arc::new(languages());
    ui.data_mut(|data| data.insert_temp(id, found.clone()));
    found
}

pub fn preferences(ui: &mut Ui, spelling: &mut SpellingPreferences) {
    ui.label(RichText::new("Spelling").strong());
    ui.checkbox(
        &mut spelling.accept_other_languages,
        "Accept words from other languages",
    )
    .on_hover_text(
        "A word that is correct in English, Spanish or Portuguese (those installed) is \
         not underlined, whatever the issue's language.",
    );
    ui.checkbox(
        &mut spelling.accept_capitalised,
        "Accept capitalised words inside a sentence",
    )
    .on_hover_text("A word with a capital that does not open a sentence is taken for a name.");
    egui::CollapsingHeader::new("Languages")
        .id_salt("spelling_languages")
        .show(ui, |ui| {
            for language in cached_languages(ui).iter() {
                ui.horizontal(|ui| {
                    ui.label(language.name);
                    match &language.dictionary {
                        Some(dictionary) => {
                            ui.label(RichText::new(format!("installed ({dictionary})")).weak())
                        }
                        None => ui.label(
                            RichText::new(format!("add it with: apt install {}", language.hint))
                                .weak(),
                        ),
                    };
                });
            }
        });
}
