//! An open issue with its history: undo, redo, a revision for caches, and
//! whether it differs from the file on disk.

use std::path::PathBuf;

use super::{Edit, EditError, TextField, apply};
use crate::model::{Issue, SectionId};

/// Undo steps kept; older ones are dropped.
const UNDO_LIMIT: usize = 200;

struct Step {
    issue: Issue,
    state: u64,
}

pub struct Document {
    issue: Issue,
    /// The file it was opened from or last saved to; `None` for a new issue or the sample.
    pub path: Option<PathBuf>,
    revision: u64,
    /// Identifies the content: undo gives back the state id of the content it restores.
    state: u64,
    next_state: u64,
    saved_state: u64,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The text field being typed into: further typing there joins the same undo step.
    typing: Option<TextField>,
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
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
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

    /// Changes whenever the issue changes (edit, undo, redo); caches key on it.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The issue differs from what was last saved or opened.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies `edit` as one undo step, or as part of the current typing step
    /// when it changes the same text field as the edit before it. Returns the
    /// approved sections the edit sent back to review.
    pub fn apply(&mut self, edit: Edit) -> Result<Vec<SectionId>, EditError> {
        let field = edit.text_field();
        let joins_typing = field.is_some() && field == self.typing;
        let before = (!joins_typing).then(|| self.issue.clone());
        let reopened = apply(&mut self.issue, edit)?;
        if let Some(issue) = before {
            self.undo.push(Step {
                issue,
                state: self.state,
            });
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.typing = field;
        self.changed_to_new_state();
        Ok(reopened)
    }

    /// Ends the current typing step (the field lost focus): the next keystroke starts a new one.
    pub fn end_typing(&mut self) {
        self.typing = None;
    }

    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let current = std::mem::replace(&mut self.issue, step.issue);
        self.redo.push(Step {
            issue: current,
            state: self.state,
        });
        self.state = step.state;
        self.after_history_move();
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let current = std::mem::replace(&mut self.issue, step.issue);
        self.undo.push(Step {
            issue: current,
            state: self.state,
        });
        self.state = step.state;
        self.after_history_move();
        true
    }

    /// Records that the issue as it is now is what `path` holds.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_state = self.state;
        self.typing = None;
    }

    fn changed_to_new_state(&mut self) {
        self.state = self.next_state;
        self.next_state += 1;
        self.revision += 1;
    }

    fn after_history_move(&mut self) {
        self.typing = None;
        self.revision += 1;
    }
}
