//! Source numbers shared by both exports: in order of first citation.

use std::collections::HashMap;

use crate::model::{Issue, Section, SourceId};

pub(super) struct Numbering {
    numbers: HashMap<SourceId, usize>,
    /// Sources in number order (index + 1 = number).
    order: Vec<SourceId>,
}

impl Numbering {
    pub(super) fn of(issue: &Issue) -> Self {
        let mut numbers = HashMap::new();
        let mut order = Vec::new();
        for (_, entry) in issue.entries() {
            for id in entry.cited_sources() {
                if issue.source(id).is_some() && !numbers.contains_key(&id) {
                    order.push(id);
                    numbers.insert(id, order.len());
                }
            }
        }
        Self { numbers, order }
    }

    pub(super) fn number(&self, id: SourceId) -> Option<usize> {
        self.numbers.get(&id).copied()
    }

    /// Every cited source with its number.
    pub(super) fn all(&self) -> impl Iterator<Item = (usize, SourceId)> + '_ {
        self.order
            .iter()
            .enumerate()
            .map(|(index, id)| (index + 1, *id))
    }

    /// The sources `section` cites, in number order.
    pub(super) fn of_section(&self, section: &Section) -> Vec<(usize, SourceId)> {
        let mut cited: Vec<(usize, SourceId)> = section
            .entries
            .iter()
            .flat_map(|entry| entry.cited_sources())
            .filter_map(|id| self.number(id).map(|number| (number, id)))
            .collect();
        cited.sort_unstable();
        cited.dedup();
        cited
    }
}
