//! The figures a monitor is judged by, issue by issue: the state-media
//! share by each metric against the limit, citations per outlet and per
//! classification, entries per section, opinion and unclassified sources,
//! and the exports that needed an override. The window's plots, the archive
//! report and `archive stats --csv` all read these rows.

use std::collections::BTreeMap;

use super::ArchivedIssue;
use crate::compliance::{self, Rule};
use crate::model::{ShareMetric, SourceKind};
use crate::registry::Registry;
use crate::sourcing::classify_source;

/// One issue's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueFigures {
    /// The issue's index in `Archive::issues`.
    pub issue: usize,
    pub name: String,
    pub number: Option<u32>,
    pub published: Option<chrono::NaiveDate>,
    pub metric: ShareMetric,
    pub limit: f64,
    /// The share by citations, entries and words, in `ShareMetric::ALL` order.
    pub shares: [f64; 3],
    pub compliant: bool,
    pub errors: usize,
    pub warnings: usize,
    pub entries: usize,
    /// Entry–source pairs (a source cited twice by one entry counts once),
    /// and how many of them are state media.
    pub citations: usize,
    pub state_citations: usize,
    /// Citations per outlet name.
    pub outlets: BTreeMap<String, usize>,
    /// Citations per classification name ("state-controlled", …, "unclassified").
    pub classes: BTreeMap<String, usize>,
    /// Entries per section title.
    pub sections: BTreeMap<String, usize>,
    /// Citations of opinion pieces.
    pub opinion: usize,
    /// Cited sources whose outlet the registry does not know.
    pub unclassified: usize,
    /// Publication exports that overrode the gate: who, when, why.
    pub overrides: Vec<String>,
}

/// The figures of every issue, in the archive's order.
pub fn figures(issues: &[ArchivedIssue], registry: &Registry) -> Vec<IssueFigures> {
    issues
        .iter()
        .enumerate()
        .map(|(index, archived)| one(index, archived, registry))
        .collect()
}

fn one(index: usize, archived: &ArchivedIssue, registry: &Registry) -> IssueFigures {
    let issue = &archived.issue;
    let report = compliance::check(issue, registry);
    let mut outlets = BTreeMap::new();
    let mut classes = BTreeMap::new();
    let mut sections = BTreeMap::new();
    let mut opinion = 0;
    for section in &issue.sections {
        *sections.entry(section.title.clone()).or_default() += section.entries.len();
        for entry in &section.entries {
            let mut seen = std::collections::HashSet::new();
            for citation in &entry.citations {
                let Some(source) = issue.source(citation.source) else {
                    continue;
                };
                if !seen.insert(source.id) {
                    continue;
                }
                let class = classify_source(source, registry, issue);
                *outlets.entry(class.editor_name(source)).or_default() += 1;
                let class_name = class
                    .rating
                    .map_or("unclassified", |rating| rating.classification.name());
                *classes.entry(class_name.to_owned()).or_default() += 1;
                if source.kind == SourceKind::Opinion {
                    opinion += 1;
                }
            }
        }
    }
    let unclassified = report
        .findings
        .iter()
        .filter(|f| f.rule == Rule::UnclassifiedOutlet)
        .count();
    IssueFigures {
        issue: index,
        name: archived.name(),
        number: issue.number,
        published: issue.published,
        metric: report.metric,
        limit: report.limit,
        shares: ShareMetric::ALL.map(|metric| report.shares.ratio(metric)),
        compliant: report.is_compliant(),
        errors: report.error_count(),
        warnings: report.warning_count(),
        entries: issue.entries().count(),
        citations: report.shares.citations.total,
        state_citations: report.shares.citations.state,
        outlets,
        classes,
        sections,
        opinion,
        unclassified,
        overrides: issue
            .export_overrides
            .iter()
            .map(|o| format!("{} on {}: {}", o.by, o.at.format("%Y-%m-%d"), o.reason))
            .collect(),
    }
}

/// The figures as CSV, one row per issue (the columns `archive stats --csv`
/// prints and the window's "Export data" writes).
pub fn figures_csv(rows: &[IssueFigures]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record([
        "issue",
        "number",
        "published",
        "metric",
        "limit",
        "share_citations",
        "share_entries",
        "share_words",
        "compliant",
        "errors",
        "warnings",
        "entries",
        "citations",
        "state_media_citations",
        "opinion_citations",
        "unclassified_sources",
        "overrides",
    ]);
    for row in rows {
        let _ = writer.write_record([
            row.name.clone(),
            row.number.map(|n| n.to_string()).unwrap_or_default(),
            row.published.map(|d| d.to_string()).unwrap_or_default(),
            row.metric.name().to_owned(),
            format!("{:.4}", row.limit),
            format!("{:.4}", row.shares[0]),
            format!("{:.4}", row.shares[1]),
            format!("{:.4}", row.shares[2]),
            row.compliant.to_string(),
            row.errors.to_string(),
            row.warnings.to_string(),
            row.entries.to_string(),
            row.citations.to_string(),
            row.state_citations.to_string(),
            row.opinion.to_string(),
            row.unclassified.to_string(),
            row.overrides.len().to_string(),
        ]);
    }
    writer
        .into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

/// One count per issue and name, long form (`issue,number,published,NAME,COUNT`):
/// the data of a plot of citations per classification (`column` "class",
/// `counts` the rows' `classes`) or of entries per section.
pub fn counts_csv(
    rows: &[IssueFigures],
    column: &str,
    counted: &str,
    counts: impl Fn(&IssueFigures) -> &BTreeMap<String, usize>,
) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(["issue", "number", "published", column, counted]);
    for row in rows {
        for (name, count) in counts(row) {
            let _ = writer.write_record([
                row.name.clone(),
                row.number.map(|n| n.to_string()).unwrap_or_default(),
                row.published.map(|d| d.to_string()).unwrap_or_default(),
                name.clone(),
                count.to_string(),
            ]);
        }
    }
    writer
        .into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_one_row_per_issue_and_name() {
        let row = IssueFigures {
            issue: 0,
            name: "VRIC Monitor No. 13".to_owned(),
            number: Some(13),
            published: chrono::NaiveDate::from_ymd_opt(2026, 11, 15),
            metric: ShareMetric::Citations,
            limit: 0.2,
            shares: [0.0; 3],
            compliant: true,
            errors: 0,
            warnings: 0,
            entries: 3,
            citations: 0,
            state_citations: 0,
            outlets: BTreeMap::new(),
            classes: BTreeMap::new(),
            sections: [("Cuba".to_owned(), 1), ("Venezuela, Caracas".to_owned(), 2)].into(),
            opinion: 0,
            unclassified: 0,
            overrides: Vec::new(),
        };
        assert_eq!(
            counts_csv(&[row], "section", "entries", |r| &r.sections),
            "issue,number,published,section,entries\n\
             VRIC Monitor No. 13,13,2026-11-15,Cuba,1\n\
             VRIC Monitor No. 13,13,2026-11-15,\"Venezuela, Caracas\",2\n"
        );
    }
}
