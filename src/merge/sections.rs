//! Sections and their entries. Entries are merged by id across the whole
//! issue (an entry may move between sections), then placed in the section the
//! three-way choice gives, in the merged order of that section.

use std::collections::{HashMap, HashSet};

use super::entries::{kept_despite_deletion, merge_entry};
use super::order::merge_order;
use super::pick::{Picker, three_way};
use crate::model::{Entry, EntryId, FieldConflict, Section, SectionId, SectionStatus, Side};

type Located<'a> = HashMap<EntryId, (SectionId, &'a Entry)>;

pub(super) fn merge(
    base: &[Section],
    ours: &[Section],
    theirs: &[Section],
    found: &mut Vec<FieldConflict>,
) -> Vec<Section> {
    if let Some(value) = three_way(base, ours, theirs) {
        return value.to_vec();
    }
    let (entries, placed) = merge_entries(base, ours, theirs, found);
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let mut merged: HashMap<SectionId, Section> = HashMap::new();
    let mut seen = HashSet::new();
    for id in ours.iter().chain(theirs).chain(base).map(|s| s.id) {
        if seen.insert(id)
            && let Some(section) = one(b.get(&id), o.get(&id), t.get(&id), found)
        {
            merged.insert(id, section);
        }
    }
    let kept: HashSet<SectionId> = merged.keys().copied().collect();
    let list = |sections: &[Section]| sections.iter().map(|s| s.id).collect::<Vec<_>>();
    let order = merge_order(&list(base), &list(ours), &list(theirs), &kept);
    let mut sections: Vec<Section> = order
        .into_iter()
        .filter_map(|id| merged.remove(&id))
        .collect();
    fill(&mut sections, entries, &placed, [&b, &o, &t]);
    for section in &mut sections {
        review_again_if_changed(section, [&b, &o, &t]);
    }
    sections
}

fn by_id(sections: &[Section]) -> HashMap<SectionId, &Section> {
    let mut map = HashMap::with_capacity(sections.len());
    for section in sections {
        map.entry(section.id).or_insert(section);
    }
    map
}

fn locate(sections: &[Section]) -> Located<'_> {
    let mut map = HashMap::new();
    for section in sections {
        for entry in &section.entries {
            map.entry(entry.id).or_insert((section.id, entry));
        }
    }
    map
}

/// Every entry the result keeps, and the section it goes in.
fn merge_entries(
    base: &[Section],
    ours: &[Section],
    theirs: &[Section],
    found: &mut Vec<FieldConflict>,
) -> (HashMap<EntryId, Entry>, HashMap<EntryId, SectionId>) {
    let (b, o, t) = (locate(base), locate(ours), locate(theirs));
    let mut entries = HashMap::new();
    let mut placed = HashMap::new();
    let every = ours.iter().chain(theirs).chain(base);
    for id in every.flat_map(|s| s.entries.iter().map(|e| e.id)) {
        if entries.contains_key(&id) {
            continue;
        }
        let kept = match (b.get(&id), o.get(&id), t.get(&id)) {
            (Some(b), Some(o), Some(t)) => {
                let at = *three_way(&b.0, &o.0, &t.0).unwrap_or(&o.0);
                Some((merge_entry(b.1, o.1, t.1, found), at))
            }
            (Some(b), Some(kept), None) | (Some(b), None, Some(kept)) if b.1 == kept.1 => None,
            (Some(b), Some(kept), None) => {
                Some((kept_despite_deletion(b.1, kept.1, false), kept.0))
            }
            (Some(b), None, Some(kept)) => Some((kept_despite_deletion(b.1, kept.1, true), kept.0)),
            (_, Some(o), _) => Some((o.1.clone(), o.0)),
            (_, None, Some(t)) => Some((t.1.clone(), t.0)),
            (_, None, None) => None,
        };
        if let Some((entry, at)) = kept {
            entries.insert(id, entry);
            placed.insert(id, at);
        }
    }
    (entries, placed)
}

