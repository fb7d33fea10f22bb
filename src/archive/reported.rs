//! "Did we already report this?": the current issue against the earlier
//! issues of its archive. A source whose address an earlier issue cited, and
//! an entry whose text is a near-duplicate of an earlier entry, become
//! `already-cited` and `near-duplicate-entry` info findings that name the
//! earlier issue and entry.
//!
//! Near-duplicates are measured exactly, not estimated: each entry is the set
//! of its word triples (3-word shingles of folded words), and two entries
//! are near-duplicates when the Jaccard similarity of those sets is at least
//! one half. A copied report with a few words changed scores about 0.7; two
//! reports on one event in other words score below 0.2. A map from triple
//! to the entries holding it finds the candidates, so an entry costs a few
//! dozen lookups whatever the archive's size (MinHash would estimate what is
//! cheap enough to count).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::ArchivedIssue;
use super::segment::{RepeatSegment, shingles};
use crate::compliance::Finding;
use crate::model::{EntryId, Issue, SectionId};
use crate::sourcing::normalize_url;

/// The Jaccard similarity from which two entries are near-duplicates.
pub const NEAR_DUPLICATE_THRESHOLD: f64 = 0.5;

/// An earlier issue's entry that the current issue repeats.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    /// The issue's index in `Archive::issues`.
    pub issue: usize,
    pub path: PathBuf,
    /// "VRIC Monitor No. 13".
    pub name: String,
    pub section: SectionId,
    pub entry: EntryId,
    /// 1-based position of the entry in its section.
    pub position: usize,
    pub section_title: String,
}

/// What an archive holds for the comparison: each issue's entries, word
/// triples and cited addresses (its [`RepeatSegment`]), in series order.
#[derive(Debug, Default)]
pub struct Reported {
    segments: Vec<Arc<RepeatSegment>>,
    /// Per issue: its place in the series, its file, its name.
    order: Vec<SeriesKey>,
    paths: Vec<PathBuf>,
    names: Vec<String>,
    /// Every triple of the archive → (issue, entry) holding it: one lookup
    /// per triple of the text being written.
    triples: HashMap<u64, Vec<(u32, u32)>>,
}

type SeriesKey = (Option<u32>, Option<chrono::NaiveDate>);

fn series_key(issue: &Issue) -> SeriesKey {
    (issue.number, issue.published)
}

/// Whether an issue at `earlier` comes before one at `current` in the series.
fn comes_before(earlier: SeriesKey, current: SeriesKey) -> bool {
    match (earlier, current) {
        ((Some(a), _), (Some(b), _)) => a < b,
        ((_, Some(a)), (_, Some(b))) => a < b,
        // Nothing to order by: any other issue counts as earlier.
        _ => true,
    }
}

impl Reported {
    /// The comparison base of `issues`, reusing the segments they carry.
    pub fn build(issues: &[ArchivedIssue]) -> Self {
        let segments = super::parallel(issues, |archived, _| {
            archived
                .repeats
                .clone()
                .unwrap_or_else(|| Arc::new(RepeatSegment::build(archived)))
        });
        let mut triples: HashMap<u64, Vec<(u32, u32)>> = HashMap::new();
        for (issue, segment) in segments.iter().enumerate() {
            for &(triple, entry) in &segment.shingles {
                triples
                    .entry(triple)
                    .or_default()
                    .push((issue as u32, entry));
            }
        }
        Reported {
            segments,
            triples,
            order: issues.iter().map(|i| series_key(&i.issue)).collect(),
            paths: issues.iter().map(|i| i.path.clone()).collect(),
            names: issues.iter().map(ArchivedIssue::name).collect(),
        }
    }

    /// The issues that may be compared with `issue` read from `path`: other
    /// files, earlier in the series; latest first.
    fn earlier_than(&self, issue: &Issue, path: Option<&Path>) -> Vec<usize> {
        let key = series_key(issue);
        (0..self.segments.len())
            .rev()
            .filter(|&i| {
                path.is_none_or(|p| self.paths[i] != p) && comes_before(self.order[i], key)
            })
            .collect()
    }

    fn earlier(&self, issue: usize, entry: u32) -> Option<Earlier> {
        let found = self.segments[issue].entries.get(entry as usize)?;
        Some(Earlier {
            issue,
            path: self.paths[issue].clone(),
            name: self.names[issue].clone(),
            section: found.section,
            entry: found.entry,
            position: found.position,
            section_title: found.section_title.clone(),
        })
    }

    /// The latest earlier entry citing `url`, if any.
    pub fn cited_before(&self, url: &str, issue: &Issue, path: Option<&Path>) -> Option<Earlier> {
        let url = normalize_url(url)?;
        self.earlier_than(issue, path).into_iter().find_map(|i| {
            let urls = &self.segments[i].urls;
            let at = urls.partition_point(|(u, _)| *u < url);
            let (found, entry) = urls.get(at)?;
            (*found == url).then(|| self.earlier(i, *entry)).flatten()
        })
    }

    /// The earlier entry most like `text`, with the similarity, when it is a
    /// near-duplicate; the latest of equals.
    pub fn near_duplicate(
        &self,
        text: &str,
        issue: &Issue,
        path: Option<&Path>,
    ) -> Option<(Earlier, f64)> {
        let set = shingles(text);
        if set.is_empty() {
            return None;
        }
        let keep: Vec<bool> = {
            let mut keep = vec![false; self.segments.len()];
            for i in self.earlier_than(issue, path) {
                keep[i] = true;
            }
            keep
        };
        let mut shared: HashMap<(u32, u32), u32> = HashMap::new();
        for triple in &set {
            for &(i, entry) in self.triples.get(triple).into_iter().flatten() {
                if keep[i as usize] {
                    *shared.entry((i, entry)).or_default() += 1;
                }
            }
        }
        let mut best: Option<(usize, u32, f64)> = None;
        for ((i, entry), common) in shared {
            let size = self.segments[i as usize]
                .entries
                .get(entry as usize)
                .map_or(0, |e| e.shingles);
            let union = set.len() as u32 + size - common;
            let similarity = f64::from(common) / f64::from(union.max(1));
            let better = best.is_none_or(|(bi, be, b)| {
                similarity > b || (similarity == b && (i as usize, entry) > (bi, be))
            });
            if similarity >= NEAR_DUPLICATE_THRESHOLD && better {
                best = Some((i as usize, entry, similarity));
            }
        }
        let (issue, entry, similarity) = best?;
        Some((self.earlier(issue, entry)?, similarity))
    }

    /// The info findings of `issue` (read from `path`, if it is in the
    /// archive), each with the earlier entry it names.
    pub fn findings(&self, issue: &Issue, path: Option<&Path>) -> Vec<(Finding, Earlier)> {
        let mut out = Vec::new();
        for section in &issue.sections {
            for index in 0..section.entries.len() {
                out.extend(self.entry_findings(issue, section, index, path));
            }
        }
        out
    }
}
