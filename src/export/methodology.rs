//! The methodology note: the policy the publication keeps and the share this
//! issue reached, in words for readers, placed with the disclaimer in every
//! format. Its wording is the issue's own (Issue details → Methodology note)
//! or the language's default, with the figures as placeholders:
//!
//! | placeholder | becomes |
//! |---|---|
//! | `{countries}` | the states whose media count ("Venezuela, Russia, Iran and China"), or "all countries" |
//! | `{models}` | the models the policy counts ("state-controlled, captured public and captured private media") |
//! | `{state}`, `{total}` | the counts of the policy's metric ("7", "37") |
//! | `{unit}` | what is counted: citations, entries or words |
//! | `{share}`, `{limit}` | the share reached and the policy's limit ("18.9%", "20%") |
//! | `{mark}` | what the source lists call state media (each source carries the mark of its kind) |
//! | `{exclusions}` | what the policy excludes (opinion pieces, declarations) |
//!
//! A special edition above the limit adds its own disclaimer after the note
//! (`special_edition_notice`), worded with the same placeholders.

use super::labels::{Labels, for_language};
use crate::compliance::Report;
use crate::model::{Issue, ShareMetric};

/// The placeholders an issue's wording may use, for the editor's hint.
pub const PLACEHOLDERS: [&str; 9] = [
    "{countries}",
    "{models}",
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
    let mut text = fill(template, issue, report, labels);
    // Where the issue does not keep the policy it states, the note says so
    // in plain words, whatever the editor's wording.
    for sentence in departures(issue, report, labels) {
        text.push(' ');
        text.push_str(&sentence);
    }
    text
}

/// The ways this issue departs from its policy, as sentences for readers:
/// over the limit without being a special edition (a special edition says
/// so in its own notice), and opinion pieces cited that the policy excludes.
fn departures(issue: &Issue, report: &Report, labels: &Labels) -> Vec<String> {
    let mut sentences = Vec::new();
    let over = report.shares.exceeds(report.metric, report.limit);
    if over && issue.policy.special_edition.is_none() {
        sentences.push(fill(labels.over_limit, issue, report, labels));
    }
    let opinions = kept_opinion_pieces(issue);
    if issue.policy.forbid_opinion && opinions > 0 {
        let noun = labels.opinion_piece[usize::from(opinions != 1)];
        sentences.push(
            labels
                .opinion_kept
                .replace("{opinions}", &format!("{opinions} {noun}")),
        );
    }
    sentences
}

/// How many opinion pieces the issue cites.
fn kept_opinion_pieces(issue: &Issue) -> usize {
    let cited: std::collections::BTreeSet<_> = issue
        .entries()
        .flat_map(|(_, entry)| entry.cited_sources())
        .collect();
    cited
        .into_iter()
        .filter_map(|id| issue.source(id))
        .filter(|source| source.kind == crate::model::SourceKind::Opinion)
        .count()
}

/// The disclaimer readers see: the issue's own, except that the standing
/// policy sentence ("… make up at most 20% of this monitor's sourcing;
/// opinion pieces … are excluded") is never printed alone where the issue
/// departs from it: it is followed by a sentence that says so.
pub(super) fn disclaimer(issue: &Issue, report: &Report, labels: &Labels) -> String {
    let over = report.shares.exceeds(report.metric, report.limit);
    let opinions = issue.policy.forbid_opinion && kept_opinion_pieces(issue) > 0;
    if !over && !opinions {
        return issue.disclaimer.clone();
    }
    let standing = issue.policy.standing_disclaimer();
    let Some(policy) = standing
        .find("State media")
        .and_then(|start| standing.get(start..))
    else {
        return issue.disclaimer.clone();
    };
    match issue.disclaimer.find(policy) {
        Some(at) => {
            let end = at + policy.len();
            format!(
                "{} {}{}",
                &issue.disclaimer[..end],
                labels.departs,
                &issue.disclaimer[end..]
            )
        }
        None => issue.disclaimer.clone(),
    }
}

