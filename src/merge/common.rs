//! The ancestor of two issues that both sides added (git's empty base in an
//! add/add conflict): what they share. An object both have under the same id
//! is one object, its base holding what the two agree on and an empty value
//! where they differ, so the three-way merge reports each difference as a
//! conflict instead of keeping two copies side by side.

use crate::model::{Entry, Issue, Section, Source};

pub(super) fn base_of(ours: &Issue, theirs: &Issue) -> Issue {
    let mut base = Issue::default();
    macro_rules! agreed {
        ($($field:ident),*) => {
            $(if ours.$field == theirs.$field {
                base.$field = ours.$field.clone();
            })*
        };
    }
    agreed!(
        series,
        title,
        number,
        published,
        coverage,
        publisher,
        editors,
        language,
        summary,
        disclaimer,
        policy,
        methodology,
        quotes,
        canonical_url,
        licence
    );
    base.spelling_ignored = ours
        .spelling_ignored
        .intersection(&theirs.spelling_ignored)
        .cloned()
        .collect();
    base.sections = ours
        .sections
        .iter()
        .filter_map(|mine| {
            let other = theirs.section(mine.id)?;
            Some(common_section(mine, other))
        })
        .collect();
    base.sources = ours
        .sources
        .iter()
        .filter_map(|mine| {
            let other = theirs.source(mine.id)?;
            Some(if mine == other {
                mine.clone()
            } else {
                Source::new(mine.id, "")
            })
        })
        .collect();
    base
}

fn common_section(mine: &Section, other: &Section) -> Section {
    let mut section = Section::new(mine.id, "");
    if mine.title == other.title {
        section.title.clone_from(&mine.title);
    }
    if mine.tags == other.tags {
        section.tags.clone_from(&mine.tags);
    }
    if mine.status == other.status {
        section.status = mine.status;
        section.approval.clone_from(&mine.approval);
    }
    section.entries = mine
        .entries
        .iter()
        .filter_map(|entry| {
            let theirs = other.entries.iter().find(|e| e.id == entry.id)?;
            Some(if entry == theirs {
                entry.clone()
            } else {
                // Both wrote this entry: an empty ancestor makes any
                // difference in its words a conflict to decide.
                let mut common = Entry::new(entry.id, "");
                common.citations = entry
                    .citations
                    .iter()
                    .filter(|c| theirs.citations.contains(c))
                    .cloned()
                    .collect();
                common
            })
        })
        .collect();
    section
}

#[cfg(test)]
mod tests {
    use crate::merge::merge;
    use crate::model::Issue;
    use crate::sample::sample_issue;

    /// Two editors started the same file apart: git hands the driver an
    /// empty ancestor. They differ in one entry.
    #[test]
    fn both_added_merges_as_one_issue_with_the_difference_a_conflict() {
        let ours = sample_issue();
        let mut theirs = sample_issue();
        let (section, index) = (1, 0);
        theirs.sections[section].entries[index].body = "Their own account of the visit.".to_owned();
        let merged = merge(&Issue::default(), &ours, &theirs);
        let russia: Vec<_> = merged
            .issue
            .sections
            .iter()
            .filter(|s| s.title == ours.sections[section].title)
            .collect();
        assert_eq!(russia.len(), 1, "one section, not two");
        assert_eq!(
            russia[0].entries.len(),
            ours.sections[section].entries.len(),
            "no entry twice"
        );
        assert_eq!(merged.issue.sources.len(), ours.sources.len());
        assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
        assert!(russia[0].entries[index].conflict.is_some());
        // Identical files merge to themselves, without a conflict.
        let same = merge(&Issue::default(), &ours, &ours.clone());
        assert!(same.is_clean());
        assert_eq!(same.issue.sections, ours.sections);
    }
}
