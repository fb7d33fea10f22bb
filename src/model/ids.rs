//! Stable identifiers. Entries cite sources by id, so editing a source edits it
//! everywhere it is cited; sections and entries keep their id when reordered.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);
    };
}

id_type!(
    /// A source in the library.
    SourceId
);
id_type!(
    /// A section of the issue.
    SectionId
);
id_type!(
    /// An entry, unique across the whole issue.
    EntryId
);

/// Source ids as a reader sees them, at most `shown` of them and a count of
/// the rest: "#5, #6 and 999,998 more". A hostile file can cite a million.
pub fn source_list(ids: &[SourceId], shown: usize) -> String {
    let named: Vec<String> = ids
        .iter()
        .take(shown)
        .map(|id| format!("#{}", id.0))
        .collect();
    let rest = ids.len().saturating_sub(shown);
    match (named.split_last(), rest) {
        (None, _) => String::new(),
        (Some((last, [])), 0) => last.clone(),
        (Some((last, before)), 0) => format!("{} and {last}", before.join(", ")),
        (Some(_), rest) => format!("{} and {rest} more", named.join(", ")),
    }
}

/// The largest id of each kind an issue has ever given out, deleted objects
/// included. A new object never takes the id of one that was deleted, so a
/// colleague's copy that still holds the old object (or cites the old source)
/// cannot take the new one for it when the copies are merged. Files written
/// before this was kept start from the largest id in use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct IdsGiven {
    pub sections: u32,
    pub entries: u32,
    pub sources: u32,
}

impl IdsGiven {
    /// Nothing recorded: the ids in use are all there is to know.
    pub fn is_unset(&self) -> bool {
        *self == Self::default()
    }

    /// The larger mark of each kind.
    pub fn max(self, other: Self) -> Self {
        Self {
            sections: self.sections.max(other.sections),
            entries: self.entries.max(other.entries),
            sources: self.sources.max(other.sources),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{SourceId, source_list};

    #[test]
    fn a_long_list_of_ids_is_counted_not_spelled_out() {
        let ids: Vec<SourceId> = (5..1_000_005).map(SourceId).collect();
        assert_eq!(source_list(&ids[..1], 3), "#5");
        assert_eq!(source_list(&ids[..2], 3), "#5 and #6");
        assert_eq!(source_list(&ids[..3], 3), "#5, #6 and #7");
        assert_eq!(source_list(&ids, 3), "#5, #6, #7 and 999997 more");
        assert_eq!(source_list(&[], 3), "");
    }
}
