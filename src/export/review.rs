//! The reviewer's report: the compliance picture of an issue as one
//! self-contained HTML page, with the same escaping and link rules as the
//! reader's export. Comments and flags appear here and never in that export.

use maud::{DOCTYPE, Markup, PreEscaped, html as markup};

use super::labels::language_tag;
use super::links::safe_link;
use crate::compliance::{self, Finding, Report, Severity, Shares, percent};
use crate::model::{Comment, Issue, ShareMetric, Source, StateMediaOverride};
use crate::registry::Registry;
use crate::sourcing::{Explanation, explain};

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
    let verdict = if report.is_compliant() {
        "Compliant"
    } else {
        "Not compliant"
    };
    let page = markup! {
        (DOCTYPE) (NL)
        html lang=(language_tag(&issue.language)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Reviewer's report — " (heading) }
                style { (NL) (PreEscaped(STYLE)) }
            }
            (NL)
            body {
                main {
                    header {
                        p class="kind" { "Reviewer's report — not for publication" }
                        h1 { (heading) }
                        p class=(if report.is_compliant() { "verdict ok" } else { "verdict bad" }) {
                            (verdict) ": " (report.error_count()) " error(s), "
                            (report.warning_count()) " warning(s). Policy: state media ("
                            (issue.policy.counted_media()) ") of " (policy_countries(issue))
                            " at most " (percent(report.limit)) " of " (report.metric.name()) "."
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
        (true, Some(reason)) => {
            format!("Special edition: exceeds the limit on purpose — reason: {reason}")
        }
        (true, None) => "Special edition without a reason: the share above the limit stays an \
                         error until Issue details gives one."
            .to_owned(),
        (false, Some(reason)) => format!(
            "Special edition, within the limit all the same (readers see no special-edition \
             disclaimer) — reason: {reason}"
        ),
        (false, None) => {
            "Special edition without a reason (the share is within the limit).".to_owned()
        }
    };
    let notice = super::methodology::special_edition_notice(issue, report);
    markup! {
        div class="special-edition" {
            p { strong { (headline) } }
            @if let Some(notice) = notice {
                p { "Readers see: " (notice) }
            }
        }
    }
}

fn counts(shares: &Shares, metric: ShareMetric) -> String {
    match metric {
        ShareMetric::Citations => {
            format!("{} of {}", shares.citations.state, shares.citations.total)
        }
        ShareMetric::Entries => format!("{} of {}", shares.entries.state, shares.entries.total),
        ShareMetric::Words => format!("{:.0} of {} words", shares.words.state, shares.words.total),
    }
}

fn shares_table(report: &Report) -> Markup {
    markup! {
        section {
            h2 { "Share of state media" }
            table {
                thead { tr { th { "Metric" } th { "Count" } th { "Share" } th { "Policy" } } }
                tbody {
                    @for metric in ShareMetric::ALL {
                        tr class=[(metric == report.metric).then_some("policy")] {
                            td { (metric.name()) }
                            td { (counts(&report.shares, metric)) }
                            td { (percent(report.shares.ratio(metric))) }
                            td {
                                @if metric == report.metric {
                                    @if report.exceeds_on_purpose() { "over the limit on purpose (special edition)" }
                                    @else if report.shares.exceeds(metric, report.limit) { "over the limit" } @else { "within the limit" }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(note) = report.shares.unreviewed_note() {
                p { (note) ": outlets no registry knows, counted as not state media until someone classifies them." }
            }
        }
    }
}

fn policy_countries(issue: &Issue) -> String {
    if issue.policy.countries.is_empty() {
        "all countries".to_owned()
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
            h2 { "Sources counted as state media (" (counted.len()) ")" }
            @if counted.is_empty() {
                p { "None." }
            } @else {
                table {
                    thead { tr { th { "Outlet" } th { "Model" } th { "Decided by" } th { "Cited by" } th { "Source" } } }
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
                                        (StateMediaOverride::Yes { reason }, _) => { "marked by hand: " (reason) }
                                        (_, Some(record)) => { (record) }
                                        (_, None) => { "—" }
                                    }
                                }
                                td { (cited) (if cited == 1 { " entry" } else { " entries" }) }
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
            h2 { "Official designations of cited outlets (" (report.designated.len()) ")" }
            @if report.designated.is_empty() {
                p { "None of the cited outlets is named in the designations the workbench records (EU broadcasting suspensions, US foreign-mission designations)." }
            } @else {
                table {
                    thead { tr { th { "Source" } th { "Designated by" } th { "Cited by" } } }
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
                                td { (times) (if times == 1 { " entry" } else { " entries" }) }
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
            h2 { "Sections" }
            table {
                thead { tr { th { "Section" } th { "Status" } th { "Sign-off" } th { "Citations" } th { "Entries" } th { "Words" } } }
                tbody {
                    @for section in &issue.sections {
                        @let shares = report.section_shares(section.id).copied().unwrap_or_default();
                        tr {
                            td { (section.title) }
                            td class=(format!("status {}", section.status.name())) { (section.status.name()) }
                            td {
                                @if let Some(approval) = &section.approval {
                                    (approval.reviewer) ", "
                                    time datetime=(approval.at.to_rfc3339()) { (approval.at.format("%Y-%m-%d %H:%M UTC")) }
                                }
                            }
                            td { (counts(&shares, ShareMetric::Citations)) " · " (percent(shares.citations.ratio())) }
                            td { (counts(&shares, ShareMetric::Entries)) " · " (percent(shares.entries.ratio())) }
                            td { (percent(shares.words.ratio())) }
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
            h2 { "Findings (" (report.findings.len()) ")" }
            @if report.findings.is_empty() {
                p { "No findings." }
            } @else {
                table {
                    thead { tr { th { "Severity" } th { "Rule" } th { "Where" } th { "Source" } th { "Finding" } } }
                    tbody {
                        @for finding in &report.findings {
                            tr class=(finding.severity.name()) {
                                td { (finding.severity.name()) }
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
            h2 { "Flagged declarations (" (flagged.len()) ")" }
            @if flagged.is_empty() { p { "None." } }
            ul {
                @for (section, entry) in &flagged {
                    @if let Some(flag) = &entry.declaration {
                        li {
                            strong { (section.title) ", entry " (position(section, entry.id)) } ": " (flag.note)
                            @if !flag.by.is_empty() { " — " (flag.by) }
                        }
                    }
                }
            }
            h2 { "Open comments (" (commented.iter().map(|(_, e)| e.open_comments()).sum::<usize>()) ")" }
            @if commented.is_empty() { p { "None." } }
            @for (section, entry) in &commented {
                h3 { (section.title) ", entry " (position(section, entry.id)) }
                @for thread in entry.comments.iter().filter(|c| !c.resolved) {
                    (comment(thread))
                }
            }
            h2 { "Open suggestions (" (suggested.iter().map(|(_, e)| e.open_suggestions().count()).sum::<usize>()) ")" }
            @if suggested.is_empty() { p { "None." } }
            @for (section, entry) in &suggested {
                h3 { (section.title) ", entry " (position(section, entry.id)) }
                @for (_, suggestion) in entry.open_suggestions() {
                    blockquote class="suggestion" {
                        p class="meta" { (suggestion.author) ", " time datetime=(suggestion.at.to_rfc3339()) { (suggestion.at.format("%Y-%m-%d %H:%M UTC")) } }
                        p { "Now: " (entry.body) }
                        p { "Suggested: " (suggestion.text) }
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
            h2 { "Export overrides (" (issue.export_overrides.len()) ")" }
            @if issue.export_overrides.is_empty() { p { "None: every publication export passed the gate." } }
            ul {
                @for record in &issue.export_overrides {
                    li {
                        strong { (record.by) } ", "
                        time datetime=(record.at.to_rfc3339()) { (record.at.format("%Y-%m-%d %H:%M UTC")) }
                        ": " (record.reason) " (" (record.errors) " error(s)"
                        @if !record.unapproved.is_empty() { "; not approved: " (record.unapproved.join(", ")) }
                        ")"
                    }
                }
            }
        }
    }
}
