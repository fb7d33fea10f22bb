//! What panels ask for. Panels read the issue and push actions; the app applies
//! them after drawing, through the one door of `edit::Document::apply`.

use super::command::Command;
use crate::edit::Edit;
use crate::model::{EntryId, SectionId, SourceId};

/// What the centre shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Centre {
    Details,
    #[default]
    Section,
}

/// What the user is looking at: a section, and possibly one of its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Selection {
    pub centre: Centre,
    pub section: Option<SectionId>,
    pub entry: Option<EntryId>,
    /// A cited source to point out in the selected entry (from a finding).
    pub highlight: Option<SourceId>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A change that is an undo step of its own.
    Edit(Edit),
    /// A keystroke's change of a text field: joins the typing step in progress.
    Type(Edit),
    /// A text field lost focus: the next keystroke starts a new undo step.
    EndTyping,
    Select(Selection),
    /// The user moved into an entry on the page: selected where it is,
    /// without scrolling the page under the pointer.
    SelectInPlace(Selection),
    Command(Command),
    SelectSource(Option<SourceId>),
    /// Remove a source; asks first when entries cite it.
    RemoveSource(SourceId),
    OpenRecent(std::path::PathBuf),
    SetTheme(super::prefs::ThemeChoice),
    /// Tell the user something in the status bar (a link copied).
    Say(String),
    /// Turns Suggest mode on or off (Review → Suggest changes).
    SetSuggest(bool),
    /// A review step that the app signs with the reviewer's name and the time.
    Review(Review),
    /// Open the outlet editor on `host`: the outlet that publishes there, or a new one.
    ClassifyHost(String),
    /// A change to the user's outlets (kept outside the issue, in the user's file).
    Outlets(OutletsChange),
    /// Add sources for every URL in the text, in one undo step.
    PasteUrls(String),
    /// Work on the web for the library: fetching details, archiving, checking links.
    Capture(CaptureRequest),
    /// Open an issue of the archive (asking first about unsaved changes) and
    /// go to `place` in it.
    OpenArchived {
        path: std::path::PathBuf,
        place: Option<crate::archive::Place>,
    },
    /// The archive's commands.
    Archive(ArchiveRequest),
    /// Add a word to the publication's word list (spelling's "Add to dictionary").
    AddToWordList(String),
}

/// What the Archive window asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveRequest {
    /// Choose a folder as the archive.
    Open,
    /// Stop using the archive.
    Close,
    /// Write the archive report (HTML).
    Report,
    /// Write a plot's data as CSV.
    ExportData(super::archive::PlotKind),
    /// Save a plot as a PNG image.
    SavePng(super::archive::PlotKind),
}

/// What the editor asked of the web; each is the user's word for the requests it makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureRequest {
    /// Read the source's page and fill its empty fields.
    Fetch(SourceId),
    /// Fetch the details of every source in the library.
    FetchAll,
    /// Find or make an archived copy of the source's page.
    Archive(SourceId),
    /// Check the link of every cited source.
    CheckLinks,
    /// Ask the archive for a copy of every cited source that has none.
    ArchiveMissing,
    /// Start no new request of this batch.
    Cancel(u64),
    /// Fetch the details of links as they are added, or not.
    FetchAdded(bool),
}

/// Changes to the user's outlet file.
#[derive(Debug, Clone, PartialEq)]
pub enum OutletsChange {
    /// Add or correct an outlet; `replacing` is the name it had when the form opened.
    Save {
        replacing: Option<String>,
        outlet: Box<crate::registry::Outlet>,
    },
    /// Remove one of the user's outlets (a built-in one of that name returns).
    Remove(String),
    SetHidden {
        name: String,
        hidden: bool,
    },
    ImportCsv,
    ExportCsv,
    /// Read a newer release of the State Media Profiles and show what it changes.
    UpdateReference,
}

/// Review steps: the app adds who and when before they become edits.
#[derive(Debug, Clone, PartialEq)]
pub enum Review {
    SetStatus {
        section: SectionId,
        status: crate::model::SectionStatus,
    },
    Flag {
        entry: EntryId,
        note: String,
    },
    ClearFlag {
        entry: EntryId,
        resolution: String,
    },
    Comment {
        entry: EntryId,
        text: String,
    },
    Reply {
        entry: EntryId,
        thread: usize,
        text: String,
    },
    Resolve {
        entry: EntryId,
        thread: usize,
        resolved: bool,
    },
    Verify {
        source: SourceId,
        verified: bool,
    },
    /// Suggest mode: `text` proposed as the entry's new body.
    Suggest {
        entry: EntryId,
        text: String,
    },
}

#[derive(Debug, Default)]
pub struct Actions(pub Vec<Action>);

impl Actions {
    pub fn edit(&mut self, edit: Edit) {
        self.0.push(Action::Edit(edit));
    }

    pub fn push(&mut self, action: Action) {
        self.0.push(action);
    }

    pub fn command(&mut self, command: Command) {
        self.0.push(Action::Command(command));
    }

    pub fn review(&mut self, review: Review) {
        self.0.push(Action::Review(review));
    }

    pub fn select(&mut self, selection: Selection) {
        self.0.push(Action::Select(selection));
    }

    /// Text edited in a field: an edit while it changes, the end of the typing step when it loses focus.
    pub fn text(
        &mut self,
        response: &egui::Response,
        field: crate::edit::TextField,
        text: &str,
        old: &str,
    ) {
        if response.changed() && text != old {
            self.0.push(Action::Type(Edit::SetText {
                field,
                text: text.to_owned(),
            }));
        }
        if response.lost_focus() {
            self.0.push(Action::EndTyping);
        }
    }
}
