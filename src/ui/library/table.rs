//! The library's table: one row per source, sortable by each column.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::capture::{CaptureStatus, table_mark};
use super::{LibraryState, SortColumn, class_name};
use crate::model::Source;
use crate::ui::actions::CaptureRequest;
use crate::ui::actions::{Action, Actions};
use crate::ui::derived::SourceBadge;
use crate::ui::theme;

pub(super) fn show(
    ui: &mut Ui,
    rows: &[(&Source, &SourceBadge, usize)],
    height: f32,
    state: &mut LibraryState,
    capture: &CaptureStatus,
    actions: &mut Actions,
) {
    TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .max_scroll_height(height)
        .min_scrolled_height(height.min(200.0))
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(96.0).at_least(60.0).clip(true))
        .column(Column::initial(76.0).at_least(40.0).clip(true))
        .column(Column::initial(52.0).at_least(36.0).clip(true))
        .column(Column::initial(76.0).at_least(60.0).clip(true))
        .column(Column::initial(44.0).at_least(36.0))
        .column(Column::remainder().at_least(60.0).clip(true))
        .header(22.0, |mut header| {
            for (column, name) in [
                (SortColumn::Outlet, "Outlet"),
                (SortColumn::Classification, "Class"),
                (SortColumn::Kind, "Kind"),
                (SortColumn::Published, "Published"),
                (SortColumn::Cited, "Cited"),
                (SortColumn::Title, "Title"),
            ] {
                header.col(|ui| {
                    let arrow = match (state.sort == column, state.descending) {
                        (true, false) => " (asc)",
                        (true, true) => " (desc)",
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
                let colour = theme::source_colour(badge.classification, badge.is_state_media);
                let mut cells = Vec::new();
                row.col(|ui| {
                    cells.push(
                        ui.add(
                            egui::Label::new(RichText::new(&badge.outlet).color(colour))
                                .sense(egui::Sense::click())
                                .truncate(),
                        ),
                    );
                });
                row.col(|ui| {
                    ui.label(RichText::new(class_name(badge)).small().color(colour));
                });
                row.col(|ui| {
                    ui.label(source.kind.name());
                });
                row.col(|ui| {
                    ui.label(source.published.map(|d| d.to_string()).unwrap_or_default());
                });
                row.col(|ui| {
                    ui.label(cited.to_string());
                });
                row.col(|ui| {
                    table_mark(ui, source, capture);
                    let title = if source.title.is_empty() {
                        "(no title)"
                    } else {
                        &source.title
                    };
                    cells.push(
                        ui.add(
                            egui::Label::new(title)
                                .sense(egui::Sense::click())
                                .truncate(),
                        ),
                    );
                });
                // The row and the labels that catch its clicks, as one.
                let response = cells
                    .into_iter()
                    .fold(row.response(), |all, cell| all | cell);
                if response.clicked() {
                    actions.push(Action::SelectSource(Some(source.id)));
                }
                response.context_menu(|ui| {
                    for (label, request) in [
                        ("Fetch details", CaptureRequest::Fetch(source.id)),
                        ("Archive", CaptureRequest::Archive(source.id)),
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
