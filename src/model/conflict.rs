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
/// title or status, a source's field), or a section or source one side
/// deleted and the other edited. The issue keeps ours; the values are RON,
/// as in the file (a whole section's side is its title).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldConflict {
    /// Where: `title`, `policy.limit`, `section 3 title`, `source 7 url`, `section 3`.
    pub field: String,
    pub base: String,
    pub ours: Side,
    pub theirs: Side,
}

/// One side of a field conflict: what it holds, or that it deleted the
/// section or source. Typed, so that a title edited to nothing is a value
/// and never reads as a deletion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    Value(String),
    Deleted,
}

impl Side {
    /// The side as a person reads it: its value, or "deleted".
    pub fn shown(&self) -> &str {
        match self {
            Self::Value(value) => value,
            Self::Deleted => "(deleted)",
        }
    }
}

/// Written as `Some("…")` or `None`.
impl Serialize for Side {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Value(value) => serializer.serialize_some(value),
            Self::Deleted => serializer.serialize_none(),
        }
    }
}

/// Reads `Some("…")` and `None`, and the plain strings of files before
/// format 4, where an empty string meant the side deleted the object.
impl<'de> Deserialize<'de> for Side {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SideVisitor;
        impl<'de> serde::de::Visitor<'de> for SideVisitor {
            type Value = Side;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("Some(\"value\") or None")
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Side, D::Error> {
                String::deserialize(d).map(Side::Value)
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Side, E> {
                Ok(Side::Deleted)
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Side, E> {
                Ok(if text.is_empty() {
                    Side::Deleted
                } else {
                    Side::Value(text.to_owned())
                })
            }
        }
        deserializer.deserialize_any(SideVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conflict(ours: Side, theirs: Side) -> FieldConflict {
        FieldConflict {
            field: "section 3".to_owned(),
            base: "Russia".to_owned(),
            ours,
            theirs,
        }
    }

    #[test]
    fn an_empty_value_and_a_deletion_stay_apart_in_the_file() {
        let both = conflict(Side::Value(String::new()), Side::Deleted);
        let text = ron::to_string(&both).expect("written");
        assert!(
            text.contains("ours:Some(\"\")") && text.contains("theirs:None"),
            "{text}"
        );
        assert_eq!(ron::from_str::<FieldConflict>(&text).ok(), Some(both));
    }

    #[test]
    fn a_conflict_of_format_3_reads_an_empty_side_as_deleted() {
        let old = r#"(field: "section 3", base: "Russia", ours: "Rusia", theirs: "")"#;
        assert_eq!(
            ron::from_str::<FieldConflict>(old).ok(),
            Some(conflict(Side::Value("Rusia".to_owned()), Side::Deleted))
        );
    }
}
