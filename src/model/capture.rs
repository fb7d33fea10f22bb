//! What the workbench learned about a source from the web: which fields came
//! from the page and still await the editor's word, an archived copy, and the
//! link's health when it was last checked.

use chrono::{DateTime, NaiveDateTime, Utc};
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

impl ArchivedCopy {
    /// The copy a Wayback-style address names, `…/web/YYYYMMDDhhmmss/original`
    /// (the Internet Archive's, and every archive speaking its protocol): the
    /// address itself says when the copy was taken.
    pub fn from_address(url: &str) -> Option<Self> {
        let (_, after) = url.split_once("/web/")?;
        let stamp = after.split('/').next()?;
        Some(Self {
            url: url.to_owned(),
            taken: wayback_time(stamp)?,
        })
    }

    /// Who keeps the copy, as a reference manager's "Archive" field names it.
    pub fn keeper(&self) -> String {
        let host = url::Url::parse(&self.url)
            .ok()
            .and_then(|url| url.host_str().map(str::to_owned))
            .unwrap_or_default();
        if host == "archive.org" || host.ends_with(".archive.org") {
            "Internet Archive".to_owned()
        } else {
            host
        }
    }
}

/// A Wayback timestamp, `YYYYMMDDhhmmss` in UTC (a trailing `id_` or `im_` and
/// shorter forms allowed).
pub fn wayback_time(text: &str) -> Option<DateTime<Utc>> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() < 8 {
        return None;
    }
    let padded = format!("{digits:0<14}");
    NaiveDateTime::parse_from_str(&padded[..14], "%Y%m%d%H%M%S")
        .ok()
        .map(|t| t.and_utc())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wayback_timestamps() {
        let t = wayback_time("20261103142233").map(|t| t.to_rfc3339());
        assert_eq!(t.as_deref(), Some("2026-11-03T14:22:33+00:00"));
        assert!(wayback_time("20261103id_").is_some());
        assert_eq!(wayback_time("2026"), None);
    }

    #[test]
    fn a_wayback_address_names_its_copy_and_keeper() {
        let copy = ArchivedCopy::from_address(
            "https://web.archive.org/web/20261105101500/https://www.reuters.com/world/x",
        )
        .expect("a copy");
        assert_eq!(copy.taken.to_rfc3339(), "2026-11-05T10:15:00+00:00");
        assert_eq!(copy.keeper(), "Internet Archive");
        let other = ArchivedCopy::from_address("http://127.0.0.1:8000/web/20260101/https://a.b/c")
            .expect("a copy");
        assert_eq!(other.keeper(), "127.0.0.1");
        assert_eq!(ArchivedCopy::from_address("https://archive.ph/abcd"), None);
    }
}
