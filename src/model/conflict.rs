//! What a three-way merge (`merge`) could not decide, kept in the file until a
//! person decides: never text markers, always data that still loads.

use serde::{Deserialize, Serialize};

/// How the two sides disagreed about one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ConflictKind {
    /// Both sides changed the same words differently.
    #[default]
    BothEdited,
    /// Our side deleted the entry, theirs edited it; the entry was kept.
    OursDeleted,
    /// Their side deleted the entry, ours edited it; the entry was kept.
    TheirsDeleted,
}

/// Both versions of an entry's text. The entry's `body` holds ours (or the
/// edited side's when ours deleted it) until a person resolves the conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryConflict {
    pub kind: ConflictKind,
    pub base: String,
    pub ours: String,
    pub theirs: String,
    /// Who wrote theirs, when the merge knew (a git branch, a colleague).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub theirs_by: String,
}

/// A field both sides changed differently (issue details, policy, a section's
/// title or status, a source's field), or a section one side deleted and the
/// other edited. The issue keeps ours; the values are RON, as in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldConflict {
    /// Where: `title`, `policy.limit`, `section 3 title`, `source 7 url`, `section 3`.
    pub field: String,
    pub base: String,
    pub ours: String,
    pub theirs: String,
}
