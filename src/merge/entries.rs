//! One entry on both sides: its text word by word, its citations as a set,
//! its flag, comments, history and suggestions as unions.

use super::pick::{Picker, keyed_union3, three_way, union3};
use super::words::merge_text;
use crate::model::{Comment, ConflictKind, Entry, EntryConflict, FieldConflict, Suggestion};

/// The merged entry; it carries an [`EntryConflict`] when its text could not
/// be merged. A language both sides declared differently is a field conflict
/// in `found` ("entry N.language"), ours kept until it is settled.
pub(super) fn merge_entry(
    base: &Entry,
    ours: &Entry,
    theirs: &Entry,
    found: &mut Vec<FieldConflict>,
) -> Entry {
    if let Some(value) = three_way(base, ours, theirs) {
        return value.clone();
    }
    let (body, conflict) = match three_way(&base.body, &ours.body, &theirs.body)
        .cloned()
        .or_else(|| merge_text(&base.body, &ours.body, &theirs.body))
    {
        Some(body) => (body, None),
        None => (
            ours.body.clone(),
            Some(EntryConflict {
                kind: ConflictKind::BothEdited,
                base: base.body.clone(),
                ours: ours.body.clone(),
                theirs: theirs.body.clone(),
                theirs_by: String::new(),
            }),
        ),
    };
    let declaration = three_way(&base.declaration, &ours.declaration, &theirs.declaration)
        .cloned()
        // Flags are a union: a flag either side set stays until cleared by hand.
        .unwrap_or_else(|| {
            ours.declaration
                .clone()
                .or_else(|| theirs.declaration.clone())
        });
    Entry {
        id: ours.id,
        body,
        citations: union3(&base.citations, &ours.citations, &theirs.citations),
        declaration,
        comments: comments(&base.comments, &ours.comments, &theirs.comments),
        history: union3(&base.history, &ours.history, &theirs.history),
        conflict: conflict.or_else(|| {
            three_way(&base.conflict, &ours.conflict, &theirs.conflict)
                .cloned()
                .unwrap_or_else(|| ours.conflict.clone())
        }),
        suggestions: suggestions(&base.suggestions, &ours.suggestions, &theirs.suggestions),
        language: Picker {
            place: format!("entry {}", ours.id.0),
            found,
        }
        .field("language", &base.language, &ours.language, &theirs.language),
    }
}

/// Suggestions matched by author, time and text: a union, where a suggestion
/// one side accepted or rejected stays closed.
fn suggestions(base: &[Suggestion], ours: &[Suggestion], theirs: &[Suggestion]) -> Vec<Suggestion> {
    keyed_union3(
        base,
        ours,
        theirs,
        |s| (s.author.clone(), s.at, s.text.clone()),
        |base, ours, theirs| {
            let outcome = base
                .and_then(|base| three_way(&base.outcome, &ours.outcome, &theirs.outcome))
                .copied()
                .unwrap_or(ours.outcome.or(theirs.outcome));
            Suggestion {
                outcome,
                ..ours.clone()
            }
        },
    )
}

/// An entry one side deleted and the other changed: kept, with both versions.
pub(super) fn kept_despite_deletion(base: &Entry, kept: &Entry, ours_deleted: bool) -> Entry {
    let mut entry = kept.clone();
    let (kind, ours, theirs) = if ours_deleted {
        (ConflictKind::OursDeleted, String::new(), kept.body.clone())
    } else {
        (
            ConflictKind::TheirsDeleted,
            kept.body.clone(),
            String::new(),
        )
    };
    entry.conflict = Some(EntryConflict {
        kind,
        base: base.body.clone(),
        ours,
        theirs,
        theirs_by: String::new(),
    });
    entry
}

/// Threads matched by author and time; replies merge the same way.
fn comments(base: &[Comment], ours: &[Comment], theirs: &[Comment]) -> Vec<Comment> {
    keyed_union3(base, ours, theirs, |c| (c.author.clone(), c.at), comment)
}

fn comment(base: Option<&Comment>, ours: &Comment, theirs: &Comment) -> Comment {
    let empty = Comment {
        author: ours.author.clone(),
        at: ours.at,
        text: String::new(),
        resolved: false,
        replies: Vec::new(),
    };
    let base = base.unwrap_or(&empty);
    if let Some(value) = three_way(base, ours, theirs) {
        return value.clone();
    }
    let mut replies = comments(&base.replies, &ours.replies, &theirs.replies);
    let text = match three_way(&base.text, &ours.text, &theirs.text)
        .cloned()
        .or_else(|| merge_text(&base.text, &ours.text, &theirs.text))
    {
        Some(text) => text,
        None => {
            // Both reworded the remark: theirs becomes a reply, so neither is lost.
            replies.push(Comment {
                replies: Vec::new(),
                ..theirs.clone()
            });
            ours.text.clone()
        }
    };
    Comment {
        author: ours.author.clone(),
        at: ours.at,
        text,
        resolved: *three_way(&base.resolved, &ours.resolved, &theirs.resolved)
            .unwrap_or(&ours.resolved),
        replies,
    }
}
