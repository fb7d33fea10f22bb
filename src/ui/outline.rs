//! The left panel: sections with their status, size and share, and their entries.

use egui::{RichText, ScrollArea, Ui};

use super::app::Selection;
use super::derived::Derived;
use super::{rich_text, theme};
use crate::compliance::percent;
use crate::model::Issue;

/// How much of an entry's text the outline shows.
const PREVIEW_CHARS: usize = 48;

pub fn show(ui: &mut Ui, issue: &Issue, derived: &Derived, selection: &mut Selection) {
    ui.add_space(4.0);
    ui.strong("Outline");
    ui.separator();
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for section in &issue.sections {
                let share = derived
                    .report
                    .section_shares(section.id)
                    .map(|shares| shares.ratio(issue.policy.metric))
                    .unwrap_or_default();
                let selected = selection.section == Some(section.id);
                ui.horizontal(|ui| {
                    let title = if section.title.is_empty() {
                        "(untitled section)"
                    } else {
                        &section.title
                    };
                    if ui
                        .selectable_label(
                            selected && selection.entry.is_none(),
                            RichText::new(title).strong(),
                        )
                        .clicked()
                    {
                        *selection = Selection {
                            section: Some(section.id),
                            entry: None,
                        };
                    }
                    ui.label(
                        RichText::new(section.status.name())
                            .small()
                            .color(theme::status_colour(section.status)),
                    );
                });
                ui.horizontal(|ui| {
                    ui.add_space(12.0);
                    let entries = section.entries.len();
                    ui.label(
                        RichText::new(format!(
                            "{entries} entr{}",
                            if entries == 1 { "y" } else { "ies" }
                        ))
                        .small(),
                    );
                    ui.label(
                        RichText::new(format!("{} state media", percent(share)))
                            .small()
                            .color(theme::margin_colour(share, issue.policy.limit)),
                    );
                });
                for (index, entry) in section.entries.iter().enumerate() {
                    ui.horizontal(|ui| {
                        ui.add_space(12.0);
                        let runs = derived
                            .runs
                            .get(&entry.id)
                            .map(Vec::as_slice)
                            .unwrap_or_default();
                        let label = format!("{}. {}", index + 1, preview(&rich_text::plain(runs)));
                        let is_selected = selection.entry == Some(entry.id);
                        if ui.selectable_label(is_selected, label).clicked() {
                            *selection = Selection {
                                section: Some(section.id),
                                entry: Some(entry.id),
                            };
                        }
                    });
                }
                ui.add_space(6.0);
            }
        });
}

/// The first words of an entry, cut at a character boundary.
fn preview(body: &str) -> String {
    let mut chars = body.chars();
    let head: String = chars.by_ref().take(PREVIEW_CHARS).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}
