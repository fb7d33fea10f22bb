//! The right panel: the issue's source library as a sortable, filterable
//! table, and the selected source's fields edited in place.

use egui::{RichText, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::actions::{Action, Actions};
use super::dates::optional_date;
use super::derived::{Derived, SourceBadge};
use super::theme;
use crate::edit::{Edit, SourceDate, TextField};
use crate::model::{Issue, Source, SourceId, SourceKind, StateMediaOverride};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    #[default]
    Outlet,
    Classification,
    Kind,
    Published,
    Title,
    Cited,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Subset {
    #[default]
    All,
    StateMedia,
    Unclassified,
    Uncited,
    Unverified,
}

#[derive(Default)]
pub struct LibraryState {
    pub filter: String,
    pub subset: Subset,
    pub sort: SortColumn,
    pub descending: bool,
    pub selected: Option<SourceId>,
    /// URLs pasted to become sources.
    pub paste: String,
    /// The rows shown, kept until the issue, the filter or the order changes
    /// (sorting thousands of sources every frame would cost milliseconds).
    order: Option<(OrderKey, Vec<SourceId>)>,
}

#[derive(Clone, PartialEq)]
struct OrderKey {
    generation: u64,
    filter: String,
    subset: Subset,
    sort: SortColumn,
    descending: bool,
}

pub fn show(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    state: &mut LibraryState,
    actions: &mut Actions,
) {
    ui.add_space(4.0);
    ui.strong(format!("Source library ({})", issue.sources.len()));
    ui.horizontal(|ui| {
        let label = ui.label("Filter");
        ui.add(
            TextEdit::singleline(&mut state.filter)
                .hint_text("outlet, title, URL")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    paste_urls(ui, state, actions);
    ui.horizontal_wrapped(|ui| {
        for (subset, name) in [
            (Subset::All, "All"),
            (Subset::StateMedia, "State media only"),
            (Subset::Unclassified, "Unclassified"),
            (Subset::Uncited, "Uncited"),
            (Subset::Unverified, "Unverified"),
        ] {
            ui.radio_value(&mut state.subset, subset, name);
        }
    });
    let key = OrderKey {
        generation: derived.generation,
        filter: state.filter.clone(),
        subset: state.subset,
        sort: state.sort,
        descending: state.descending,
    };
    if state.order.as_ref().is_none_or(|(known, _)| *known != key) {
        let ids = visible_rows(issue, derived, state)
            .iter()
            .map(|(source, _, _)| source.id)
            .collect();
        state.order = Some((key, ids));
    }
    let ids = state
        .order
        .as_ref()
        .map(|(_, ids)| ids.as_slice())
        .unwrap_or_default();
    let rows: Vec<(&Source, &SourceBadge, usize)> = ids
        .iter()
        .filter_map(|id| {
            let source = issue.source(*id)?;
            let badge: &SourceBadge = derived.badges.get(id)?;
            Some((
                source,
                badge,
                derived.times_cited.get(id).copied().unwrap_or_default(),
            ))
        })
        .collect();
    let editor_height = if state.selected.is_some() { 330.0 } else { 0.0 };
    let table_height = (ui.available_height() - editor_height).max(120.0);
    ui.push_id("library_table", |ui| {
        table(ui, &rows, table_height, state, actions);
    });
    if let Some(source) = state.selected.and_then(|id| issue.source(id)) {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("source_editor")
            .show(ui, |ui| {
                source_editor(ui, issue, derived, source, actions);
            });
    }
}

/// The sources shown, filtered and sorted.
fn visible_rows<'a>(
    issue: &'a Issue,
    derived: &'a Derived,
    state: &LibraryState,
) -> Vec<(&'a Source, &'a SourceBadge, usize)> {
    let needle = state.filter.to_lowercase();
    let mut rows: Vec<_> = issue
        .sources
        .iter()
        .filter_map(|source| {
            let badge: &SourceBadge = derived.badges.get(&source.id)?;
            let cited = derived
                .times_cited
                .get(&source.id)
                .copied()
                .unwrap_or_default();
            Some((source, badge, cited))
        })
        .filter(|(source, badge, cited)| match state.subset {
            Subset::All => true,
            Subset::StateMedia => badge.is_state_media,
            Subset::Unclassified => badge.is_unclassified,
            Subset::Uncited => *cited == 0,
            Subset::Unverified => source.verification.is_none(),
        })
        .filter(|(source, badge, _)| {
            needle.is_empty()
                || badge.outlet.to_lowercase().contains(&needle)
                || source.title.to_lowercase().contains(&needle)
                || source.url.to_lowercase().contains(&needle)
        })
        .collect();
    // Text columns sort on a lower-cased key computed once per row, not per comparison.
    match state.sort {
        SortColumn::Outlet => {
            rows.sort_by_cached_key(|row| (row.1.outlet.to_lowercase(), row.0.id))
        }
        SortColumn::Title => rows.sort_by_cached_key(|row| (row.0.title.to_lowercase(), row.0.id)),
        SortColumn::Classification => rows.sort_by_key(|row| (class_name(row.1), row.0.id)),
        SortColumn::Kind => rows.sort_by_key(|row| (row.0.kind.name(), row.0.id)),
        SortColumn::Published => rows.sort_by_key(|row| (row.0.published, row.0.id)),
        SortColumn::Cited => rows.sort_by_key(|row| (row.2, row.0.id)),
    }
    if state.descending {
        rows.reverse();
    }
    rows
}

/// A box for many URLs at once (a list copied from a browser, one per line).
fn paste_urls(ui: &mut Ui, state: &mut LibraryState, actions: &mut Actions) {
    egui::CollapsingHeader::new("Add sources from URLs")
        .id_salt("paste_urls")
        .show(ui, |ui| {
            let label = ui.label("URLs, one per line or anywhere in the text");
            ui.add(
                TextEdit::multiline(&mut state.paste)
                    .hint_text("https://…\nhttps://…")
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            if ui.button("Add these sources").clicked() && !state.paste.trim().is_empty() {
                actions.push(Action::PasteUrls(std::mem::take(&mut state.paste)));
            }
        });
}

fn class_name(badge: &SourceBadge) -> &'static str {
    match badge.classification {
        Some(classification) => classification.name(),
        None => "unclassified",
    }
}

fn table(
    ui: &mut Ui,
    rows: &[(&Source, &SourceBadge, usize)],
    height: f32,
    state: &mut LibraryState,
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
                let mut clicked = false;
                row.col(|ui| {
                    clicked |= ui
                        .add(
                            egui::Label::new(RichText::new(&badge.outlet).color(colour))
                                .sense(egui::Sense::click())
                                .truncate(),
                        )
                        .clicked();
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
                    let title = if source.title.is_empty() {
                        "(no title)"
                    } else {
                        &source.title
                    };
                    clicked |= ui
                        .add(
                            egui::Label::new(title)
                                .sense(egui::Sense::click())
                                .truncate(),
                        )
                        .clicked();
                });
                if clicked || row.response().clicked() {
                    actions.push(Action::SelectSource(Some(source.id)));
                }
            });
        });
}

