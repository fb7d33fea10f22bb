//! The compliance engine: one pure function from an issue (and the outlet
//! registry) to a report of share figures and findings (SPEC §3–4).

mod finding;
mod json;
mod rules;
mod share;

use std::collections::HashMap;

use crate::model::{Issue, SectionId, ShareMetric, SourceId};
use crate::registry::Registry;
use crate::sourcing::{SourceClass, classify_source};

pub use finding::{Finding, Rule, Severity};
pub use json::to_json;
pub use rules::percent;
pub use share::{Ratio, Shares, WordShare};

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

/// Classifies every library source once, for the share and the rules.
pub(crate) fn classify_library<'r>(
    issue: &Issue,
    registry: &'r Registry,
) -> HashMap<SourceId, SourceClass<'r>> {
    issue
        .sources
        .iter()
        .map(|source| (source.id, classify_source(source, registry, &issue.policy)))
        .collect()
}

/// Computes the share figures and every finding of SPEC §4.
pub fn check(issue: &Issue, registry: &Registry) -> Report {
    let classes = classify_library(issue, registry);
    let is_state = |id: SourceId| classes.get(&id).map(|class| class.is_state_media);
    let shares = Shares::of_entries(issue.entries().map(|(_, entry)| entry), &is_state);
    let sections = issue
        .sections
        .iter()
        .map(|section| SectionShares {
            section: section.id,
            title: section.title.clone(),
            shares: Shares::of_entries(section.entries.iter(), &is_state),
        })
        .collect();
    let findings = rules::findings(issue, &classes, &shares);
    Report {
        metric: issue.policy.metric,
        limit: issue.policy.limit,
        shares,
        sections,
        findings,
    }
}

#[cfg(test)]
mod tests;
