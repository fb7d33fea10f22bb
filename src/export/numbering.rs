//! Source numbers shared by every export: in order of first citation, so a
//! reader sees the same number for the same source in the HTML, the Markdown
//! and the PDF made from it. Each source is listed once, with the section
//! that cites it first: a section's list is a run of consecutive numbers.

use std::collections::HashMap;

use crate::model::{Entry, EntryId, Issue, Section, SectionId, SourceId};

pub(super) struct Numbering {
    numbers: HashMap<SourceId, usize>,
    /// Sources in number order (index + 1 = number).
    order: Vec<SourceId>,
    /// For each source, in number order, the entries citing it in reading
    /// order: where a source list's links lead back to.
    citing: Vec<Vec<EntryId>>,
    /// For each section, the highest number cited before it: its list
    /// starts after that (kept here so that listing every section stays
    /// linear in the issue's size).
    before: HashMap<SectionId, usize>,
}

impl Numbering {
    pub(super) fn of(issue: &Issue) -> Self {
        let mut numbers = HashMap::new();
        let mut order = Vec::new();
        let mut citing: Vec<Vec<EntryId>> = Vec::new();
        let mut before = HashMap::new();
        let mut highest = 0;
        let mut current: Option<SectionId> = None;
        for (section, entry) in issue.entries() {
            if current != Some(section.id) {
                current = Some(section.id);
                before.entry(section.id).or_insert(highest);
            }
            for id in entry.cited_sources() {
                if issue.source(id).is_none() {
                    continue;
                }
                let number = *numbers.entry(id).or_insert_with(|| {
                    order.push(id);
                    citing.push(Vec::new());
                    order.len()
                });
                citing[number - 1].push(entry.id);
                highest = highest.max(number);
            }
        }
        Self {
            numbers,
            order,
            citing,
            before,
        }
    }

    pub(super) fn number(&self, id: SourceId) -> Option<usize> {
        self.numbers.get(&id).copied()
    }

    /// The entries citing source `number`, in reading order.
    pub(super) fn citing(&self, number: usize) -> &[EntryId] {
        number
            .checked_sub(1)
            .and_then(|index| self.citing.get(index))
            .map_or(&[], Vec::as_slice)
    }

    /// Every cited source with its number.
    pub(super) fn all(&self) -> impl Iterator<Item = (usize, SourceId)> + '_ {
        self.order
            .iter()
            .enumerate()
            .map(|(index, id)| (index + 1, *id))
    }

    /// The sources listed with `section`: those it cites first, in number
    /// order (consecutive numbers). A source an earlier section cited is
    /// listed there, and only referred to here.
    pub(super) fn listed_with(&self, issue: &Issue, section: &Section) -> Vec<(usize, SourceId)> {
        let earlier = self.before.get(&section.id).copied().unwrap_or_else(|| {
            // A section without entries: whatever its predecessors cited.
            issue
                .sections
                .iter()
                .take_while(|s| s.id != section.id)
                .flat_map(|s| &s.entries)
                .flat_map(|entry| entry.cited_sources())
                .filter_map(|id| self.number(id))
                .max()
                .unwrap_or(0)
        });
        let mut listed: Vec<(usize, SourceId)> = section
            .entries
            .iter()
            .flat_map(|entry| entry.cited_sources())
            .filter_map(|id| self.number(id).map(|number| (number, id)))
            .filter(|(number, _)| *number > earlier)
            .collect();
        listed.sort_unstable();
        listed.dedup();
        listed
    }

    /// The numbers an entry cites, ascending: how every format writes them.
    pub(super) fn of_entry(&self, entry: &Entry) -> Vec<usize> {
        let mut numbers: Vec<usize> = entry
            .cited_sources()
            .into_iter()
            .filter_map(|id| self.number(id))
            .collect();
        numbers.sort_unstable();
        numbers
    }
}

/// One part of a citation group as readers see it: a number, or a run of
/// three or more consecutive numbers written "22–24".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cited {
    One(usize),
    Run(usize, usize),
}

/// What separates the parts of a group: a comma and a thin space (U+2009),
/// the way a typesetter sets "3, 10"; every format keeps a group on one line.
pub(crate) const CITED_SEPARATOR: &str = ",\u{2009}";

