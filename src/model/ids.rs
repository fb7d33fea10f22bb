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
