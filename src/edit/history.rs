//! One history for everything Ctrl+Z can take back: snapshots of the issue,
//! and changes to the user's outlets (which live outside the issue, in the
//! user's own file, but change what the issue's figures say).

use std::collections::VecDeque;

use super::TextField;
use crate::model::Issue;
use crate::registry::UserOutlets;

/// Undo steps kept; older ones are dropped.
pub const UNDO_LIMIT: usize = 200;

/// Seconds without a keystroke after which typing in the same field starts a
/// new undo step, as word processors do: Ctrl+Z takes back the last burst of
/// typing, not everything typed into the field since it got the focus.
pub const TYPING_PAUSE: f64 = 1.5;

/// What one undo step gives back.
pub enum Step {
    /// The issue before the step, and the state id of that content.
    Issue { issue: Box<Issue>, state: u64 },
    /// The user's outlets before and after a change.
    Outlets {
        before: UserOutlets,
        after: UserOutlets,
    },
}

/// What an undo or redo changed, for the caller to act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Moved {
    /// The document's issue changed.
    Issue,
    /// These outlets are now the user's: save them and reclassify.
    Outlets(UserOutlets),
}

/// The typing step in progress: its field and the time of its last keystroke.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Typing {
    field: TextField,
    at: f64,
}

#[derive(Default)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    typing: Option<Typing>,
}

impl History {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn len(&self) -> usize {
        self.undo.len()
    }

    /// Whether a keystroke in `field` at `now` continues the typing step.
    pub fn continues_typing(&self, field: TextField, now: f64) -> bool {
        self.typing
            .is_some_and(|typing| typing.field == field && now - typing.at < TYPING_PAUSE)
    }

    /// Notes a keystroke in `field` at `now` (the step it belongs to exists).
    pub fn typed(&mut self, field: TextField, now: f64) {
        self.typing = Some(Typing { field, at: now });
    }

    pub fn end_typing(&mut self) {
        self.typing = None;
    }

    /// Records a new step; a new change makes redo meaningless.
    pub fn push(&mut self, step: Step) {
        self.undo.push_back(step);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.pop_front();
        }
        self.redo.clear();
        self.typing = None;
    }

    pub fn pop_undo(&mut self) -> Option<Step> {
        self.typing = None;
        self.undo.pop_back()
    }

    pub fn pop_redo(&mut self) -> Option<Step> {
        self.typing = None;
        self.redo.pop()
    }

    /// The step that undoes a redo (or redoes an undo), kept without clearing redo.
    pub fn push_undo_keeping_redo(&mut self, step: Step) {
        self.undo.push_back(step);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.pop_front();
        }
    }

    pub fn push_redo(&mut self, step: Step) {
        self.redo.push(step);
    }
}
