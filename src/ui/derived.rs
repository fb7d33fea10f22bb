//! Figures derived from the issue, recomputed only when its revision changes.

use std::collections::HashMap;

use crate::compliance::{self, Report};
use crate::model::{EntryId, Issue, SourceId};
use crate::registry::{Classification, Registry};
use crate::sourcing::classify_source;
use crate::text::{Run, runs, word_count};

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

impl Derived {
    pub fn compute(issue: &Issue, registry: &Registry, revision: u64) -> Self {
        let words: HashMap<EntryId, usize> = issue
            .entries()
            .map(|(_, entry)| (entry.id, word_count(&entry.body)))
            .collect();
        let runs = issue
            .entries()
            .map(|(_, entry)| (entry.id, runs(&entry.body)))
            .collect();
        let badges = issue
            .sources
            .iter()
            .map(|source| {
                let class = classify_source(source, registry, &issue.policy);
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
            report: compliance::check(issue, registry),
            total_words: words.values().sum(),
            words,
            badges,
        }
    }
}