/// What readers of a special edition see after the methodology note when its
/// share is above the limit: the issue's own disclaimer or the language's,
/// with the same placeholders as the note. `None` for an ordinary issue, and
/// for a special edition within the limit (there is nothing to explain).
pub fn special_edition_notice(issue: &Issue, report: &Report) -> Option<String> {
    special_notice(issue, report, for_language(&issue.language))
}

pub(super) fn special_notice(issue: &Issue, report: &Report, labels: &Labels) -> Option<String> {
    let special = issue.policy.special_edition.as_ref()?;
    if !report.shares.exceeds(report.metric, report.limit) {
        return None;
    }
    let template = if special.disclaimer.trim().is_empty() {
        labels.special_edition
    } else {
        special.disclaimer.trim()
    };
    Some(fill(template, issue, report, labels))
}

/// `template` with the placeholders replaced by the policy's and the issue's figures.
fn fill(template: &str, issue: &Issue, report: &Report, labels: &Labels) -> String {
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
        ("{models}", models(&issue.policy, labels)),
        ("{state}", state),
        ("{total}", total),
        ("{unit}", unit.to_owned()),
        ("{share}", labels.percent(report.share())),
        ("{limit}", labels.percent(report.limit)),
        ("{mark}", labels.state_media.to_owned()),
        ("{exclusions}", exclusions.to_owned()),
    ]
    .iter()
    .fold(template.to_owned(), |text, (placeholder, value)| {
        text.replace(placeholder, value)
    })
}

/// "state-controlled, captured public and captured private media", in the
/// typology's order.
fn models(policy: &crate::model::Policy, labels: &Labels) -> String {
    let counted: Vec<&str> = crate::registry::Classification::ALL
        .into_iter()
        .zip(labels.models)
        .filter(|(class, _)| policy.counts_as_state_media(*class))
        .map(|(_, words)| words)
        .collect();
    let list = match counted.as_slice() {
        [] => return String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), labels.and),
    };
    labels.models_phrase.replace("{list}", &list)
}

