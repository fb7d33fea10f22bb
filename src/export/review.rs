//! The reviewer's report: the compliance picture of an issue as one
//! self-contained HTML page, with the same escaping and link rules as the
//! reader's export. Comments and flags appear here and never in that export.

use maud::{DOCTYPE, Markup, PreEscaped, html as markup};

use super::links::safe_link;
use crate::compliance::{self, Finding, Report, Severity, Shares};
use crate::i18n::local_percent;
use crate::model::{Comment, Issue, ShareMetric, Source, StateMediaOverride};
use crate::registry::Registry;
use crate::sourcing::{Explanation, explain};
use crate::t;

const STYLE: &str = include_str!("review.css");
const REL: &str = "noopener noreferrer";
const NL: PreEscaped<&str> = PreEscaped("\n");

/// The reviewer's report of `issue` as one HTML5 document.
pub fn review_report(issue: &Issue, registry: &Registry) -> String {
    review_report_with(issue, registry, &[])
}

/// The report with `notes`, the info findings of checks run on request
/// (spelling), listed among the findings; anything but an info note is left
/// out, so the verdict and the gate are what they are without them.
pub fn review_report_with(issue: &Issue, registry: &Registry, notes: &[Finding]) -> String {
    let mut report = compliance::check(issue, registry);
    let info = notes.iter().filter(|note| note.severity == Severity::Info);
    report.findings.extend(info.cloned());
    let heading = [issue.masthead(), issue.title.clone()]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" — ");
    let errors = t!("findings-errors", count = report.error_count());
    let warnings = t!("findings-warnings", count = report.warning_count());
    let verdict = if report.is_compliant() {
        t!("check-compliant", errors = errors, warnings = warnings)
    } else {
        t!("check-not-compliant", errors = errors, warnings = warnings)
    };
    let policy = t!(
        "review-policy",
        counted = issue.policy.counted_media(),
        countries = policy_countries(issue),
        limit = local_percent(report.limit),
        metric = report.metric.label()
    );
    let page = markup! {
        (DOCTYPE) (NL)
        html lang=(crate::i18n::current().tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (t!("review-title", heading = &heading)) }
                style { (NL) (PreEscaped(STYLE)) }
            }
            (NL)
            body {
                main {
                    header {
                        p class="kind" { (t!("review-kind")) }
                        h1 { (heading) }
                        p class=(if report.is_compliant() { "verdict ok" } else { "verdict bad" }) {
                            (verdict) " " (policy)
                        }
                        (special_edition(issue, &report))
                    }
                    (NL)
                    (shares_table(&report))
                    (NL)
                    (state_media_sources(issue, registry))
                    (NL)
                    (designations(issue, &report))
                    (NL)
                    (sections(issue, &report))
                    (NL)
                    (findings(&report))
                    (NL)
                    (flags_and_comments(issue))
                    (NL)
                    (overrides(issue))
                    (NL)
                }
            }
            (NL)
        }
    };
    super::printable(page.into_string())
}

/// Whether the issue is a special edition, said plainly: why it exceeds the
/// limit, or what it still lacks, and the disclaimer its readers see.
fn special_edition(issue: &Issue, report: &Report) -> Markup {
    if issue.policy.special_edition.is_none() {
        return markup! {};
    }
    let over = report.shares.exceeds(report.metric, report.limit);
    let headline = match (over, issue.policy.special_edition_reason()) {
        (true, Some(reason)) => t!("review-special-over", reason = reason),
        (true, None) => t!("review-special-over-no-reason"),
        (false, Some(reason)) => t!("review-special-within", reason = reason),
        (false, None) => t!("review-special-within-no-reason"),
    };
    let notice = super::methodology::special_edition_notice(issue, report);
    markup! {
        div class="special-edition" {
            p { strong { (headline) } }
            @if let Some(notice) = notice {
                p { (t!("details-readers-see", note = notice)) }
            }
        }
    }
}

fn counts(shares: &Shares, metric: ShareMetric) -> String {
    match metric {
        ShareMetric::Citations => t!(
            "review-counts",
            state = shares.citations.state,
            total = shares.citations.total
        ),
        ShareMetric::Entries => t!(
            "review-counts",
            state = shares.entries.state,
            total = shares.entries.total
        ),
        ShareMetric::Words => t!(
            "meter-words",
            state = format!("{:.0}", shares.words.state),
            total = shares.words.total
        ),
    }
}

