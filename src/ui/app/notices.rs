//! What the window tells the user outside dialogs: a notice in the status bar
//! for a few seconds, and problems the desktop reports after the fact.

use super::WorkbenchApp;
use crate::model::SectionId;
use crate::ui::dialogs::Dialog;

/// A message about the last action, shown in the status bar for a few seconds.
pub struct Notice {
    pub text: String,
    /// egui time it was first shown.
    pub(super) since: Option<f64>,
    /// Sections it says were sent back to review: approving them again ends it.
    pub(super) about: Vec<SectionId>,
}

impl WorkbenchApp {
    /// Shows `text` in the status bar for a few seconds.
    pub(in crate::ui) fn say(&mut self, text: String) {
        self.notice = Some(Notice {
            text,
            since: None,
            about: Vec::new(),
        });
    }

    /// An opener that failed after the fact says so: in a message when no
    /// dialog is open, else in the status bar.
    pub(super) fn report_desktop_problems(&mut self, ctx: &egui::Context) {
        // A failing opener exits within a second or two; nothing else would
        // wake an idle window to show it.
        let now = ctx.input(|i| i.time);
        if std::mem::take(&mut self.opener_started) {
            self.watch_opener_until = Some(now + 5.0);
        }
        if self.watch_opener_until.is_some_and(|until| now < until) {
            ctx.request_repaint_after(std::time::Duration::from_millis(300));
        } else {
            self.watch_opener_until = None;
        }
        let problems = self.desktop.take_problems();
        if problems.is_empty() {
            return;
        }
        let text = problems.join("\n");
        if self.dialog.is_none() {
            self.dialog = Some(Dialog::Message {
                title: "Nothing was opened".to_owned(),
                text,
            });
        } else {
            self.say(text);
        }
    }

    /// A notice stays eight seconds.
    pub(super) fn expire_notice(&mut self, ctx: &egui::Context) {
        const SHOWN: f64 = 8.0;
        let now = ctx.input(|i| i.time);
        let Some(notice) = &mut self.notice else {
            return;
        };
        match notice.since {
            None => {
                notice.since = Some(now);
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(SHOWN));
            }
            Some(since) if now - since > SHOWN => self.notice = None,
            Some(_) => {}
        }
    }
}
