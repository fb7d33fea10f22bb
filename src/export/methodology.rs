//! The methodology note: the policy the publication keeps and the share this
//! issue reached, in words for readers, placed with the disclaimer in every
//! format. Its wording is the issue's own (Issue details → Methodology note)
//! or the language's default, with the figures as placeholders:
//!
//! | placeholder | becomes |
//! |---|---|
//! | `{countries}` | the states whose media count ("Venezuela, Russia, Iran and China"), or "all countries" |
//! | `{state}`, `{total}` | the counts of the policy's metric ("7", "37") |
//! | `{unit}` | what is counted: citations, entries or words |
//! | `{share}`, `{limit}` | the share reached and the policy's limit ("18.9%", "20%") |
//! | `{mark}` | what the source lists call state media (each source carries the mark of its kind) |
//! | `{exclusions}` | what the policy excludes (opinion pieces, declarations) |

use super::labels::{Labels, for_language};
use crate::compliance::{Report, percent};
use crate::model::{Issue, ShareMetric};

/// The placeholders an issue's wording may use, for the editor's hint.
pub const PLACEHOLDERS: [&str; 8] = [
    "{countries}",
    "{state}",
    "{total}",
    "{unit}",
    "{share}",
    "{limit}",
    "{mark}",
    "{exclusions}",
];

/// The note for `issue`, with the figures of `report` (its compliance check).
pub fn methodology_note(issue: &Issue, report: &Report) -> String {
    note(issue, report, for_language(&issue.language))
}

pub(super) fn note(issue: &Issue, report: &Report, labels: &Labels) -> String {
    let template = if issue.methodology.trim().is_empty() {
        labels.methodology
    } else {
        issue.methodology.trim()
    };
    let shares = &report.shares;
    let (state, total, unit) = match report.metric {
        ShareMetric::Citations => (
            shares.citations.state.to_string(),
            shares.citations.total.to_string(),
            labels.units[0],
        ),
        ShareMetric::Entries => (
            shares.entries.state.to_string(),
            shares.entries.total.to_string(),
            labels.units[1],
        ),
        ShareMetric::Words => (
            format!("{:.0}", shares.words.state),
            shares.words.total.to_string(),
            labels.units[2],
        ),
    };
    let exclusions = if issue.policy.forbid_opinion {
        labels.exclusions[0]
    } else {
        labels.exclusions[1]
    };
    [
        ("{countries}", countries(&issue.policy.countries, labels)),
        ("{state}", state),
        ("{total}", total),
        ("{unit}", unit.to_owned()),
        ("{share}", percent(report.share())),
        ("{limit}", percent(report.limit)),
        ("{mark}", labels.state_media.to_owned()),
        ("{exclusions}", exclusions.to_owned()),
    ]
    .iter()
    .fold(template.to_owned(), |text, (placeholder, value)| {
        text.replace(placeholder, value)
    })
}

/// "Venezuela, Russia, Iran and China", or "any state".
fn countries(names: &[String], labels: &Labels) -> String {
    match names {
        [] => labels.any_state.to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), labels.and),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::check;
    use crate::registry::Registry;
    use crate::sample::sample_issue;

    #[test]
    fn the_note_states_the_policy_and_the_share_reached() {
        let mut issue = sample_issue();
        issue.policy.countries = ["Venezuela", "Russia", "Iran", "China"]
            .map(str::to_owned)
            .to_vec();
        let report = check(&issue, &Registry::builtin());
        let note = methodology_note(&issue, &report);
        assert!(
            note.starts_with("State media of Venezuela, Russia, Iran and China: "),
            "{note}"
        );
        assert!(note.contains(&format!(
            "{} of {} citations ({}); our limit is 20%.",
            report.shares.citations.state,
            report.shares.citations.total,
            percent(report.share())
        )));
        assert!(
            note.contains("marked as state media in the source lists"),
            "{note}"
        );
        assert!(
            note.ends_with("Opinion pieces and anti-US or anti-West declarations are excluded.")
        );
    }

    #[test]
    fn an_issue_words_its_own_note_in_its_language() {
        let mut issue = sample_issue();
        issue.language = "es".to_owned();
        let report = check(&issue, &Registry::builtin());
        assert!(
            methodology_note(&issue, &report).starts_with("Medios estatales de todos los países: ")
        );
        issue.methodology = "Límite: {limit}; alcanzado: {share} de {unit}. {unknown}".to_owned();
        let note = methodology_note(&issue, &report);
        assert_eq!(
            note,
            format!(
                "Límite: 20%; alcanzado: {} de citas. {{unknown}}",
                percent(report.share())
            )
        );
    }
}
