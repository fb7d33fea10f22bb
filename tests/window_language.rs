//! The window in Spanish and Portuguese: Preferences → Language applies at
//! once, to the menus, the status bar and the findings' own messages.
//!
//! One test in a binary of its own: the interface's language is the whole
//! program's, and the other window tests read English.

mod window_support;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use monitor_workbench::i18n::{self, Language};
use monitor_workbench::ui::Command;
use window_support::sample_harness;

fn choose_language(
    harness: &mut egui_kittest::Harness<'static, monitor_workbench::ui::WorkbenchApp>,
    label: &str,
    language: &str,
    save: &str,
) {
    harness.state_mut().run(Command::Preferences);
    harness.run();
    harness.get_by_role_and_label(Role::ComboBox, label).click();
    harness.run();
    harness.get_by_label(language).click();
    harness.run();
    harness.get_by_label(save).click();
    harness.run();
}

#[test]
fn choosing_a_language_in_preferences_speaks_it_at_once() {
    let mut harness = sample_harness();
    assert_eq!(i18n::current(), Language::English);
    harness.get_by_label("6 warnings");

    choose_language(&mut harness, "Language of the program", "Español", "Save");
    assert_eq!(i18n::current(), Language::Spanish);
    assert_eq!(harness.state().prefs.language, Some(Language::Spanish));
    harness.get_by_label("Archivo");
    harness.get_by_label("Revisión");
    harness.get_by_label("1 error");
    harness.get_by_label("6 advertencias");
    harness.get_by_label_contains(
        "Medios estatales: 7 de 37 citas — 18,9\u{a0}% de un máximo de 20\u{a0}%",
    );
    // The findings were made in English; they are made again in Spanish.
    harness.state_mut().run(Command::Findings);
    harness.run();
    harness.get_by_label("Hallazgos: 1 error, 6 advertencias");
    harness.get_by_label_contains("Cita un artículo de opinión");
    harness.get_by_label_contains("no pertenece a ningún medio del registro");

    choose_language(&mut harness, "Idioma del programa", "Português", "Guardar");
    assert_eq!(i18n::current(), Language::Portuguese);
    harness.get_by_label("Arquivo");
    harness.get_by_label("6 avisos");
    harness.get_by_label("Constatações: 1 erro, 6 avisos");
    harness.get_by_label_contains("Cita um artigo de opinião");

    // Back to the system's language (English here: the tests run without a
    // Spanish or Portuguese locale).
    choose_language(
        &mut harness,
        "Idioma do programa",
        "O do sistema (English)",
        "Salvar",
    );
    assert_eq!(harness.state().prefs.language, None);
    assert_eq!(i18n::current(), Language::from_system());
}
