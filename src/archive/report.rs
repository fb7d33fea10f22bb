//! The archive report: one self-contained HTML page for the editor-in-chief
//! — every issue with its figures and compliance, the share over time as a
//! plot (inline SVG, no script), the outlets most cited, citations per
//! classification, and the exports that needed an override, with why.

use std::collections::BTreeMap;

use maud::{DOCTYPE, Markup, PreEscaped, html as markup};

use super::stats::IssueFigures;
use crate::compliance::percent;
use crate::model::ShareMetric;

const STYLE: &str = include_str!("../export/review.css");
const EXTRA_STYLE: &str = ".scroll{overflow-x:auto}td.policy{font-weight:600}td.date{white-space:nowrap}svg.plot{max-width:100%;height:auto;font:11px sans-serif}\
svg.plot .limit{stroke:#c62828;stroke-dasharray:6 4}\
svg.plot .axis{stroke:#888}svg.plot text{fill:#444}\
.legend span{display:inline-block;margin-right:1.2em}\
.legend i{display:inline-block;width:1.6em;height:3px;vertical-align:middle;margin-right:.4em}";
const NL: PreEscaped<&str> = PreEscaped("\n");
/// The metrics' line colours, in `ShareMetric::ALL` order.
const COLOURS: [&str; 3] = ["#1565c0", "#6a1b9a", "#2e7d32"];
/// Outlets listed in "most cited".
const TOP_OUTLETS: usize = 15;

/// The report of `rows` (an archive's figures, in series order) as one
/// HTML5 document; `title` names the series or the folder.
pub fn archive_report(title: &str, rows: &[IssueFigures]) -> String {
    let compliant = rows.iter().filter(|r| r.compliant).count();
    let page = markup! {
        (DOCTYPE) (NL)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Archive report — " (title) }
                style { (NL) (PreEscaped(STYLE)) (PreEscaped(EXTRA_STYLE)) }
            }
            (NL)
            body {
                main {
                    header {
                        p class="kind" { "Archive report — not for publication" }
                        h1 { (title) }
                        p { (rows.len()) " issues; " (compliant) " compliant, " (rows.len() - compliant) " not." }
                    }
                    (NL)
                    section {
                        h2 { "State-media share per issue" }
                        (share_plot(rows))
                    }
                    (NL)
                    (issue_table(rows))
                    (NL)
                    (top_outlets(rows))
                    (NL)
                    (classes_table(rows))
                    (NL)
                    (overrides(rows))
                }
            }
        }
    };
    page.into_string()
}

