//! The issue and everything in it, as editors and reviewers name them
//! (README, "What an issue holds").
//!
//! Plain data with serde: no rules, no I/O, no window. Rules live in
//! `compliance`, the file in `store`, the window in `ui`.

mod capture;
mod conflict;
mod ids;
mod issue;
mod policy;
mod section;
mod source;

pub use capture::{ArchivedCopy, LinkCheck, LinkHealth, PageField, PageFill, wayback_time};
pub use conflict::{ConflictKind, EntryConflict, FieldConflict, Side};
pub use ids::{EntryId, IdsGiven, SectionId, SourceId, source_list};
pub use issue::{ExportOverride, FORMAT_VERSION, Issue, Period};
pub use policy::{
    OutsidePeriodSeverity, Policy, ShareMetric, SpecialEdition, UnreviewedSeverity,
    VerificationRule,
};
pub use section::{
    Approval, Citation, Comment, DeclarationFlag, Entry, HistoryNote, Section, SectionStatus,
    Suggestion, SuggestionOutcome,
};
pub use source::{
    DeclaredKind, KindOrigin, LONGEST_LINK, Source, SourceKind, StateMediaOverride, Verification,
};
