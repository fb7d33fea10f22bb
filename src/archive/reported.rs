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
//! reports on one event in other words score below 0.2. An inverted index
//! from shingle to entries finds the candidates, so an entry costs a few
//! dozen lookups whatever the archive's size (MinHash would estimate what is
//! cheap enough to count).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use super::ArchivedIssue;
use unicode_segmentation::UnicodeSegmentation;

use super::words::{Vocabulary, fold_into};
use crate::compliance::{Finding, Rule, Severity};
use crate::model::{EntryId, Issue, Section, SectionId};
use crate::sourcing::normalize_url;
use crate::text::plain_text;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
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

/// What an archive holds for the comparison.
#[derive(Debug, Default)]
pub struct Reported {
    places: Vec<Earlier>,
    /// The series position of each place's issue (number, date).
    order: Vec<SeriesKey>,
    /// Normalized URL → places citing it.
    urls: HashMap<String, Vec<u32>>,
    /// Shingle hash → places holding it.
    shingles: HashMap<u64, Vec<u32>>,
    /// Shingles per place.
    sizes: Vec<u32>,
    /// The archive's words as numbers; a shingle is three of them.
    vocabulary: Vocabulary,
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
    pub fn build(issues: &[ArchivedIssue]) -> Self {
        let mut reported = Reported::default();
        for (number, archived) in issues.iter().enumerate() {
            let issue = &archived.issue;
            for section in &issue.sections {
                for (index, entry) in section.entries.iter().enumerate() {
                    let place = reported.places.len() as u32;
                    reported.places.push(Earlier {
                        issue: number,
                        path: archived.path.clone(),
                        name: archived.name(),
                        section: section.id,
                        entry: entry.id,
                        position: index + 1,
                        section_title: section.title.clone(),
                    });
                    reported.order.push(series_key(issue));
                    let set = reported.learn_shingles(&plain_text(&entry.body));
                    reported.sizes.push(set.len() as u32);
                    for shingle in set {
                        reported.shingles.entry(shingle).or_default().push(place);
                    }
                    for citation in &entry.citations {
                        if let Some(url) = issue
                            .source(citation.source)
                            .and_then(|s| normalize_url(&s.url))
                        {
                            let list = reported.urls.entry(url).or_default();
                            if list.last() != Some(&place) {
                                list.push(place);
                            }
                        }
                    }
                }
            }
        }
        reported
    }

    /// Which places may be compared with `issue` read from `path`: other
    /// files, earlier in the series.
    fn earlier_than<'a>(
        &'a self,
        issue: &Issue,
        path: Option<&'a Path>,
    ) -> impl Fn(u32) -> bool + 'a {
        let key = series_key(issue);
        move |place: u32| {
            let earlier = &self.places[place as usize];
            path.is_none_or(|p| earlier.path != p) && comes_before(self.order[place as usize], key)
        }
    }

    /// The latest earlier entry citing `url`, if any.
    pub fn cited_before(&self, url: &str, issue: &Issue, path: Option<&Path>) -> Option<&Earlier> {
        let keep = self.earlier_than(issue, path);
        let url = normalize_url(url)?;
        // The most recent earlier citation is the one an editor remembers.
        let place = self
            .urls
            .get(&url)?
            .iter()
            .rev()
            .copied()
            .find(|p| keep(*p))?;
        Some(&self.places[place as usize])
    }

    /// The earlier entry most like `text`, with the similarity, when it is a
    /// near-duplicate.
    pub fn near_duplicate(
        &self,
        text: &str,
        issue: &Issue,
        path: Option<&Path>,
    ) -> Option<(&Earlier, f64)> {
        let set = self.shingles(text);
        if set.is_empty() {
            return None;
        }
        let keep = self.earlier_than(issue, path);
        let mut shared: HashMap<u32, u32> = HashMap::new();
        for shingle in &set {
            for &place in self.shingles.get(shingle).into_iter().flatten() {
                *shared.entry(place).or_default() += 1;
            }
        }
        shared
            .into_iter()
            .filter(|(place, _)| keep(*place))
            .map(|(place, common)| {
                let union = set.len() as u32 + self.sizes[place as usize] - common;
                (place, f64::from(common) / f64::from(union.max(1)))
            })
            .filter(|(_, similarity)| *similarity >= NEAR_DUPLICATE_THRESHOLD)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
            .map(|(place, similarity)| (&self.places[place as usize], similarity))
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

    /// The info findings of one entry of `issue`: the `index`th of `section`
    /// (the window computes them again only for the entries that changed).
    pub fn entry_findings(
        &self,
        issue: &Issue,
        section: &Section,
        index: usize,
        path: Option<&Path>,
    ) -> Vec<(Finding, Earlier)> {
        let mut out = Vec::new();
        let Some(entry) = section.entries.get(index) else {
            return out;
        };
        let locate = |mut finding: Finding| {
            finding.section = Some(section.id);
            finding.section_title = Some(section.title.clone());
            finding.entry = Some(entry.id);
            finding.entry_position = Some(index + 1);
            finding
        };
        if let Some((earlier, similarity)) =
            self.near_duplicate(&plain_text(&entry.body), issue, path)
        {
            let message = format!(
                "Nearly the same text as {}, {}, entry {} ({:.0}% of its word triples in common): was this already reported?",
                earlier.name,
                earlier.section_title,
                earlier.position,
                similarity * 100.0
            );
            out.push((
                locate(Finding::new(
                    Rule::NearDuplicateEntry,
                    Severity::Info,
                    message,
                )),
                earlier.clone(),
            ));
        }
        for citation in &entry.citations {
            let Some(source) = issue.source(citation.source) else {
                continue;
            };
            if let Some(earlier) = self.cited_before(&source.url, issue, path) {
                let message = format!(
                    "Already cited in {}, {}, entry {}.",
                    earlier.name, earlier.section_title, earlier.position
                );
                let mut finding = locate(Finding::new(Rule::AlreadyCited, Severity::Info, message));
                finding.source = Some(source.id);
                finding.source_url = Some(source.url.clone());
                out.push((finding, earlier.clone()));
            }
        }
        out
    }
}

impl Reported {
    /// The word triples of an archive's entry, learning its words.
    fn learn_shingles(&mut self, text: &str) -> Vec<u64> {
        let mut folded = String::new();
        let ids: Vec<u32> = text
            .unicode_words()
            .map(|word| {
                fold_into(word, &mut folded);
                self.vocabulary.id(&folded)
            })
            .collect();
        triples(&ids)
    }

    /// The word triples of a text being written: a word the archive never
    /// used gets a number of its own, so its triples match nothing.
    fn shingles(&self, text: &str) -> Vec<u64> {
        let mut folded = String::new();
        let mut unknown = u32::MAX;
        let ids: Vec<u32> = text
            .unicode_words()
            .map(|word| {
                fold_into(word, &mut folded);
                self.vocabulary.known(&folded).unwrap_or_else(|| {
                    unknown -= 1;
                    unknown
                })
            })
            .collect();
        triples(&ids)
    }
}

/// Each distinct run of three word numbers, packed into one number.
fn triples(ids: &[u32]) -> Vec<u64> {
    let mut set: Vec<u64> = ids
        .windows(SHINGLE_WORDS)
        .map(|w| {
            let mut hasher = DefaultHasher::new();
            w.hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}
