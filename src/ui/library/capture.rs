//! What the web said about a source, as the library shows it: the fields
//! filled from the page awaiting the editor's word, the work under way on
//! each source (fetching its page, archiving it) and how it ended, the last
//! link check, and the progress of the library-wide batches. Only state
//! shown and actions pushed: the requests are the app's (`app::capture`).

use std::collections::HashMap;

use egui::{RichText, Ui};

use crate::model::{LinkHealth, PageField, Source, SourceId};
use crate::t;
use crate::ui::actions::{Action, Actions, CaptureRequest};
use crate::ui::theme;

/// A field filled from the page as the interface names it: "title", "outlet"…
fn field_name(field: PageField) -> String {
    match field {
        PageField::Title => t!("capture-field-title"),
        PageField::Outlet => t!("capture-field-outlet"),
        PageField::Author => t!("capture-field-author"),
        PageField::Published => t!("capture-field-published"),
        PageField::Language => t!("capture-field-language"),
    }
}

/// The fields of `source` filled from its page, named and listed.
fn fetched_fields(source: &Source) -> String {
    let fields: Vec<String> = source.fetched.iter().map(|f| field_name(*f)).collect();
    fields.join(", ")
}

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
    /// "Fetching details", "Checking links", in the interface's language.
    pub what: String,
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
            let text = t!(
                "capture-progress",
                what = &batch.what,
                done = batch.done,
                total = batch.total
            );
            ui.label(&text);
            let fraction = batch.done as f32 / batch.total.max(1) as f32;
            ui.add(egui::ProgressBar::new(fraction).desired_width(160.0));
            if batch.cancelling {
                ui.label(RichText::new(t!("capture-cancelling")).weak());
            } else if ui
                .button(t!("button-cancel"))
                .on_hover_text(t!("capture-cancel-hint"))
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
            RichText::new(t!("capture-fetched-tag"))
                .small()
                .color(theme::tokens(ui).warning),
        )
        .on_hover_text(t!("capture-fetched-hint"));
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
            RichText::new(t!("capture-not-fetched-tag"))
                .small()
                .color(theme::tokens(ui).error),
        )
        .on_hover_text(t!("capture-not-fetched-hint", reason = reason));
    } else if !source.fetched.is_empty() {
        ui.label(
            RichText::new(t!("capture-fetched-tag"))
                .small()
                .color(theme::tokens(ui).warning),
        )
        .on_hover_text(t!(
            "capture-fetched-table-hint",
            fields = fetched_fields(source)
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
            .add_enabled(!running, egui::Button::new(t!("library-fetch-details")))
            .on_hover_text(t!("capture-fetch-hint"))
            .clicked()
        {
            actions.push(Action::Capture(CaptureRequest::Fetch(id)));
        }
        match task {
            Some(Task::Running) => {
                ui.spinner();
                ui.label(t!("capture-reading-page"));
            }
            Some(Task::Done(_)) => {
                ui.label(RichText::new(t!("capture-details-fetched")).color(theme::tokens(ui).ok));
            }
            Some(Task::Failed(reason)) => {
                ui.label(
                    RichText::new(t!("capture-details-not-fetched", reason = reason))
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
            ui.label(
                RichText::new(t!(
                    "capture-filled-from-page",
                    fields = fetched_fields(source)
                ))
                .small(),
            );
            if ui
                .button(t!("capture-confirm"))
                .on_hover_text(t!("capture-confirm-hint"))
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
        ui.label(t!("capture-archived-copy"));
        match &source.archived {
            Some(copy) => {
                ui.hyperlink_to(copy.url.as_str(), copy.url.as_str());
                ui.label(
                    RichText::new(t!(
                        "capture-archived-taken",
                        when = copy.taken.format("%Y-%m-%d %H:%M UTC").to_string()
                    ))
                    .small()
                    .weak(),
                );
            }
            None => {
                ui.label(RichText::new(t!("capture-archived-none")).weak());
            }
        }
        let task = tasks.and_then(|t| t.archive.as_ref());
        let running = matches!(task, Some(Task::Running));
        if ui
            .add_enabled(!running, egui::Button::new(t!("library-archive")))
            .on_hover_text(t!("capture-archive-hint"))
            .clicked()
        {
            actions.push(Action::Capture(CaptureRequest::Archive(id)));
        }
        match task {
            Some(Task::Running) => {
                ui.spinner();
                ui.label(t!("capture-asking-archive"));
            }
            Some(Task::Done(notes)) => {
                ui.label(RichText::new(notes.join(" ")).color(theme::tokens(ui).ok));
            }
            Some(Task::Failed(reason)) => {
                ui.label(
                    RichText::new(t!("capture-not-archived", reason = reason))
                        .color(theme::tokens(ui).error),
                );
            }
            None => {}
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("capture-link"));
        if tasks.is_some_and(|t| t.checking) {
            ui.spinner();
            ui.label(t!("capture-link-checking"));
            return;
        }
        let Some(check) = &source.link else {
            ui.label(RichText::new(t!("capture-link-not-checked")).weak());
            return;
        };
        let when = check.at.format("%Y-%m-%d %H:%M UTC").to_string();
        let (text, colour) = match &check.health {
            LinkHealth::Alive { status } => (
                t!(
                    "capture-link-alive",
                    status = status.to_string(),
                    when = &when
                ),
                theme::tokens(ui).ok,
            ),
            LinkHealth::Dead { reason } => (
                t!("capture-link-dead", reason = reason, when = &when),
                theme::tokens(ui).error,
            ),
            LinkHealth::Moved { to, status } => (
                t!(
                    "capture-link-moved",
                    to = to,
                    answer = if *status == 0 {
                        t!("capture-link-moved-no-answer")
                    } else {
                        t!("capture-link-moved-answered", status = status.to_string())
                    },
                    when = &when
                ),
                theme::tokens(ui).warning,
            ),
        };
        ui.label(RichText::new(text).color(colour));
    });
}
