//! The library's table: one row per source, sortable by each column.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::capture::{CaptureStatus, table_mark};
use super::{LibraryState, SortColumn, class_name};
use crate::model::{Source, SourceKind};
use crate::t;
use crate::ui::actions::CaptureRequest;
use crate::ui::actions::{Action, Actions};
use crate::ui::derived::SourceBadge;
use crate::ui::icons;
use crate::ui::tag::tag;
use crate::ui::theme;

pub(super) fn show(
    ui: &mut Ui,
    rows: &[(&Source, &SourceBadge, usize)],
    height: f32,
    state: &mut LibraryState,
    capture: &CaptureStatus,
    actions: &mut Actions,
) {
    // The table scrolls sideways in a narrow panel rather than widening it.
    egui::ScrollArea::both()
        .id_salt("library_columns")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| table(ui, rows, height, state, capture, actions));
}

fn table(
    ui: &mut Ui,
    rows: &[(&Source, &SourceBadge, usize)],
    height: f32,
    state: &mut LibraryState,
    capture: &CaptureStatus,
    actions: &mut Actions,
) {
    TableBuilder::new(ui)
        .vscroll(false)
        .striped(true)
        .resizable(true)
        .max_scroll_height(height)
        .min_scrolled_height(height.min(200.0))
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        // What a source is first (outlet, class, title), then how it is used.
        .column(Column::initial(112.0).at_least(60.0).clip(true))
        .column(Column::initial(118.0).at_least(48.0).clip(true))
        .column(Column::initial(220.0).at_least(80.0).clip(true))
        .column(Column::initial(50.0).at_least(40.0))
        .column(Column::initial(84.0).at_least(60.0).clip(true))
        .column(Column::initial(64.0).at_least(40.0).clip(true))
        .header(22.0, |mut header| {
            for (column, name) in [
                (SortColumn::Outlet, t!("column-outlet")),
                (SortColumn::Classification, t!("column-class")),
                (SortColumn::Title, t!("column-title")),
                (SortColumn::Cited, t!("column-cited")),
                (SortColumn::Published, t!("column-published")),
                (SortColumn::Kind, t!("column-kind")),
            ] {
                header.col(|ui| {
                    let arrow = match (state.sort == column, state.descending) {
                        (true, false) => " ▲",
                        (true, true) => " ▼",
                        (false, _) => "",
                    };
                    if ui
                        .button(RichText::new(format!("{name}{arrow}")).strong())
                        .clicked()
                    {
                        if state.sort == column {
                            state.descending = !state.descending;
                        } else {
                            state.sort = column;
                            state.descending = false;
                        }
                    }
                });
            }
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let Some(&(source, badge, cited)) = rows.get(row.index()) else {
                    return;
                };
                let selected = state.selected == Some(source.id);
                row.set_selected(selected);
                let mut cells = Vec::new();
                row.col(|ui| {
                    cells.push(
                        ui.add(
                            egui::Label::new(&badge.outlet)
                                .sense(egui::Sense::click())
                                .truncate(),
                        ),
                    );
                });
                row.col(|ui| {
                    // The class as a tag in its colour; the row's text stays plain.
                    let colours = theme::tokens(ui).source(
                        badge.classification,
                        badge.is_state_media,
                        source.kind == SourceKind::Opinion,
                    );
                    tag(ui, class_name(badge), colours).on_hover_text(&badge.why);
                });
                row.col(|ui| {
                    table_mark(ui, source, capture);
                    let title = if source.title.is_empty() {
                        t!("no-title")
                    } else {
                        source.title.clone()
                    };
                    cells.push(
                        ui.add(
                            egui::Label::new(title)
                                .sense(egui::Sense::click())
                                .truncate(),
                        ),
                    );
                });
                row.col(|ui| {
                    ui.label(cited.to_string());
                });
                row.col(|ui| {
                    ui.label(source.published.map(|d| d.to_string()).unwrap_or_default());
                });
                row.col(|ui| {
                    ui.label(source.kind.label());
                });
                // The row and the labels that catch its clicks, as one.
                let response = cells
                    .into_iter()
                    .fold(row.response(), |all, cell| all | cell);
                if response.clicked() {
                    actions.push(Action::SelectSource(Some(source.id)));
                }
                response.context_menu(|ui| {
                    if icons::button(ui, icons::COPY, &t!("copy-link")).clicked() {
                        ui.ctx().copy_text(source.url.clone());
                        actions.push(Action::Say(t!("link-copied", url = &source.url)));
                        ui.close();
                    }
                    for (label, request) in [
                        (
                            t!("library-fetch-details"),
                            CaptureRequest::Fetch(source.id),
                        ),
                        (t!("library-archive"), CaptureRequest::Archive(source.id)),
                    ] {
                        if ui.button(label).clicked() {
                            actions.push(Action::Capture(request));
                            ui.close();
                        }
                    }
                });
            });
        });
}