/// The dash of a run, "22–24".
pub(crate) const CITED_RUN: &str = "\u{2013}";

/// An entry's numbers (ascending, as [`Numbering::of_entry`] gives them) in
/// the parts every format writes: runs of three or more become one part.
pub(crate) fn cited_parts(numbers: &[usize]) -> Vec<Cited> {
    let mut parts = Vec::new();
    let mut index = 0;
    while index < numbers.len() {
        let first = numbers[index];
        let mut last = index;
        while last + 1 < numbers.len() && numbers[last + 1] == numbers[last] + 1 {
            last += 1;
        }
        if last - index >= 2 {
            parts.push(Cited::Run(first, numbers[last]));
            index = last + 1;
        } else {
            parts.push(Cited::One(first));
            index += 1;
        }
    }
    parts
}

/// The separator in Pandoc's Markdown: a narrow no-break space (U+202F),
/// which Pandoc writes as LaTeX's thin space `\,`; LaTeX's fonts have no
/// U+2009 glyph.
pub(crate) const CITED_SEPARATOR_PANDOC: &str = ",\u{202F}";

/// The group as text, the parts joined by `separator`: "3, 10, 22–24".
pub(crate) fn cited_text(numbers: &[usize], separator: &str) -> String {
    cited_parts(numbers)
        .iter()
        .map(|part| match part {
            Cited::One(number) => number.to_string(),
            Cited::Run(first, last) => format!("{first}{CITED_RUN}{last}"),
        })
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_issue;

    #[test]
    fn runs_of_three_or_more_are_written_as_a_range() {
        assert_eq!(cited_text(&[], CITED_SEPARATOR), "");
        assert_eq!(cited_text(&[3], CITED_SEPARATOR), "3");
        assert_eq!(cited_text(&[22, 23], CITED_SEPARATOR), "22,\u{2009}23");
        assert_eq!(cited_text(&[22, 23, 24], CITED_SEPARATOR), "22\u{2013}24");
        assert_eq!(
            cited_text(&[1, 3, 4, 5, 6, 9, 10], CITED_SEPARATOR),
            "1,\u{2009}3\u{2013}6,\u{2009}9,\u{2009}10"
        );
        assert_eq!(
            cited_parts(&[2, 3, 4, 8]),
            [Cited::Run(2, 4), Cited::One(8)]
        );
    }

    #[test]
    fn each_source_is_listed_once_and_each_list_runs_on() {
        let issue = sample_issue();
        let numbering = Numbering::of(&issue);
        let mut listed: Vec<usize> = Vec::new();
        for section in &issue.sections {
            let numbers: Vec<usize> = numbering
                .listed_with(&issue, section)
                .into_iter()
                .map(|(number, _)| number)
                .collect();
            if let (Some(first), Some(last)) = (numbers.first(), numbers.last()) {
                assert_eq!(
                    numbers,
                    (*first..=*last).collect::<Vec<_>>(),
                    "{}: consecutive",
                    section.title
                );
                assert_eq!(*first, listed.len() + 1, "{}: follows on", section.title);
            }
            listed.extend(numbers);
        }
        assert_eq!(listed, (1..=numbering.all().count()).collect::<Vec<_>>());
    }

    #[test]
    fn each_source_knows_the_entries_citing_it_in_reading_order() {
        let issue = sample_issue();
        let numbering = Numbering::of(&issue);
        for (number, id) in numbering.all() {
            let expected: Vec<EntryId> = issue
                .entries()
                .filter(|(_, entry)| entry.cites(id))
                .map(|(_, entry)| entry.id)
                .collect();
            assert_eq!(numbering.citing(number), expected.as_slice(), "{number}");
            assert_eq!(numbering.number(id), Some(number));
        }
        assert!(numbering.citing(0).is_empty());
    }

    #[test]
    fn an_entrys_numbers_ascend() {
        let issue = sample_issue();
        let numbering = Numbering::of(&issue);
        for (_, entry) in issue.entries() {
            let numbers = numbering.of_entry(entry);
            assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
        }
    }
}
