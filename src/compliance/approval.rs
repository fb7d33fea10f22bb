//! What is still open in a section when a reviewer approves it: its error
//! findings, its unresolved comment threads, its open suggestions and its
//! flagged declarations. Approving over them is allowed — the reviewer may
//! know better — but the window asks first and says what is open.

use super::{Report, Severity};
use crate::model::Section;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenMatters {
    pub errors: usize,
    pub comments: usize,
    pub suggestions: usize,
    pub flags: usize,
}

impl OpenMatters {
    /// The open matters of `section` by the findings of `report`.
    pub fn of(report: &Report, section: &Section) -> Self {
        let errors = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error && f.section == Some(section.id))
            .count();
        let entries = &section.entries;
        Self {
            errors,
            comments: entries.iter().map(|e| e.open_comments()).sum(),
            suggestions: entries.iter().map(|e| e.open_suggestions().count()).sum(),
            flags: entries.iter().filter(|e| e.declaration.is_some()).count(),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// "1 error, 2 unresolved comments and 1 open suggestion".
    pub fn summary(&self) -> String {
        let parts: Vec<String> = [
            (
                self.errors,
                crate::t!("findings-errors", count = self.errors),
            ),
            (
                self.comments,
                crate::t!("open-comments", count = self.comments),
            ),
            (
                self.suggestions,
                crate::t!("open-suggestions", count = self.suggestions),
            ),
            (self.flags, crate::t!("open-flags", count = self.flags)),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(_, words)| words)
        .collect();
        match parts.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => crate::t!("list-and", rest = rest.join(", "), last = last),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_reads_as_a_phrase() {
        let open = OpenMatters {
            errors: 1,
            comments: 2,
            suggestions: 0,
            flags: 1,
        };
        assert_eq!(
            open.summary(),
            "1 error, 2 unresolved comments and 1 flagged declaration"
        );
        assert_eq!(
            OpenMatters {
                errors: 3,
                ..OpenMatters::default()
            }
            .summary(),
            "3 errors"
        );
        assert!(OpenMatters::default().is_empty());
    }

    #[test]
    fn a_section_s_errors_and_open_comments_are_counted() {
        let issue = crate::sample::sample_issue();
        let registry = crate::registry::Registry::builtin();
        let report = super::super::check(&issue, &registry);
        let with_error = issue
            .sections
            .iter()
            .find(|s| {
                report
                    .findings
                    .iter()
                    .any(|f| f.severity == Severity::Error && f.section == Some(s.id))
            })
            .expect("the sample has a section with an error");
        assert!(OpenMatters::of(&report, with_error).errors >= 1);
    }
}
