//! Three-way merge of issue files (README, "Working as a team"): what two
//! people did to copies of one base issue, combined field by field; what
//! cannot be combined is kept in the issue as a structured conflict
//! (`EntryConflict` on the entry, `FieldConflict` on the issue) that
//! `compliance` reports until a person resolves it.

mod common;
mod entries;
mod incoming;
mod order;
mod pick;
mod renumber;
mod resolve;
mod sections;
mod sources;
mod words;

use crate::model::{EntryConflict, EntryId, FieldConflict, Issue, Policy, SectionId, SourceId};
pub use incoming::Incoming;
use pick::{Picker, set_union3, three_way, union3};
pub use resolve::{SettleError, settle};

/// One thing a person must decide.
#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// An entry's text (or an entry one side deleted and the other edited).
    Entry {
        section: SectionId,
        entry: EntryId,
        conflict: EntryConflict,
    },
    /// A field of the issue, the policy, a section or a source.
    Field(FieldConflict),
}

/// The merged issue and the conflicts this merge found (also kept in `issue`).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub issue: Issue,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// Names who wrote theirs (a branch, a colleague) on this merge's entry
    /// conflicts, in the issue and in the list alike.
    pub fn credit_theirs(&mut self, name: &str) {
        for conflict in &mut self.conflicts {
            let Conflict::Entry {
                entry, conflict, ..
            } = conflict
            else {
                continue;
            };
            conflict.theirs_by = name.to_owned();
            let found = self
                .issue
                .sections
                .iter_mut()
                .flat_map(|s| s.entries.iter_mut());
            for kept in found.filter(|e| e.id == *entry) {
                if let Some(in_file) = &mut kept.conflict {
                    in_file.theirs_by = name.to_owned();
                }
            }
        }
    }
}

/// Combines `ours` and `theirs`, two versions of `base`. Objects theirs added
/// under an id ours uses are renumbered first, with their citations.
pub fn merge(base: &Issue, ours: &Issue, theirs: &Issue) -> Merged {
    // Both sides added the file (git gives an empty ancestor): what they
    // share is the ancestor, so a section both added is one section, and
    // where they differ is a conflict, not a copy.
    let shared;
    let base = if is_empty(base) {
        shared = common::base_of(ours, theirs);
        &shared
    } else {
        base
    };
    let theirs = renumber::renumber_theirs(base, ours, theirs);
    let theirs = theirs.as_ref();
    let mut found = Vec::new();
    let mut issue = details(base, ours, theirs, &mut found);
    issue.sources = sources::merge(&base.sources, &ours.sources, &theirs.sources, &mut found);
    issue.sections = sections::merge(&base.sections, &ours.sections, &theirs.sections, &mut found);
    // A citation of a source one side deleted: the side that cites it wins
    // over the deletion, so no citation is left pointing at nothing.
    restore_cited(&mut issue, [ours, theirs, base]);
    issue.conflicts.extend(found.iter().cloned());
    let before = [ours, theirs];
    let mut conflicts: Vec<Conflict> = unresolved(&issue)
        .into_iter()
        .filter(|c| match c {
            // New only if neither side already carried this very conflict.
            Conflict::Entry {
                entry, conflict, ..
            } => !before.iter().any(|side| {
                side.entries()
                    .any(|(_, e)| e.id == *entry && e.conflict.as_ref() == Some(conflict))
            }),
            Conflict::Field(_) => false,
        })
        .collect();
    conflicts.extend(found.into_iter().map(Conflict::Field));
    Merged { issue, conflicts }
}

/// An ancestor with nothing in it: git's empty file when both sides added one.
fn is_empty(issue: &Issue) -> bool {
    issue.sections.is_empty() && issue.sources.is_empty()
}

/// Puts back every source the merged entries cite that the merged library
/// lost, from the first side that has it (ours, then theirs, then the base).
fn restore_cited(issue: &mut Issue, sides: [&Issue; 3]) {
    let held: std::collections::HashSet<SourceId> =
        issue.sources.iter().map(|source| source.id).collect();
    let mut missing: Vec<SourceId> = issue
        .entries()
        .flat_map(|(_, entry)| entry.citations.iter().map(|c| c.source))
        .filter(|id| !held.contains(id))
        .collect();
    missing.sort();
    missing.dedup();
    for id in missing {
        if let Some(source) = sides.iter().find_map(|side| side.source(id)) {
            issue.sources.push(source.clone());
        }
    }
}