fn source_editor(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    source: &Source,
    actions: &mut Actions,
) {
    let id = source.id;
    ui.horizontal(|ui| {
        ui.strong(format!("Source #{}", id.0));
        if let Some(badge) = derived.badges.get(&id) {
            let colour = theme::source_colour(badge.classification, badge.is_state_media);
            let what = if badge.is_state_media {
                "counts as state media"
            } else {
                "not state media"
            };
            ui.label(RichText::new(format!("{} · {what}", class_name(badge))).color(colour));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Close").clicked() {
                actions.push(Action::SelectSource(None));
            }
            if ui.button("Delete source…").clicked() {
                actions.push(Action::RemoveSource(id));
            }
        });
    });
    if let Some(badge) = derived.badges.get(&id) {
        why_classified(ui, badge, actions);
    }
    egui::Grid::new(("source_fields", id.0))
        .num_columns(2)
        .striped(false)
        .show(ui, |ui| {
            text_row(ui, "URL", TextField::SourceUrl(id), &source.url, actions);
            text_row(
                ui,
                "Title",
                TextField::SourceTitle(id),
                &source.title,
                actions,
            );
            let registry_name = derived
                .badges
                .get(&id)
                .map(|b| b.outlet.clone())
                .unwrap_or_default();
            let label = ui.label("Outlet");
            let mut outlet = source.outlet.clone().unwrap_or_default();
            let response = ui.add(
                TextEdit::singleline(&mut outlet)
                    .hint_text(format!("{registry_name} (from the registry)"))
                    .desired_width(f32::INFINITY)
                    .id_salt(("source_outlet", id.0)),
            );
            let response = response.labelled_by(label.id);
            actions.text(
                &response,
                TextField::SourceOutlet(id),
                &outlet,
                source.outlet.as_deref().unwrap_or_default(),
            );
            ui.end_row();
            text_row(
                ui,
                "Author",
                TextField::SourceAuthor(id),
                &source.author,
                actions,
            );
            ui.label("Published");
            if let Some(date) = optional_date(ui, ("published", id.0), source.published) {
                actions.edit(Edit::SetSourceDate {
                    source: id,
                    which: SourceDate::Published,
                    date,
                });
            }
            ui.end_row();
            ui.label("Accessed");
            if let Some(date) = optional_date(ui, ("accessed", id.0), source.accessed) {
                actions.edit(Edit::SetSourceDate {
                    source: id,
                    which: SourceDate::Accessed,
                    date,
                });
            }
            ui.end_row();
            text_row(
                ui,
                "Language",
                TextField::SourceLanguage(id),
                &source.language,
                actions,
            );
            let label = ui.label("Kind");
            let mut kind = source.kind;
            egui::ComboBox::from_id_salt(("source_kind", id.0))
                .selected_text(kind.name())
                .show_ui(ui, |ui| {
                    for option in SourceKind::ALL {
                        ui.selectable_value(&mut kind, option, option.name());
                    }
                })
                .response
                .labelled_by(label.id);
            if kind != source.kind {
                actions.edit(Edit::SetSourceKind { source: id, kind });
            }
            ui.end_row();
            state_media_row(ui, source, actions);
            verification_row(ui, source, actions);
            text_row(
                ui,
                "Notes",
                TextField::SourceNotes(id),
                &source.notes,
                actions,
            );
        });
    let cited = issue.times_cited(id);
    ui.label(
        RichText::new(format!(
            "Cited by {cited} entr{}",
            if cited == 1 { "y" } else { "ies" }
        ))
        .small()
        .weak(),
    );
}