fn issue_table(rows: &[IssueFigures]) -> Markup {
    markup! {
        section {
            h2 { "Issues" }
            div class="scroll" {
                table {
                    thead { tr {
                        th { "Issue" } th { "Published" } th { "Citations" } th { "Entries" } th { "Words" }
                        th { "Limit" } th { "Compliant" } th { "Errors" } th { "Warnings" } th { "Opinion" } th { "Unclassified" }
                    } }
                    tbody {
                        @for row in rows {
                            tr {
                                td { (row.name) }
                                td class="date" { (row.published.map(|d| d.to_string()).unwrap_or_default()) }
                                @for (metric, share) in ShareMetric::ALL.iter().zip(row.shares) {
                                    td class=(if *metric == row.metric { "policy" } else { "" }) { (percent(share)) }
                                }
                                td { (percent(row.limit)) " of " (row.metric.name()) }
                                td { (if row.compliant { "yes" } else { "no" }) }
                                td { (row.errors) } td { (row.warnings) } td { (row.opinion) } td { (row.unclassified) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn top_outlets(rows: &[IssueFigures]) -> Markup {
    let mut totals: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for row in rows {
        for (outlet, count) in &row.outlets {
            let total = totals.entry(outlet).or_default();
            total.0 += count;
            total.1 += 1;
        }
    }
    let mut ranked: Vec<(&str, (usize, usize))> = totals.into_iter().collect();
    ranked.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    markup! {
        section {
            h2 { "Outlets most cited" }
            table {
                thead { tr { th { "Outlet" } th { "Citations" } th { "Issues citing it" } } }
                tbody {
                    @for (outlet, (citations, issues)) in ranked.iter().take(TOP_OUTLETS) {
                        tr { td { (outlet) } td { (citations) } td { (issues) } }
                    }
                }
            }
        }
    }
}

fn classes_table(rows: &[IssueFigures]) -> Markup {
    let mut classes: Vec<&str> = rows
        .iter()
        .flat_map(|r| r.classes.keys().map(String::as_str))
        .collect();
    classes.sort_unstable();
    classes.dedup();
    markup! {
        section {
            h2 { "Citations per classification" }
            div class="scroll" {
                table {
                    thead { tr { th { "Issue" } @for class in &classes { th { (class) } } } }
                    tbody {
                        @for row in rows {
                            tr {
                                td { (row.name) }
                                @for class in &classes { td { (row.classes.get(*class).copied().unwrap_or(0)) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn overrides(rows: &[IssueFigures]) -> Markup {
    let with: Vec<&IssueFigures> = rows.iter().filter(|r| !r.overrides.is_empty()).collect();
    markup! {
        section {
            h2 { "Issues published with an override" }
            @if with.is_empty() {
                p { "None: every issue passed the publication gate." }
            } @else {
                ul {
                    @for row in with {
                        @for why in &row.overrides { li { strong { (row.name) } ": " (why) } }
                    }
                }
            }
        }
    }
}

/// The three shares per issue as lines, the limit as a dashed line; each
/// point's tooltip names the issue and the figure.
fn share_plot(rows: &[IssueFigures]) -> Markup {
    let (width, height, left, bottom, top, right) = (720.0, 260.0, 48.0, 28.0, 12.0, 16.0);
    let limit = rows.iter().map(|r| r.limit).fold(0.0, f64::max);
    let highest = rows
        .iter()
        .flat_map(|r| r.shares)
        .fold(limit, f64::max)
        .max(0.05);
    let y_max = (highest * 1.15).min(1.0);
    let plot_width = width - left - right;
    let plot_height = height - top - bottom;
    let x = |i: usize| {
        if rows.len() <= 1 {
            left + plot_width / 2.0
        } else {
            left + plot_width * i as f64 / (rows.len() - 1) as f64
        }
    };
    let y = |share: f64| top + plot_height * (1.0 - share / y_max);
    let ticks = [0.0, limit, y_max];
    markup! {
        p class="legend" {
            @for (metric, colour) in ShareMetric::ALL.iter().zip(COLOURS) {
                span { i style=(format!("background:{colour}")) {} (metric.name()) }
            }
            span { i style="background:#c62828" {} "limit" }
        }
        svg class="plot" xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {width} {height}")) role="img"
            aria-label="State-media share per issue by citations, entries and words, against the limit" {
            line class="axis" x1=(left) y1=(top + plot_height) x2=(width - right) y2=(top + plot_height) {}
            line class="axis" x1=(left) y1=(top) x2=(left) y2=(top + plot_height) {}
            @for tick in ticks {
                text x=(left - 6.0) y=(y(tick) + 4.0) text-anchor="end" { (percent(tick)) }
            }
            @if limit > 0.0 {
                line class="limit" x1=(left) y1=(y(limit)) x2=(width - right) y2=(y(limit)) {}
            }
            @for (m, colour) in COLOURS.iter().enumerate() {
                polyline fill="none" stroke=(colour) stroke-width="2"
                    points=(rows.iter().enumerate().map(|(i, r)| format!("{:.1},{:.1}", x(i), y(r.shares[m]))).collect::<Vec<_>>().join(" ")) {}
                @for (i, row) in rows.iter().enumerate() {
                    circle cx=(format!("{:.1}", x(i))) cy=(format!("{:.1}", y(row.shares[m]))) r="3" fill=(colour) {
                        title { (row.name) ": " (percent(row.shares[m])) " by " (ShareMetric::ALL[m].name()) }
                    }
                }
            }
            @for (i, row) in rows.iter().enumerate() {
                text x=(format!("{:.1}", x(i))) y=(height - 8.0) text-anchor="middle" {
                    (row.number.map(|n| n.to_string()).unwrap_or_else(|| (i + 1).to_string()))
                }
            }
        }
    }
}
