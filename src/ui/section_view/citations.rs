//! An entry's citations: chips that show each cited source with every finding
//! on it, and the row that cites more by URL or from the library.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use super::SectionViewState;
use crate::compliance::{Finding, Rule, Severity};
use crate::edit::Edit;
use crate::model::{Entry, EntryId, Issue, SourceId};
use crate::sourcing::pasted_urls;
use crate::ui::actions::{Action, Actions};
use crate::ui::derived::Derived;
use crate::ui::theme;

pub(super) fn chip(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    entry: EntryId,
    id: SourceId,
    pointed: bool,
    actions: &mut Actions,
) {
    let (Some(source), Some(badge)) = (issue.source(id), derived.badges.get(&id)) else {
        ui.label(RichText::new(format!("missing source #{}", id.0)).color(theme::OVER));
        return;
    };
    let findings: Vec<&Finding> = derived
        .citation_findings
        .get(&(entry, id))
        .into_iter()
        .flatten()
        .filter_map(|&index| derived.report.findings.get(index))
        .collect();
    let colour = theme::source_colour(badge.classification, badge.is_state_media);
    let class_name = badge.classification.map_or("unclassified", |c| c.name());
    // Words, not symbols: the default fonts lack most symbols, and words read
    // aloud well. State media first, then every finding on this citation.
    let mut marks: Vec<&str> = Vec::new();
    if badge.is_state_media {
        marks.push("state media");
    } else if badge.classification.is_none()
        && !findings.iter().any(|f| f.rule == Rule::UnclassifiedOutlet)
    {
        marks.push("unclassified");
    }
    for finding in &findings {
        let mark = short_name(finding.rule);
        if !marks.contains(&mark) {
            marks.push(mark);
        }
    }
    let text = if marks.is_empty() {
        badge.outlet.clone()
    } else {
        format!("{}: {}", marks.join(", "), badge.outlet)
    };
    let title = if source.title.is_empty() {
        "(no title)"
    } else {
        &source.title
    };
    let has_error = findings.iter().any(|f| f.severity == Severity::Error);
    // An error on the citation outlines it in the error colour; a finding
    // pointed at from the findings panel draws it heavier and filled.
    let stroke_colour = if has_error { theme::OVER } else { colour };
    let (width, fill) = if pointed {
        (3.0, stroke_colour.gamma_multiply(0.25))
    } else if has_error {
        (2.0, egui::Color32::TRANSPARENT)
    } else {
        (1.0, egui::Color32::TRANSPARENT)
    };
    // Two plain widgets rather than a framed group, so a long row of chips wraps.
    let chip = egui::Button::new(RichText::new(text).color(colour))
        .stroke(egui::Stroke::new(width, stroke_colour))
        .fill(fill)
        .corner_radius(8.0);
    let mut hover = format!(
        "{title}\n{}\n{class_name} · {}\n\n{}",
        source.url,
        source.kind.name(),
        badge.why
    );
    if !findings.is_empty() {
        hover.push_str("\n\nOn this citation:");
        for finding in &findings {
            hover.push_str(&format!(
                "\n• {} {}: {}",
                finding.severity.name(),
                finding.rule.name(),
                finding.message
            ));
        }
    }
    hover.push_str("\n\nClick to open it in the library.");
    let chip = ui.add(chip).on_hover_text(hover);
    if chip.clicked() {
        actions.push(Action::SelectSource(Some(id)));
    }
    let remove = format!("Remove the citation of {}", badge.outlet);
    let button = ui.small_button("x");
    // The accessible name says what "x" does, for screen readers and tests.
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &remove));
    if button.on_hover_text(&remove).clicked() {
        actions.edit(Edit::Uncite { entry, source: id });
    }
    ui.add_space(6.0);
}

/// How a chip names a finding on its citation.
fn short_name(rule: Rule) -> &'static str {
    match rule {
        Rule::OpinionSource => "opinion",
        Rule::UnclassifiedOutlet => "unclassified",
        Rule::OutsidePeriod => "outside period",
        Rule::InvalidUrl => "invalid URL",
        Rule::UnverifiedSource => "unverified",
        Rule::DuplicateSource => "duplicate",
        other => other.name(),
    }
}

pub(super) fn add_source_row(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    position: usize,
    entry: &Entry,
    state: &mut SectionViewState,
    actions: &mut Actions,
) {
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(format!("Add source to entry {position}:")).small());
        let pending = state.pending_urls.entry(entry.id).or_default();
        let response = ui.add(
            TextEdit::singleline(pending)
                .hint_text("paste one or more URLs and press Enter")
                .desired_width((ui.available_width() - 90.0).max(120.0))
                .id_salt(("add_source", entry.id.0)),
        );
        let response = response.labelled_by(label.id);
        if state.focus_url == Some(entry.id) {
            response.request_focus();
            state.focus_url = None;
        }
        if response.changed() {
            state.url_problems.remove(&entry.id);
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered && !pending.trim().is_empty() {
            match pasted_urls(pending) {
                Ok(urls) => {
                    // Several URLs pasted at once are cited together: one undo step.
                    let mut edits: Vec<Edit> = urls
                        .into_iter()
                        .map(|url| Edit::CiteUrl {
                            entry: entry.id,
                            url,
                        })
                        .collect();
                    let edit = match edits.len() {
                        1 => edits.remove(0),
                        _ => Edit::Batch(edits),
                    };
                    actions.edit(edit);
                    pending.clear();
                    state.url_problems.remove(&entry.id);
                }
                Err(problem) => {
                    state.url_problems.insert(entry.id, problem.to_string());
                }
            }
            // The field keeps the keyboard for the next paste (or the correction).
            state.focus_url = Some(entry.id);
        }
        ui.menu_button("Library…", |ui| {
            pick_from_library(ui, issue, derived, entry, &mut state.pick_filter, actions)
        })
        .response
        .on_hover_text("Cite a source already in the library");
    });
    if let Some(problem) = state.url_problems.get(&entry.id) {
        ui.label(RichText::new(format!("Not cited: {problem}")).color(theme::OVER));
    }
}

fn pick_from_library(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    entry: &Entry,
    filter: &mut String,
    actions: &mut Actions,
) {
    ui.set_min_width(360.0);
    let label = ui.label("Search the library");
    ui.add(
        TextEdit::singleline(filter)
            .hint_text("outlet, title or URL")
            .id_salt("pick_filter"),
    )
    .labelled_by(label.id);
    let needle = filter.to_lowercase();
    ScrollArea::vertical().max_height(280.0).show(ui, |ui| {
        for source in &issue.sources {
            let outlet = derived
                .badges
                .get(&source.id)
                .map_or("", |b| b.outlet.as_str());
            let text = format!(
                "{outlet} — {}",
                if source.title.is_empty() {
                    &source.url
                } else {
                    &source.title
                }
            );
            let matches = needle.is_empty()
                || text.to_lowercase().contains(&needle)
                || source.url.to_lowercase().contains(&needle);
            if !matches || entry.cites(source.id) {
                continue;
            }
            if ui.button(text).clicked() {
                actions.edit(Edit::Cite {
                    entry: entry.id,
                    source: source.id,
                });
                ui.close();
            }
        }
    });
}
