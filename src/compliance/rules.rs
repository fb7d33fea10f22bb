//! The findings of the README's "Rules", in reading order.

use std::collections::HashMap;

use crate::t;

use super::Known;
use super::designated::{DesignatedSource, designation_finding};
use super::links::link_findings;
use super::{Finding, Rule, Severity, Shares};
use crate::model::{
    ConflictKind, Entry, Issue, LONGEST_LINK, OutsidePeriodSeverity, Section, SectionStatus,
    Source, SourceId, SourceKind, UnreviewedSeverity, VerificationRule, source_list,
};
use crate::registry::Registry;

type Classes<'r> = HashMap<SourceId, Known<'r>>;

pub(super) fn findings(
    issue: &Issue,
    classes: &Classes<'_>,
    shares: &Shares,
    registry: &Registry,
    designated: &[DesignatedSource],
) -> Vec<Finding> {
    let mut out = Vec::new();
    share_finding(issue, shares, &mut out);
    masthead_findings(issue, &mut out);
    merge_findings(issue, &mut out);
    for section in &issue.sections {
        section_findings(issue, section, classes, &mut out);
    }
    library_findings(issue, classes, registry, designated, &mut out);
    out
}

fn share_finding(issue: &Issue, shares: &Shares, out: &mut Vec<Finding>) {
    let policy = &issue.policy;
    let reason = policy.special_edition_reason();
    if policy.special_edition.is_some() && reason.is_none() {
        out.push(Finding::new(
            Rule::SpecialEditionWithoutReason,
            Severity::Warning,
            t!("finding-special-edition-without-reason"),
        ));
    }
    if !shares.exceeds(policy.metric, policy.limit) {
        return;
    }
    let counted = match policy.metric {
        crate::model::ShareMetric::Citations => Some(&shares.citations),
        crate::model::ShareMetric::Entries => Some(&shares.entries),
        crate::model::ShareMetric::Words => None,
    };
    let counts = counted
        .map(|c| format!(" {}", t!("share-counts", state = c.state, total = c.total)))
        .unwrap_or_default();
    let share = crate::i18n::local_percent(shares.ratio(policy.metric));
    let metric = policy.metric.label();
    let limit = crate::i18n::local_percent(policy.limit);
    out.push(match reason {
        // Over the limit on purpose: on record, and no obstacle to publication.
        Some(reason) => Finding::new(
            Rule::SpecialEdition,
            Severity::Warning,
            t!(
                "finding-special-edition",
                share = share,
                metric = metric,
                counts = counts,
                limit = limit,
                reason = reason
            ),
        ),
        None => Finding::new(
            Rule::StateMediaShare,
            Severity::Error,
            t!(
                "finding-state-media-share",
                share = share,
                metric = metric,
                counts = counts,
                limit = limit
            ),
        ),
    });
}

/// Fields a merge could not reconcile; a conflict on an entry is reported at the entry.
fn merge_findings(issue: &Issue, out: &mut Vec<Finding>) {
    for conflict in &issue.conflicts {
        let theirs = conflict.theirs.shown();
        let ours = conflict.ours.shown();
        let mut finding = Finding::new(
            Rule::MergeConflict,
            Severity::Error,
            t!(
                "finding-merge-field",
                field = &conflict.field,
                ours = ours,
                theirs = theirs
            ),
        );
        // `section 3` or `section 3.title`: placed at the section when it is still there.
        let section = conflict
            .field
            .strip_prefix("section ")
            .and_then(|rest| rest.split('.').next())
            .and_then(|id| id.parse().ok())
            .and_then(|id| issue.section(crate::model::SectionId(id)));
        if let Some(section) = section {
            finding.section = Some(section.id);
            finding.section_title = Some(section.title.clone());
        }
        out.push(finding);
    }
}

/// What readers must find on the masthead and at the foot of a published
/// issue: one error per missing field, named as Issue details names it.
fn masthead_findings(issue: &Issue, out: &mut Vec<Finding>) {
    let missing = [
        (t!("masthead-series"), issue.series.trim().is_empty()),
        (t!("masthead-published"), issue.published.is_none()),
        (t!("masthead-coverage"), issue.coverage.is_none()),
        (t!("masthead-publisher"), issue.publisher.trim().is_empty()),
        (
            t!("masthead-disclaimer"),
            issue.disclaimer.trim().is_empty(),
        ),
    ];
    for (field, absent) in missing {
        if absent {
            out.push(Finding::new(
                Rule::MissingMasthead,
                Severity::Error,
                t!("finding-missing-masthead", field = field),
            ));
        }
    }
}

