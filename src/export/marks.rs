//! The neutral marks after a source's name ("state-controlled media",
//! "government source") and the one-line legend that explains the marks an
//! issue uses, the same in every format.

use std::collections::BTreeSet;

use rayon::prelude::*;

use super::labels::Labels;
use super::numbering::Numbering;
use crate::model::{Issue, SourceId, SourceKind};
use crate::registry::Registry;
use crate::sourcing::{ReaderMark, classify_source};

/// A source as readers see it in a source list: its name and its mark
/// ("state-controlled media", "opinion", or both).
pub(super) struct Listed {
    pub name: String,
    pub mark: Option<String>,
}

pub(super) fn label(mark: ReaderMark, labels: &Labels) -> &'static str {
    labels.marks[index(mark)]
}

fn index(mark: ReaderMark) -> usize {
    match mark {
        ReaderMark::StateControlled => 0,
        ReaderMark::StateManaged => 1,
        ReaderMark::StateCaptured => 2,
        ReaderMark::StateMedia => 3,
        ReaderMark::Government => 4,
    }
}

/// Every cited source as readers see it, by its number, classified once
/// for a whole page (a source's name is in each citation's label and in its
/// list entry, its mark in the legend); on all cores, for a large issue.
pub(super) struct Listing {
    /// Index + 1 = the source's number.
    by_number: Vec<Option<Listed>>,
    used: BTreeSet<ReaderMark>,
    /// An opinion piece is cited: the legend says what its mark means.
    opinion: bool,
}

impl Listing {
    pub(super) fn of(
        issue: &Issue,
        registry: &Registry,
        numbering: &Numbering,
        labels: &Labels,
    ) -> Self {
        let cited: Vec<SourceId> = numbering.all().map(|(_, id)| id).collect();
        // Each with its registry outlet (name, country), to tell names apart.
        type Classified = (Listed, Option<ReaderMark>, bool);
        type WithOutlet = (Option<Classified>, Option<(String, String)>);
        let with_outlets: Vec<WithOutlet> = cited
            .par_iter()
            .map(|id| {
                let Some(source) = issue.source(*id) else {
                    return (None, None);
                };
                let class = classify_source(source, registry, issue);
                let outlet = class
                    .outlet
                    .map(|outlet| (outlet.name.clone(), outlet.country.clone()));
                (Some(listed_source(source, &class, labels)), outlet)
            })
            .collect();
        let (mut classified, outlets): (Vec<_>, Vec<_>) = with_outlets.into_iter().unzip();
        tell_apart(&mut classified, &outlets, labels);

        let used = classified
            .iter()
            .flatten()
            .filter_map(|(_, mark, _)| *mark)
            .collect();
        let opinion = classified.iter().flatten().any(|(_, _, opinion)| *opinion);
        Self {
            by_number: classified
                .into_iter()
                .map(|listed| listed.map(|(listed, _, _)| listed))
                .collect(),
            used,
            opinion,
        }
    }

    /// Source `number` as readers see it.
    pub(super) fn get(&self, number: usize) -> Option<&Listed> {
        self.by_number.get(number.checked_sub(1)?)?.as_ref()
    }

    /// The legend of the marks the cited sources carry (see [`legend_of`]).
    pub(super) fn legend(&self, labels: &Labels) -> Option<String> {
        legend_of(&self.used, self.opinion, labels)
    }
}

/// A source's name and mark as readers see them, the mark's kind, and
/// whether it is an opinion piece.
fn listed_source(
    source: &crate::model::Source,
    class: &crate::sourcing::SourceClass<'_>,
    labels: &Labels,
) -> (Listed, Option<ReaderMark>, bool) {
    let mark = class.reader_mark();
    // An opinion piece says so, whoever publishes it: readers tell a column
    // from a report (README, "A source's kind").
    let opinion = (source.kind == SourceKind::Opinion).then_some(labels.opinion_mark);
    let words: Vec<&str> = mark
        .map(|mark| label(mark, labels))
        .into_iter()
        .chain(opinion)
        .collect();
    let listed = Listed {
        name: class.outlet_name(source),
        mark: (!words.is_empty()).then(|| words.join(", ")),
    };
    (listed, mark, opinion.is_some())
}

