//! The one door for changes to an issue: an [`Edit`] value, applied by
//! [`apply`]; a [`Document`] wraps that with undo, redo, a revision for caches
//! and the saved state. No egui here: the window and tests send the same edits.

mod apply;
mod document;
mod fields;
mod find;
mod history;
mod page;
mod template;

use chrono::NaiveDate;

use crate::model::{
    Approval, ArchivedCopy, Comment, DeclarationFlag, EntryId, ExportOverride, HistoryNote, Issue,
    LinkCheck, PageFill, Period, Policy, SectionId, SectionStatus, Source, SourceId, SourceKind,
    StateMediaOverride, Verification,
};

pub use apply::{EditError, apply};
pub use document::Document;
pub use fields::field_text;
pub use find::{Match, MatchPlace, find_matches, replace_all_edit, replace_one_edit};
pub use history::{Moved, TYPING_PAUSE, UNDO_LIMIT};
pub use template::new_issue;

/// A text field of the issue; consecutive edits of one field undo as one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    Series,
    Title,
    Publisher,
    Language,
    Summary,
    Disclaimer,
    Methodology,
    CanonicalUrl,
    Licence,
    SectionTitle(SectionId),
    SectionNotes(SectionId),
    EntryBody(EntryId),
    SourceUrl(SourceId),
    SourceTitle(SourceId),
    SourceOutlet(SourceId),
    SourceAuthor(SourceId),
    SourceLanguage(SourceId),
    SourceNotes(SourceId),
    /// Why a source's state-media override says yes or no.
    SourceStateMediaReason(SourceId),
    /// Why a special edition exceeds the limit (typing one marks the issue a special edition).
    SpecialEditionReason,
    /// What readers of a special edition see beside the methodology note.
    SpecialEditionDisclaimer,
}

/// Which date of a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceDate {
    Published,
    Accessed,
}

