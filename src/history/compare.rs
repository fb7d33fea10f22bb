//! What changed between two versions of an issue, entry by entry, with the
//! words of a changed entry's text.

use std::collections::HashMap;
use std::fmt;

use similar::{ChangeTag, TextDiff};

use crate::model::{Entry, EntryId, Issue, SectionId, SourceId};
use crate::t;

/// One difference between an older and a newer issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    SectionAdded {
        section: SectionId,
        title: String,
    },
    SectionRemoved {
        section: SectionId,
        title: String,
    },
    EntryAdded {
        section: SectionId,
        entry: EntryId,
    },
    EntryRemoved {
        section: SectionId,
        entry: EntryId,
    },
    /// The entry changed (its text, citations, comments…); `words` is the
    /// word diff of its text, empty when only something else changed.
    EntryChanged {
        section: SectionId,
        entry: EntryId,
        words: Vec<WordChange>,
    },
    SourceAdded {
        source: SourceId,
        title: String,
    },
    SourceRemoved {
        source: SourceId,
        title: String,
    },
}

/// A run of words of a changed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordChange {
    Same(String),
    Deleted(String),
    Inserted(String),
}

/// "Russia, entry 2": where `entry` stands in the first of `issues` that
/// has it (the issue open now, else the old version).
pub fn entry_place(issues: &[&Issue], entry: EntryId) -> Option<String> {
    issues.iter().find_map(|issue| {
        issue.sections.iter().find_map(|section| {
            let index = section.entries.iter().position(|e| e.id == entry)?;
            let title = match section.title.as_str() {
                "" => t!("untitled-section"),
                title => title.to_owned(),
            };
            Some(t!(
                "finding-location",
                section = title,
                position = index + 1
            ))
        })
    })
}

/// The word diff from `old` to `new`, equal neighbours joined.
pub fn word_diff(old: &str, new: &str) -> Vec<WordChange> {
    let diff = TextDiff::from_words(old, new);
    let mut runs: Vec<WordChange> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (change.tag(), runs.last_mut()) {
            (ChangeTag::Equal, Some(WordChange::Same(run)))
            | (ChangeTag::Delete, Some(WordChange::Deleted(run)))
            | (ChangeTag::Insert, Some(WordChange::Inserted(run))) => run.push_str(text),
            (ChangeTag::Equal, _) => runs.push(WordChange::Same(text.to_owned())),
            (ChangeTag::Delete, _) => runs.push(WordChange::Deleted(text.to_owned())),
            (ChangeTag::Insert, _) => runs.push(WordChange::Inserted(text.to_owned())),
        }
    }
    runs
}

/// The entry-level differences from `old` to `new`: sections in the newer
/// order, then sources.
pub fn compare(old: &Issue, new: &Issue) -> Vec<Change> {
    let mut changes = Vec::new();
    let old_entries: HashMap<EntryId, &Entry> = old
        .sections
        .iter()
        .flat_map(|s| s.entries.iter().map(|e| (e.id, e)))
        .collect();
    let new_entries: HashMap<EntryId, ()> = new
        .sections
        .iter()
        .flat_map(|s| s.entries.iter().map(|e| (e.id, ())))
        .collect();
    for section in &old.sections {
        if !new.sections.iter().any(|s| s.id == section.id) {
            changes.push(Change::SectionRemoved {
                section: section.id,
                title: section.title.clone(),
            });
        }
        for entry in &section.entries {
            if !new_entries.contains_key(&entry.id) {
                changes.push(Change::EntryRemoved {
                    section: section.id,
                    entry: entry.id,
                });
            }
        }
    }
    for section in &new.sections {
        if !old.sections.iter().any(|s| s.id == section.id) {
            changes.push(Change::SectionAdded {
                section: section.id,
                title: section.title.clone(),
            });
        }
        for entry in &section.entries {
            match old_entries.get(&entry.id) {
                None => changes.push(Change::EntryAdded {
                    section: section.id,
                    entry: entry.id,
                }),
                Some(before) if *before != entry => changes.push(Change::EntryChanged {
                    section: section.id,
                    entry: entry.id,
                    words: if before.body == entry.body {
                        Vec::new()
                    } else {
                        word_diff(&before.body, &entry.body)
                    },
                }),
                Some(_) => {}
            }
        }
    }
    for source in &old.sources {
        if !new.sources.iter().any(|s| s.id == source.id) {
            changes.push(Change::SourceRemoved {
                source: source.id,
                title: source.title.clone(),
            });
        }
    }
    for source in &new.sources {
        if !old.sources.iter().any(|s| s.id == source.id) {
            changes.push(Change::SourceAdded {
                source: source.id,
                title: source.title.clone(),
            });
        }
    }
    changes
}

