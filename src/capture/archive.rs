//! Archived copies from the Internet Archive's Wayback Machine: the closest
//! existing snapshot (its availability API) or a new one (Save Page Now).
//!
//! A snapshot taken after the source was published holds what was cited, so
//! an existing one is used when it is; otherwise a new copy is requested. The
//! two addresses are settings, so that tests, or an institution's own
//! archive speaking the same protocol, can stand in for archive.org.

use chrono::NaiveDate;
use serde::Deserialize;

use super::http::{FetchError, Fetcher};
use crate::model::{ArchivedCopy, wayback_time as timestamp};

/// The archive's two addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveEndpoints {
    /// Answers `?url=…&timestamp=…` with the closest snapshot, as JSON.
    pub availability: String,
    /// Prefixed to a URL, asks for a new snapshot of it.
    pub save: String,
}

/// Environment variables that replace the default addresses.
pub const AVAILABILITY_VARIABLE: &str = "MONITOR_WORKBENCH_ARCHIVE_AVAILABILITY";
pub const SAVE_VARIABLE: &str = "MONITOR_WORKBENCH_ARCHIVE_SAVE";

impl Default for ArchiveEndpoints {
    fn default() -> Self {
        Self {
            availability: "https://archive.org/wayback/available".to_owned(),
            save: "https://web.archive.org/save/".to_owned(),
        }
    }
}

impl ArchiveEndpoints {
    /// The defaults, or the addresses set in the environment.
    pub fn from_env() -> Self {
        let default = Self::default();
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Self {
            availability: var(AVAILABILITY_VARIABLE).unwrap_or(default.availability),
            save: var(SAVE_VARIABLE).unwrap_or(default.save),
        }
    }
}

/// How a copy was obtained, for the message the editor sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Archived {
    Existing(ArchivedCopy),
    Saved(ArchivedCopy),
}

impl Archived {
    pub fn copy(&self) -> &ArchivedCopy {
        match self {
            Self::Existing(copy) | Self::Saved(copy) => copy,
        }
    }
}

/// An archived copy of `url`: the closest existing snapshot taken on or
/// after `published`, else a new one.
pub fn archive(
    fetcher: &Fetcher,
    endpoints: &ArchiveEndpoints,
    url: &str,
    published: Option<NaiveDate>,
) -> Result<Archived, FetchError> {
    let existing = closest(fetcher, endpoints, url, published)?;
    if let Some(copy) = existing
        && published.is_none_or(|day| copy.taken.date_naive() >= day)
    {
        return Ok(Archived::Existing(copy));
    }
    save(fetcher, endpoints, url).map(Archived::Saved)
}

#[derive(Deserialize)]
struct Availability {
    #[serde(default)]
    archived_snapshots: Snapshots,
}

#[derive(Deserialize, Default)]
struct Snapshots {
    closest: Option<Snapshot>,
}

#[derive(Deserialize)]
struct Snapshot {
    #[serde(default)]
    available: bool,
    url: String,
    timestamp: String,
}

/// The snapshot closest to `near` (or the newest), if the archive has one.
pub fn closest(
    fetcher: &Fetcher,
    endpoints: &ArchiveEndpoints,
    url: &str,
    near: Option<NaiveDate>,
) -> Result<Option<ArchivedCopy>, FetchError> {
    let mut query = url::Url::parse(&endpoints.availability)
        .map_err(|_| FetchError::NotWeb(endpoints.availability.clone()))?;
    query.query_pairs_mut().append_pair("url", url);
    if let Some(day) = near {
        query
            .query_pairs_mut()
            .append_pair("timestamp", &day.format("%Y%m%d").to_string());
    }
    let answer = fetcher.get(query.as_str(), true).map_err(|f| f.error)?;
    if answer.status >= 400 {
        return Err(FetchError::Status {
            status: answer.status,
        });
    }
    let found: Availability = serde_json::from_slice(&answer.body)
        .map_err(|e| FetchError::Other(format!("the archive's answer could not be read: {e}")))?;
    Ok(found
        .archived_snapshots
        .closest
        .filter(|s| s.available)
        .and_then(|s| {
            Some(ArchivedCopy {
                taken: timestamp(&s.timestamp)?,
                url: s.url,
            })
        }))
}

/// Asks for a new snapshot of `url`; the archive answers with the copy's
/// address in a redirect or in `Content-Location`.
pub fn save(
    fetcher: &Fetcher,
    endpoints: &ArchiveEndpoints,
    url: &str,
) -> Result<ArchivedCopy, FetchError> {
    let request = format!("{}{}", endpoints.save, url);
    let answer = fetcher.get(&request, false).map_err(|f| f.error)?;
    if answer.status >= 400 {
        return Err(FetchError::Status {
            status: answer.status,
        });
    }
    let base = url::Url::parse(answer.final_url())
        .map_err(|_| FetchError::NotWeb(answer.final_url().to_owned()))?;
    [answer.content_location.as_deref(), Some(answer.final_url())]
        .into_iter()
        .flatten()
        .filter_map(|place| base.join(place).ok())
        .find_map(|place| {
            let taken = place
                .path_segments()?
                .skip_while(|segment| *segment != "web")
                .nth(1)
                .and_then(timestamp)?;
            Some(ArchivedCopy {
                url: place.to_string(),
                taken,
            })
        })
        .ok_or_else(|| {
            FetchError::Other(
                "the archive accepted the request but named no copy; try again later".to_owned(),
            )
        })
}