fn shares_table(report: &Report) -> Markup {
    markup! {
        section {
            h2 { (t!("review-share")) }
            table {
                thead { tr { th { (t!("review-metric")) } th { (t!("review-count")) } th { (t!("review-share-column")) } th { (t!("review-policy-column")) } } }
                tbody {
                    @for metric in ShareMetric::ALL {
                        tr class=[(metric == report.metric).then_some("policy")] {
                            td { (metric.label()) }
                            td { (counts(&report.shares, metric)) }
                            td { (local_percent(report.shares.ratio(metric))) }
                            td {
                                @if metric == report.metric {
                                    @if report.exceeds_on_purpose() { (t!("check-over-on-purpose")) }
                                    @else if report.shares.exceeds(metric, report.limit) { (t!("check-over")) } @else { (t!("check-within")) }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(note) = report.shares.unreviewed_note() {
                p { (t!("review-unreviewed", note = note)) }
            }
        }
    }
}

fn policy_countries(issue: &Issue) -> String {
    if issue.policy.countries.is_empty() {
        t!("check-all-countries")
    } else {
        issue.policy.countries.join(", ")
    }
}

/// Every source counted as state media, with the record that decided it:
/// the registry's layer or a dated record (as the "why" tooltip says), or
/// the editor's hand.
fn state_media_sources(issue: &Issue, registry: &Registry) -> Markup {
    let counted: Vec<(&Source, Explanation<'_>)> = issue
        .sources
        .iter()
        .map(|source| (source, explain(source, registry, issue)))
        .filter(|(_, why)| why.class.is_state_media)
        .collect();
    markup! {
        section {
            h2 { (t!("review-counted-sources", count = counted.len())) }
            @if counted.is_empty() {
                p { (t!("review-none")) }
            } @else {
                table {
                    thead { tr { th { (t!("column-outlet")) } th { (t!("review-model")) } th { (t!("review-decided-by")) } th { (t!("review-cited-by")) } th { (t!("review-source")) } } }
                    tbody {
                        @for (source, why) in &counted {
                            @let cited = issue.times_cited(source.id);
                            tr {
                                td { (why.class.editor_name(source)) }
                                td {
                                    @match why.class.classification() {
                                        Some(model) => { (model.code().unwrap_or(model.name())) ", " (model.long_name()) }
                                        None => { "—" }
                                    }
                                }
                                td {
                                    @match (&source.state_media, &why.decided_by) {
                                        (StateMediaOverride::Yes { reason }, _) => { (t!("review-marked-by-hand", reason = reason)) }
                                        (_, Some(record)) => { (record) }
                                        (_, None) => { "—" }
                                    }
                                }
                                td { (t!("outline-entries", count = cited)) }
                                td class="url" { (link(&source.url)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The official acts that designated a cited outlet (assets/designations).
fn designations(issue: &Issue, report: &Report) -> Markup {
    markup! {
        section {
            h2 { (t!("check-designations", count = report.designated.len())) }
            @if report.designated.is_empty() {
                p { (t!("review-no-designations")) }
            } @else {
                table {
                    thead { tr { th { (t!("review-source")) } th { (t!("review-designated-by")) } th { (t!("review-cited-by")) } } }
                    tbody {
                        @for cited in &report.designated {
                            @let times = issue.times_cited(cited.source);
                            tr {
                                td class="url" { (link(&cited.url)) }
                                td {
                                    @for designated in &cited.designations {
                                        p { (designated.describe()) }
                                    }
                                }
                                td { (t!("outline-entries", count = times)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn sections(issue: &Issue, report: &Report) -> Markup {
    markup! {
        section {
            h2 { (t!("review-sections")) }
            table {
                thead { tr { th { (t!("outline-section")) } th { (t!("section-status")) } th { (t!("review-sign-off")) } th { (t!("review-citations")) } th { (t!("review-entries")) } th { (t!("review-words")) } } }
                tbody {
                    @for section in &issue.sections {
                        @let shares = report.section_shares(section.id).copied().unwrap_or_default();
                        tr {
                            td { (section.title) }
                            td class=(format!("status {}", section.status.name())) { (section.status.label()) }
                            td {
                                @if let Some(approval) = &section.approval {
                                    (approval.reviewer) ", "
                                    time datetime=(approval.at.to_rfc3339()) { (approval.at.format("%Y-%m-%d %H:%M UTC")) }
                                }
                            }
                            td { (counts(&shares, ShareMetric::Citations)) " · " (local_percent(shares.citations.ratio())) }
                            td { (counts(&shares, ShareMetric::Entries)) " · " (local_percent(shares.entries.ratio())) }
                            td { (local_percent(shares.words.ratio())) }
                        }
                    }
                }
            }
        }
    }
}

fn findings(report: &Report) -> Markup {
    markup! {
        section {
            h2 { (t!("review-findings", count = report.findings.len())) }
            @if report.findings.is_empty() {
                p { (t!("review-no-findings")) }
            } @else {
                table {
                    thead { tr { th { (t!("review-severity")) } th { (t!("findings-rule")) } th { (t!("review-where")) } th { (t!("review-source")) } th { (t!("review-finding")) } } }
                    tbody {
                        @for finding in &report.findings {
                            tr class=(finding.severity.name()) {
                                td { (severity_label(finding.severity)) }
                                td { code { (finding.rule.name()) } }
                                td { (finding.location()) }
                                td class="url" { @if let Some(url) = &finding.source_url { (link(url)) } }
                                td { (finding.message) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn link(url: &str) -> Markup {
    markup! {
        @match safe_link(url) {
            Some(href) => { a href=(href) rel=(REL) { (url) } }
            None => { (url) }
        }
    }
}

fn flags_and_comments(issue: &Issue) -> Markup {
    let flagged: Vec<_> = issue
        .entries()
        .filter(|(_, e)| e.declaration.is_some())
        .collect();
    let commented: Vec<_> = issue
        .entries()
        .filter(|(_, e)| e.open_comments() > 0)
        .collect();
    let suggested: Vec<_> = issue
        .entries()
        .filter(|(_, e)| e.open_suggestions().next().is_some())
        .collect();
    let position = |section: &crate::model::Section, id| {
        section
            .entries
            .iter()
            .position(|e| e.id == id)
            .map_or(0, |i| i + 1)
    };
    markup! {
        section {
            h2 { (t!("review-flagged-declarations", count = flagged.len())) }
            @if flagged.is_empty() { p { (t!("review-none")) } }
            ul {
                @for (section, entry) in &flagged {
                    @if let Some(flag) = &entry.declaration {
                        li {
                            strong { (t!("finding-location", section = &section.title, position = position(section, entry.id))) } ": " (flag.note)
                            @if !flag.by.is_empty() { " — " (flag.by) }
                        }
                    }
                }
            }
            h2 { (t!("review-open-comments", count = commented.iter().map(|(_, e)| e.open_comments()).sum::<usize>())) }
            @if commented.is_empty() { p { (t!("review-none")) } }
            @for (section, entry) in &commented {
                h3 { (t!("finding-location", section = &section.title, position = position(section, entry.id))) }
                @for thread in entry.comments.iter().filter(|c| !c.resolved) {
                    (comment(thread))
                }
            }
            h2 { (t!("review-open-suggestions", count = suggested.iter().map(|(_, e)| e.open_suggestions().count()).sum::<usize>())) }
            @if suggested.is_empty() { p { (t!("review-none")) } }
            @for (section, entry) in &suggested {
                h3 { (t!("finding-location", section = &section.title, position = position(section, entry.id))) }
                @for (_, suggestion) in entry.open_suggestions() {
                    blockquote class="suggestion" {
                        p class="meta" { (suggestion.author) ", " time datetime=(suggestion.at.to_rfc3339()) { (suggestion.at.format("%Y-%m-%d %H:%M UTC")) } }
                        p { (t!("review-now", text = &entry.body)) }
                        p { (t!("review-suggested", text = &suggestion.text)) }
                    }
                }
            }
        }
    }
}

fn comment(comment: &Comment) -> Markup {
    markup! {
        blockquote class="comment" {
            p class="meta" { (comment.author) ", " time datetime=(comment.at.to_rfc3339()) { (comment.at.format("%Y-%m-%d %H:%M UTC")) } }
            p { (comment.text) }
            @for reply in &comment.replies {
                (self::comment(reply))
            }
        }
    }
}

fn overrides(issue: &Issue) -> Markup {
    markup! {
        section {
            h2 { (t!("review-overrides", count = issue.export_overrides.len())) }
            @if issue.export_overrides.is_empty() { p { (t!("review-no-overrides")) } }
            ul {
                @for record in &issue.export_overrides {
                    li {
                        strong { (record.by) } ", "
                        time datetime=(record.at.to_rfc3339()) { (record.at.format("%Y-%m-%d %H:%M UTC")) }
                        ": " (record.reason) " (" (t!("gate-errors", count = record.errors))
                        @if !record.unapproved.is_empty() { "; " (t!("gate-not-approved", sections = record.unapproved.join(", "))) }
                        ")"
                    }
                }
            }
        }
    }
}

fn severity_label(severity: Severity) -> String {
    match severity {
        Severity::Error => t!("severity-error"),
        Severity::Warning => t!("severity-warning"),
        Severity::Info => t!("severity-note"),
    }
}
