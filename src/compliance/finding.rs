use serde::Serialize;

use crate::model::{EntryId, SectionId, SourceId};

/// The rules (README, "Rules").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    StateMediaShare,
    MissingMasthead,
    OpinionSource,
    UnsourcedEntry,
    InvalidUrl,
    FlaggedDeclaration,
    StateMediaOnlyEntry,
    UnclassifiedOutlet,
    OutsidePeriod,
    DuplicateSource,
    UnusedSource,
    SectionNotApproved,
    UnverifiedSource,
    MergeConflict,
    OpenSuggestion,
    SpecialEdition,
    SpecialEditionWithoutReason,
    LinkDead,
    LinkMoved,
    LinkMovedToStateMedia,
    AlreadyCited,
    NearDuplicateEntry,
    /// A word no dictionary of the language knows (`check --spelling`).
    Spelling,
    /// A citation of a source the library does not hold (a merge or a
    /// hand edit removed it): it cites nothing, and readers would see nothing.
    MissingSource,
    /// A section without entries: left out of every reader's format.
    EmptySection,
    /// A source's page declares it opinion while its address does not, or
    /// the reverse.
    KindSignalsDisagree,
    /// A cited source whose link was checked has no archived copy: readers
    /// lose it with the page.
    NotArchived,
    /// A cited outlet an official act designated is not classified as
    /// state media by the registry (or not known to it).
    DesignatedNotStateMedia,
}

impl Rule {
    pub const ALL: [Rule; 28] = [
        Self::StateMediaShare,
        Self::MissingMasthead,
        Self::OpinionSource,
        Self::UnsourcedEntry,
        Self::InvalidUrl,
        Self::FlaggedDeclaration,
        Self::StateMediaOnlyEntry,
        Self::UnclassifiedOutlet,
        Self::OutsidePeriod,
        Self::DuplicateSource,
        Self::UnusedSource,
        Self::SectionNotApproved,
        Self::UnverifiedSource,
        Self::MergeConflict,
        Self::OpenSuggestion,
        Self::SpecialEdition,
        Self::SpecialEditionWithoutReason,
        Self::LinkDead,
        Self::LinkMoved,
        Self::LinkMovedToStateMedia,
        Self::AlreadyCited,
        Self::NearDuplicateEntry,
        Self::Spelling,
        Self::MissingSource,
        Self::EmptySection,
        Self::KindSignalsDisagree,
        Self::NotArchived,
        Self::DesignatedNotStateMedia,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::StateMediaShare => "state-media-share",
            Self::MissingMasthead => "missing-masthead",
            Self::OpinionSource => "opinion-source",
            Self::UnsourcedEntry => "unsourced-entry",
            Self::InvalidUrl => "invalid-url",
            Self::FlaggedDeclaration => "flagged-declaration",
            Self::StateMediaOnlyEntry => "state-media-only-entry",
            Self::UnclassifiedOutlet => "unclassified-outlet",
            Self::OutsidePeriod => "outside-period",
            Self::DuplicateSource => "duplicate-source",
            Self::UnusedSource => "unused-source",
            Self::SectionNotApproved => "section-not-approved",
            Self::UnverifiedSource => "unverified-source",
            Self::MergeConflict => "merge-conflict",
            Self::OpenSuggestion => "open-suggestion",
            Self::SpecialEdition => "special-edition",
            Self::SpecialEditionWithoutReason => "special-edition-without-reason",
            Self::LinkDead => "link-dead",
            Self::LinkMoved => "link-moved",
            Self::LinkMovedToStateMedia => "link-moved-to-state-media",
            Self::AlreadyCited => "already-cited",
            Self::NearDuplicateEntry => "near-duplicate-entry",
            Self::Spelling => "spelling",
            Self::MissingSource => "missing-source",
            Self::EmptySection => "empty-section",
            Self::KindSignalsDisagree => "kind-signals-disagree",
            Self::NotArchived => "not-archived",
            Self::DesignatedNotStateMedia => "designated-not-state-media",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
    /// Worth knowing, never in the way of publication (what the archive
    /// says an issue repeats).
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

/// One breach of a rule, located as precisely as the rule allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub section: Option<SectionId>,
    pub section_title: Option<String>,
    pub entry: Option<EntryId>,
    /// 1-based position of the entry in its section.
    pub entry_position: Option<usize>,
    pub source: Option<SourceId>,
    pub source_url: Option<String>,
    pub message: String,
}

impl Finding {
    pub(crate) fn new(rule: Rule, severity: Severity, message: String) -> Self {
        Self {
            rule,
            severity,
            section: None,
            section_title: None,
            entry: None,
            entry_position: None,
            source: None,
            source_url: None,
            message,
        }
    }

    /// "Russia, entry 3" or "Russia" or "" — where a reader finds it.
    pub fn location(&self) -> String {
        match (&self.section_title, self.entry_position) {
            (Some(title), Some(position)) => {
                crate::t!("finding-location", section = title, position = position)
            }
            (Some(title), None) => title.clone(),
            (None, _) => String::new(),
        }
    }
}
