//! The library: sources matched by id, merged field by field.

use std::collections::{HashMap, HashSet};

use super::order::merge_order;
use super::pick::{Picker, ron_text, three_way};
use crate::model::{FieldConflict, Side, Source, SourceId};

pub(super) fn merge(
    base: &[Source],
    ours: &[Source],
    theirs: &[Source],
    found: &mut Vec<FieldConflict>,
) -> Vec<Source> {
    if let Some(value) = three_way(base, ours, theirs) {
        return value.to_vec();
    }
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let mut merged: HashMap<SourceId, Source> = HashMap::new();
    let mut seen = HashSet::new();
    for id in ours.iter().chain(theirs).chain(base).map(|s| s.id) {
        if !seen.insert(id) {
            continue;
        }
        if let Some(source) = one(b.get(&id), o.get(&id), t.get(&id), found) {
            merged.insert(id, source);
        }
    }
    let kept: HashSet<SourceId> = merged.keys().copied().collect();
    let list = |sources: &[Source]| sources.iter().map(|s| s.id).collect::<Vec<_>>();
    merge_order(&list(base), &list(ours), &list(theirs), &kept)
        .into_iter()
        .filter_map(|id| merged.remove(&id))
        .collect()
}

fn by_id(sources: &[Source]) -> HashMap<SourceId, &Source> {
    let mut map = HashMap::with_capacity(sources.len());
    for source in sources {
        map.entry(source.id).or_insert(source);
    }
    map
}

fn one(
    base: Option<&&Source>,
    ours: Option<&&Source>,
    theirs: Option<&&Source>,
    found: &mut Vec<FieldConflict>,
) -> Option<Source> {
    match (base, ours, theirs) {
        (Some(b), Some(o), Some(t)) => Some(fields(b, o, t, found)),
        (Some(b), Some(kept), None) | (Some(b), None, Some(kept)) => {
            if *b == *kept {
                return None;
            }
            // One side deleted what the other edited: keep the edit, say so.
            let edited = Side::Value(ron_text(*kept));
            let (ours, theirs) = if ours.is_some() {
                (edited, Side::Deleted)
            } else {
                (Side::Deleted, edited)
            };
            found.push(FieldConflict {
                field: format!("source {}", b.id.0),
                base: ron_text(*b),
                ours,
                theirs,
            });
            Some((*kept).clone())
        }
        (_, Some(o), _) => Some((*o).clone()),
        (_, None, Some(t)) => Some((*t).clone()),
        (_, None, None) => None,
    }
}

fn fields(b: &Source, o: &Source, t: &Source, found: &mut Vec<FieldConflict>) -> Source {
    if let Some(value) = three_way(b, o, t) {
        return value.clone();
    }
    let mut pick = Picker {
        place: format!("source {}", o.id.0),
        found,
    };
    Source {
        id: o.id,
        url: pick.field("url", &b.url, &o.url, &t.url),
        title: pick.field("title", &b.title, &o.title, &t.title),
        outlet: pick.field("outlet", &b.outlet, &o.outlet, &t.outlet),
        author: pick.field("author", &b.author, &o.author, &t.author),
        published: pick.field("published", &b.published, &o.published, &t.published),
        accessed: pick.field("accessed", &b.accessed, &o.accessed, &t.accessed),
        language: pick.field("language", &b.language, &o.language, &t.language),
        kind: pick.field("kind", &b.kind, &o.kind, &t.kind),
        kind_from: pick.field("kind_from", &b.kind_from, &o.kind_from, &t.kind_from),
        page_kind: pick.field("page_kind", &b.page_kind, &o.page_kind, &t.page_kind),
        state_media: pick.field(
            "state_media",
            &b.state_media,
            &o.state_media,
            &t.state_media,
        ),
        notes: pick.text("notes", &b.notes, &o.notes, &t.notes),
        verification: pick.field(
            "verification",
            &b.verification,
            &o.verification,
            &t.verification,
        ),
        fetched: pick.field("fetched", &b.fetched, &o.fetched, &t.fetched),
        archived: pick.field("archived", &b.archived, &o.archived, &t.archived),
        link: pick.field("link", &b.link, &o.link, &t.link),
    }
}
