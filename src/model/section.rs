//! Sections, their entries, and what reviewers attach to them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{EntryConflict, EntryId, SectionId, SourceId};

/// Where a section stands in review (README, "Review").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum SectionStatus {
    #[default]
    Draft,
    InReview,
    ChangesRequested,
    Approved,
}

impl SectionStatus {
    pub const ALL: [SectionStatus; 4] = [
        Self::Draft,
        Self::InReview,
        Self::ChangesRequested,
        Self::Approved,
    ];

    /// The statuses a section may move to from this one:
    /// draft → in review → changes requested or approved; changes requested →
    /// in review; approved → in review (reopened).
    pub fn next(self) -> &'static [SectionStatus] {
        match self {
            Self::Draft => &[Self::InReview],
            Self::InReview => &[Self::ChangesRequested, Self::Approved, Self::Draft],
            Self::ChangesRequested => &[Self::InReview],
            Self::Approved => &[Self::InReview],
        }
    }

    pub fn can_become(self, next: SectionStatus) -> bool {
        self.next().contains(&next)
    }

    /// The words of the button that moves a section to this status.
    pub fn action(self) -> String {
        match self {
            Self::Draft => crate::t!("status-action-draft"),
            Self::InReview => crate::t!("status-action-in-review"),
            Self::ChangesRequested => crate::t!("status-action-changes-requested"),
            Self::Approved => crate::t!("status-action-approved"),
        }
    }

    /// The name used in reports and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::InReview => "in-review",
            Self::ChangesRequested => "changes-requested",
            Self::Approved => "approved",
        }
    }

    /// The status in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::Draft => crate::t!("status-draft"),
            Self::InReview => crate::t!("status-in-review"),
            Self::ChangesRequested => crate::t!("status-changes-requested"),
            Self::Approved => crate::t!("status-approved"),
        }
    }
}

/// Who approved a section, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    pub reviewer: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: SectionId,
    pub title: String,
    /// Countries or actors the section covers.
    pub tags: Vec<String>,
    pub status: SectionStatus,
    pub approval: Option<Approval>,
    pub entries: Vec<Entry>,
    pub reviewer_notes: String,
}

impl Section {
    pub fn new(id: SectionId, title: impl Into<String>) -> Self {
        Self {
            id,
            title: title.into(),
            tags: Vec::new(),
            status: SectionStatus::Draft,
            approval: None,
            entries: Vec::new(),
            reviewer_notes: String::new(),
        }
    }
}

/// One (entry, source) reference. A struct, not a bare id, so that a page or
/// quote locator can be added without reshaping the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: SourceId,
}

/// Set when an entry carries an anti-US or anti-West declaration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclarationFlag {
    pub note: String,
    pub by: String,
    pub at: Option<DateTime<Utc>>,
}

/// Something that happened to an entry, kept for the record (e.g. a cleared flag).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryNote {
    pub at: DateTime<Utc>,
    pub by: String,
    pub text: String,
}

/// A reviewer's or editor's remark on an entry; never exported to readers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub author: String,
    pub at: DateTime<Utc>,
    pub text: String,
    pub resolved: bool,
    pub replies: Vec<Comment>,
}

/// What became of a reviewer's suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SuggestionOutcome {
    Accepted,
    Rejected,
}

/// A reviewer's proposed text for an entry (track changes): the whole new
/// body, by whom and when. Open while `outcome` is `None`; a closed one stays
/// as a record. Never exported to readers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub author: String,
    pub at: DateTime<Utc>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<SuggestionOutcome>,
}

impl Suggestion {
    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }
}

/// A short report of one to five sentences, backed by its citations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: EntryId,
    /// Paragraph text; `*emphasis*`, `**strong**` and links are allowed, headings are not.
    pub body: String,
    pub citations: Vec<Citation>,
    pub declaration: Option<DeclarationFlag>,
    /// Threads: each top-level comment with its replies.
    pub comments: Vec<Comment>,
    #[serde(default)]
    pub history: Vec<HistoryNote>,
    /// Set by a merge that could not reconcile this entry's text; kept until
    /// a person resolves it (the `merge-conflict` rule reports it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<EntryConflict>,
    /// Reviewers' suggested texts, open and closed (`Suggestion::outcome`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<Suggestion>,
    /// The entry's own language (a BCP 47 tag such as `es` or `pt-BR`) when
    /// it is not the issue's; its spelling is checked with that language's
    /// dictionary. Not written when unset, so older files keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Entry {
    pub fn new(id: EntryId, body: impl Into<String>) -> Self {
        Self {
            id,
            body: body.into(),
            citations: Vec::new(),
            declaration: None,
            comments: Vec::new(),
            history: Vec::new(),
            conflict: None,
            suggestions: Vec::new(),
            language: None,
        }
    }

    /// Suggestions not yet accepted or rejected, with their index.
    pub fn open_suggestions(&self) -> impl Iterator<Item = (usize, &Suggestion)> {
        self.suggestions
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_open())
    }

    /// Threads not yet resolved.
    pub fn open_comments(&self) -> usize {
        self.comments.iter().filter(|c| !c.resolved).count()
    }

    pub fn cites(&self, source: SourceId) -> bool {
        self.citations
            .iter()
            .any(|citation| citation.source == source)
    }

    /// The sources this entry cites, each once, in citation order
    /// (a source cited twice in one entry counts once: README, "How the share
    /// is measured").
    pub fn cited_sources(&self) -> Vec<SourceId> {
        let mut ids: Vec<SourceId> = Vec::with_capacity(self.citations.len());
        // A usual entry cites a handful: a scan beats hashing. A hostile one
        // cites thousands: a set keeps it linear.
        if self.citations.len() <= 32 {
            for citation in &self.citations {
                if !ids.contains(&citation.source) {
                    ids.push(citation.source);
                }
            }
        } else {
            let mut seen = std::collections::HashSet::with_capacity(self.citations.len());
            ids.extend(
                self.citations
                    .iter()
                    .map(|citation| citation.source)
                    .filter(|id| seen.insert(*id)),
            );
        }
        ids
    }
}
