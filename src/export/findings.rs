//! The reviewer's copy in words: the share against the limit, then each
//! finding, worded alike in the Markdown, the plain text and the PDF.

use crate::compliance::{Report, Severity, percent};

/// "State media: 18.9% of citations (limit 20%); 1 error(s), 6 warning(s)."
pub(super) fn share_line(report: &Report) -> String {
    format!(
        "State media: {} of {} (limit {}); {} error(s), {} warning(s).",
        percent(report.share()),
        report.metric.name(),
        percent(report.limit),
        report.error_count(),
        report.warning_count()
    )
}

/// "error opinion-source Venezuela, entry 2: …", one per finding.
pub(super) fn finding_lines(report: &Report) -> impl Iterator<Item = String> + '_ {
    report.findings.iter().map(|finding| {
        let severity = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        match finding.location() {
            place if place.is_empty() => {
                format!("{severity} {}: {}", finding.rule.name(), finding.message)
            }
            place => format!(
                "{severity} {} {place}: {}",
                finding.rule.name(),
                finding.message
            ),
        }
    })
}
