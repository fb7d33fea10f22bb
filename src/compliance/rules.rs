//! The findings of the README's "Rules", in reading order.

use std::collections::HashMap;

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
            "The issue is marked a special edition but gives no reason; until it does, \
             a share above the limit stays an error. Give the reason in Issue details."
                .to_owned(),
        ));
    }
    if !shares.exceeds(policy.metric, policy.limit) {
        return;
    }
    let counts = match policy.metric {
        crate::model::ShareMetric::Citations => {
            format!(
                " ({} of {})",
                shares.citations.state, shares.citations.total
            )
        }
        crate::model::ShareMetric::Entries => {
            format!(" ({} of {})", shares.entries.state, shares.entries.total)
        }
        crate::model::ShareMetric::Words => String::new(),
    };
    let share = percent(shares.ratio(policy.metric));
    let metric = policy.metric.name();
    let limit = percent(policy.limit);
    out.push(match reason {
        // Over the limit on purpose: on record, and no obstacle to publication.
        Some(reason) => Finding::new(
            Rule::SpecialEdition,
            Severity::Warning,
            format!(
                "Special edition: state media make up {share} of {metric}{counts}, \
                 exceeding the {limit} limit on purpose — reason: {reason}"
            ),
        ),
        None => Finding::new(
            Rule::StateMediaShare,
            Severity::Error,
            format!(
                "State media make up {share} of {metric}{counts}; the policy allows at most {limit}."
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
            format!(
                "A merge left `{}` undecided: ours {ours}, theirs {theirs}; ours is kept until someone resolves it.",
                conflict.field
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
        ("series", issue.series.trim().is_empty()),
        ("published date", issue.published.is_none()),
        ("coverage period", issue.coverage.is_none()),
        ("publisher", issue.publisher.trim().is_empty()),
        ("disclaimer", issue.disclaimer.trim().is_empty()),
    ];
    for (field, absent) in missing {
        if absent {
            out.push(Finding::new(
                Rule::MissingMasthead,
                Severity::Error,
                format!("The issue has no {field}; readers need it. Fill it in Issue details."),
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
            "The section has no entry: readers will not see it. Write an entry or \
             remove the section."
                .to_owned(),
        );
        finding.section = Some(section.id);
        finding.section_title = Some(section.title.clone());
        out.push(finding);
    }
    if section.status != SectionStatus::Approved {
        let mut finding = Finding::new(
            Rule::SectionNotApproved,
            Severity::Warning,
            format!("The section is {}, not approved.", section.status.name()),
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
        let what = match missing.as_slice() {
            [one] => format!(
                "source #{}, which is not in the library (a merge or an edit removed it)",
                one.0
            ),
            _ => format!(
                "{} sources, {}, which are not in the library (a merge or an edit removed them)",
                missing.len(),
                source_list(&missing, 5)
            ),
        };
        out.push(at(
            Rule::MissingSource,
            Severity::Error,
            format!("Cites {what}: restore the source or remove the citation."),
        ));
    }
    if let Some(conflict) = &entry.conflict {
        let what = match conflict.kind {
            ConflictKind::BothEdited => "both sides changed the same words differently",
            ConflictKind::OursDeleted => "our side deleted the entry, theirs edited it",
            ConflictKind::TheirsDeleted => "their side deleted the entry, ours edited it",
        };
        out.push(at(
            Rule::MergeConflict,
            Severity::Error,
            format!("A merge left this entry undecided: {what}; choose a version."),
        ));
    }
    for (_, suggestion) in entry.open_suggestions() {
        out.push(at(
            Rule::OpenSuggestion,
            Severity::Warning,
            format!(
                "{} suggested a change to this entry on {}; accept or reject it.",
                suggestion.author,
                suggestion.at.format("%Y-%m-%d %H:%M UTC"),
            ),
        ));
    }
    if cited.is_empty() {
        out.push(at(
            Rule::UnsourcedEntry,
            Severity::Error,
            "The entry cites no source.".to_owned(),
        ));
    }
    if let Some(flag) = &entry.declaration {
        let note = if flag.note.is_empty() {
            String::new()
        } else {
            format!(": {}", flag.note)
        };
        out.push(at(
            Rule::FlaggedDeclaration,
            Severity::Error,
            format!("Flagged as carrying an anti-US or anti-West declaration{note}."),
        ));
    }
    if issue.policy.forbid_opinion {
        for source in cited
            .iter()
            .filter(|source| source.kind == SourceKind::Opinion)
        {
            let mut finding = at(
                Rule::OpinionSource,
                Severity::Error,
                format!(
                    "Cites an opinion piece ({}); the policy excludes opinion.",
                    describe(source, classes)
                ),
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
            format!(
                "Every source of the entry is state media: {}.",
                names.join(", ")
            ),
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
                format!(
                    "\"{}\" is not an absolute http or https URL.",
                    crate::text::excerpt(&source.url, 200)
                ),
            ));
        } else if let Some(length) = link_length(&source.url).filter(|&n| n > LONGEST_LINK) {
            found.push((
                Rule::InvalidUrl,
                Severity::Error,
                format!(
                    "The link is {length} characters long; browsers, mail and the PDF \
                     cannot carry more than {LONGEST_LINK}, so readers would get no link. \
                     Use the article's own address without tracking parameters: {}",
                    crate::text::excerpt(&source.url, 120)
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
                format!(
                    "{host} is an address, not a domain, so no outlet of the registry can match it: its citations are unreviewed, counted as not state media until you set the source's state-media override."
                )
            } else {
                format!(
                    "{host} is in no outlet of the registry: its citations are unreviewed, counted as not state media until you classify the outlet or set the source's state-media override."
                )
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
                format!(
                    "Published {published}, outside the coverage period {} to {}.",
                    period.from, period.to
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
                    format!(
                        "Same article as source #{} ({}); merge the two.",
                        first.id.0, first.url
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
                "No entry cites this source.".to_owned(),
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
                "No reviewer has ticked this source as verified; the policy requires it."
                    .to_owned(),
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
