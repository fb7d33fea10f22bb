//! The issue open for editing, with what ties it to its file: the change
//! stamp (was the file changed by someone else since?), the merge base (what
//! the file held when last read or written), the recovery copy and the
//! autosave clock. No egui here: opening, saving, restoring after a crash,
//! merging a file changed on disk and closing are tested without a window.

mod open_issue;
pub mod recovery;

pub use open_issue::{FromDisk, NotSaved, OpenIssue};
pub use recovery::{AUTOSAVE_DELAY, Offer, RecoveredWork, Recovery};