/// A section's own fields; its entries are filled in afterwards.
fn one(
    base: Option<&&Section>,
    ours: Option<&&Section>,
    theirs: Option<&&Section>,
    found: &mut Vec<FieldConflict>,
) -> Option<Section> {
    let kept = match (base, ours, theirs) {
        (Some(b), Some(o), Some(t)) => fields(b, o, t, found),
        (Some(b), Some(kept), None) | (Some(b), None, Some(kept)) => {
            if *b == *kept {
                return None;
            }
            // One side deleted what the other edited: keep the edit, say so.
            let edited = Side::Value(kept.title.clone());
            let (ours_title, theirs_title) = if ours.is_some() {
                (edited, Side::Deleted)
            } else {
                (Side::Deleted, edited)
            };
            found.push(FieldConflict {
                field: format!("section {}", b.id.0),
                base: b.title.clone(),
                ours: ours_title,
                theirs: theirs_title,
            });
            (*kept).clone()
        }
        (_, Some(o), _) => (*o).clone(),
        (_, None, Some(t)) => (*t).clone(),
        (_, None, None) => return None,
    };
    Some(Section {
        entries: Vec::new(),
        ..kept
    })
}

fn fields(b: &Section, o: &Section, t: &Section, found: &mut Vec<FieldConflict>) -> Section {
    let mut pick = Picker {
        place: format!("section {}", o.id.0),
        found,
    };
    let review = pick.field(
        "status",
        &(b.status, b.approval.clone()),
        &(o.status, o.approval.clone()),
        &(t.status, t.approval.clone()),
    );
    Section {
        id: o.id,
        title: pick.field("title", &b.title, &o.title, &t.title),
        tags: pick.set(&b.tags, &o.tags, &t.tags),
        status: review.0,
        approval: review.1,
        entries: Vec::new(),
        reviewer_notes: pick.text(
            "reviewer_notes",
            &b.reviewer_notes,
            &o.reviewer_notes,
            &t.reviewer_notes,
        ),
    }
}

/// Puts each kept entry in its section, in the merged order of that section.
fn fill(
    sections: &mut Vec<Section>,
    mut entries: HashMap<EntryId, Entry>,
    placed: &HashMap<EntryId, SectionId>,
    sides: [&HashMap<SectionId, &Section>; 3],
) {
    let ids_in = |side: &HashMap<SectionId, &Section>, id: SectionId| -> Vec<EntryId> {
        side.get(&id)
            .map(|s| s.entries.iter().map(|e| e.id).collect())
            .unwrap_or_default()
    };
    for section in sections.iter_mut() {
        let kept: HashSet<EntryId> = placed
            .iter()
            .filter(|(_, at)| **at == section.id)
            .map(|(id, _)| *id)
            .collect();
        let [b, o, t] = sides.map(|side| ids_in(side, section.id));
        section.entries = merge_order(&b, &o, &t, &kept)
            .into_iter()
            .filter_map(|id| entries.remove(&id))
            .collect();
    }
    // An entry whose section the result lacks is still kept: last section.
    let mut orphans: Vec<Entry> = entries.into_values().collect();
    if orphans.is_empty() {
        return;
    }
    orphans.sort_by_key(|e| e.id);
    if sections.is_empty() {
        let id = SectionId(1);
        sections.push(Section::new(id, "Kept by a merge"));
    }
    if let Some(last) = sections.last_mut() {
        last.entries.extend(orphans);
    }
}

/// An approval holds for the texts the approver saw: an approved section whose
/// merged texts match no side that has it approved goes back to review.
fn review_again_if_changed(section: &mut Section, sides: [&HashMap<SectionId, &Section>; 3]) {
    if section.status != SectionStatus::Approved {
        return;
    }
    let texts = |s: &Section| -> Vec<(EntryId, String)> {
        s.entries.iter().map(|e| (e.id, e.body.clone())).collect()
    };
    let merged = texts(section);
    let approved_as_merged = sides
        .iter()
        .filter_map(|side| side.get(&section.id))
        .any(|side| {
            side.status == section.status
                && side.approval == section.approval
                && texts(side) == merged
        });
    if !approved_as_merged {
        section.status = SectionStatus::InReview;
        section.approval = None;
    }
}