/// Names readers would misread get the outlet's country: two outlets the
/// page would show under one name ("El Comercio (Peru)", "El Comercio
/// (Ecuador)"), and an outlet named like a mark of the policy ("Opinión
/// (Bolivia)", never read as a label beside a no-opinion policy).
fn tell_apart<T>(
    classified: &mut [Option<(Listed, T, bool)>],
    outlets: &[Option<(String, String)>],
    labels: &Labels,
) {
    let mut outlets_by_name: std::collections::HashMap<String, BTreeSet<&str>> =
        std::collections::HashMap::new();
    for (listed, outlet) in classified.iter().zip(outlets) {
        if let (Some((listed, _, _)), Some((outlet, _))) = (listed, outlet) {
            outlets_by_name
                .entry(listed.name.to_lowercase())
                .or_default()
                .insert(outlet);
        }
    }
    let shared: BTreeSet<String> = outlets_by_name
        .into_iter()
        .filter(|(_, outlets)| outlets.len() > 1)
        .map(|(name, _)| name)
        .collect();
    for (listed, outlet) in classified.iter_mut().zip(outlets) {
        let (Some((listed, _, _)), Some((_, country))) = (listed, outlet) else {
            continue;
        };
        let folded = listed.name.to_lowercase();
        let misread = shared.contains(&folded) || POLICY_WORDS.contains(&folded.as_str());
        if misread && !country.is_empty() && !listed.name.ends_with(')') {
            let country = super::countries::country_name(country, labels);
            listed.name = format!("{} ({country})", listed.name);
        }
    }
}

/// Names that read as the policy's own words in the languages of the exports.
const POLICY_WORDS: &[&str] = &[
    "opinion",
    "opinión",
    "opinião",
    "state media",
    "medio estatal",
];

/// "State-controlled media: a state funds and runs the outlet and controls
/// its editorial line. Government source: …." — a sentence for each mark the
/// cited sources carry; `None` when none does.
fn legend_of(used: &BTreeSet<ReaderMark>, opinion: bool, labels: &Labels) -> Option<String> {
    if used.is_empty() && !opinion {
        return None;
    }
    let sentence = |mark: &str, meaning: &str| {
        let mut chars = mark.chars();
        let first: String = chars
            .next()
            .map(char::to_uppercase)
            .into_iter()
            .flatten()
            .collect();
        format!("{first}{}: {meaning}.", chars.as_str())
    };
    let sentences: Vec<String> = used
        .iter()
        .map(|&mark| sentence(label(mark, labels), labels.mark_meanings[index(mark)]))
        .chain(opinion.then(|| sentence(labels.opinion_mark, labels.opinion_meaning)))
        .collect();
    Some(sentences.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::labels::for_language;
    use crate::sample::sample_issue;

    #[test]
    fn the_legend_names_the_marks_the_sources_carry() {
        let issue = sample_issue();
        let registry = Registry::builtin();
        let numbering = Numbering::of(&issue);
        let labels = for_language("en");
        let legend = Listing::of(&issue, &registry, &numbering, labels)
            .legend(labels)
            .unwrap_or_default();
        assert!(
            legend.contains(
                "State-controlled media: a state funds and runs the outlet and controls its editorial line."
            ),
            "{legend}"
        );
        assert!(legend.ends_with('.'), "{legend}");
    }

    /// Two outlets under one name, and an outlet named like a policy word,
    /// are told apart by country; a name only one outlet has stays as it is.
    #[test]
    fn names_readers_would_misread_carry_the_country() {
        use crate::model::{Citation, Source, SourceId};
        let mut issue = sample_issue();
        let first = issue.next_source_id().0;
        for (offset, url) in [
            "https://www.elcomercio.pe/mundo/a",
            "https://www.elcomercio.com/actualidad/b",
            "https://www.opinion.com.bo/articulo/c",
        ]
        .iter()
        .enumerate()
        {
            let id = SourceId(first + offset as u32);
            issue.sources.push(Source::new(id, *url));
            issue.sections[0].entries[0]
                .citations
                .push(Citation { source: id });
        }
        let registry = Registry::builtin();
        let numbering = Numbering::of(&issue);
        // The country in the issue's language.
        for (language, expected) in [
            (
                "en",
                [
                    "El Comercio (Peru)",
                    "El Comercio (Ecuador)",
                    "Opinión (Bolivia)",
                ],
            ),
            (
                "es",
                [
                    "El Comercio (Perú)",
                    "El Comercio (Ecuador)",
                    "Opinión (Bolivia)",
                ],
            ),
            (
                "pt",
                [
                    "El Comercio (Peru)",
                    "El Comercio (Equador)",
                    "Opinión (Bolívia)",
                ],
            ),
        ] {
            let listing = Listing::of(&issue, &registry, &numbering, for_language(language));
            let names: Vec<String> = numbering
                .all()
                .filter_map(|(number, _)| listing.get(number).map(|l| l.name.clone()))
                .collect();
            for expected in expected {
                assert!(
                    names.iter().any(|n| n == expected),
                    "{expected} in {names:?}"
                );
            }
            assert!(!names.iter().any(|n| n == "El Comercio"), "{names:?}");
            assert!(names.iter().any(|n| n == "Reuters"), "{names:?}");
        }
    }
}