/// "Venezuela, Russia, Iran and China", or "any state".
fn countries(names: &[String], labels: &Labels) -> String {
    let named: Vec<&str> = names
        .iter()
        .map(|name| super::countries::country_name(name, labels))
        .collect();
    match named.as_slice() {
        [] => labels.any_state.to_owned(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), labels.and),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::{check, percent};
    use crate::export::labels::for_language;
    use crate::registry::Registry;
    use crate::sample::sample_issue;

    /// The sample published over a 15% limit with an override, its El
    /// Comercio column an opinion piece: readers are told both, in the note
    /// and after the disclaimer's policy sentence.
    #[test]
    fn an_issue_that_departs_from_its_policy_says_so() {
        let mut issue = sample_issue();
        issue.policy.limit = 0.15;
        issue.disclaimer = issue.policy.standing_disclaimer();
        let column = issue
            .sources
            .iter_mut()
            .find(|s| s.url.contains("elcomercio"))
            .expect("the sample cites El Comercio");
        column.kind = crate::model::SourceKind::Opinion;
        let report = check(&issue, &Registry::builtin());
        let labels = for_language("en");
        let note = note(&issue, &report, labels);
        assert!(
            note.contains(&format!(
                "This issue exceeds our 15% limit: {} of its citations are state media.",
                percent(report.share())
            )),
            "{note}"
        );
        assert!(
            // The sample's La Nación column, and now El Comercio's.
            note.contains("It cites 2 opinion pieces (marked as opinion in the source lists)"),
            "{note}"
        );
        let shown = disclaimer(&issue, &report, labels);
        assert!(
            shown.contains("are excluded. This issue departs from that policy;"),
            "{shown}"
        );
        // Within the policy, the disclaimer is the issue's, word for word.
        let kept = keeping_its_policy();
        let report = check(&kept, &Registry::builtin());
        assert_eq!(disclaimer(&kept, &report, labels), kept.disclaimer);
        assert!(!note_of(&kept).contains("exceeds"));
    }

    fn note_of(issue: &Issue) -> String {
        methodology_note(issue, &check(issue, &Registry::builtin()))
    }

    /// The sample without its opinion column: an issue that keeps its policy.
    fn keeping_its_policy() -> Issue {
        let mut issue = sample_issue();
        for source in &mut issue.sources {
            if source.kind == crate::model::SourceKind::Opinion {
                source.kind = crate::model::SourceKind::News;
            }
        }
        issue
    }

    /// The policy's countries are named in the issue's language.
    #[test]
    fn a_spanish_or_portuguese_note_names_the_countries_in_its_language() {
        let mut issue = keeping_its_policy();
        issue.policy.countries = ["Venezuela", "Russia", "Iran", "China"]
            .map(str::to_owned)
            .to_vec();
        let report = check(&issue, &Registry::builtin());
        for (language, countries) in [
            ("es", "Medios estatales de Venezuela, Rusia, Irán y China"),
            ("pt", "Mídia estatal de Venezuela, Rússia, Irã e China"),
        ] {
            issue.language = language.to_owned();
            let note = methodology_note(&issue, &report);
            assert!(note.starts_with(countries), "{note}");
        }
    }

    #[test]
    fn the_note_states_the_policy_and_the_share_reached() {
        let mut issue = keeping_its_policy();
        issue.policy.countries = ["Venezuela", "Russia", "Iran", "China"]
            .map(str::to_owned)
            .to_vec();
        let report = check(&issue, &Registry::builtin());
        let note = methodology_note(&issue, &report);
        assert!(
            note.starts_with(
                "State media of Venezuela, Russia, Iran and China (state-controlled, \
                 captured public and captured private media): "
            ),
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

    /// The sample at a 10% limit: 7 of 37 citations (18.9%) is over it.
    fn special_edition(disclaimer: &str) -> Issue {
        let mut issue = sample_issue();
        issue.policy.limit = 0.10;
        issue.policy.special_edition = Some(crate::model::SpecialEdition {
            reason: "The anniversary issue quotes the Kremlin's own account.".to_owned(),
            disclaimer: disclaimer.to_owned(),
        });
        issue
    }

    #[test]
    fn a_special_edition_over_the_limit_tells_readers_in_its_words_or_the_languages() {
        let issue = special_edition("");
        let report = check(&issue, &Registry::builtin());
        assert_eq!(
            special_edition_notice(&issue, &report).as_deref(),
            Some(
                "This is a special edition: state media make up 18.9% of its citations, above \
                 our usual limit of 10%, by the editors' choice."
            )
        );
        let own = special_edition(
            "  Special edition: {state} of {total} {unit} ({share}), over {limit}.  ",
        );
        assert_eq!(
            special_edition_notice(&own, &report).as_deref(),
            Some("Special edition: 7 of 37 citations (18.9%), over 10%.")
        );
        let mut spanish = special_edition("");
        spanish.language = "es-AR".to_owned();
        let notice = special_edition_notice(&spanish, &report).expect("over the limit");
        assert!(
            notice.starts_with("Esta es una edición especial: "),
            "{notice}"
        );
        assert!(notice.contains("18,9\u{A0}% de sus citas"), "{notice}");
    }

    #[test]
    fn readers_see_no_special_edition_disclaimer_within_the_limit_or_without_the_mark() {
        let mut issue = special_edition("Over the limit on purpose.");
        issue.policy.limit = 0.20;
        let report = check(&issue, &Registry::builtin());
        assert_eq!(special_edition_notice(&issue, &report), None);
        let mut ordinary = special_edition("");
        ordinary.policy.special_edition = None;
        let report = check(&ordinary, &Registry::builtin());
        assert_eq!(special_edition_notice(&ordinary, &report), None);
    }

    #[test]
    fn an_issue_words_its_own_note_in_its_language() {
        let mut issue = keeping_its_policy();
        issue.language = "es".to_owned();
        let report = check(&issue, &Registry::builtin());
        assert!(methodology_note(&issue, &report).starts_with(
            "Medios estatales de todos los países (medios controlados por el Estado, \
                 públicos capturados y privados capturados): "
        ));
        issue.methodology = "Límite: {limit}; alcanzado: {share} de {unit}. {unknown}".to_owned();
        let note = methodology_note(&issue, &report);
        assert_eq!(
            note,
            format!(
                "Límite: 20\u{A0}%; alcanzado: {} de citas. {{unknown}}",
                for_language("es").percent(report.share())
            )
        );
    }
}
