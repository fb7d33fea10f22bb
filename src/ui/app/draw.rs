//! Drawing the window: the panels around the centre, the outlet editor and
//! the modal dialog, each given the state it shows and the actions to push.

use super::{DocumentView, WorkbenchApp};
use crate::ui::actions::{Actions, Centre};
use crate::ui::command::Command;
use crate::ui::prefs::LibraryPanel;
use crate::ui::{
    archive, details, dialogs, find_bar, findings, icons, library, menu, outline, section_view,
    share_meter, spelling, status_bar, theme, tour,
};

impl WorkbenchApp {
    pub(super) fn draw(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        let name = self.file_name();
        self.view.section_view.spelling.follow(
            self.open.document.issue(),
            &self.registry,
            self.prefs.spelling.options(),
            spelling::Folders {
                word_lists: self.word_lists.as_deref(),
                dictionaries: self.dictionaries.as_deref(),
            },
        );
        let DocumentView {
            selection,
            outline,
            section_view,
            library,
            derived,
            capture,
            ..
        } = &mut self.view;
        let Some(derived) = derived.as_ref() else {
            return;
        };
        let issue = self.open.document.issue();
        let tokens = theme::tokens(ui);
        let bar = egui::Frame::side_top_panel(ui.style()).fill(tokens.bar);
        let mut places = tour::Places::default();
        let menu_bar = egui::Panel::top("menu_bar").frame(bar).show(ui, |ui| {
            let context = menu::MenuContext {
                can_undo: self.open.document.can_undo(),
                can_redo: self.open.document.can_redo(),
                recent: &self.prefs.recent,
                show_outline: self.show_outline,
                show_library: self.prefs.library.shown,
                suggest: section_view.suggest,
                fetch_added: self.prefs.fetch_pasted,
                theme: self.prefs.theme,
            };
            menu::show(ui, &context, actions);
        });
        places.menu_bar = Some(menu_bar.response.rect);
        egui::Panel::top("masthead").show(ui, |ui| {
            ui.add_space(4.0);
            places.meter = Some(share_meter::masthead_and_meter(ui, issue, &derived.report));
            ui.add_space(4.0);
        });
        if self.find.open {
            egui::Panel::top("find_bar").show(ui, |ui| {
                find_bar::show(ui, issue, &mut self.find, actions);
            });
        }
        egui::Panel::bottom("status_bar").frame(bar).show(ui, |ui| {
            let status = status_bar::Status {
                document: &self.open.document,
                file_name: &name,
                on_disk: self.open.is_on_disk(),
                derived,
                autosave_error: self.open.recovery.last_error.as_deref(),
                notice: self.notice.as_ref().map(|n| n.text.as_str()),
                suggest: section_view.suggest,
                notes: self.archive.notes.list.len(),
            };
            if status_bar::show(ui, &status) {
                actions.command(Command::Findings);
            }
        });
        if !capture.status.batches.is_empty() {
            egui::Panel::bottom("capture_progress").show(ui, |ui| {
                library::capture::progress(ui, &capture.status, actions);
            });
        }
        if self.findings.open {
            egui::Panel::bottom("findings")
                .resizable(true)
                .default_size(200.0)
                .size_range(100.0..=500.0)
                .show(ui, |ui| {
                    findings::show(
                        ui,
                        derived,
                        &self.archive.notes.list,
                        &mut self.findings,
                        actions,
                    );
                });
        }
        // The outline never takes the middle from the entry being written:
        // at most 30% of the window (its rows are cut at its edge).
        let width = ui.max_rect().width();
        let mut outline_width = 0.0;
        if self.show_outline {
            let outline_panel = egui::Panel::left("outline")
                .resizable(true)
                .default_size(270.0_f32.min(width * 0.26))
                .size_range(200.0..=(width * 0.3).clamp(200.0, 480.0))
                .show(ui, |ui| {
                    outline::show(ui, issue, derived, selection, outline, actions);
                })
                .response
                .rect;
            outline_width = outline_panel.width();
            places.outline = Some(outline_panel);
        }
        let heading = crate::t!("library-heading", count = issue.sources.len());
        // The page keeps at least a column of ~55 characters between the panels.
        let room = (width - outline_width - PAGE_AT_LEAST).clamp(240.0, width * 0.45);
        places.library = library_panel(ui, &mut self.prefs.library, &heading, room, |ui| {
            library::show(ui, issue, derived, library, &capture.status, actions);
        });
        let page = egui::Frame::central_panel(ui.style()).fill(tokens.page);
        let centre =
            egui::CentralPanel::default()
                .frame(page)
                .show(ui, |ui| match selection.centre {
                    Centre::Details => {
                        let cited = derived.cited_state_countries(&issue.policy);
                        let countries = details::Countries {
                            known: &self.countries,
                            cited: &cited,
                        };
                        details::show(
                            ui,
                            issue,
                            &derived.report,
                            countries,
                            &mut section_view.spelling,
                            actions,
                        )
                    }
                    Centre::Section => section_view::show(
                        ui,
                        issue,
                        derived,
                        selection,
                        section_view,
                        &mut self.find.found,
                        actions,
                    ),
                });
        places.page = Some(centre.response.rect);
        if self.outlets_view.open {
            crate::ui::outlets::show(
                ui.ctx(),
                &mut self.outlets_view,
                &self.user.builtin,
                &self.user.outlets,
                actions,
            );
        }
        if section_view.spelling.list.open {
            let revision = self.open.document.revision();
            spelling::list_window(
                ui.ctx(),
                issue,
                revision,
                &mut section_view.spelling,
                actions,
            );
        }
        if self.archive.view.open {
            let shown = archive::Shown {
                phase: &self.archive.phase,
                snapshot: self.archive.snapshot.as_deref(),
                watch_problem: self.archive.watch_problem.as_deref(),
            };
            archive::show(ui.ctx(), &mut self.archive.view, &shown, actions);
        }
        if self.history.open {
            let revision = self.open.document.revision();
            crate::ui::history::show(ui.ctx(), &mut self.history, issue, revision, actions);
        }
        if let Some(dialog) = &mut self.dialog
            && let Some(choice) = dialogs::show(ui, dialog, &derived.report, &name)
        {
            let answered = self.dialog.take();
            self.answer(choice, answered);
        }
        // A question asked at start (a recovery copy) comes before the tour.
        if self.dialog.is_none()
            && let Some(shown) = &mut self.tour
            && !tour::show(
                ui.ctx(),
                shown,
                &places,
                &crate::compliance::percent(self.open.document.issue().policy.limit),
            )
        {
            self.tour = None;
        }
    }
}

