//! Review steps signed with the reviewer's name and the time before they
//! become edits of the issue.

use super::WorkbenchApp;
use crate::compliance::OpenMatters;
use crate::edit::Edit;
use crate::model::{
    Approval, Comment, DeclarationFlag, HistoryNote, SectionStatus, Suggestion, Verification,
};
use crate::ui::actions::Review;
use crate::ui::dialogs::Dialog;

impl WorkbenchApp {
    /// A review step from the window: approving a section with errors,
    /// unresolved comments, open suggestions or flags asks first.
    pub(super) fn review(&mut self, review: Review) {
        if let Review::SetStatus {
            section,
            status: SectionStatus::Approved,
        } = review
        {
            self.derived();
            let report = self.view.derived.as_ref().map(|derived| &derived.report);
            let shown = self.open.document.issue().section(section);
            let (Some(report), Some(shown)) = (report, shown) else {
                return;
            };
            let open = OpenMatters::of(report, shown);
            if !open.is_empty() {
                self.dialog = Some(Dialog::ApproveOpen {
                    section,
                    title: shown.title.clone(),
                    open: open.summary(),
                });
                return;
            }
        }
        self.sign(review);
    }

    /// Signs a review step with the reviewer's name and the time, then applies it.
    pub(super) fn sign(&mut self, review: Review) {
        if self.prefs.reviewer.trim().is_empty() {
            self.dialog = Some(self.preferences_dialog(Some(review)));
            return;
        }
        let by = self.prefs.reviewer.trim().to_owned();
        let at = (self.clock)();
        let comment = |text: String| Comment {
            author: by.clone(),
            at,
            text: text.trim().to_owned(),
            resolved: false,
            replies: Vec::new(),
        };
        let edit = match review {
            Review::SetStatus { section, status } => {
                if status == SectionStatus::Approved {
                    self.approved(section);
                }
                Edit::SetSectionStatus {
                    section,
                    status,
                    approval: (status == SectionStatus::Approved).then(|| Approval {
                        reviewer: by.clone(),
                        at,
                    }),
                }
            }
            Review::Flag { entry, note } => Edit::FlagDeclaration {
                entry,
                flag: DeclarationFlag {
                    note: note.trim().to_owned(),
                    by: by.clone(),
                    at: Some(at),
                },
            },
            Review::ClearFlag { entry, resolution } => Edit::ClearDeclaration {
                entry,
                resolution: HistoryNote {
                    at,
                    by: by.clone(),
                    text: resolution,
                },
            },
            Review::Comment { entry, text } => Edit::AddComment {
                entry,
                comment: comment(text),
            },
            Review::Reply {
                entry,
                thread,
                text,
            } => Edit::Reply {
                entry,
                thread,
                reply: comment(text),
            },
            Review::Resolve {
                entry,
                thread,
                resolved,
            } => Edit::SetThreadResolved {
                entry,
                thread,
                resolved,
            },
            Review::Verify { source, verified } => Edit::SetVerified {
                source,
                verification: verified.then(|| Verification { by: by.clone(), at }),
            },
            Review::Suggest { entry, text } => Edit::AddSuggestion {
                entry,
                suggestion: Suggestion {
                    author: by.clone(),
                    at,
                    text,
                    outcome: None,
                },
            },
        };
        self.edit(edit);
    }
}
