//! An open issue with its history: undo, redo, a revision for caches, and
//! whether it differs from the file on disk.

use std::path::PathBuf;

use super::history::{History, Moved, Step};
use super::{Edit, EditError, apply, field_text};
use crate::model::{Issue, SectionId};
use crate::registry::UserOutlets;

pub struct Document {
    issue: Issue,
    /// The file it was opened from or last saved to (or will be saved to);
    /// `None` for a new issue or the sample.
    pub path: Option<PathBuf>,
    revision: u64,
    /// Identifies the content: undo gives back the state id of the content it restores.
    state: u64,
    next_state: u64,
    saved_state: u64,
    history: History,
}

impl Document {
    pub fn new(issue: Issue, path: Option<PathBuf>) -> Self {
        Self {
            issue,
            path,
            revision: 0,
            state: 0,
            next_state: 1,
            saved_state: 0,
            history: History::default(),
        }
    }

    /// A document whose content differs from its file: work recovered after a crash.
    pub fn restored(issue: Issue, path: Option<PathBuf>) -> Self {
        let mut document = Self::new(issue, path);
        document.state = 1;
        document.next_state = 2;
        document
    }

    pub fn issue(&self) -> &Issue {
        &self.issue
    }

    /// Changes whenever what the document shows changes (edit, undo, redo, an
    /// outlet change); caches key on it.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The issue differs from what was last saved or opened.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Undo steps held (at most `history::UNDO_LIMIT`).
    pub fn undo_steps(&self) -> usize {
        self.history.len()
    }

    /// Applies `edit` as an undo step of its own. An edit that changes nothing
    /// leaves no step and no unsaved change. Returns the approved sections the
    /// edit sent back to review.
    pub fn apply(&mut self, edit: Edit) -> Result<Vec<SectionId>, EditError> {
        let before = self.issue.clone();
        let reopened = apply(&mut self.issue, edit)?;
        if self.issue == before {
            return Ok(reopened);
        }
        self.history.push(Step::Issue {
            issue: Box::new(before),
            state: self.state,
        });
        self.changed_to_new_state();
        Ok(reopened)
    }

    /// Applies a keystroke's edit at `now` (seconds on any steady clock). It
    /// joins the current typing step when it changes the same text field as the
    /// keystroke before it, less than `history::TYPING_PAUSE` ago; otherwise it
    /// starts a new step. Edits that are not typing are applied as [`Self::apply`].
    pub fn type_text(&mut self, edit: Edit, now: f64) -> Result<Vec<SectionId>, EditError> {
        let Some(field) = edit.text_field() else {
            return self.apply(edit);
        };
        if let Edit::SetText { text, .. } = &edit
            && field_text(&self.issue, field) == Some(text.as_str())
        {
            return Ok(Vec::new());
        }
        if !self.history.continues_typing(field, now) {
            let state = self.state;
            let reopened = self.apply(edit)?;
            // Only a keystroke that made a step opens a typing step: one
            // that changed nothing (a space the field trims away) would
            // make the next keystrokes join the step before it.
            if self.state != state {
                self.history.typed(field, now);
            }
            return Ok(reopened);
        }
        let reopened = apply(&mut self.issue, edit)?;
        self.history.typed(field, now);
        // Typing back to the saved text is still a change of state: undo
        // restores a state id, and this content has none of its own.
        self.changed_to_new_state();
        Ok(reopened)
    }

    /// Ends the current typing step (the field lost focus): the next keystroke starts a new one.
    pub fn end_typing(&mut self) {
        self.history.end_typing();
    }

    /// Records a change of the user's outlets as an undo step. The issue is
    /// unchanged, so nothing becomes unsaved; the revision moves because
    /// classifications (and so every figure) may have changed.
    pub fn record_outlets(&mut self, before: UserOutlets, after: UserOutlets) {
        if before == after {
            return;
        }
        self.history.push(Step::Outlets { before, after });
        self.revision += 1;
    }

    /// Takes back the last step; `None` when there is none.
    pub fn undo(&mut self) -> Option<Moved> {
        let step = self.history.pop_undo()?;
        let (redo, moved) = self.swap(step, true);
        self.history.push_redo(redo);
        Some(moved)
    }

    /// Does again the last step undone; `None` when there is none.
    pub fn redo(&mut self) -> Option<Moved> {
        let step = self.history.pop_redo()?;
        let (undo, moved) = self.swap(step, false);
        self.history.push_undo_keeping_redo(undo);
        Some(moved)
    }

    /// Puts a step's content in place and returns the step that reverses it.
    fn swap(&mut self, step: Step, undoing: bool) -> (Step, Moved) {
        self.revision += 1;
        match step {
            Step::Issue { issue, state } => {
                let current = std::mem::replace(&mut self.issue, *issue);
                // Undo takes content back, not ids: an id once given out is never given again.
                self.issue.keep_ids_given(current.ids_reserved());
                let reverse = Step::Issue {
                    issue: Box::new(current),
                    state: self.state,
                };
                self.state = state;
                (reverse, Moved::Issue)
            }
            Step::Outlets { before, after } => {
                let restored = if undoing {
                    before.clone()
                } else {
                    after.clone()
                };
                (Step::Outlets { before, after }, Moved::Outlets(restored))
            }
        }
    }

    /// Records that the issue as it is now is what `path` holds.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_state = self.state;
        self.history.end_typing();
    }

    fn changed_to_new_state(&mut self) {
        self.state = self.next_state;
        self.next_state += 1;
        self.revision += 1;
    }
}