fn section_findings(
    issue: &Issue,
    section: &Section,
    classes: &Classes<'_>,
    out: &mut Vec<Finding>,
) {
    if section.entries.is_empty() {
        let mut finding = Finding::new(
            Rule::EmptySection,
            Severity::Warning,
            t!("finding-empty-section"),
        );
        finding.section = Some(section.id);
        finding.section_title = Some(section.title.clone());
        out.push(finding);
    }
    if section.status != SectionStatus::Approved {
        let mut finding = Finding::new(
            Rule::SectionNotApproved,
            Severity::Warning,
            t!(
                "finding-section-not-approved",
                status = section.status.label()
            ),
        );
        finding.section = Some(section.id);
        finding.section_title = Some(section.title.clone());
        out.push(finding);
    }
    for (index, entry) in section.entries.iter().enumerate() {
        let at = |rule, severity, message| {
            let mut finding = Finding::new(rule, severity, message);
            finding.section = Some(section.id);
            finding.section_title = Some(section.title.clone());
            finding.entry = Some(entry.id);
            finding.entry_position = Some(index + 1);
            finding
        };
        entry_findings(issue, entry, classes, at, out);
    }
}

/// The length of `url` as exports write it: parsed and percent-encoded.
fn link_length(url: &str) -> Option<usize> {
    url::Url::parse(url.trim())
        .ok()
        .map(|url| url.as_str().len())
}

fn entry_findings(
    issue: &Issue,
    entry: &Entry,
    classes: &Classes<'_>,
    at: impl Fn(Rule, Severity, String) -> Finding,
    out: &mut Vec<Finding>,
) {
    let cited_ids = entry.cited_sources();
    let cited: Vec<&Source> = cited_ids
        .iter()
        .filter_map(|&id| issue.source(id))
        .collect();
    if cited.len() < cited_ids.len() {
        // One finding for the entry, naming the first few: a hostile file can
        // cite a million missing sources.
        let missing = issue.missing_sources(entry);
        let list = match missing.as_slice() {
            [one] => one.0.to_string(),
            _ => source_list(&missing, 5),
        };
        out.push(at(
            Rule::MissingSource,
            Severity::Error,
            t!("finding-missing-source", count = missing.len(), list = list),
        ));
    }
    if let Some(conflict) = &entry.conflict {
        let what = match conflict.kind {
            ConflictKind::BothEdited => t!("conflict-both-edited"),
            ConflictKind::OursDeleted => t!("conflict-ours-deleted"),
            ConflictKind::TheirsDeleted => t!("conflict-theirs-deleted"),
        };
        out.push(at(
            Rule::MergeConflict,
            Severity::Error,
            t!("finding-entry-conflict", what = what),
        ));
    }
    for (_, suggestion) in entry.open_suggestions() {
        out.push(at(
            Rule::OpenSuggestion,
            Severity::Warning,
            t!(
                "finding-open-suggestion",
                author = &suggestion.author,
                when = suggestion.at.format("%Y-%m-%d %H:%M UTC").to_string(),
            ),
        ));
    }
    if cited.is_empty() {
        out.push(at(
            Rule::UnsourcedEntry,
            Severity::Error,
            t!("finding-unsourced-entry"),
        ));
    }
    if let Some(flag) = &entry.declaration {
        let message = if flag.note.is_empty() {
            t!("finding-flagged-declaration")
        } else {
            t!("finding-flagged-declaration-note", note = &flag.note)
        };
        out.push(at(Rule::FlaggedDeclaration, Severity::Error, message));
    }
    if issue.policy.forbid_opinion {
        for source in cited
            .iter()
            .filter(|source| source.kind == SourceKind::Opinion)
        {
            let mut finding = at(
                Rule::OpinionSource,
                Severity::Error,
                t!("finding-opinion-source", source = describe(source, classes)),
            );
            locate_source(&mut finding, source);
            out.push(finding);
        }
    }
    let is_state = |source: &&Source| {
        classes
            .get(&source.id)
            .is_some_and(|known| known.class.is_state_media)
    };
    if !cited.is_empty() && cited.iter().all(is_state) {
        let names: Vec<String> = cited
            .iter()
            .map(|source| describe(source, classes))
            .collect();
        out.push(at(
            Rule::StateMediaOnlyEntry,
            Severity::Warning,
            t!("finding-state-media-only", sources = names.join(", ")),
        ));
    }
}

