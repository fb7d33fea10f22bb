//! A cited article in the library.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{ArchivedCopy, LinkCheck, PageField, SourceId};

/// The longest link, in bytes of its percent-encoded form, that every format
/// can carry: browsers and mail programs cut or refuse longer ones, and the
/// PDF's link annotations fail beyond a few thousand. `check` reports a longer
/// source link as an error, and no export makes a longer link clickable.
pub const LONGEST_LINK: usize = 2048;

/// What kind of piece a source is (README, "What an issue holds").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum SourceKind {
    #[default]
    News,
    Opinion,
    Analysis,
    OfficialStatement,
    PressRelease,
    Wire,
    SocialMedia,
    Other,
}

impl SourceKind {
    pub const ALL: [SourceKind; 8] = [
        Self::News,
        Self::Opinion,
        Self::Analysis,
        Self::OfficialStatement,
        Self::PressRelease,
        Self::Wire,
        Self::SocialMedia,
        Self::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::News => "news",
            Self::Opinion => "opinion",
            Self::Analysis => "analysis",
            Self::OfficialStatement => "official-statement",
            Self::PressRelease => "press-release",
            Self::Wire => "wire",
            Self::SocialMedia => "social-media",
            Self::Other => "other",
        }
    }

    /// The kind in the interface's language (`name` is the file's and the
    /// command line's code).
    pub fn label(self) -> String {
        match self {
            Self::News => crate::t!("kind-news"),
            Self::Opinion => crate::t!("kind-opinion"),
            Self::Analysis => crate::t!("kind-analysis"),
            Self::OfficialStatement => crate::t!("kind-official-statement"),
            Self::PressRelease => crate::t!("kind-press-release"),
            Self::Wire => crate::t!("kind-wire"),
            Self::SocialMedia => crate::t!("kind-social-media"),
            Self::Other => crate::t!("kind-other"),
        }
    }
}

/// Who decided a source's kind. The page's word beats its address's, and
/// the editor's beats both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum KindOrigin {
    /// Guessed from the address's path (`/opinion/`, `/colunistas/`…).
    #[default]
    Address,
    /// What the page declares itself in its metadata.
    Page,
    /// Chosen by the editor.
    Editor,
}

impl KindOrigin {
    fn is_address(&self) -> bool {
        *self == Self::Address
    }
}

/// What kind of piece a page declares itself, and where it says so
/// ("JSON-LD @type OpinionNewsArticle", "Open Graph article:section “Opinión”").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclaredKind {
    pub kind: SourceKind,
    pub evidence: String,
}

/// An editor's decision that overrides the outlet registry for one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub enum StateMediaOverride {
    /// Decided by the outlet registry and the policy.
    #[default]
    Auto,
    /// Counts as state media whatever the registry says.
    Yes { reason: String },
    /// Never counts as state media.
    No { reason: String },
}

/// A reviewer's tick that the source says what the entry claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    pub by: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub url: String,
    pub title: String,
    /// Entered by hand; when `None` the outlet comes from the registry by domain.
    pub outlet: Option<String>,
    pub author: String,
    pub published: Option<NaiveDate>,
    pub accessed: Option<NaiveDate>,
    pub language: String,
    pub kind: SourceKind,
    /// Who decided `kind`: its address, its page or the editor.
    #[serde(default, skip_serializing_if = "KindOrigin::is_address")]
    pub kind_from: KindOrigin,
    /// What the page declared itself when its details were last fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_kind: Option<DeclaredKind>,
    pub state_media: StateMediaOverride,
    pub notes: String,
    pub verification: Option<Verification>,
    /// Fields filled from the page that the editor has not confirmed yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fetched: Vec<PageField>,
    /// A web archive's copy of the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<ArchivedCopy>,
    /// The link's health when it was last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<LinkCheck>,
}

impl Source {
    /// Whether `field` was filled from the page and awaits the editor's word.
    pub fn is_fetched(&self, field: PageField) -> bool {
        self.fetched.contains(&field)
    }

    pub fn new(id: SourceId, url: impl Into<String>) -> Self {
        Self {
            id,
            url: url.into(),
            title: String::new(),
            outlet: None,
            author: String::new(),
            published: None,
            accessed: None,
            language: String::new(),
            kind: SourceKind::News,
            kind_from: KindOrigin::Address,
            page_kind: None,
            state_media: StateMediaOverride::Auto,
            notes: String::new(),
            verification: None,
            fetched: Vec::new(),
            archived: None,
            link: None,
        }
    }
}
