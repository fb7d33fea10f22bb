//! The order of sections, of a section's entries and of the library after a
//! merge: the side that reordered wins (ours when both did), and what only the
//! other side holds goes after the item it follows there.

use std::collections::HashSet;
use std::hash::Hash;

/// `kept` is every id the result holds; ids on no side's list go last.
pub(super) fn merge_order<T: Copy + Eq + Hash>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    kept: &HashSet<T>,
) -> Vec<T> {
    let (primary, others) = if ours == base {
        (theirs, [ours, base])
    } else {
        (ours, [theirs, base])
    };
    let mut placed: HashSet<T> = HashSet::with_capacity(kept.len());
    let mut out: Vec<T> = Vec::with_capacity(kept.len());
    for &id in primary {
        if kept.contains(&id) && placed.insert(id) {
            out.push(id);
        }
    }
    for side in others {
        let on_side: HashSet<T> = side.iter().copied().collect();
        for (index, &id) in side.iter().enumerate() {
            if !kept.contains(&id) || placed.contains(&id) {
                continue;
            }
            let mut at = side[..index]
                .iter()
                .rev()
                .find_map(|before| out.iter().position(|x| x == before))
                .map_or(0, |position| position + 1);
            // After what the first side added there too: theirs go after ours.
            while out.get(at).is_some_and(|x| !on_side.contains(x)) {
                at += 1;
            }
            out.insert(at, id);
            placed.insert(id);
        }
    }
    out
}
