//! Problems a hand-edited or merged file can have that the format itself
//! allows: ids used twice, citations of sources missing from the library.
//! Ids are repaired (renumbered) and every problem is reported, never a panic.

use std::collections::HashSet;

use crate::model::{Issue, source_list};

/// Repairs duplicate ids and describes what was found, one sentence each.
pub fn repair(issue: &mut Issue) -> Vec<String> {
    let mut notes = Vec::new();
    // Renumbered with ids never given out before (`Issue::new_*_id`, which
    // respects `ids_given` and never wraps), so no id that a colleague's
    // copy may still use comes back.
    let mut seen = HashSet::new();
    let twice: Vec<usize> = (0..issue.sections.len())
        .filter(|&index| !seen.insert(issue.sections[index].id))
        .collect();
    for index in twice {
        let id = issue.new_section_id();
        let section = &mut issue.sections[index];
        notes.push(format!(
            "section “{}” had id {} like an earlier section; it is now {}",
            section.title, section.id.0, id.0
        ));
        section.id = id;
    }
    let mut seen = HashSet::new();
    let mut twice = Vec::new();
    for (s, section) in issue.sections.iter().enumerate() {
        for (e, entry) in section.entries.iter().enumerate() {
            if !seen.insert(entry.id) {
                twice.push((s, e));
            }
        }
    }
    for (s, e) in twice {
        let id = issue.new_entry_id();
        let section = &mut issue.sections[s];
        let title = section.title.clone();
        let entry = &mut section.entries[e];
        notes.push(format!(
            "entry {} of “{title}” had id {} like an earlier entry; it is now {}",
            e + 1,
            entry.id.0,
            id.0
        ));
        entry.id = id;
    }
    let mut seen = HashSet::new();
    let twice: Vec<usize> = (0..issue.sources.len())
        .filter(|&index| !seen.insert(issue.sources[index].id))
        .collect();
    for index in twice {
        let id = issue.new_source_id();
        let source = &mut issue.sources[index];
        notes.push(format!(
            "source {} ({}) had the id of an earlier source; it is now #{} and cited by no entry",
            source.id.0, source.url, id.0
        ));
        source.id = id;
    }
    // One note per entry, however many citations dangle: a hostile file can
    // hold a million, and a million lines help no one.
    for section in &issue.sections {
        for (position, entry) in section.entries.iter().enumerate() {
            let missing = issue.missing_sources(entry);
            let place = format!("entry {} of “{}”", position + 1, section.title);
            match missing.len() {
                0 => {}
                1 => notes.push(format!(
                    "{place} cites source #{}, which is not in the library; the citation is not counted",
                    missing[0].0
                )),
                count => notes.push(format!(
                    "{place} cites {count} sources that are not in the library ({}); their citations are not counted",
                    source_list(&missing, 5)
                )),
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Citation, Entry, EntryId, Section, SectionId, Source, SourceId};

    #[test]
    fn duplicate_ids_are_renumbered_and_reported() {
        let mut issue = Issue::default();
        let mut a = Section::new(SectionId(1), "A");
        a.entries = vec![Entry::new(EntryId(1), "x"), Entry::new(EntryId(1), "y")];
        let b = Section::new(SectionId(1), "B");
        issue.sections = vec![a, b];
        issue.sources = vec![
            Source::new(SourceId(1), "https://efe.com/1"),
            Source::new(SourceId(1), "https://efe.com/2"),
        ];
        let notes = repair(&mut issue);
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert_ne!(issue.sections[0].id, issue.sections[1].id);
        assert_ne!(
            issue.sections[0].entries[0].id,
            issue.sections[0].entries[1].id
        );
        assert_ne!(issue.sources[0].id, issue.sources[1].id);
        assert!(repair(&mut issue).is_empty(), "repaired for good");
    }

    /// A million dangling citations once made a million notes (130 MB on
    /// stderr, minutes to print). Now one note counts them; a scan of all
    /// citations per citation would make this test take minutes.
    #[test]
    fn many_citations_of_missing_sources_make_one_note() {
        let mut issue = Issue::default();
        let mut section = Section::new(SectionId(1), "A");
        let mut entry = Entry::new(EntryId(1), "x");
        entry.citations = (5..100_005)
            .map(|id| Citation {
                source: SourceId(id),
            })
            .collect();
        section.entries.push(entry);
        issue.sections.push(section);
        issue.sources = vec![Source::new(SourceId(7), "https://efe.com/7")];
        let notes = repair(&mut issue);
        assert_eq!(
            notes,
            [
                "entry 1 of “A” cites 99999 sources that are not in the library (#5, #6, #8, #9, #10 and 99994 more); their citations are not counted"
            ]
        );
    }

    #[test]
    fn citations_of_missing_sources_are_reported() {
        let mut issue = Issue::default();
        let mut section = Section::new(SectionId(1), "Russia");
        let mut entry = Entry::new(EntryId(1), "x");
        entry.citations.push(Citation {
            source: SourceId(42),
        });
        section.entries.push(entry);
        issue.sections.push(section);
        let notes = repair(&mut issue);
        assert_eq!(
            notes,
            [
                "entry 1 of “Russia” cites source #42, which is not in the library; the citation is not counted"
            ]
        );
    }
}

#[cfg(test)]
mod id_tests {
    use super::repair;
    use crate::model::{SectionId, SourceId};
    use crate::sample::sample_issue;

    #[test]
    fn duplicate_ids_at_the_largest_id_take_a_free_one_never_zero() {
        let mut issue = sample_issue();
        issue.sections[0].id = SectionId(u32::MAX);
        issue.sections[1].id = SectionId(u32::MAX);
        issue.sources[0].id = SourceId(u32::MAX);
        issue.sources[1].id = SourceId(u32::MAX);
        let notes = repair(&mut issue);
        assert_eq!(notes.iter().filter(|n| n.contains("it is now")).count(), 2);
        let sections: std::collections::BTreeSet<u32> =
            issue.sections.iter().map(|s| s.id.0).collect();
        assert_eq!(sections.len(), issue.sections.len(), "{sections:?}");
        assert!(!sections.contains(&0));
        let sources: std::collections::BTreeSet<u32> =
            issue.sources.iter().map(|s| s.id.0).collect();
        assert_eq!(sources.len(), issue.sources.len());
        assert!(!sources.contains(&0));
    }

    #[test]
    fn a_repaired_id_is_one_never_given_out_before() {
        let mut issue = sample_issue();
        issue.ids_given.sections = 50;
        let first = issue.sections[0].id;
        issue.sections[1].id = first;
        repair(&mut issue);
        assert_eq!(issue.sections[1].id, SectionId(51));
        assert_eq!(issue.ids_given.sections, 51);
    }
}
