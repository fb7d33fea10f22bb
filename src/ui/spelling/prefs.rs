//! Spelling in the Preferences dialog: the two options, and the languages
//! the check knows with the dictionary that checks each or the package that
//! adds one.

use std::sync::Arc;

use egui::{Id, RichText, Ui};

use crate::spelling::{LanguageStatus, languages};
use crate::t;
use crate::ui::prefs::SpellingPreferences;

/// The languages, looked up once per run of the window and language of the
/// interface (the lookup reads the system's dictionary folders and names
/// the languages in the interface's).
fn cached_languages(ui: &Ui) -> Arc<Vec<LanguageStatus>> {
    let id = Id::unique(("spelling_languages", crate::i18n::current()));
    if let Some(found) = ui.data(|data| data.get_temp::<Arc<Vec<LanguageStatus>>>(id)) {
        return found;
    }
    let found = Arc::new(languages());
    ui.data_mut(|data| data.insert_temp(id, found.clone()));
    found
}

pub fn preferences(ui: &mut Ui, spelling: &mut SpellingPreferences) {
    ui.label(RichText::new(t!("command-spelling")).strong());
    ui.checkbox(
        &mut spelling.accept_other_languages,
        t!("spelling-accept-other-languages"),
    )
    .on_hover_text(t!("spelling-accept-other-languages-hint"));
    ui.checkbox(
        &mut spelling.accept_capitalised,
        t!("spelling-accept-capitalised"),
    )
    .on_hover_text(t!("spelling-accept-capitalised-hint"));
    egui::CollapsingHeader::new(t!("spelling-languages"))
        .id_salt("spelling_languages")
        .show(ui, |ui| {
            for language in cached_languages(ui).iter() {
                ui.horizontal(|ui| {
                    ui.label(&language.name);
                    match &language.dictionary {
                        Some(dictionary) => ui.label(
                            RichText::new(t!("spelling-installed", dictionary = dictionary)).weak(),
                        ),
                        None => ui.label(
                            RichText::new(t!("spelling-install-hint", package = &language.hint))
                                .weak(),
                        ),
                    };
                });
            }
        });
}
