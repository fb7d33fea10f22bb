//! What the web said about a source, as the library shows it: the fields
//! filled from the page awaiting the editor's word, the work under way on
//! each source (fetching its page, archiving it) and how it ended, the last
//! link check, and the progress of the library-wide batches. Only state
//! shown and actions pushed: the requests are the app's (`app::capture`).

use std::collections::HashMap;

use egui::{RichText, Ui};

use crate::model::{LinkHealth, PageField, Source, SourceId};
use crate::ui::actions::{Action, Actions, CaptureRequest};
use crate::ui::theme;

/// What the tag beside a fetched field says on hover.
pub const FETCHED_HINT: &str = "Filled from the page; check it and confirm";

/// One piece of work on a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Task {
    Running,
    /// Finished; what the editor should know about the result.
    Done(Vec<String>),
    /// Failed, with the reason in words.
    Failed(String),
}

/// The work on one source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceTasks {
    pub fetch: Option<Task>,
    pub archive: Option<Task>,
    /// Its link is being checked.
    pub checking: bool,
}

/// A batch of requests under way, for its progress line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchView {
    pub id: u64,
    /// "Fetching details", "Checking links".
    pub what: &'static str,
    pub done: usize,
    pub total: usize,
    pub cancelling: bool,
}

/// Everything the window shows of the work on the web.
#[derive(Debug, Default)]
pub struct CaptureStatus {
    pub sources: HashMap<SourceId, SourceTasks>,
    /// The batches shown with a progress line (a single source's fetch is not).
    pub batches: Vec<BatchView>,
}

impl CaptureStatus {
    pub fn of(&self, id: SourceId) -> Option<&SourceTasks> {
        self.sources.get(&id)
    }
}

/// The progress of each batch, with its Cancel button.
pub fn progress(ui: &mut Ui, status: &CaptureStatus, actions: &mut Actions) {
    for batch in &status.batches {
        ui.horizontal(|ui| {
            ui.spinner();
            let text = format!("{}: {} of {}", batch.what, batch.done, batch.total);
            ui.label(&text);
            let fraction = batch.done as f32 / batch.total.max(1) as f32;
            ui.add(egui::ProgressBar::new(fraction).desired_width(160.0));
            if batch.cancelling {
                ui.label(
                    RichText::new("Cancelling: the requests under way finish, no new one starts")
                        .weak(),
                );
            } else if ui
                .button("Cancel")
                .on_hover_text("Start no new request; those under way finish and are kept")
                .clicked()
            {
                actions.push(Action::Capture(CaptureRequest::Cancel(batch.id)));
            }
        });
    }
}

/// The small tag beside a field filled from the page.
pub fn fetched_tag(ui: &mut Ui, source: &Source, field: PageField) {
    if source.is_fetched(field) {
        ui.label(
            RichText::new("fetched")
                .small()
                .color(theme::tokens(ui).warning),
        )
        .on_hover_text(FETCHED_HINT);
    }
}

/// In the library's table: the source's page is being read, or some of its
/// fields came from it and await the editor's word.
pub fn table_mark(ui: &mut Ui, source: &Source, status: &CaptureStatus) {
    let fetch = status.of(source.id).and_then(|t| t.fetch.as_ref());
    if let Some(Task::Running) = fetch {
        ui.spinner();
    } else if let Some(Task::Failed(reason)) = fetch {
        ui.label(
            RichText::new("not fetched")
                .small()
                .color(theme::tokens(ui).error),
        )
        .on_hover_text(format!(
            "Details not fetched: {reason}. Select the source to try again, or type its \
                 details by hand."
        ));
    } else if !source.fetched.is_empty() {
        let fields: Vec<&str> = source.fetched.iter().map(|f| f.name()).collect();
        ui.label(
            RichText::new("fetched")
                .small()
                .color(theme::tokens(ui).warning),
        )
        .on_hover_text(format!(
            "{FETCHED_HINT} ({}): select the source, then Confirm.",
            fields.join(", ")
        ));
    }
}