/// The narrowest the page between the panels becomes before a panel yields.
const PAGE_AT_LEAST: f32 = 440.0;

/// The source library on the right: resizable, its width remembered, and
/// collapsed to a strip with one button when the page needs the room.
/// Returns where it is while shown.
fn library_panel(
    ui: &mut egui::Ui,
    panel: &mut LibraryPanel,
    heading: &str,
    widest: f32,
    add: impl FnOnce(&mut egui::Ui),
) -> Option<egui::Rect> {
    let window = ui.max_rect().width();
    if !panel.shown {
        egui::Panel::right("library_collapsed")
            .resizable(false)
            .exact_size(34.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                let button = ui
                    .button(icons::EXPAND_LEFT)
                    .on_hover_text("Show the source library");
                icons::name(&button, "Show the source library");
                if button.clicked() {
                    panel.shown = true;
                }
            });
        return None;
    }
    let width = panel.width.unwrap_or(window * 0.3).clamp(240.0, widest);
    let shown = egui::Panel::right("library")
        .resizable(true)
        .default_size(width)
        .size_range(240.0..=widest)
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.strong(heading);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let button = ui
                        .small_button(icons::COLLAPSE_RIGHT)
                        .on_hover_text("Hide the source library");
                    icons::name(&button, "Hide the source library");
                    if button.clicked() {
                        panel.shown = false;
                    }
                });
            });
            add(ui);
        });
    // Remembered once the user dragged it; the default follows the window.
    let now = shown.response.rect.width();
    if (now - width).abs() > 1.0 && ui.input(|i| i.pointer.any_down()) {
        panel.width = Some(now);
    }
    Some(shown.response.rect)
}
