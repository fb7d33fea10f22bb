//! Figures derived from the issue, recomputed only when its revision changes,
//! and then only for what changed: a keystroke recounts one entry.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::compliance::{self, Finding, Report, Severity};
use crate::model::{EntryId, Issue, Policy, SectionId, SourceId, StateMediaOverride};
use crate::registry::{Classification, Registry};
use crate::sourcing::explain;

/// What a citation chip shows about a source.
#[derive(Debug, Clone)]
pub struct SourceBadge {
    pub outlet: String,
    pub classification: Option<Classification>,
    pub is_state_media: bool,
    /// No outlet matched and no override decides.
    pub is_unclassified: bool,
    /// Why it is classified so (registry match, evidence, override, policy).
    pub why: String,
    /// The source's host, normalized: what "classify this outlet" starts from.
    pub host: Option<String>,
    /// The matched outlet's country; empty when none matched or none is given.
    pub country: String,
}

pub struct Derived {
    pub revision: u64,
    /// Different for every computation in the process, also when only the
    /// registry changed or another document opened: what caches of the panels
    /// (the library's row order) key on.
    pub generation: u64,
    pub report: Report,
    pub words: HashMap<EntryId, usize>,
    pub total_words: usize,
    /// Shared with the memo: a keystroke rebuilds this map from thousands of
    /// unchanged badges, so a badge is counted, not copied.
    pub badges: HashMap<SourceId, Arc<SourceBadge>>,
    /// Entries citing each source.
    pub times_cited: HashMap<SourceId, usize>,
    /// The findings on each citation (entry, source), as indices into
    /// `report.findings`: what its chip marks.
    pub citation_findings: HashMap<(EntryId, SourceId), Vec<usize>>,
    /// Error findings on each entry, and on each section (its entries' included).
    pub entry_errors: HashMap<EntryId, usize>,
    pub section_errors: HashMap<SectionId, usize>,
    /// `report.findings` in the order the findings panel lists them: errors,
    /// then warnings, each in reading order of the issue.
    pub findings_order: Vec<usize>,
}

/// What a badge depends on: when none of it changed, the badge is reused.
#[derive(PartialEq)]
struct BadgeKey {
    url: String,
    outlet: Option<String>,
    state_media: StateMediaOverride,
    /// The day the source is classified as of (a dated registry record may decide).
    day: Option<chrono::NaiveDate>,
}

/// What earlier revisions computed, for texts and sources that have not changed.
#[derive(Default)]
pub struct DerivedMemo {
    check: compliance::Memo,
    badges: HashMap<SourceId, (BadgeKey, Arc<SourceBadge>)>,
    /// The policy the badges were computed under.
    policy: Option<Policy>,
}

/// Counts computations across memos: a fresh memo (a new document, a changed
/// registry) must never hand out a generation an older cache still holds.
static GENERATION: AtomicU64 = AtomicU64::new(0);

impl Derived {
    pub fn compute(
        issue: &Issue,
        registry: &Registry,
        revision: u64,
        memo: &mut DerivedMemo,
    ) -> Self {
        let (report, words) = compliance::check_counting_words(issue, registry, &mut memo.check);
        if memo.policy.as_ref() != Some(&issue.policy) {
            memo.badges.clear();
            memo.policy = Some(issue.policy.clone());
        }
        let badges = issue
            .sources
            .iter()
            .map(|source| (source.id, badge(source, registry, issue, &mut memo.badges)))
            .collect();
        memo.badges.retain(|id, _| issue.source(*id).is_some());
        let mut times_cited: HashMap<SourceId, usize> = HashMap::new();
        for (_, entry) in issue.entries() {
            for id in entry.cited_sources() {
                *times_cited.entry(id).or_default() += 1;
            }
        }
        let marks = FindingMarks::of(issue, &report.findings);
        Self {
            revision,
            generation: GENERATION.fetch_add(1, Ordering::Relaxed) + 1,
            times_cited,
            citation_findings: marks.citations,
            entry_errors: marks.entries,
            section_errors: marks.sections,
            findings_order: marks.order,
            report,
            total_words: words.values().sum(),
            words,
            badges,
        }
    }
}

impl Derived {
    /// The countries of the cited outlets whose model `policy` counts as
    /// state media, sorted: where a policy that names countries starts from
    /// (so narrowing the scope changes no figure until a country is
    /// unticked). Read from the cached badges, no registry lookup.
    pub fn cited_state_countries(&self, policy: &Policy) -> Vec<String> {
        let mut countries: Vec<String> = self
            .badges
            .values()
            .filter(|badge| {
                badge
                    .classification
                    .is_some_and(|class| policy.counts_as_state_media(class))
            })
            .map(|badge| badge.country.trim().to_owned())
            .filter(|country| !country.is_empty())
            .collect();
        countries.sort();
        countries.dedup();
        countries
    }
}

/// Where the findings belong, computed once per revision.
#[derive(Default)]
struct FindingMarks {
    citations: HashMap<(EntryId, SourceId), Vec<usize>>,
    entries: HashMap<EntryId, usize>,
    sections: HashMap<SectionId, usize>,
    order: Vec<usize>,
}

