//! The command line's trips to the network, each only when asked:
//! `import --fetch` (the details of every source's page), `check --links`
//! (what became of every cited link) and `export --archive-missing` (an
//! archived copy of every cited source that has none). A progress bar on a terminal, a
//! summary always, and the results kept in the issue.

use std::sync::atomic::AtomicBool;

use chrono::Utc;
use indicatif::{ProgressBar, ProgressStyle};

use crate::capture::archive::{ArchiveEndpoints, Archived, archive};
use crate::capture::{
    CONCURRENT_REQUESTS, FetchConfig, FetchError, Fetcher, check_link, fetch_details,
    for_each_bounded,
};
use crate::edit::{Edit, apply};
use crate::model::{Issue, LinkHealth, SourceId};
use crate::registry::Registry;
use crate::t;

/// The fetcher of the command line: the default limits, the environment's proxy.
pub(super) fn fetcher() -> Result<Fetcher, FetchError> {
    Fetcher::new(FetchConfig::default())
}

/// A bar on stderr when it is a terminal (indicatif hides it otherwise).
fn progress(total: usize, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(total as u64);
    if let Ok(style) = ProgressStyle::with_template(&format!(
        "{{spinner}} {what} [{{bar:30}}] {{pos}}/{{len}} {{wide_msg}}"
    )) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Fills every source's empty fields from its page; returns the lines of
/// the summary, failures and notes.
pub(super) fn fetch_all(issue: &mut Issue, fetcher: &Fetcher, registry: &Registry) -> Vec<String> {
    let work: Vec<(SourceId, String)> = issue
        .sources
        .iter()
        .map(|s| (s.id, s.url.clone()))
        .collect();
    let today = Utc::now().date_naive();
    let bar = progress(work.len(), &t!("capture-fetching-details"));
    let (mut filled, mut lines) = (0, Vec::new());
    let mut failed = Vec::new();
    for_each_bounded(
        work,
        CONCURRENT_REQUESTS,
        &AtomicBool::new(false),
        |(id, url)| {
            (
                id,
                fetch_details(fetcher, &url, registry, today).map_err(|e| (url, e)),
            )
        },
        |_, (id, result)| {
            bar.inc(1);
            match result {
                Ok(details) => {
                    let url = issue.source(id).map(|s| s.url.clone()).unwrap_or_default();
                    for note in details.notes {
                        lines.push(t!("cli-note", file = &url, note = note));
                    }
                    if apply(
                        issue,
                        Edit::FillFromPage {
                            source: id,
                            page: details.fill,
                        },
                    )
                    .is_ok()
                    {
                        filled += 1;
                    }
                }
                Err((url, error)) => failed.push(t!(
                    "capture-summary-failed",
                    url = url,
                    error = error.to_string()
                )),
            }
        },
    );
    bar.finish_and_clear();
    let total = issue.sources.len();
    let mut summary = vec![if failed.is_empty() {
        t!("capture-summary-fetched", filled = filled, total = total)
    } else {
        t!(
            "capture-summary-fetched-failed",
            filled = filled,
            total = total,
            failed = failed.len()
        )
    }];
    summary.append(&mut failed);
    summary.append(&mut lines);
    summary
}

/// Checks every cited source's link and records the results in `issue` as
/// one edit; returns the summary line.
pub(super) fn check_links(issue: &mut Issue, fetcher: &Fetcher) -> String {
    let cited: std::collections::HashSet<SourceId> = issue
        .entries()
        .flat_map(|(_, entry)| entry.citations.iter().map(|c| c.source))
        .collect();
    let work: Vec<(SourceId, String)> = issue
        .sources
        .iter()
        .filter(|s| cited.contains(&s.id))
        .map(|s| (s.id, s.url.clone()))
        .collect();
    let bar = progress(work.len(), &t!("capture-checking-links"));
    let mut checks = Vec::new();
    for_each_bounded(
        work,
        CONCURRENT_REQUESTS,
        &AtomicBool::new(false),
        |(id, url)| (id, check_link(fetcher, &url, Utc::now())),
        |_, result| {
            bar.inc(1);
            checks.push(result);
        },
    );
    bar.finish_and_clear();
    checks.sort_by_key(|(id, _)| *id);
    let count =
        |wanted: fn(&LinkHealth) -> bool| checks.iter().filter(|(_, c)| wanted(&c.health)).count();
    let summary = t!(
        "capture-summary-links-checked",
        count = checks.len(),
        alive = count(|h| matches!(h, LinkHealth::Alive { .. })),
        dead = count(|h| matches!(h, LinkHealth::Dead { .. })),
        moved = count(|h| matches!(h, LinkHealth::Moved { .. })),
    );
    // Every id came from the issue a moment ago, so the edit applies.
    let _ = apply(issue, Edit::SetLinkChecks(checks));
    summary
}

/// Asks the archive (the Internet Archive, or the one named in the
/// environment) for a copy of every cited source that has none, records the
/// copies in `issue` as one edit, and returns the summary's lines: the count,
/// then one line per source left without a copy.
pub(super) fn archive_missing(issue: &mut Issue, fetcher: &Fetcher) -> Vec<String> {
    let cited: std::collections::HashSet<SourceId> = issue
        .entries()
        .flat_map(|(_, entry)| entry.citations.iter().map(|c| c.source))
        .collect();
    let work: Vec<(SourceId, String, Option<chrono::NaiveDate>)> = issue
        .sources
        .iter()
        .filter(|s| cited.contains(&s.id) && s.archived.is_none())
        .map(|s| (s.id, s.url.trim().to_owned(), s.published))
        .collect();
    let endpoints = ArchiveEndpoints::from_env();
    let bar = progress(work.len(), &t!("capture-archiving"));
    let (mut copies, mut failed) = (Vec::new(), Vec::new());
    let (mut existing, mut saved) = (0, 0);
    for_each_bounded(
        work,
        CONCURRENT_REQUESTS,
        &AtomicBool::new(false),
        |(id, url, published)| {
            let result = if crate::export::safe_link(&url).is_some() {
                archive(fetcher, &endpoints, &url, published)
            } else {
                Err(FetchError::NotWeb(url.clone()))
            };
            (id, url, result)
        },
        |_, (id, url, result)| {
            bar.inc(1);
            match result {
                Ok(archived) => {
                    match archived {
                        Archived::Existing(_) => existing += 1,
                        Archived::Saved(_) => saved += 1,
                    }
                    copies.push(Edit::SetArchived {
                        source: id,
                        copy: Some(archived.copy().clone()),
                    });
                }
                Err(error) => failed.push((
                    id,
                    t!(
                        "capture-summary-no-copy",
                        url = url,
                        error = error.to_string()
                    ),
                )),
            }
        },
    );
    bar.finish_and_clear();
    let asked = copies.len() + failed.len();
    // Every id came from the issue a moment ago, so the edit applies.
    let _ = apply(issue, Edit::Batch(copies));
    failed.sort();
    let mut lines = vec![t!(
        "capture-summary-archived",
        count = asked,
        existing = existing,
        saved = saved,
        failed = failed.len()
    )];
    lines.extend(failed.into_iter().map(|(_, line)| line));
    lines
}
