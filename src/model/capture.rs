//! What the workbench learned about a source from the web: which fields came
//! from the page and still await the editor's word, an archived copy, and the
//! link's health when it was last checked.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A source field the page can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PageField {
    Title,
    Outlet,
    Author,
    Published,
    Language,
}

impl PageField {
    pub const ALL: [PageField; 5] = [
        Self::Title,
        Self::Outlet,
        Self::Author,
        Self::Published,
        Self::Language,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Outlet => "outlet",
            Self::Author => "author",
            Self::Published => "published",
            Self::Language => "language",
        }
    }
}

/// A copy of the page kept by a web archive (the Internet Archive's Wayback
/// Machine): where it is and when it was taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchivedCopy {
    pub url: String,
    pub taken: DateTime<Utc>,
}

/// What requesting a cited URL found, at `at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkCheck {
    pub at: DateTime<Utc>,
    pub health: LinkHealth,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum LinkHealth {
    /// The page answered (2xx), on the original host or after redirects that
    /// stayed on it.
    Alive { status: u16 },
    /// The page is gone or unreachable: a 4xx/5xx status, a name that does not
    /// resolve, a refused connection, a timeout, a redirect loop.
    Dead { reason: String },
    /// Redirects led to another host; `status` is what the last one answered
    /// (0 when it could not be reached).
    Moved { to: String, status: u16 },
}

/// What a page said about itself, ready to fill a source's empty fields
/// (`Edit::FillFromPage`). `None` is "the page did not say".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageFill {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    pub language: Option<String>,
    /// The day the page was read: fills the source's access date.
    pub accessed: Option<chrono::NaiveDate>,
    /// What kind of piece the page declares itself: the source's kind
    /// follows it unless the editor chose one.
    pub kind: Option<super::DeclaredKind>,
}