impl FindingMarks {
    fn of(issue: &Issue, findings: &[Finding]) -> Self {
        let mut marks = Self::default();
        for (index, finding) in findings.iter().enumerate() {
            if let (Some(entry), Some(source)) = (finding.entry, finding.source) {
                marks
                    .citations
                    .entry((entry, source))
                    .or_default()
                    .push(index);
            }
            if finding.severity == Severity::Error {
                if let Some(entry) = finding.entry {
                    *marks.entries.entry(entry).or_default() += 1;
                }
                if let Some(section) = finding.section {
                    *marks.sections.entry(section).or_default() += 1;
                }
            }
        }
        let section_index: HashMap<SectionId, usize> = issue
            .sections
            .iter()
            .enumerate()
            .map(|(index, section)| (section.id, index))
            .collect();
        marks.order = (0..findings.len()).collect();
        // Issue-wide findings first within a severity, then by section and entry.
        marks.order.sort_by_key(|&index| {
            let finding = &findings[index];
            (
                finding.severity != Severity::Error,
                finding.section.map(|id| section_index.get(&id).copied()),
                finding.entry_position,
                index,
            )
        });
        marks
    }
}

fn badge(
    source: &crate::model::Source,
    registry: &Registry,
    issue: &Issue,
    memo: &mut HashMap<SourceId, (BadgeKey, Arc<SourceBadge>)>,
) -> Arc<SourceBadge> {
    let day = crate::sourcing::classification_day(source, issue);
    let unchanged = memo.get(&source.id).is_some_and(|(key, _)| {
        key.url == source.url
            && key.outlet == source.outlet
            && key.state_media == source.state_media
            && key.day == day
    });
    if unchanged && let Some((_, badge)) = memo.get(&source.id) {
        return Arc::clone(badge);
    }
    // One registry lookup gives both the decision and its explanation.
    let why = explain(source, registry, issue);
    let class = why.class;
    let badge = Arc::new(SourceBadge {
        outlet: class.editor_name(source),
        classification: class.classification(),
        is_state_media: class.is_state_media,
        is_unclassified: class.is_unclassified,
        why: why.text(),
        country: class.outlet.map(|o| o.country.clone()).unwrap_or_default(),
        host: why.host,
    });
    let key = BadgeKey {
        url: source.url.clone(),
        outlet: source.outlet.clone(),
        state_media: source.state_media.clone(),
        day,
    };
    memo.insert(source.id, (key, Arc::clone(&badge)));
    badge
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_issue;

    #[test]
    fn findings_are_listed_errors_first_then_by_place_and_marked_where_they_are() {
        let registry = Registry::builtin();
        let mut issue = sample_issue();
        // An unsourced entry in the last section: an error after warnings of earlier sections.
        let last = issue.sections.len() - 1;
        issue.sections[last].entries[0].citations.clear();
        let derived = Derived::compute(&issue, &registry, 0, &mut DerivedMemo::default());
        let findings = &derived.report.findings;
        let severities: Vec<Severity> = derived
            .findings_order
            .iter()
            .map(|&i| findings[i].severity)
            .collect();
        let first_warning = severities
            .iter()
            .position(|s| *s == Severity::Warning)
            .unwrap_or(severities.len());
        assert!(first_warning >= 2, "{severities:?}");
        assert!(
            severities[first_warning..]
                .iter()
                .all(|s| *s == Severity::Warning),
            "errors come first: {severities:?}"
        );
        let unsourced = issue.sections[last].entries[0].id;
        assert_eq!(derived.entry_errors.get(&unsourced), Some(&1));
        assert!(derived.section_errors[&issue.sections[last].id] >= 1);
        // The opinion source's citation carries its finding.
        let opinion = findings
            .iter()
            .position(|f| f.rule == compliance::Rule::OpinionSource)
            .expect("the sample cites an opinion piece");
        let key = (
            findings[opinion].entry.expect("on an entry"),
            findings[opinion].source.expect("on a source"),
        );
        assert!(derived.citation_findings[&key].contains(&opinion));
    }

    #[test]
    fn a_narrower_scope_starts_from_the_countries_whose_state_media_are_cited() {
        let issue = sample_issue();
        let derived =
            Derived::compute(&issue, &Registry::builtin(), 0, &mut DerivedMemo::default());
        assert_eq!(
            derived.cited_state_countries(&issue.policy),
            ["China", "Cuba", "Iran", "Russia", "Venezuela"]
        );
    }

    #[test]
    fn a_fresh_memo_never_repeats_a_generation() {
        // The library's row order is cached under the generation: a document
        // opened after another (a fresh memo) must not find the old order.
        let registry = Registry::builtin();
        let issue = sample_issue();
        let first = Derived::compute(&issue, &registry, 0, &mut DerivedMemo::default());
        let second = Derived::compute(&issue, &registry, 0, &mut DerivedMemo::default());
        assert_ne!(first.generation, second.generation);
    }
}