/// Rules about one library source, located at the first entry that cites it.
fn library_findings(
    issue: &Issue,
    classes: &Classes<'_>,
    registry: &Registry,
    designated: &[DesignatedSource],
    out: &mut Vec<Finding>,
) {
    let first_citation = first_citations(issue);
    let designated_by_source: HashMap<SourceId, &DesignatedSource> =
        designated.iter().map(|d| (d.source, d)).collect();
    let mut seen_urls: HashMap<String, &Source> = HashMap::new();
    let outside_severity = match issue.policy.outside_period {
        OutsidePeriodSeverity::Warning => Severity::Warning,
        OutsidePeriodSeverity::Error => Severity::Error,
    };
    for source in &issue.sources {
        let mut found = Vec::new();
        let cited = first_citation.contains_key(&source.id);
        let facts = classes.get(&source.id).map(|known| known.facts);
        let valid = facts.is_some_and(|facts| facts.web);
        if !valid {
            found.push((
                Rule::InvalidUrl,
                Severity::Error,
                t!(
                    "finding-invalid-url",
                    url = crate::text::excerpt(&source.url, 200)
                ),
            ));
        } else if let Some(length) = link_length(&source.url).filter(|&n| n > LONGEST_LINK) {
            found.push((
                Rule::InvalidUrl,
                Severity::Error,
                t!(
                    "finding-link-too-long",
                    length = length,
                    longest = LONGEST_LINK,
                    url = crate::text::excerpt(&source.url, 120)
                ),
            ));
        }
        let unclassified = classes
            .get(&source.id)
            .is_some_and(|known| known.class.is_unclassified);
        if cited && valid && unclassified {
            let host = facts
                .and_then(|facts| facts.host.clone())
                .unwrap_or_default();
            let is_address = host.starts_with('[') || host.parse::<std::net::IpAddr>().is_ok();
            let message = if is_address {
                t!("finding-unclassified-address", host = &host)
            } else {
                t!("finding-unclassified-outlet", host = &host)
            };
            // The policy says whether unreviewed citations hold publication back.
            let severity = match issue.policy.unreviewed {
                UnreviewedSeverity::Warning => Severity::Warning,
                UnreviewedSeverity::Error => Severity::Error,
            };
            found.push((Rule::UnclassifiedOutlet, severity, message));
        }
        if let (true, Some(published), Some(period)) = (cited, source.published, issue.coverage)
            && !period.contains(published)
        {
            found.push((
                Rule::OutsidePeriod,
                outside_severity,
                t!(
                    "finding-outside-period",
                    published = crate::i18n::long_date(published),
                    from = crate::i18n::long_date(period.from),
                    to = crate::i18n::long_date(period.to)
                ),
            ));
        }
        if cited && let Some(message) = crate::sourcing::kind_disagreement(source) {
            found.push((Rule::KindSignalsDisagree, Severity::Warning, message));
        }
        if let Some(key) = facts.and_then(|facts| facts.normalized.clone()) {
            match seen_urls.get(&key) {
                Some(first) => found.push((
                    Rule::DuplicateSource,
                    Severity::Warning,
                    t!(
                        "finding-duplicate-source",
                        id = first.id.0,
                        url = &first.url
                    ),
                )),
                None => {
                    seen_urls.insert(key, source);
                }
            }
        }
        if !cited {
            found.push((
                Rule::UnusedSource,
                Severity::Warning,
                t!("finding-unused-source"),
            ));
        }
        let verification_severity = match issue.policy.verification {
            VerificationRule::NotRequired => None,
            VerificationRule::Warning => Some(Severity::Warning),
            VerificationRule::Error => Some(Severity::Error),
        };
        if let (true, None, Some(severity)) = (cited, &source.verification, verification_severity) {
            found.push((
                Rule::UnverifiedSource,
                severity,
                t!("finding-unverified-source"),
            ));
        }
        if cited {
            let counted = classes
                .get(&source.id)
                .is_some_and(|known| known.class.is_state_media);
            found.extend(link_findings(source, counted, issue, registry));
            if let (Some(known), Some(designated)) = (
                classes.get(&source.id),
                designated_by_source.get(&source.id),
            ) {
                found.extend(designation_finding(source, known, designated));
            }
        }
        for (rule, severity, message) in found {
            let mut finding = Finding::new(rule, severity, message);
            if let Some(&(section, position, entry)) = first_citation.get(&source.id) {
                finding.section = Some(section.id);
                finding.section_title = Some(section.title.clone());
                finding.entry_position = Some(position);
                finding.entry = Some(entry.id);
            }
            locate_source(&mut finding, source);
            out.push(finding);
        }
    }
}

fn first_citations(issue: &Issue) -> HashMap<SourceId, (&Section, usize, &Entry)> {
    let mut first = HashMap::new();
    for section in &issue.sections {
        for (index, entry) in section.entries.iter().enumerate() {
            for citation in &entry.citations {
                first
                    .entry(citation.source)
                    .or_insert((section, index + 1, entry));
            }
        }
    }
    first
}

fn locate_source(finding: &mut Finding, source: &Source) {
    finding.source = Some(source.id);
    finding.source_url = Some(source.url.clone());
}

/// "RT en Español, “Title”", or just the outlet when the title is empty.
fn describe(source: &Source, classes: &Classes<'_>) -> String {
    let outlet = match classes.get(&source.id) {
        Some(known) => known.class.editor_name(source),
        None => source.url.clone(),
    };
    if source.title.is_empty() {
        outlet
    } else {
        format!("{outlet}, “{}”", source.title)
    }
}

/// 0.226 → "22.6%"; whole numbers without decimals: 0.2 → "20%".
pub fn percent(ratio: f64) -> String {
    let value = ratio * 100.0;
    if (value - value.round()).abs() < 1e-9 {
        format!("{}%", value.round())
    } else {
        format!("{value:.1}%")
    }
}
