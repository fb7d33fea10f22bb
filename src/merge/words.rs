//! A word-level three-way merge of one text (diff3 over UAX #29 word
//! boundaries): changes to different words both survive; the same words
//! changed differently on both sides are a conflict.

use similar::{Algorithm, DiffOp, capture_diff_slices};
use unicode_segmentation::UnicodeSegmentation;

/// The merged text, or `None` when both sides changed the same place differently.
pub(crate) fn merge_text(base: &str, ours: &str, theirs: &str) -> Option<String> {
    let base: Vec<&str> = base.split_word_bounds().collect();
    let ours: Vec<&str> = ours.split_word_bounds().collect();
    let theirs: Vec<&str> = theirs.split_word_bounds().collect();
    let to_ours = matches(&base, &ours);
    let to_theirs = matches(&base, &theirs);
    let mut out = String::new();
    let (mut i, mut j, mut k) = (0, 0, 0);
    loop {
        // The next base word both sides kept: everything before it is a chunk
        // that at most one side may have changed.
        let stable = (i..base.len()).find_map(|b| Some((b, to_ours[b]?, to_theirs[b]?)));
        let (b_end, o_end, t_end) = stable.unwrap_or((base.len(), ours.len(), theirs.len()));
        let chunk = resolve(&base[i..b_end], &ours[j..o_end], &theirs[k..t_end])?;
        chunk.iter().for_each(|token| out.push_str(token));
        match stable {
            Some((b, o, t)) => {
                out.push_str(base[b]);
                (i, j, k) = (b + 1, o + 1, t + 1);
            }
            None => return Some(out),
        }
    }
}

fn resolve<'a>(
    base: &'a [&'a str],
    ours: &'a [&'a str],
    theirs: &'a [&'a str],
) -> Option<&'a [&'a str]> {
    super::pick::three_way(base, ours, theirs)
}

/// For each base token, the index of the same token in `side` when the diff kept it.
fn matches(base: &[&str], side: &[&str]) -> Vec<Option<usize>> {
    let mut map = vec![None; base.len()];
    for op in capture_diff_slices(Algorithm::Myers, base, side) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for offset in 0..len {
                map[old_index + offset] = Some(new_index + offset);
            }
        }
    }
    map
}