/// One change to an issue, as the user means it.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    SetText {
        field: TextField,
        text: String,
    },
    SetNumber(Option<u32>),
    SetPublished(Option<NaiveDate>),
    SetCoverage(Option<Period>),
    SetEditors(Vec<String>),
    /// The quotation marks of the exports; `None` follows the language.
    SetQuotes(Option<crate::text::QuoteStyle>),
    SetPolicy(Policy),
    /// Inserts an empty section at `index` (clamped); its id is the next free one.
    AddSection {
        index: usize,
        title: String,
    },
    RemoveSection(SectionId),
    /// Moves a section to `index` in the final order.
    MoveSection {
        section: SectionId,
        index: usize,
    },
    /// Moves a section along its review workflow; `approval` is recorded when approving.
    SetSectionStatus {
        section: SectionId,
        status: SectionStatus,
        approval: Option<Approval>,
    },
    /// Inserts an empty entry at `index` of `section` (clamped).
    AddEntry {
        section: SectionId,
        index: usize,
        body: String,
    },
    RemoveEntry(EntryId),
    /// Moves an entry to `index` of `section` (another section or its own).
    MoveEntry {
        entry: EntryId,
        section: SectionId,
        index: usize,
    },
    /// Cites the library source with the same normalized URL, or a new source
    /// created for `url`, its kind guessed from the path.
    CiteUrl {
        entry: EntryId,
        url: String,
    },
    Cite {
        entry: EntryId,
        source: SourceId,
    },
    Uncite {
        entry: EntryId,
        source: SourceId,
    },
    SetSourceKind {
        source: SourceId,
        kind: SourceKind,
    },
    SetSourceDate {
        source: SourceId,
        which: SourceDate,
        date: Option<NaiveDate>,
    },
    SetStateMedia {
        source: SourceId,
        value: StateMediaOverride,
    },
    /// Removes a source and every citation of it.
    RemoveSource(SourceId),
    /// A reviewer's tick that the source was checked, or its removal.
    SetVerified {
        source: SourceId,
        verification: Option<Verification>,
    },
    /// Declares the language an entry is written in when not the issue's
    /// (`None`, or an empty tag: the issue's); only its spelling check
    /// changes, so an approved section stays approved.
    SetEntryLanguage {
        entry: EntryId,
        language: Option<String>,
    },
    /// Accepts `word` in this issue's spelling check ("Ignore in this
    /// issue"), or no longer; kept in the issue file.
    SetSpellingIgnored {
        word: String,
        ignored: bool,
    },
    /// Marks an entry as carrying an anti-US or anti-West declaration.
    FlagDeclaration {
        entry: EntryId,
        flag: DeclarationFlag,
    },
    /// Clears the flag; the resolution goes into the entry's history.
    ClearDeclaration {
        entry: EntryId,
        resolution: HistoryNote,
    },
    /// Starts a comment thread on an entry.
    AddComment {
        entry: EntryId,
        comment: Comment,
    },
    /// Answers thread `thread` (its index in the entry's comments).
    Reply {
        entry: EntryId,
        thread: usize,
        reply: Comment,
    },
    /// Resolves or reopens thread `thread`.
    SetThreadResolved {
        entry: EntryId,
        thread: usize,
        resolved: bool,
    },
    /// Adds sources to the library in one step (pasted URLs, a Zotero
    /// export). A source whose normalized URL is already in the library (or
    /// earlier in the list) is merged into it: empty fields are filled, nothing
    /// is overwritten. Ids are given here; those of `sources` are ignored.
    AddSources(Vec<Source>),
    /// Records a publication export that overrode the gate.
    RecordExportOverride(ExportOverride),
    /// Puts a whole issue in place of the current one, as one undo step (the
    /// result of merging someone else's changes into this issue).
    ReplaceIssue(Box<Issue>),
    /// Settles an entry's merge conflict: `body` becomes its text (mine,
    /// theirs, or both for the editor to combine) and the conflict is gone.
    ResolveConflict {
        entry: EntryId,
        body: String,
    },
    /// Settles the merge conflict on a field of `Issue::conflicts` (named as
    /// the merge names it): mine stays, or theirs is put in place.
    SettleField {
        field: String,
        take_theirs: bool,
    },
    /// Records a reviewer's suggested text for an entry (Suggest mode); the
    /// body is unchanged.
    AddSuggestion {
        entry: EntryId,
        suggestion: crate::model::Suggestion,
    },
    /// Accepts open suggestion `index`: its text becomes the body and the
    /// suggestion is closed as accepted.
    AcceptSuggestion {
        entry: EntryId,
        index: usize,
    },
    /// Rejects open suggestion `index`: the body stays, the suggestion is
    /// kept as a rejected record.
    RejectSuggestion {
        entry: EntryId,
        index: usize,
    },
    /// Fills the source's empty fields from what its page said, marking them
    /// as fetched until the editor confirms them; typed fields stay.
    FillFromPage {
        source: SourceId,
        page: PageFill,
    },
    /// The editor accepts the fetched fields of a source as they are.
    ConfirmFetched(SourceId),
    /// Records (or forgets) a web archive's copy of the source's page.
    SetArchived {
        source: SourceId,
        copy: Option<ArchivedCopy>,
    },
    /// Records what checking the sources' links found.
    SetLinkChecks(Vec<(SourceId, LinkCheck)>),
    /// Several edits as one undo step (e.g. replace all).
    Batch(Vec<Edit>),
}

impl Edit {
    /// The field a text edit changes, for coalescing typing into one undo step.
    pub fn text_field(&self) -> Option<TextField> {
        match self {
            Edit::SetText { field, .. } => Some(*field),
            _ => None,
        }
    }
}

#[cfg(test)]
mod id_tests;
#[cfg(test)]
mod page_tests;
#[cfg(test)]
mod spelling_tests;
#[cfg(test)]
mod tests;
