use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::fail;
use crate::compliance::{self, Report, Severity, Shares};
use crate::i18n::local_percent;
use crate::model::{Issue, ShareMetric};
use crate::store;
use crate::t;

pub(super) fn run(
    path: &Path,
    json: bool,
    html: Option<&Path>,
    links: bool,
    archive: Option<&Path>,
    spelling: bool,
) -> ExitCode {
    if let Err(message) = super::refuse_input_as_output(path, html) {
        return fail(message);
    }
    let mut issue = match store::load(path) {
        Ok(issue) => issue,
        Err(error) => return fail(error),
    };
    for note in store::repair(&mut issue) {
        super::warn(path, &note);
    }
    if links {
        let fetcher = match super::capture::fetcher() {
            Ok(fetcher) => fetcher,
            Err(error) => return fail(error),
        };
        let summary = super::capture::check_links(&mut issue, &fetcher);
        if let Err(error) = store::save(path, &issue) {
            return fail(error);
        }
        eprintln!(
            "{}",
            t!(
                "cli-check-links-recorded",
                summary = summary,
                file = path.display().to_string()
            )
        );
    }
    let registry = super::registry();
    let mut report = compliance::check(&issue, &registry);
    if let Some(folder) = archive {
        let archive = match super::archive::open(folder) {
            Ok(archive) => archive,
            Err(code) => return code,
        };
        let here = path.canonicalize().ok();
        let reported = crate::archive::Reported::build(&archive.issues);
        let found = reported.findings(&issue, here.as_deref().or(Some(path)));
        report
            .findings
            .extend(found.into_iter().map(|(finding, _)| finding));
    }
    // Spelling notes go in the reviewer's report too.
    let notes = if spelling {
        super::spelling::findings(&issue, &registry)
    } else {
        Vec::new()
    };
    report.findings.extend(notes.iter().cloned());
    if let Some(out) = html {
        let page = crate::export::review_report_with(&issue, &registry, &notes);
        if let Err(error) = store::write_derived(out, page.as_bytes()) {
            return fail(error);
        }
        eprintln!(
            "{}",
            t!("cli-check-wrote-review", file = out.display().to_string())
        );
    }
    if json {
        println!("{}", compliance::to_json(&report, &issue.policy));
    } else {
        print!("{}", render(&issue, &report, path));
    }
    if report.is_compliant() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The human-readable report: the share per metric, per section, then findings by severity.
pub fn render(issue: &Issue, report: &Report, path: &Path) -> String {
    let mut out = String::new();
    let heading = [issue.masthead(), issue.title.clone()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" — ");
    let _ = writeln!(out, "{heading}");
    let countries = if issue.policy.countries.is_empty() {
        t!("check-all-countries")
    } else {
        issue.policy.countries.join(", ")
    };
    let _ = writeln!(
        out,
        "{}\n",
        t!(
            "check-policy",
            path = path.display().to_string(),
            counted = issue.policy.counted_media(),
            countries = countries,
            limit = local_percent(report.limit),
            metric = report.metric.label()
        )
    );
    let _ = writeln!(out, "{}", t!("check-share"));
    for metric in ShareMetric::ALL {
        let marker = if metric == report.metric { "▶" } else { " " };
        let verdict = if metric != report.metric {
            String::new()
        } else if report.exceeds_on_purpose() {
            format!("  {}", t!("check-over-on-purpose"))
        } else if report.shares.exceeds(metric, report.limit) {
            format!("  {}", t!("check-over"))
        } else {
            format!("  {}", t!("check-within"))
        };
        let _ = writeln!(
            out,
            "  {marker} {:<10} {:>14}  {:>6}{verdict}",
            metric.label(),
            counts(&report.shares, metric),
            local_percent(report.shares.ratio(metric))
        );
    }
    if let Some(note) = report.shares.unreviewed_note() {
        let _ = writeln!(out, "  {}", t!("check-unreviewed", note = note));
    }
    let _ = writeln!(
        out,
        "\n{:<24} {:>15} {:>15} {:>9}",
        t!("check-by-section"),
        ShareMetric::Citations.label(),
        ShareMetric::Entries.label(),
        ShareMetric::Words.label()
    );
    for section in &report.sections {
        let s = &section.shares;
        let _ = writeln!(
            out,
            "  {:<24.24} {:>15} {:>15} {:>9}",
            section.title,
            format!(
                "{} {}",
                counts(s, ShareMetric::Citations),
                local_percent(s.citations.ratio())
            ),
            format!(
                "{} {}",
                counts(s, ShareMetric::Entries),
                local_percent(s.entries.ratio())
            ),
            local_percent(s.words.ratio())
        );
    }
    if !report.designated.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            t!("check-designations", count = report.designated.len())
        );
        for cited in &report.designated {
            let _ = writeln!(out, "  {}", crate::text::excerpt(&cited.url, 160));
            for designated in &cited.designations {
                let _ = writeln!(out, "      {}", designated.describe());
            }
        }
    }
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let findings: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if findings.is_empty() {
            continue;
        }
        let count = findings.len();
        let title = match severity {
            Severity::Error => t!("check-errors", count = count),
            Severity::Warning => t!("check-warnings", count = count),
            Severity::Info => t!("check-notes", count = count),
        };
        let _ = writeln!(out, "\n{title}");
        for finding in findings {
            let place = [
                finding.location(),
                // The report is read in a terminal: a hostile link is
                // shortened here (the JSON report keeps it whole).
                crate::text::excerpt(finding.source_url.as_deref().unwrap_or_default(), 160),
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("  ");
            let _ = writeln!(
                out,
                "  {:<23} {place}\n      {}",
                finding.rule.name(),
                finding.message
            );
        }
    }
    let errors = t!("findings-errors", count = report.error_count());
    let warnings = t!("findings-warnings", count = report.warning_count());
    let verdict = if report.is_compliant() {
        t!("check-compliant", errors = errors, warnings = warnings)
    } else {
        t!("check-not-compliant", errors = errors, warnings = warnings)
    };
    let _ = writeln!(out, "\n{verdict}");
    out
}

fn counts(shares: &Shares, metric: ShareMetric) -> String {
    match metric {
        ShareMetric::Citations => format!("{}/{}", shares.citations.state, shares.citations.total),
        ShareMetric::Entries => format!("{}/{}", shares.entries.state, shares.entries.total),
        ShareMetric::Words => format!("{:.0}/{}", shares.words.state, shares.words.total),
    }
}
