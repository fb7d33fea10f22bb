//! The History window: the versions of the issue file (kept on save, and the
//! file's git commits), newest first with what each changed; the selected one
//! compared with the issue open here, entry by entry with the changed words
//! marked, and restoring an entry, a section or the whole issue, each one
//! undo step.

use std::path::Path;

use egui::text::LayoutJob;
use egui::{Color32, RichText, Stroke, TextFormat};

use crate::edit::Edit;
use crate::history::{self, Change, Version, VersionStore, WordChange};
use crate::model::{EntryId, Issue, SectionId};
use crate::t;
use crate::ui::actions::Actions;

/// What the History window shows.
#[derive(Default)]
pub struct HistoryState {
    pub open: bool,
    rows: Vec<Row>,
    selected: Option<usize>,
    /// The selected version compared with the issue at a document revision:
    /// recomputed when either changes, not every frame.
    compared: Option<Compared>,
}

struct Compared {
    selected: usize,
    revision: u64,
    changes: Vec<Change>,
}

struct Row {
    label: String,
    /// The issue of this version; `None` when it could not be read (the reason).
    issue: Result<Issue, String>,
}

impl HistoryState {
    /// Opens the window on the versions of the file at `path`.
    pub fn open_on(&mut self, versions: Option<&VersionStore>, path: Option<&Path>) {
        self.open = true;
        self.selected = None;
        self.compared = None;
        self.rows.clear();
        let Some(path) = path else {
            return;
        };
        let listed: Vec<Version> = history::all_versions(versions, path);
        let issues: Vec<Result<Issue, String>> = listed
            .iter()
            .map(|v| history::load(v).map_err(|e| e.to_string()))
            .collect();
        for (index, version) in listed.iter().enumerate() {
            let what = match (&issues[index], issues.get(index + 1)) {
                (Err(error), _) => t!("history-cannot-be-read", error = error),
                (Ok(_), None) => t!("history-first-version"),
                (Ok(_), Some(Err(_))) => t!("history-changes-unknown"),
                (Ok(new), Some(Ok(old))) => {
                    history::summary(&history::compare(old, new)).to_string()
                }
            };
            let who = version
                .author
                .clone()
                .unwrap_or_else(|| t!("history-saved-here"));
            self.rows.push(Row {
                label: format!(
                    "{} · {who} · {what}",
                    version.when.format("%Y-%m-%d %H:%M:%S UTC")
                ),
                issue: issues[index].clone(),
            });
        }
    }
}

fn section_title(issue: &Issue, old: &Issue, section: SectionId) -> String {
    issue
        .sections
        .iter()
        .chain(&old.sections)
        .find(|s| s.id == section)
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

fn entry_body(issue: &Issue, entry: EntryId) -> String {
    issue
        .sections
        .iter()
        .flat_map(|s| &s.entries)
        .find(|e| e.id == entry)
        .map(|e| e.body.clone())
        .unwrap_or_default()
}

/// The changed words: deleted red and struck through, inserted green.
fn words_job(ui: &egui::Ui, words: &[WordChange]) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = ui.visuals().text_color();
    let mut job = LayoutJob::default();
    for run in words {
        let (text, format) = match run {
            WordChange::Same(text) => (text, TextFormat::simple(font.clone(), plain)),
            WordChange::Deleted(text) => (
                text,
                TextFormat {
                    strikethrough: Stroke::new(1.0, Color32::from_rgb(200, 40, 40)),
                    ..TextFormat::simple(font.clone(), Color32::from_rgb(200, 40, 40))
                },
            ),
            WordChange::Inserted(text) => (
                text,
                TextFormat::simple(font.clone(), Color32::from_rgb(20, 140, 40)),
            ),
        };
        job.append(text, 0.0, format);
    }
    job
}

