//! The centre: the selected section's entries with their citations.

use egui::{Frame, RichText, ScrollArea, Ui};

use super::app::Selection;
use super::derived::Derived;
use super::{rich_text, theme};
use crate::model::{Entry, EntryId, Issue, SourceId};

/// `scroll_to` names an entry to bring into view; it is taken once done.
pub fn show(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    selection: &Selection,
    scroll_to: &mut Option<EntryId>,
) {
    let Some(section) = selection.section.and_then(|id| issue.section(id)) else {
        ui.centered_and_justified(|ui| {
            ui.label("Select a section in the outline.");
        });
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(if section.title.is_empty() {
            "(untitled section)"
        } else {
            &section.title
        });
        ui.label(RichText::new(section.status.name()).color(theme::status_colour(section.status)));
    });
    if !section.tags.is_empty() {
        ui.label(RichText::new(section.tags.join(", ")).small().weak());
    }
    ui.separator();
    if section.entries.is_empty() {
        ui.label("This section has no entries yet.");
        return;
    }
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, entry) in section.entries.iter().enumerate() {
                let highlighted = selection.entry == Some(entry.id);
                let response = entry_card(ui, issue, derived, index + 1, entry, highlighted);
                if *scroll_to == Some(entry.id) {
                    response.scroll_to_me(Some(egui::Align::TOP));
                    *scroll_to = None;
                }
                ui.add_space(8.0);
            }
        });
}

fn entry_card(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    position: usize,
    entry: &Entry,
    highlighted: bool,
) -> egui::Response {
    let mut frame = Frame::group(ui.style());
    if highlighted {
        frame = frame.stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color));
    }
    frame
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.strong(format!("Entry {position}"));
                let words = derived.words.get(&entry.id).copied().unwrap_or_default();
                ui.label(RichText::new(format!("{words} words")).small().weak());
                if entry.declaration.is_some() {
                    ui.label(
                        RichText::new("declaration flagged")
                            .small()
                            .color(theme::OVER),
                    );
                }
            });
            let runs = derived
                .runs
                .get(&entry.id)
                .map(Vec::as_slice)
                .unwrap_or_default();
            ui.label(rich_text::layout(ui, runs));
            ui.horizontal_wrapped(|ui| {
                if entry.citations.is_empty() {
                    ui.label(RichText::new("No source cited").color(theme::OVER));
                }
                for id in entry.cited_sources() {
                    citation_chip(ui, issue, derived, id);
                }
            });
        })
        .response
}

fn citation_chip(ui: &mut Ui, issue: &Issue, derived: &Derived, id: SourceId) {
    let (Some(source), Some(badge)) = (issue.source(id), derived.badges.get(&id)) else {
        ui.label(RichText::new(format!("missing source #{}", id.0)).color(theme::OVER));
        return;
    };
    let colour = theme::source_colour(badge.classification, badge.is_state_media);
    let class_name = match badge.classification {
        Some(classification) => classification.name(),
        None => "unclassified",
    };
    // Words, not symbols: the default fonts lack most symbols, and words read aloud well.
    let marker = if badge.is_state_media {
        "state media: "
    } else if badge.classification.is_none() {
        "unclassified: "
    } else {
        ""
    };
    let text = RichText::new(format!("{marker}{}", badge.outlet)).color(colour);
    let chip = Frame::new()
        .stroke(egui::Stroke::new(1.0, colour))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 2))
        .show(ui, |ui| ui.label(text))
        .response;
    let title = if source.title.is_empty() {
        "(no title)"
    } else {
        &source.title
    };
    chip.on_hover_text(format!(
        "{title}\n{}\n{class_name} · {}",
        source.url,
        source.kind.name()
    ));
}