/// How many of each change: "3 entries changed, 1 added, 2 sources added".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub sections_added: usize,
    pub sections_removed: usize,
    pub entries_changed: usize,
    pub entries_added: usize,
    pub entries_removed: usize,
    pub sources_added: usize,
    pub sources_removed: usize,
}

/// Counts `changes`.
pub fn summary(changes: &[Change]) -> Summary {
    let mut summary = Summary::default();
    for change in changes {
        let count = match change {
            Change::SectionAdded { .. } => &mut summary.sections_added,
            Change::SectionRemoved { .. } => &mut summary.sections_removed,
            Change::EntryAdded { .. } => &mut summary.entries_added,
            Change::EntryRemoved { .. } => &mut summary.entries_removed,
            Change::EntryChanged { .. } => &mut summary.entries_changed,
            Change::SourceAdded { .. } => &mut summary.sources_added,
            Change::SourceRemoved { .. } => &mut summary.sources_removed,
        };
        *count += 1;
    }
    summary
}

/// "3 entries changed, 1 added, 2 sources added": a group's first count
/// names what it counts, the next ones of the group only how it changed.
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if self.sections_added > 0 {
            parts.push(t!(
                "history-summary-sections-added",
                count = self.sections_added
            ));
        }
        if self.sections_removed > 0 {
            parts.push(if self.sections_added > 0 {
                t!(
                    "history-summary-sections-removed-more",
                    count = self.sections_removed
                )
            } else {
                t!(
                    "history-summary-sections-removed",
                    count = self.sections_removed
                )
            });
        }
        if self.entries_changed > 0 {
            parts.push(t!(
                "history-summary-entries-changed",
                count = self.entries_changed
            ));
        }
        if self.entries_added > 0 {
            parts.push(if self.entries_changed > 0 {
                t!(
                    "history-summary-entries-added-more",
                    count = self.entries_added
                )
            } else {
                t!("history-summary-entries-added", count = self.entries_added)
            });
        }
        if self.entries_removed > 0 {
            parts.push(if self.entries_changed + self.entries_added > 0 {
                t!(
                    "history-summary-entries-removed-more",
                    count = self.entries_removed
                )
            } else {
                t!(
                    "history-summary-entries-removed",
                    count = self.entries_removed
                )
            });
        }
        if self.sources_added > 0 {
            parts.push(t!(
                "history-summary-sources-added",
                count = self.sources_added
            ));
        }
        if self.sources_removed > 0 {
            parts.push(if self.sources_added > 0 {
                t!(
                    "history-summary-sources-removed-more",
                    count = self.sources_removed
                )
            } else {
                t!(
                    "history-summary-sources-removed",
                    count = self.sources_removed
                )
            });
        }
        if parts.is_empty() {
            f.write_str(&t!("history-summary-none"))
        } else {
            f.write_str(&parts.join(", "))
        }
    }
}

#[cfg(test)]
mod place_tests {
    use super::entry_place;
    use crate::sample::sample_issue;

    #[test]
    fn an_entry_is_named_by_its_section_and_position() {
        let issue = sample_issue();
        let russia = issue
            .sections
            .iter()
            .find(|s| s.title == "Russia")
            .expect("the sample has Russia");
        let second = russia.entries[1].id;
        assert_eq!(
            entry_place(&[&issue], second).as_deref(),
            Some("Russia, entry 2")
        );
        let mut newer = issue.clone();
        newer.sections.retain(|s| s.title != "Russia");
        // Gone from the issue open now: named where the old version had it.
        assert_eq!(
            entry_place(&[&newer, &issue], second).as_deref(),
            Some("Russia, entry 2")
        );
        assert_eq!(entry_place(&[&newer], second), None);
    }
}
