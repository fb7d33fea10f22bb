//! The neutral marks after a source's name ("state-controlled media",
//! "government source") and the one-line legend that explains the marks an
//! issue uses, the same in every format.

use std::collections::BTreeSet;

use rayon::prelude::*;

use super::labels::Labels;
use super::numbering::Numbering;
use crate::model::{Issue, Source, SourceId};
use crate::registry::Registry;
use crate::sourcing::{ReaderMark, classify_source};

/// A source as readers see it in a source list: its name and its mark.
pub(super) struct Listed {
    pub name: String,
    pub mark: Option<&'static str>,
}

pub(super) fn listed(
    source: &Source,
    issue: &Issue,
    registry: &Registry,
    labels: &Labels,
) -> Listed {
    let class = classify_source(source, registry, issue);
    Listed {
        name: class.outlet_name(source),
        mark: class.reader_mark().map(|mark| label(mark, labels)),
    }
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

/// "state-controlled media: a state controls its editorial line; government
/// source: …." for the marks the cited sources carry; `None` when none does.
pub(super) fn legend(
    issue: &Issue,
    registry: &Registry,
    numbering: &Numbering,
    labels: &Labels,
) -> Option<String> {
    // Every cited source is classified again: on all cores, for a large issue.
    let cited: Vec<SourceId> = numbering.all().map(|(_, id)| id).collect();
    let used: BTreeSet<ReaderMark> = cited
        .par_iter()
        .filter_map(|id| issue.source(*id))
        .filter_map(|source| classify_source(source, registry, issue).reader_mark())
        .collect();
    if used.is_empty() {
        return None;
    }
    let parts: Vec<String> = used
        .into_iter()
        .map(|mark| {
            format!(
                "[{}] {}",
                label(mark, labels),
                labels.mark_meanings[index(mark)]
            )
        })
        .collect();
    Some(format!("{}.", parts.join("; ")))
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
        let legend = legend(&issue, &registry, &numbering, for_language("en")).unwrap_or_default();
        assert!(
            legend.contains("[state-controlled media] a state funds and runs it"),
            "{legend}"
        );
        assert!(legend.ends_with('.'), "{legend}");
    }
}
