//! Putting back part of an older version: the issue that results, for the
//! window to put in place as one undo step (`Edit::ReplaceIssue`).

use crate::model::{EntryId, Issue, Section, SectionId};

/// `current` with entry `entry` as it was in `old` (put back in its section
/// when it was removed since); the sources it cites come back too. `None`
/// when `old` has no such entry or its section is gone from `current`.
pub fn restore_entry(current: &Issue, old: &Issue, entry: EntryId) -> Option<Issue> {
    let (old_section, position, before) = old.sections.iter().find_map(|section| {
        let index = section.entries.iter().position(|e| e.id == entry)?;
        Some((section.id, index, section.entries[index].clone()))
    })?;
    let mut issue = current.clone();
    let place = issue
        .sections
        .iter_mut()
        .flat_map(|s| s.entries.iter_mut())
        .find(|e| e.id == entry);
    match place {
        Some(now) => *now = before.clone(),
        None => {
            let section = issue.sections.iter_mut().find(|s| s.id == old_section)?;
            let at = position.min(section.entries.len());
            section.entries.insert(at, before.clone());
        }
    }
    bring_back_sources(&mut issue, old, before.citations.iter().map(|c| c.source));
    Some(issue)
}

/// `current` with section `section` as it was in `old`, in its old place when
/// it was removed since; entries it holds leave the sections they moved to,
/// and the sources it cites come back. `None` when `old` has no such section.
pub fn restore_section(current: &Issue, old: &Issue, section: SectionId) -> Option<Issue> {
    let position = old.sections.iter().position(|s| s.id == section)?;
    let before: Section = old.sections[position].clone();
    let mut issue = current.clone();
    for other in issue.sections.iter_mut().filter(|s| s.id != section) {
        other
            .entries
            .retain(|e| !before.entries.iter().any(|b| b.id == e.id));
    }
    match issue.sections.iter_mut().find(|s| s.id == section) {
        Some(now) => *now = before.clone(),
        None => {
            let at = position.min(issue.sections.len());
            issue.sections.insert(at, before.clone());
        }
    }
    let cited: Vec<_> = before
        .entries
        .iter()
        .flat_map(|e| e.citations.iter().map(|c| c.source))
        .collect();
    bring_back_sources(&mut issue, old, cited.into_iter());
    Some(issue)
}

fn bring_back_sources(
    issue: &mut Issue,
    old: &Issue,
    cited: impl Iterator<Item = crate::model::SourceId>,
) {
    for id in cited {
        if !issue.sources.iter().any(|s| s.id == id)
            && let Some(source) = old.sources.iter().find(|s| s.id == id)
        {
            issue.sources.push(source.clone());
        }
    }
}
