//! The masthead's lines as text, for the formats that set them as lines (the
//! PDF and the plain-text email): "VRIC Monitor No. 14", the dates, the byline.

use super::dates::long_date;
use super::labels::Labels;
use crate::model::Issue;
use crate::text::{person_name, typographic, unbroken};

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
        series.push_str(&unbroken(&format!("{} {number}", labels.number)));
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
    let editors = editor_names(issue);
    if !editors.is_empty() {
        byline.push(format!("{} {}", labels.edited_by, editors.join(", ")));
    }
    MastheadLines {
        series,
        dates: dates.join(" · "),
        byline: byline.join(" · "),
    }
}

/// The editors as readers see them, initials held to their names.
pub(super) fn editor_names(issue: &Issue) -> Vec<String> {
    issue
        .editors
        .iter()
        .map(|editor| person_name(editor))
        .filter(|editor| !editor.is_empty())
        .collect()
}

/// Who the issue is by, for a document's metadata: its editors, else its
/// publisher.
pub(super) fn authors(issue: &Issue) -> Vec<String> {
    let editors = editor_names(issue);
    let publisher = issue.publisher.trim();
    if editors.is_empty() && !publisher.is_empty() {
        vec![publisher.to_owned()]
    } else {
        editors
    }
}

/// The issue's heading on one line, as a page title, the PDF's running
/// header and its metadata name it: "VRIC Monitor No. 14 — Title", the
/// number in the issue's language.
pub(super) fn heading(issue: &Issue, labels: &Labels) -> String {
    [
        masthead_lines(issue, labels).series,
        typographic(issue.title.trim(), issue.quote_style()),
    ]
    .into_iter()
    .filter(|part| !part.trim().is_empty())
    .collect::<Vec<_>>()
    .join("\u{A0}— ")
}