/// The source editor's Fetch details button, how the last fetch went, and
/// the fields awaiting confirmation with the Confirm button.
pub fn fetch_rows(ui: &mut Ui, source: &Source, status: &CaptureStatus, actions: &mut Actions) {
    let id = source.id;
    let task = status.of(id).and_then(|t| t.fetch.as_ref());
    ui.horizontal_wrapped(|ui| {
        let running = matches!(task, Some(Task::Running));
        if ui
            .add_enabled(!running, egui::Button::new("Fetch details"))
            .on_hover_text(
                "Read this link's page once to fill the empty fields (title, outlet, date, \
                 author, language); what you typed stays",
            )
            .clicked()
        {
            actions.push(Action::Capture(CaptureRequest::Fetch(id)));
        }
        match task {
            Some(Task::Running) => {
                ui.spinner();
                ui.label("Reading the page…");
            }
            Some(Task::Done(_)) => {
                ui.label(RichText::new("Details fetched.").color(theme::tokens(ui).ok));
            }
            Some(Task::Failed(reason)) => {
                ui.label(
                    RichText::new(format!(
                        "Details not fetched: {reason}. Check that the address opens in a \
                         browser and try again, or type the details by hand."
                    ))
                    .color(theme::tokens(ui).error),
                );
            }
            None => {}
        }
    });
    if let Some(Task::Done(notes)) = task {
        for note in notes {
            ui.label(RichText::new(note).small().color(theme::tokens(ui).warning));
        }
    }
    if !source.fetched.is_empty() {
        ui.horizontal_wrapped(|ui| {
            let fields: Vec<&str> = source.fetched.iter().map(|f| f.name()).collect();
            ui.label(
                RichText::new(format!(
                    "Filled from the page: {}. Check, then confirm (typing in a field confirms it too).",
                    fields.join(", ")
                ))
                .small(),
            );
            if ui
                .button("Confirm")
                .on_hover_text("The fetched fields are right as they are")
                .clicked()
            {
                actions.edit(crate::edit::Edit::ConfirmFetched(id));
            }
        });
    }
}

/// The archived copy (or the Archive button and how the last try went) and
/// the last link check.
pub fn archive_and_link_rows(
    ui: &mut Ui,
    source: &Source,
    status: &CaptureStatus,
    actions: &mut Actions,
) {
    let id = source.id;
    let tasks = status.of(id);
    ui.horizontal_wrapped(|ui| {
        ui.label("Archived copy:");
        match &source.archived {
            Some(copy) => {
                ui.hyperlink_to(copy.url.as_str(), copy.url.as_str());
                ui.label(
                    RichText::new(format!("taken {}", copy.taken.format("%Y-%m-%d %H:%M UTC")))
                        .small()
                        .weak(),
                );
            }
            None => {
                ui.label(RichText::new("none").weak());
            }
        }
        let task = tasks.and_then(|t| t.archive.as_ref());
        let running = matches!(task, Some(Task::Running));
        if ui
            .add_enabled(!running, egui::Button::new("Archive"))
            .on_hover_text(
                "Ask the Internet Archive for its copy of this page taken after it was \
                 published, or for a new copy",
            )
            .clicked()
        {
            actions.push(Action::Capture(CaptureRequest::Archive(id)));
        }
        match task {
            Some(Task::Running) => {
                ui.spinner();
                ui.label("Asking the archive…");
            }
            Some(Task::Done(notes)) => {
                ui.label(RichText::new(notes.join(" ")).color(theme::tokens(ui).ok));
            }
            Some(Task::Failed(reason)) => {
                ui.label(
                    RichText::new(format!(
                        "Not archived: {reason}. The archive is often slow or busy: try again \
                         later."
                    ))
                    .color(theme::tokens(ui).error),
                );
            }
            None => {}
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("Link:");
        if tasks.is_some_and(|t| t.checking) {
            ui.spinner();
            ui.label("checking…");
            return;
        }
        let Some(check) = &source.link else {
            ui.label(RichText::new("not checked yet (Review menu, Check links)").weak());
            return;
        };
        let when = check.at.format("%Y-%m-%d %H:%M UTC");
        let (text, colour) = match &check.health {
            LinkHealth::Alive { status } => (
                format!("alive (the site answered {status}), checked {when}"),
                theme::tokens(ui).ok,
            ),
            LinkHealth::Dead { reason } => (
                format!(
                    "dead: {reason}, checked {when}. Find the article's new address, or cite \
                     an archived copy."
                ),
                theme::tokens(ui).error,
            ),
            LinkHealth::Moved { to, status } => (
                format!(
                    "moved to {to}{}, checked {when}. Check that it is still the article you \
                     cite, and who publishes it now.",
                    if *status == 0 {
                        " (which did not answer)".to_owned()
                    } else {
                        format!(" (answered {status})")
                    }
                ),
                theme::tokens(ui).warning,
            ),
        };
        ui.label(RichText::new(text).color(colour));
    });
}
