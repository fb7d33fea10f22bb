//! Every command of the window in one table: its menu text and its shortcut,
//! so the menus and the keyboard never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    Export,
    ExportPdf,
    Quit,
    Redo,
    Undo,
    Find,
    IssueDetails,
    ToggleOutline,
    ToggleLibrary,
    History,
    Findings,
    ReviewReport,
    Preferences,
    Outlets,
    ImportCsl,
    ExportCsl,
    FetchAll,
    CheckLinks,
    ArchiveMissing,
    OpenArchive,
    Archive,
    Spelling,
    CiteLink,
    UserGuide,
    Tour,
    About,
}

impl Command {
    /// In the order shortcuts are checked: with Shift before without (Redo
    /// before Undo, Findings before Find), as a shortcut without Shift also
    /// matches with Shift held.
    pub const ALL: [Command; 30] = [
        Self::New,
        Self::Open,
        Self::SaveAs,
        Self::Save,
        Self::ExportPdf,
        Self::Export,
        Self::Quit,
        Self::Redo,
        Self::Undo,
        Self::Findings,
        Self::Find,
        Self::IssueDetails,
        Self::ToggleOutline,
        Self::ToggleLibrary,
        Self::History,
        Self::ReviewReport,
        Self::Preferences,
        Self::Outlets,
        Self::ImportCsl,
        Self::ExportCsl,
        Self::FetchAll,
        Self::CheckLinks,
        Self::ArchiveMissing,
        Self::OpenArchive,
        Self::Archive,
        Self::Spelling,
        Self::CiteLink,
        Self::UserGuide,
        Self::Tour,
        Self::About,
    ];

    /// The command's menu text in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::New => t!("command-new"),
            Self::Open => t!("command-open"),
            Self::Save => t!("command-save"),
            Self::SaveAs => t!("command-save-as"),
            Self::Export => t!("command-export"),
            Self::ExportPdf => t!("command-export-pdf"),
            Self::Quit => t!("command-quit"),
            Self::Undo => t!("command-undo"),
            Self::Redo => t!("command-redo"),
            Self::Find => t!("command-find"),
            Self::IssueDetails => t!("command-issue-details"),
            Self::ToggleOutline => t!("command-toggle-outline"),
            Self::ToggleLibrary => t!("command-toggle-library"),
            Self::History => t!("command-history"),
            Self::Findings => t!("command-findings"),
            Self::ReviewReport => t!("command-review-report"),
            Self::Preferences => t!("command-preferences"),
            Self::Outlets => t!("command-outlets"),
            Self::ImportCsl => t!("command-import-csl"),
            Self::ExportCsl => t!("command-export-csl"),
            Self::FetchAll => t!("command-fetch-all"),
            Self::CheckLinks => t!("command-check-links"),
            Self::ArchiveMissing => t!("command-archive-missing"),
            Self::OpenArchive => t!("command-open-archive"),
            Self::Archive => t!("command-archive"),
            Self::Spelling => t!("command-spelling"),
            Self::CiteLink => t!("command-cite-link"),
            Self::UserGuide => t!("command-user-guide"),
            Self::Tour => t!("command-tour"),
            Self::About => t!("command-about"),
        }
    }

    /// The icon shown before the label in menus, for the common actions.
    pub fn icon(self) -> Option<&'static str> {
        use super::icons;
        Some(match self {
            Self::New => icons::NEW,
            Self::Open => icons::OPEN,
            Self::Save => icons::SAVE,
            Self::Export => icons::EXPORT,
            Self::ExportPdf => icons::PDF,
            Self::Undo => icons::UNDO,
            Self::Redo => icons::REDO,
            Self::Find => icons::FIND,
            Self::IssueDetails => icons::DETAILS,
            Self::History => icons::HISTORY,
            Self::Findings => icons::WARNING,
            Self::Preferences => icons::SETTINGS,
            Self::OpenArchive | Self::Archive => icons::ARCHIVE,
            Self::Spelling => icons::SPELLING,
            Self::CiteLink => icons::LINK,
            _ => return None,
        })
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        let command_shift = |key| {
            Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                key,
            ))
        };
        match self {
            Self::New => command(Key::N),
            Self::Open => command(Key::O),
            Self::Save => command(Key::S),
            Self::SaveAs => command_shift(Key::S),
            Self::Export => command(Key::E),
            Self::ExportPdf => command_shift(Key::E),
            Self::Quit => command(Key::Q),
            Self::Undo => command(Key::Z),
            Self::Redo => command_shift(Key::Z),
            Self::Find => command(Key::F),
            Self::Findings => command_shift(Key::F),
            Self::CiteLink => command(Key::L),
            // F1 is help on every desktop.
            Self::UserGuide => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            Self::IssueDetails
            | Self::ToggleOutline
            | Self::ToggleLibrary
            | Self::History
            | Self::ReviewReport
            | Self::Preferences
            | Self::Outlets
            | Self::ImportCsl
            | Self::ExportCsl
            | Self::FetchAll
            | Self::CheckLinks
            | Self::ArchiveMissing
            | Self::OpenArchive
            | Self::Archive
            | Self::Spelling
            | Self::Tour
            | Self::About => None,
        }
    }

    /// Extra keys for the same command: Ctrl+Y also redoes.
    pub fn alternative_shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Self::Redo => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)),
            _ => None,
        }
    }

    /// The commands whose shortcut was pressed this frame; the keys are consumed
    /// so that a focused text field does not act on them too.
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        ctx.input_mut(|input| {
            Self::ALL
                .into_iter()
                .filter(|command| {
                    [command.shortcut(), command.alternative_shortcut()]
                        .into_iter()
                        .flatten()
                        .any(|shortcut| input.consume_shortcut(&shortcut))
                })
                .collect()
        })
    }
}