/// The registry match (or its absence) behind the classification, and for an
/// unclassified host the way to classify it.
fn why_classified(ui: &mut Ui, badge: &SourceBadge, actions: &mut Actions) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for line in badge.why.lines() {
            ui.label(RichText::new(line).small());
        }
        if let Some(host) = badge.host.as_deref() {
            let label = if badge.is_unclassified {
                "Classify this outlet…"
            } else {
                "Correct this outlet…"
            };
            if ui.small_button(label).clicked() {
                actions.push(Action::ClassifyHost(host.to_owned()));
            }
        }
    });
}

fn verification_row(ui: &mut Ui, source: &Source, actions: &mut Actions) {
    let label = ui.label("Verified");
    ui.horizontal(|ui| {
        let mut verified = source.verification.is_some();
        let _ = label;
        let response = ui.checkbox(&mut verified, "checked against the article");
        if response.changed() {
            actions.review(super::actions::Review::Verify {
                source: source.id,
                verified,
            });
        }
        if let Some(verification) = &source.verification {
            ui.label(
                RichText::new(format!(
                    "by {}, {}",
                    verification.by,
                    verification.at.format("%Y-%m-%d %H:%M UTC")
                ))
                .small()
                .weak(),
            );
        }
    });
    ui.end_row();
}

fn text_row(ui: &mut Ui, name: &str, field: TextField, value: &str, actions: &mut Actions) {
    let label = ui.label(name);
    let mut text = value.to_owned();
    let response = ui.add(
        TextEdit::singleline(&mut text)
            .desired_width(f32::INFINITY)
            .id_salt((name, format!("{field:?}"))),
    );
    let response = response.labelled_by(label.id);
    actions.text(&response, field, &text, value);
    ui.end_row();
}

fn state_media_row(ui: &mut Ui, source: &Source, actions: &mut Actions) {
    let id = source.id;
    let label = ui.label("State media");
    ui.horizontal(|ui| {
        let current = match &source.state_media {
            StateMediaOverride::Auto => 0,
            StateMediaOverride::Yes { .. } => 1,
            StateMediaOverride::No { .. } => 2,
        };
        let reason = match &source.state_media {
            StateMediaOverride::Auto => String::new(),
            StateMediaOverride::Yes { reason } | StateMediaOverride::No { reason } => {
                reason.clone()
            }
        };
        let mut choice = current;
        egui::ComboBox::from_id_salt(("state_media", id.0))
            .selected_text(["auto (registry)", "yes", "no"][choice])
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut choice, 0, "auto (registry)");
                ui.selectable_value(&mut choice, 1, "yes");
                ui.selectable_value(&mut choice, 2, "no");
            })
            .response
            .labelled_by(label.id);
        let mut new_reason = reason.clone();
        if choice != 0 {
            let reason_label = ui.label("reason");
            ui.add(
                TextEdit::singleline(&mut new_reason)
                    .hint_text("why")
                    .id_salt(("state_media_reason", id.0)),
            )
            .labelled_by(reason_label.id);
        }
        if choice != current || new_reason != reason {
            let value = match choice {
                1 => StateMediaOverride::Yes { reason: new_reason },
                2 => StateMediaOverride::No { reason: new_reason },
                _ => StateMediaOverride::Auto,
            };
            actions.edit(Edit::SetStateMedia { source: id, value });
        }
    });
    ui.end_row();
}
