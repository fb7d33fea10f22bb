//! The compliance engine: one pure function from an issue (and the outlet
//! registry) to a report of share figures and findings (README, "How the
//! share is measured" and "Rules").

mod approval;
mod designated;
mod finding;
mod json;
mod links;
mod memo;
mod rules;
mod share;

use std::collections::HashMap;

use crate::model::{EntryId, Issue, SectionId, ShareMetric, SourceId};
use crate::registry::Registry;
use crate::sourcing::{SourceClass, classify_with_outlet};

pub use approval::OpenMatters;
pub use designated::DesignatedSource;
pub use finding::{Finding, Rule, Severity};
pub use json::to_json;
pub use memo::Memo;
pub(crate) use memo::UrlFacts;
pub use rules::percent;
pub use share::{Counted, Ratio, Shares, WordShare};

/// The share figures of one section.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionShares {
    pub section: SectionId,
    pub title: String,
    pub shares: Shares,
}

/// Everything a reviewer needs to judge the issue's sourcing.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub metric: ShareMetric,
    pub limit: f64,
    pub shares: Shares,
    pub sections: Vec<SectionShares>,
    /// In reading order: issue-wide, then section by section, then the library.
    pub findings: Vec<Finding>,
    /// Cited sources of outlets an official act designated.
    pub designated: Vec<DesignatedSource>,
}

impl Report {
    /// No finding has severity `error`.
    pub fn is_compliant(&self) -> bool {
        self.error_count() == 0
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The share is above the limit on purpose: the issue is a special
    /// edition with a reason, so the excess is on record, not an error.
    pub fn exceeds_on_purpose(&self) -> bool {
        self.findings
            .iter()
            .any(|finding| finding.rule == Rule::SpecialEdition)
    }

    /// The policy's figure for the whole issue.
    pub fn share(&self) -> f64 {
        self.shares.ratio(self.metric)
    }

    pub fn section_shares(&self, id: SectionId) -> Option<&Shares> {
        self.sections
            .iter()
            .find(|s| s.section == id)
            .map(|s| &s.shares)
    }
}

/// What the rules know of each library source: its classification and URL facts.
pub(crate) struct Known<'r> {
    pub class: SourceClass<'r>,
    pub facts: &'r UrlFacts,
}

/// Computes the share figures and every finding of the README's "Rules".
pub fn check(issue: &Issue, registry: &Registry) -> Report {
    check_with(issue, registry, &mut Memo::for_one_check())
}

/// The same report, reusing what `memo` knows from earlier checks of texts
/// and URLs that have not changed (the window keeps one memo per document).
pub fn check_with(issue: &Issue, registry: &Registry, memo: &mut Memo) -> Report {
    check_counting_words(issue, registry, memo).0
}

/// `check_with`, also handing back each entry's word count it measured (the
/// window shows them; counting them again would cost a lookup per entry).
pub fn check_counting_words(
    issue: &Issue,
    registry: &Registry,
    memo: &mut Memo,
) -> (Report, HashMap<EntryId, usize>) {
    let words = memo.entry_words(issue);
    memo.learn_urls(issue, registry);
    memo.prune(issue);
    let memo = &*memo;
    let unknown = UrlFacts::default();
    let known: HashMap<SourceId, Known<'_>> = issue
        .sources
        .iter()
        .map(|source| {
            let facts = memo.url(&source.url).unwrap_or(&unknown);
            let outlet = facts.outlet.and_then(|index| registry.outlet_at(index));
            let class = classify_with_outlet(source, outlet, issue);
            (source.id, Known { class, facts })
        })
        .collect();
    let is_state = |id: SourceId| {
        known.get(&id).map(|k| Counted {
            state: k.class.is_state_media,
            unreviewed: k.class.is_unclassified,
        })
    };
    let words_of = |id: EntryId| words.get(&id).copied().unwrap_or_default();
    let shares = Shares::of_entries(
        issue.entries().map(|(_, entry)| entry),
        &is_state,
        &words_of,
    );
    let sections = issue
        .sections
        .iter()
        .map(|section| SectionShares {
            section: section.id,
            title: section.title.clone(),
            shares: Shares::of_entries(section.entries.iter(), &is_state, &words_of),
        })
        .collect();
    let designated = designated::designated_sources(issue, &known);
    let findings = rules::findings(issue, &known, &shares, registry, &designated);
    let report = Report {
        metric: issue.policy.metric,
        limit: issue.policy.limit,
        shares,
        sections,
        findings,
        designated,
    };
    (report, words)
}

#[cfg(test)]
mod tests;
