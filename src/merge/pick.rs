//! Three-way choices for single values and for lists, the rule every part of
//! the merge follows: a side that changed a value wins; both sides changing it
//! alike agree; both changing it differently is a conflict.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::model::{FieldConflict, Side};

/// The value the merge takes, or `None` when both sides changed it differently.
pub(super) fn three_way<'a, T: PartialEq + ?Sized>(
    base: &'a T,
    ours: &'a T,
    theirs: &'a T,
) -> Option<&'a T> {
    if ours == theirs || theirs == base {
        Some(ours)
    } else if ours == base {
        Some(theirs)
    } else {
        None
    }
}

/// Picks fields of one object, recording a conflict (and keeping ours) for
/// each field both sides changed differently. `place` prefixes field names.
pub(super) struct Picker<'a> {
    pub place: String,
    pub found: &'a mut Vec<FieldConflict>,
}

impl Picker<'_> {
    pub fn field<T: PartialEq + Clone + Serialize>(
        &mut self,
        name: &str,
        base: &T,
        ours: &T,
        theirs: &T,
    ) -> T {
        match three_way(base, ours, theirs) {
            Some(value) => value.clone(),
            None => {
                self.found.push(FieldConflict {
                    field: self.name(name),
                    base: ron_text(base),
                    ours: Side::Value(ron_text(ours)),
                    theirs: Side::Value(ron_text(theirs)),
                });
                ours.clone()
            }
        }
    }

    /// A free text: disjoint word changes both survive, overlapping ones conflict.
    pub fn text(&mut self, name: &str, base: &str, ours: &str, theirs: &str) -> String {
        if let Some(value) = three_way(base, ours, theirs) {
            return value.to_owned();
        }
        match super::words::merge_text(base, ours, theirs) {
            Some(merged) => merged,
            None => self.field(name, &base.to_owned(), &ours.to_owned(), &theirs.to_owned()),
        }
    }

    /// A list whose items are kept as a set: what either side added is kept,
    /// what either side removed goes (unless the other side added it back).
    pub fn set<T: PartialEq + Clone>(&self, base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
        union3(base, ours, theirs)
    }

    fn name(&self, field: &str) -> String {
        if self.place.is_empty() {
            field.to_owned()
        } else {
            format!("{}.{field}", self.place)
        }
    }
}

/// A value as the file writes it, for a conflict's record.
pub(super) fn ron_text<T: Serialize + ?Sized>(value: &T) -> String {
    ron::to_string(value).unwrap_or_default()
}

/// Lists merged as sets, in ours' order with theirs' additions after.
pub(super) fn union3<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    if let Some(value) = three_way(base, ours, theirs) {
        return value.to_vec();
    }
    let mut out: Vec<T> = ours
        .iter()
        .filter(|item| !base.contains(item) || theirs.contains(item))
        .cloned()
        .collect();
    for item in theirs {
        if !base.contains(item) && !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

/// Sets merged as `union3` merges lists: what either side added stays, what
/// either side removed goes.
pub(super) fn set_union3<T: Ord + Clone>(
    base: &BTreeSet<T>,
    ours: &BTreeSet<T>,
    theirs: &BTreeSet<T>,
) -> BTreeSet<T> {
    let kept = ours
        .iter()
        .filter(|item| !base.contains(item) || theirs.contains(item));
    let added = theirs.iter().filter(|item| !base.contains(item));
    kept.chain(added).cloned().collect()
}

/// Lists of objects matched by `key`: each side's deletions of unchanged
/// objects hold, objects on both sides are merged by `both`, and an object one
/// side deleted and the other changed is kept.
pub(super) fn keyed_union3<T, K>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
    both: impl Fn(Option<&T>, &T, &T) -> T,
) -> Vec<T>
where
    T: PartialEq + Clone,
    K: PartialEq,
{
    if let Some(value) = three_way(base, ours, theirs) {
        return value.to_vec();
    }
    let find = |list: &[T], k: &K| list.iter().find(|item| key(item) == *k).cloned();
    let mut out = Vec::with_capacity(ours.len());
    for mine in ours {
        let k = key(mine);
        let old = find(base, &k);
        match (find(theirs, &k), &old) {
            (Some(other), _) => out.push(both(old.as_ref(), mine, &other)),
            (None, Some(old)) if old == mine => {}
            (None, _) => out.push(mine.clone()),
        }
    }
    for other in theirs {
        let k = key(other);
        if ours.iter().any(|mine| key(mine) == k) {
            continue;
        }
        match find(base, &k) {
            Some(old) if old == *other => {}
            _ => out.push(other.clone()),
        }
    }
    out
}