/// Every conflict the issue still holds, in reading order: the issue's fields first.
pub fn unresolved(issue: &Issue) -> Vec<Conflict> {
    let fields = issue.conflicts.iter().cloned().map(Conflict::Field);
    let entries = issue.entries().filter_map(|(section, entry)| {
        entry.conflict.clone().map(|conflict| Conflict::Entry {
            section: section.id,
            entry: entry.id,
            conflict,
        })
    });
    fields.chain(entries).collect()
}

/// The masthead, the texts around the sections and the policy, field by field.
fn details(base: &Issue, ours: &Issue, theirs: &Issue, found: &mut Vec<FieldConflict>) -> Issue {
    let (b, o, t) = (base, ours, theirs);
    let mut pick = Picker {
        place: String::new(),
        found,
    };
    Issue {
        format_version: o.format_version.max(t.format_version),
        series: pick.field("series", &b.series, &o.series, &t.series),
        title: pick.field("title", &b.title, &o.title, &t.title),
        number: pick.field("number", &b.number, &o.number, &t.number),
        published: pick.field("published", &b.published, &o.published, &t.published),
        coverage: pick.field("coverage", &b.coverage, &o.coverage, &t.coverage),
        publisher: pick.field("publisher", &b.publisher, &o.publisher, &t.publisher),
        editors: pick.set(&b.editors, &o.editors, &t.editors),
        language: pick.field("language", &b.language, &o.language, &t.language),
        summary: pick.text("summary", &b.summary, &o.summary, &t.summary),
        disclaimer: pick.text("disclaimer", &b.disclaimer, &o.disclaimer, &t.disclaimer),
        policy: policy(&b.policy, &o.policy, &t.policy, pick.found),
        sections: Vec::new(),
        sources: Vec::new(),
        export_overrides: union3(
            &b.export_overrides,
            &o.export_overrides,
            &t.export_overrides,
        ),
        methodology: pick.text(
            "methodology",
            &b.methodology,
            &o.methodology,
            &t.methodology,
        ),
        quotes: pick.field("quotes", &b.quotes, &o.quotes, &t.quotes),
        canonical_url: pick.field(
            "canonical_url",
            &b.canonical_url,
            &o.canonical_url,
            &t.canonical_url,
        ),
        licence: pick.field("licence", &b.licence, &o.licence, &t.licence),
        conflicts: union3(&b.conflicts, &o.conflicts, &t.conflicts),
        ids_given: b.ids_given.max(o.ids_given).max(t.ids_given),
        spelling_ignored: set_union3(
            &b.spelling_ignored,
            &o.spelling_ignored,
            &t.spelling_ignored,
        ),
    }
}

fn policy(b: &Policy, o: &Policy, t: &Policy, found: &mut Vec<FieldConflict>) -> Policy {
    if let Some(value) = three_way(b, o, t) {
        return value.clone();
    }
    let mut pick = Picker {
        place: "policy".to_owned(),
        found,
    };
    Policy {
        limit: pick.field("limit", &b.limit, &o.limit, &t.limit),
        metric: pick.field("metric", &b.metric, &o.metric, &t.metric),
        state_media: pick.set(&b.state_media, &o.state_media, &t.state_media),
        forbid_opinion: pick.field(
            "forbid_opinion",
            &b.forbid_opinion,
            &o.forbid_opinion,
            &t.forbid_opinion,
        ),
        outside_period: pick.field(
            "outside_period",
            &b.outside_period,
            &o.outside_period,
            &t.outside_period,
        ),
        unreviewed: pick.field("unreviewed", &b.unreviewed, &o.unreviewed, &t.unreviewed),
        verification: pick.field(
            "verification",
            &b.verification,
            &o.verification,
            &t.verification,
        ),
        countries: pick.set(&b.countries, &o.countries, &t.countries),
        special_edition: pick.field(
            "special_edition",
            &b.special_edition,
            &o.special_edition,
            &t.special_edition,
        ),
    }
}

#[cfg(test)]
mod tests;
