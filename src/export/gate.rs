//! The publication gate: an issue goes out for publication only when no
//! error finding remains and every section is approved, or with an override
//! whose reason is recorded in the issue.

use crate::compliance::Report;
use crate::model::{ExportOverride, Issue, SectionStatus};
use crate::t;

/// What stands between an issue and publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gate {
    pub errors: usize,
    /// Titles of the sections that are not approved.
    pub unapproved: Vec<String>,
}

impl Gate {
    pub fn of(issue: &Issue, report: &Report) -> Self {
        Self {
            errors: report.error_count(),
            // An empty section is not published, so it waits for no approval.
            unapproved: super::published_sections(issue)
                .filter(|s| s.status != SectionStatus::Approved)
                .map(|s| {
                    if s.title.is_empty() {
                        "(untitled)".to_owned()
                    } else {
                        s.title.clone()
                    }
                })
                .collect(),
        }
    }

    /// Nothing stands in the way.
    pub fn is_open(&self) -> bool {
        self.errors == 0 && self.unapproved.is_empty()
    }

    /// "1 error finding; not approved: China, Iran".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.errors > 0 {
            parts.push(t!("gate-errors", count = self.errors));
        }
        // A long list is counted: 400 names on one line help no one.
        match self.unapproved.len() {
            0 => {}
            1..=5 => parts.push(t!(
                "gate-not-approved",
                sections = self.unapproved.join(", ")
            )),
            count => parts.push(t!(
                "gate-not-approved-many",
                count = count,
                sections = self.unapproved[..3].join(", "),
                more = count - 3
            )),
        }
        parts.join("; ")
    }

    /// The record of passing this gate anyway.
    pub fn override_record(
        &self,
        by: &str,
        at: chrono::DateTime<chrono::Utc>,
        reason: &str,
    ) -> ExportOverride {
        ExportOverride {
            by: by.to_owned(),
            at,
            reason: reason.trim().to_owned(),
            errors: self.errors,
            unapproved: self.unapproved.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Gate;

    #[test]
    fn a_long_list_of_sections_is_counted() {
        let gate = |count: usize| Gate {
            errors: 1,
            unapproved: (1..=count).map(|n| format!("S{n}")).collect(),
        };
        assert_eq!(gate(2).describe(), "1 error finding; not approved: S1, S2");
        assert_eq!(
            gate(400).describe(),
            "1 error finding; not approved: 400 sections (S1, S2, S3 and 397 more)"
        );
    }
}
