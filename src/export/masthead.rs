//! The masthead's lines as text, for the formats that set them as lines (the
//! PDF and the plain-text email): "VRIC Monitor No. 14", the dates, the byline.

use super::dates::long_date;
use super::labels::Labels;
use crate::model::Issue;
use crate::text::typographic;

pub(super) struct MastheadLines {
    /// The series and its number: "VRIC Monitor No. 14".
    pub series: String,
    /// "Published 20 November 2026 · Covering 1 November 2026 – 15 November 2026".
    pub dates: String,
    /// "Publisher · Edited by A, B".
    pub byline: String,
}

pub(super) fn masthead_lines(issue: &Issue, labels: &Labels) -> MastheadLines {
    let mut series = typographic(issue.series.trim(), issue.quote_style());
    if let Some(number) = issue.number {
        if !series.is_empty() {
            series.push(' ');
        }
        series.push_str(&format!("{} {number}", labels.number));
    }
    let mut dates = Vec::new();
    if let Some(published) = issue.published {
        dates.push(format!(
            "{} {}",
            labels.published,
            long_date(published, labels)
        ));
    }
    if let Some(period) = issue.coverage {
        dates.push(format!(
            "{} {} – {}",
            labels.covering,
            long_date(period.from, labels),
            long_date(period.to, labels)
        ));
    }
    let mut byline = Vec::new();
    if !issue.publisher.trim().is_empty() {
        byline.push(issue.publisher.trim().to_owned());
    }
    let editors: Vec<&str> = issue
        .editors
        .iter()
        .map(|editor| editor.trim())
        .filter(|editor| !editor.is_empty())
        .collect();
    if !editors.is_empty() {
        byline.push(format!("{} {}", labels.edited_by, editors.join(", ")));
    }
    MastheadLines {
        series,
        dates: dates.join(" · "),
        byline: byline.join(" · "),
    }
}
