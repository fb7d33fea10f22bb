//! Problems a hand-edited or merged file can have that the format itself
//! allows: ids used twice, citations of sources missing from the library.
//! Ids are repaired (renumbered) and every problem is reported, never a panic.

use std::collections::HashSet;

use crate::model::{EntryId, Issue, SectionId, SourceId};

/// Repairs duplicate ids and describes what was found, one sentence each.
pub fn repair(issue: &mut Issue) -> Vec<String> {
    let mut notes = Vec::new();
    let mut seen = HashSet::new();
    let mut next = issue.sections.iter().map(|s| s.id.0).max().unwrap_or(0) + 1;
    for section in &mut issue.sections {
        if !seen.insert(section.id) {
            notes.push(format!(
                "section “{}” had id {} like an earlier section; it is now {next}",
                section.title, section.id.0
            ));
            section.id = SectionId(next);
            next += 1;
        }
    }
    let mut seen = HashSet::new();
    let mut next = issue.entries().map(|(_, e)| e.id.0).max().unwrap_or(0) + 1;
    for section in &mut issue.sections {
        for (position, entry) in section.entries.iter_mut().enumerate() {
            if !seen.insert(entry.id) {
                notes.push(format!(
                    "entry {} of “{}” had id {} like an earlier entry; it is now {next}",
                    position + 1,
                    section.title,
                    entry.id.0
                ));
                entry.id = EntryId(next);
                seen.insert(entry.id);
                next += 1;
            }
        }
    }
    let mut seen = HashSet::new();
    let mut next = issue.sources.iter().map(|s| s.id.0).max().unwrap_or(0) + 1;
    for source in &mut issue.sources {
        if !seen.insert(source.id) {
            notes.push(format!(
                "source {} ({}) had the id of an earlier source; it is now #{next} and cited by no entry",
                source.id.0, source.url
            ));
            source.id = SourceId(next);
            next += 1;
        }
    }
    let library: HashSet<SourceId> = issue.sources.iter().map(|s| s.id).collect();
    for section in &issue.sections {
        for (position, entry) in section.entries.iter().enumerate() {
            for citation in &entry.citations {
                if !library.contains(&citation.source) {
                    notes.push(format!(
                        "entry {} of “{}” cites source #{}, which is not in the library; the citation is not counted",
                        position + 1,
                        section.title,
                        citation.source.0
                    ));
                }
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Citation, Entry, Section, Source};

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
