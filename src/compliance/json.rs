//! `check --json`: the report in exactly the shape the README documents
//! (README, "`check`").

use serde::Serialize;

use super::{Finding, Ratio, Report, Rule, Severity, Shares};
use crate::model::Policy;
use crate::registry::Classification;

#[derive(Serialize)]
struct JsonReport<'a> {
    compliant: bool,
    policy: JsonPolicy<'a>,
    share: JsonShares,
    sections: Vec<JsonSection<'a>>,
    violations: Vec<JsonViolation<'a>>,
    /// Cited sources of outlets an official act designated.
    designated: Vec<JsonDesignated<'a>>,
}

#[derive(Serialize)]
struct JsonDesignated<'a> {
    source_url: &'a str,
    designations: Vec<JsonDesignation<'a>>,
}

#[derive(Serialize)]
struct JsonDesignation<'a> {
    /// The outlet as the act names it.
    outlet: &'a str,
    authority: &'a str,
    act: &'a str,
    measure: &'a str,
    date: String,
    applies_from: Option<String>,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonPolicy<'a> {
    metric: &'static str,
    limit: f64,
    /// The classes counted as state media, by name (`state-controlled` …).
    models: Vec<&'static str>,
    /// Whose state media count; empty: every country's.
    countries: &'a [String],
}

#[derive(Serialize)]
struct JsonRatio {
    state: usize,
    total: usize,
    ratio: f64,
}

#[derive(Serialize)]
struct JsonWords {
    ratio: f64,
}

#[derive(Serialize)]
struct JsonShares {
    citations: JsonRatio,
    entries: JsonRatio,
    words: JsonWords,
    /// Citations of outlets no registry knows and no editor classified.
    unreviewed: usize,
}

#[derive(Serialize)]
struct JsonSection<'a> {
    title: &'a str,
    share: JsonShares,
}

#[derive(Serialize)]
struct JsonViolation<'a> {
    rule: Rule,
    severity: Severity,
    section: Option<&'a str>,
    entry: Option<usize>,
    source_url: Option<&'a str>,
    message: &'a str,
}

fn ratio(ratio: &Ratio) -> JsonRatio {
    JsonRatio {
        state: ratio.state,
        total: ratio.total,
        ratio: ratio.ratio(),
    }
}

fn shares(shares: &Shares) -> JsonShares {
    JsonShares {
        citations: ratio(&shares.citations),
        entries: ratio(&shares.entries),
        words: JsonWords {
            ratio: shares.words.ratio(),
        },
        unreviewed: shares.unreviewed,
    }
}

fn violation(finding: &Finding) -> JsonViolation<'_> {
    JsonViolation {
        rule: finding.rule,
        severity: finding.severity,
        section: finding.section_title.as_deref(),
        entry: finding.entry_position,
        source_url: finding.source_url.as_deref(),
        message: &finding.message,
    }
}

/// The report of an issue under `policy` as one JSON object, pretty-printed.
pub fn to_json(report: &Report, policy: &Policy) -> String {
    let json = JsonReport {
        compliant: report.is_compliant(),
        policy: JsonPolicy {
            metric: report.metric.name(),
            limit: report.limit,
            models: Classification::ALL
                .into_iter()
                .filter(|c| policy.counts_as_state_media(*c))
                .map(Classification::name)
                .collect(),
            countries: &policy.countries,
        },
        share: shares(&report.shares),
        sections: report
            .sections
            .iter()
            .map(|section| JsonSection {
                title: &section.title,
                share: shares(&section.shares),
            })
            .collect(),
        violations: report.findings.iter().map(violation).collect(),
        designated: report
            .designated
            .iter()
            .map(|cited| JsonDesignated {
                source_url: &cited.url,
                designations: cited
                    .designations
                    .iter()
                    .map(|d| JsonDesignation {
                        outlet: &d.outlet.name,
                        authority: &d.designation.authority,
                        act: &d.designation.act,
                        measure: &d.designation.measure,
                        date: d.designation.date.to_string(),
                        applies_from: d.designation.applies_from.map(|day| day.to_string()),
                        source: &d.designation.source,
                    })
                    .collect(),
            })
            .collect(),
    };
    // Plain structs of strings and numbers always serialize; a NaN would be
    // written as null by serde_json rather than fail.
    serde_json::to_string_pretty(&json)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"))
}
