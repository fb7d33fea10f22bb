//! Figures derived from the issue, recomputed only when its revision changes,
//! and then only for what changed: a keystroke recounts one entry.

use std::collections::HashMap;
use std::sync::Arc;

use crate::compliance::{self, Report};
use crate::model::{EntryId, Issue, Policy, SourceId, StateMediaOverride};
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
}

pub struct Derived {
    pub revision: u64,
    /// Different for every computation, also when only the registry changed:
    /// what caches of the panels (the library's row order) key on.
    pub generation: u64,
    pub report: Report,
    pub words: HashMap<EntryId, usize>,
    pub total_words: usize,
    /// Shared with the memo: a keystroke rebuilds this map from thousands of
    /// unchanged badges, so a badge is counted, not copied.
    pub badges: HashMap<SourceId, Arc<SourceBadge>>,
    /// Entries citing each source.
    pub times_cited: HashMap<SourceId, usize>,
}

/// What a badge depends on: when none of it changed, the badge is reused.
#[derive(PartialEq)]
struct BadgeKey {
    url: String,
    outlet: Option<String>,
    state_media: StateMediaOverride,
}

/// What earlier revisions computed, for texts and sources that have not changed.
#[derive(Default)]
pub struct DerivedMemo {
    check: compliance::Memo,
    badges: HashMap<SourceId, (BadgeKey, Arc<SourceBadge>)>,
    /// The policy the badges were computed under.
    policy: Option<Policy>,
    generation: u64,
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
        if memo.policy.as_ref() != Some(&issue.policy) {
            memo.badges.clear();
            memo.policy = Some(issue.policy.clone());
        }
        let badges = issue
            .sources
            .iter()
            .map(|source| {
                (
                    source.id,
                    badge(source, registry, &issue.policy, &mut memo.badges),
                )
            })
            .collect();
        memo.badges.retain(|id, _| issue.source(*id).is_some());
        let mut times_cited: HashMap<SourceId, usize> = HashMap::new();
        for (_, entry) in issue.entries() {
            for id in entry.cited_sources() {
                *times_cited.entry(id).or_default() += 1;
            }
        }
        memo.generation += 1;
        Self {
            revision,
            generation: memo.generation,
            times_cited,
            report,
            total_words: words.values().sum(),
            words,
            badges,
        }
    }
}

fn badge(
    source: &crate::model::Source,
    registry: &Registry,
    policy: &Policy,
    memo: &mut HashMap<SourceId, (BadgeKey, Arc<SourceBadge>)>,
) -> Arc<SourceBadge> {
    let unchanged = memo.get(&source.id).is_some_and(|(key, _)| {
        key.url == source.url
            && key.outlet == source.outlet
            && key.state_media == source.state_media
    });
    if unchanged && let Some((_, badge)) = memo.get(&source.id) {
        return Arc::clone(badge);
    }
    // One registry lookup gives both the decision and its explanation.
    let why = explain(source, registry, policy);
    let class = why.class;
    let badge = Arc::new(SourceBadge {
        outlet: class.outlet_name(source),
        classification: class.classification(),
        is_state_media: class.is_state_media,
        is_unclassified: class.is_unclassified,
        why: why.text(),
        host: why.host,
    });
    let key = BadgeKey {
        url: source.url.clone(),
        outlet: source.outlet.clone(),
        state_media: source.state_media.clone(),
    };
    memo.insert(source.id, (key, Arc::clone(&badge)));
    badge
}
