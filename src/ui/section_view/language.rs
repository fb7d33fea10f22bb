//! An entry's own language: chosen in the entry's "More" menu (as the
//! issue, or one of the monitor's languages), named in its header, and the
//! note shown when that language has no dictionary.

use egui::{RichText, Ui};

use crate::edit::Edit;
use crate::model::{Entry, Issue};
use crate::spelling::{SUPPORTED_LANGUAGES, language_name};
use crate::t;
use crate::ui::actions::Actions;
use crate::ui::spelling::SpellCheck;

/// "Spanish", or the tag itself for a language the program has no name for.
fn name(tag: &str) -> String {
    language_name(tag).unwrap_or_else(|| tag.to_owned())
}

/// The entry's language in its "More" menu: as the issue, or one of the
/// monitor's languages; choosing pushes `Edit::SetEntryLanguage`.
pub(super) fn menu(ui: &mut Ui, issue: &Issue, entry: &Entry, actions: &mut Actions) {
    ui.menu_button(t!("details-language"), |ui| {
        let issue_language = t!("entry-language-as-issue", language = name(&issue.language));
        let mut chosen = entry.language.clone();
        ui.selectable_value(&mut chosen, None, issue_language);
        for tag in SUPPORTED_LANGUAGES {
            ui.selectable_value(&mut chosen, Some(tag.to_owned()), name(tag));
        }
        // A tag typed into the file by hand stays choosable.
        if let Some(other) = &entry.language
            && !SUPPORTED_LANGUAGES.contains(&other.as_str())
        {
            ui.selectable_value(&mut chosen, Some(other.clone()), name(other));
        }
        if chosen != entry.language {
            actions.edit(Edit::SetEntryLanguage {
                entry: entry.id,
                language: chosen,
            });
            ui.close();
        }
    })
    .response
    .on_hover_text(t!("entry-language-hint"));
}

/// In the entry's header, the language it declares (nothing when it is the
/// issue's).
pub(super) fn badge(ui: &mut Ui, entry: &Entry) {
    if let Some(tag) = entry.language.as_deref() {
        ui.label(RichText::new(name(tag)).small().weak())
            .on_hover_text(t!("entry-language-badge", language = name(tag)));
    }
}

/// Says why the entry is not checked when its language has no dictionary.
pub(super) fn notice(ui: &mut Ui, entry: &Entry, check: &mut SpellCheck) {
    if let Some(problem) = check.problem_for(entry.language.as_deref()) {
        ui.label(
            RichText::new(t!("entry-spelling-not-checked", problem = problem))
                .small()
                .weak(),
        );
    }
}
