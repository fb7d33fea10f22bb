//! Copies never collide: a section, entry or source that theirs added (its id
//! is not in the base) under an id ours also uses gets a fresh id above every
//! id the three versions ever gave out, and theirs' citations follow their sources.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::model::Issue;

pub(super) fn renumber_theirs<'a>(base: &Issue, ours: &Issue, theirs: &'a Issue) -> Cow<'a, Issue> {
    // An object both sides added alike (the same commit on both branches) is one object.
    let largest = |kind: fn(&Issue) -> u32| {
        [base, ours, theirs]
            .map(kind)
            .into_iter()
            .max()
            .unwrap_or(0)
    };
    let same_section = |id: u32| {
        let find = |i: &Issue| i.sections.iter().find(|s| s.id.0 == id).cloned();
        find(ours) == find(theirs)
    };
    let same_entry = |id: u32| {
        let find = |i: &Issue| {
            i.entries()
                .find(|(_, e)| e.id.0 == id)
                .map(|(_, e)| e.clone())
        };
        find(ours) == find(theirs)
    };
    let same_source = |id: u32| {
        let find = |i: &Issue| i.sources.iter().find(|s| s.id.0 == id).cloned();
        find(ours) == find(theirs)
    };
    let sections = clashes(
        ids(base.sections.iter().map(|s| s.id.0)),
        ids(ours.sections.iter().map(|s| s.id.0)),
        theirs.sections.iter().map(|s| s.id.0),
        same_section,
        largest(|i| i.ids_reserved().sections),
    );
    let entries = clashes(
        ids(base.entries().map(|(_, e)| e.id.0)),
        ids(ours.entries().map(|(_, e)| e.id.0)),
        theirs.entries().map(|(_, e)| e.id.0),
        same_entry,
        largest(|i| i.ids_reserved().entries),
    );
    let sources = clashes(
        ids(base.sources.iter().map(|s| s.id.0)),
        ids(ours.sources.iter().map(|s| s.id.0)),
        theirs.sources.iter().map(|s| s.id.0),
        same_source,
        largest(|i| i.ids_reserved().sources),
    );
    if sections.is_empty() && entries.is_empty() && sources.is_empty() {
        return Cow::Borrowed(theirs);
    }
    let mut issue = theirs.clone();
    for section in &mut issue.sections {
        renumber(&mut section.id.0, &sections);
        for entry in &mut section.entries {
            renumber(&mut entry.id.0, &entries);
            for citation in &mut entry.citations {
                renumber(&mut citation.source.0, &sources);
            }
        }
    }
    for source in &mut issue.sources {
        renumber(&mut source.id.0, &sources);
    }
    Cow::Owned(issue)
}

fn ids(list: impl Iterator<Item = u32>) -> HashSet<u32> {
    list.collect()
}

/// Old id → new id for theirs' new objects whose id ours uses too.
fn clashes(
    base: HashSet<u32>,
    ours: HashSet<u32>,
    theirs: impl Iterator<Item = u32>,
    same: impl Fn(u32) -> bool,
    largest: u32,
) -> HashMap<u32, u32> {
    let theirs: Vec<u32> = theirs.collect();
    // Every id any side uses, and each given out here: a fresh id is none of them.
    let mut taken: HashSet<u32> = base.iter().chain(&ours).chain(&theirs).copied().collect();
    let mut next = largest.checked_add(1);
    let mut map = HashMap::new();
    for id in theirs {
        if !base.contains(&id) && ours.contains(&id) && !map.contains_key(&id) && !same(id) {
            let fresh = fresh_id(&mut next, &taken);
            taken.insert(fresh);
            map.insert(id, fresh);
        }
    }
    map
}

/// The next id after the largest given out, or, once they run out at
/// `u32::MAX`, the smallest no side uses: never a wrap, never a clash.
fn fresh_id(next: &mut Option<u32>, taken: &HashSet<u32>) -> u32 {
    if let Some(id) = *next {
        *next = id.checked_add(1);
        if !taken.contains(&id) {
            return id;
        }
    }
    (1..=u32::MAX)
        .find(|id| !taken.contains(id))
        .unwrap_or(u32::MAX)
}

fn renumber(id: &mut u32, map: &HashMap<u32, u32>) {
    if let Some(&new) = map.get(id) {
        *id = new;
    }
}
