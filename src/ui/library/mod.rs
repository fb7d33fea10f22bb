//! The right panel: the issue's source library as a sortable, filterable
//! table, and the selected source's fields edited in place.

pub mod capture;
mod source_editor;
mod table;

use egui::{TextEdit, Ui};

use super::actions::{Action, Actions};
use super::derived::{Derived, SourceBadge};
use crate::model::{Issue, Source, SourceId};
use crate::t;

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
    capture: &capture::CaptureStatus,
    actions: &mut Actions,
) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("library-filter"));
        ui.add(
            TextEdit::singleline(&mut state.filter)
                .hint_text(t!("library-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    paste_urls(ui, state, actions);
    ui.horizontal_wrapped(|ui| {
        for (subset, name) in [
            (Subset::All, t!("library-all")),
            (Subset::StateMedia, t!("library-state-media")),
            (Subset::Unclassified, t!("library-unclassified")),
            (Subset::Uncited, t!("library-uncited")),
            (Subset::Unverified, t!("library-unverified")),
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
        table::show(ui, &rows, table_height, state, capture, actions);
    });
    if let Some(source) = state.selected.and_then(|id| issue.source(id)) {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("source_editor")
            .show(ui, |ui| {
                source_editor::show(ui, issue, derived, source, capture, actions);
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
    egui::CollapsingHeader::new(t!("library-add-urls"))
        .id_salt("paste_urls")
        .show(ui, |ui| {
            let label = ui.label(t!("library-urls"));
            ui.add(
                TextEdit::multiline(&mut state.paste)
                    .hint_text("https://…\nhttps://…")
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            if ui.button(t!("library-add-these")).clicked() && !state.paste.trim().is_empty() {
                actions.push(Action::PasteUrls(std::mem::take(&mut state.paste)));
            }
        });
}

pub(super) fn class_name(badge: &SourceBadge) -> &'static str {
    match badge.classification {
        Some(classification) => classification.label(),
        None => "unclassified",
    }
}
