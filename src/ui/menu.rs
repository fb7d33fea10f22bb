//! The menu bar, built from the command table.

use egui::{Button, Ui};

use super::actions::{Action, Actions, CaptureRequest};
use super::command::Command;
use super::files::RecentFiles;
use super::icons;
use super::prefs::ThemeChoice;
use crate::t;

pub struct MenuContext<'a> {
    pub can_undo: bool,
    pub can_redo: bool,
    pub recent: &'a RecentFiles,
    pub show_outline: bool,
    pub show_library: bool,
    /// Suggest mode is on.
    pub suggest: bool,
    /// The theme chosen in View → Theme.
    pub theme: ThemeChoice,
    /// Links are fetched as they are added (`None`: not asked yet).
    pub fetch_added: Option<bool>,
}

fn item(ui: &mut Ui, command: Command, enabled: bool, actions: &mut Actions) {
    // Every item keeps the icons' column, so the words line up.
    let text = icons::with(command.icon().unwrap_or(icons::BLANK), &command.label());
    let mut button = Button::new(text);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    let response = ui.add_enabled(enabled, button);
    icons::name(&response, &command.label());
    if response.clicked() {
        actions.command(command);
    }
}

pub fn show(ui: &mut Ui, context: &MenuContext<'_>, actions: &mut Actions) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t!("menu-file"), |ui| {
            item(ui, Command::New, true, actions);
            item(ui, Command::Open, true, actions);
            ui.menu_button(t!("menu-open-recent"), |ui| {
                if context.recent.0.is_empty() {
                    ui.label(t!("menu-no-recent-files"));
                }
                for path in &context.recent.0 {
                    if ui.button(path.display().to_string()).clicked() {
                        actions.push(Action::OpenRecent(path.clone()));
                    }
                }
            });
            item(ui, Command::OpenArchive, true, actions);
            ui.separator();
            item(ui, Command::Save, true, actions);
            item(ui, Command::SaveAs, true, actions);
            ui.separator();
            item(ui, Command::Quit, true, actions);
        });
        ui.menu_button(t!("menu-edit"), |ui| {
            item(ui, Command::Undo, context.can_undo, actions);
            item(ui, Command::Redo, context.can_redo, actions);
            ui.separator();
            item(ui, Command::Find, true, actions);
            ui.separator();
            item(ui, Command::Preferences, true, actions);
        });
        ui.menu_button(t!("menu-view"), |ui| {
            item(ui, Command::IssueDetails, true, actions);
            let mut outline = context.show_outline;
            if ui
                .checkbox(&mut outline, Command::ToggleOutline.label())
                .clicked()
            {
                actions.command(Command::ToggleOutline);
            }
            let mut library = context.show_library;
            if ui
                .checkbox(&mut library, Command::ToggleLibrary.label())
                .clicked()
            {
                actions.command(Command::ToggleLibrary);
            }
            item(ui, Command::History, true, actions);
            item(ui, Command::Archive, true, actions);
            ui.separator();
            ui.menu_button(t!("menu-theme"), |ui| {
                for choice in ThemeChoice::ALL {
                    let icon = match choice {
                        ThemeChoice::System => icons::FOLLOW_SYSTEM,
                        ThemeChoice::Light => icons::LIGHT_MODE,
                        ThemeChoice::Dark => icons::DARK_MODE,
                    };
                    // The theme in use is ticked, as in any desktop menu.
                    let item = ui.radio(context.theme == choice, icons::with(icon, &choice.name()));
                    icons::name(&item, &choice.name());
                    if item.clicked() {
                        actions.push(Action::SetTheme(choice));
                        ui.close();
                    }
                }
            });
        });
        ui.menu_button(t!("menu-sources"), |ui| {
            item(ui, Command::CiteLink, true, actions);
            ui.separator();
            item(ui, Command::ImportCsl, true, actions);
            item(ui, Command::ExportCsl, true, actions);
            ui.separator();
            item(ui, Command::FetchAll, true, actions);
            let mut fetch_added = context.fetch_added == Some(true);
            if ui
                .checkbox(&mut fetch_added, t!("fetch-pasted"))
                .on_hover_text(t!("fetch-pasted-hint"))
                .changed()
            {
                actions.push(Action::Capture(CaptureRequest::FetchAdded(fetch_added)));
            }
            ui.separator();
            item(ui, Command::Outlets, true, actions);
        });
        ui.menu_button(t!("menu-review"), |ui| {
            item(ui, Command::Findings, true, actions);
            item(ui, Command::ReviewReport, true, actions);
            item(ui, Command::CheckLinks, true, actions);
            item(ui, Command::ArchiveMissing, true, actions);
            item(ui, Command::Spelling, true, actions);
            ui.separator();
            let mut suggest = context.suggest;
            if ui
                .checkbox(&mut suggest, t!("menu-suggest-changes"))
                .changed()
            {
                actions.push(Action::SetSuggest(suggest));
            }
        });
        ui.menu_button(t!("menu-export"), |ui| {
            item(ui, Command::Export, true, actions);
            item(ui, Command::ExportPdf, true, actions);
        });
        ui.menu_button(t!("menu-help"), |ui| {
            ui.label(t!("menu-help-hint"));
            ui.separator();
            item(ui, Command::UserGuide, true, actions);
            item(ui, Command::Tour, true, actions);
            ui.separator();
            item(ui, Command::About, true, actions);
        });
    });
}