/// Draws the History window when open; `revision` is the document's, so the
/// comparison is made again only after an edit.
pub fn show(
    ctx: &egui::Context,
    state: &mut HistoryState,
    current: &Issue,
    revision: u64,
    actions: &mut Actions,
) {
    let mut open = state.open;
    egui::Window::new(t!("command-history"))
        // One window in every language (egui would take its id from the title).
        .id(egui::Id::unique("history_window"))
        .open(&mut open)
        .default_size([560.0, 520.0])
        .show(ctx, |ui| {
            if state.rows.is_empty() {
                ui.label(t!("history-no-versions"));
                return;
            }
            egui::ScrollArea::vertical()
                .id_salt("history_versions")
                .max_height(180.0)
                .show(ui, |ui| {
                    for (index, row) in state.rows.iter().enumerate() {
                        if ui
                            .selectable_label(state.selected == Some(index), &row.label)
                            .clicked()
                        {
                            state.selected = Some(index);
                        }
                    }
                });
            ui.separator();
            let Some((selected, row)) = state
                .selected
                .and_then(|i| state.rows.get(i).map(|row| (i, row)))
            else {
                ui.label(t!("history-select-version"));
                return;
            };
            let old = match &row.issue {
                Ok(old) => old,
                Err(error) => {
                    ui.label(error);
                    return;
                }
            };
            if ui.button(t!("history-restore-issue")).clicked() {
                actions.edit(Edit::ReplaceIssue(Box::new(old.clone())));
            }
            let fresh = state
                .compared
                .as_ref()
                .is_some_and(|c| c.selected == selected && c.revision == revision);
            if !fresh {
                state.compared = Some(Compared {
                    selected,
                    revision,
                    changes: history::compare(old, current),
                });
            }
            let changes = state
                .compared
                .as_ref()
                .map_or(&[][..], |c| c.changes.as_slice());
            if changes.is_empty() {
                ui.label(t!("history-same"));
            }
            egui::ScrollArea::vertical()
                .id_salt("history_changes")
                .show(ui, |ui| {
                    for (index, change) in changes.iter().enumerate() {
                        ui.push_id(index, |ui| show_change(ui, change, old, current, actions));
                        ui.separator();
                    }
                });
        });
    state.open = open;
}

fn show_change(
    ui: &mut egui::Ui,
    change: &Change,
    old: &Issue,
    current: &Issue,
    actions: &mut Actions,
) {
    let restore =
        |ui: &mut egui::Ui, actions: &mut Actions, entry: Option<EntryId>, section: SectionId| {
            ui.horizontal(|ui| {
                if let Some(entry) = entry
                    && ui.button(t!("history-restore-entry")).clicked()
                    && let Some(issue) = history::restore_entry(current, old, entry)
                {
                    actions.edit(Edit::ReplaceIssue(Box::new(issue)));
                }
                if old.sections.iter().any(|s| s.id == section)
                    && ui.button(t!("history-restore-section")).clicked()
                    && let Some(issue) = history::restore_section(current, old, section)
                {
                    actions.edit(Edit::ReplaceIssue(Box::new(issue)));
                }
            });
        };
    match change {
        Change::EntryChanged {
            section,
            entry,
            words,
        } => {
            ui.label(
                RichText::new(t!(
                    "history-changed",
                    place = history::entry_place(&[current, old], *entry)
                        .unwrap_or_else(|| section_title(current, old, *section))
                ))
                .strong(),
            );
            if words.is_empty() {
                ui.label(t!("history-same-text"));
            } else {
                ui.label(words_job(ui, words));
            }
            restore(ui, actions, Some(*entry), *section);
        }
        Change::EntryRemoved { section, entry } => {
            ui.label(
                RichText::new(t!(
                    "history-removed",
                    place = history::entry_place(&[old], *entry)
                        .unwrap_or_else(|| section_title(current, old, *section))
                ))
                .strong(),
            );
            ui.label(words_job(
                ui,
                &[WordChange::Deleted(entry_body(old, *entry))],
            ));
            restore(ui, actions, Some(*entry), *section);
        }
        Change::EntryAdded { section, entry } => {
            ui.label(
                RichText::new(t!(
                    "history-added",
                    place = history::entry_place(&[current], *entry)
                        .unwrap_or_else(|| section_title(current, old, *section))
                ))
                .strong(),
            );
            ui.label(words_job(
                ui,
                &[WordChange::Inserted(entry_body(current, *entry))],
            ));
            restore(ui, actions, None, *section);
        }
        Change::SectionAdded { title, .. } => {
            ui.label(RichText::new(t!("history-section-added", title = title)).strong());
        }
        Change::SectionRemoved { section, title } => {
            ui.label(RichText::new(t!("history-section-removed", title = title)).strong());
            restore(ui, actions, None, *section);
        }
        Change::SourceAdded { title, .. } => {
            ui.label(t!("history-source-added", title = title));
        }
        Change::SourceRemoved { title, .. } => {
            ui.label(t!("history-source-removed", title = title));
        }
    }
}
