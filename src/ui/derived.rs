//! Figures derived from the issue, recomputed only when its revision changes.

use std::collections::HashMap;

use crate::compliance::{self, Report};
use crate::model::{EntryId, Issue, SourceId};
use crate::registry::{Classification, Registry};
use crate::sourcing::classify_with_outlet;
use crate::text::{Run, runs};

/// What a citation chip shows about a source.
#[derive(Debug, Clone)]
pub struct SourceBadge {
    pub outlet: String,
    pub classification: Option<Classification>,
    pub is_state_media: bool,
    /// No outlet matched and no override decides.
    pub is_unclassified: bool,
}

pub struct Derived {
    pub revision: u64,
    /// Entry text parsed into styled runs, parsed once per revision.
    pub runs: HashMap<EntryId, Vec<Run>>,
    pub report: Report,
    pub words: HashMap<EntryId, usize>,
    pub total_words: usize,
    pub badges: HashMap<SourceId, SourceBadge>,
    /// Entries citing each source.
    pub times_cited: HashMap<SourceId, usize>,
}

/// What earlier revisions computed for texts and URLs that have not changed:
/// after a keystroke only the edited entry is parsed and counted again.
#[derive(Default)]
pub struct DerivedMemo {
    check: compliance::Memo,
    runs: HashMap<String, Vec<Run>>,
}

impl Derived {
    pub fn compute(
        issue: &Issue,
        registry: &Registry,
        revision: u64,
        memo: &mut DerivedMemo,
    ) -> Self {
        let report = compliance::check_with(issue, registry, &mut memo.check);
        let words: HashMap<EntryId, usize> = issue
            .entries()
            .map(|(_, entry)| (entry.id, memo.check.words(&entry.body)))
            .collect();
        let mut fresh_runs = HashMap::with_capacity(memo.runs.len());
        let runs = issue
            .entries()
            .map(|(_, entry)| {
                let parsed = memo
                    .runs
                    .remove(&entry.body)
                    .unwrap_or_else(|| runs(&entry.body));
                fresh_runs.insert(entry.body.clone(), parsed.clone());
                (entry.id, parsed)
            })
            .collect();
        // Only the texts of this revision stay in the memo.
        memo.runs = fresh_runs;
        let badges = issue
            .sources
            .iter()
            .map(|source| {
                let facts = memo.check.url(&source.url, registry);
                let outlet = facts.outlet.and_then(|index| registry.outlet_at(index));
                let class = classify_with_outlet(source, outlet, &issue.policy);
                let badge = SourceBadge {
                    outlet: class.outlet_name(source),
                    classification: class.classification(),
                    is_state_media: class.is_state_media,
                    is_unclassified: class.is_unclassified,
                };
                (source.id, badge)
            })
            .collect();
        let mut times_cited: HashMap<SourceId, usize> = HashMap::new();
        for (_, entry) in issue.entries() {
            for id in entry.cited_sources() {
                *times_cited.entry(id).or_default() += 1;
            }
        }
        Self {
            revision,
            runs,
            times_cited,
            report,
            total_words: words.values().sum(),
            words,
            badges,
        }
    }
}
