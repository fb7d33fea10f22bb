//! An entry's citations: chips that show each cited source with every finding
//! on it, and the row that cites more by URL or from the library.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use super::SectionViewState;
use crate::compliance::{Finding, Rule, Severity};
use crate::edit::Edit;
use crate::model::{Entry, EntryId, Issue, SourceId};
use crate::sourcing::pasted_urls;
use crate::t;
use crate::ui::actions::{Action, Actions};
use crate::ui::derived::Derived;
use crate::ui::{icons, theme};

/// The entry's citations as chips, or a warning that it cites nothing.
pub(super) fn chips_row(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    entry: &Entry,
    highlight: Option<SourceId>,
    actions: &mut Actions,
) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        if entry.citations.is_empty() {
            ui.label(
                RichText::new(icons::with(icons::WARNING, &t!("chips-no-source")))
                    .small()
                    .color(theme::tokens(ui).warning),
            );
        }
        for id in entry.cited_sources() {
            let pointed = highlight == Some(id);
            chip(ui, issue, derived, entry.id, id, pointed, actions);
        }
    });
}

fn chip(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    entry: EntryId,
    id: SourceId,
    pointed: bool,
    actions: &mut Actions,
) {
    let tokens = theme::tokens(ui);
    let (Some(source), Some(badge)) = (issue.source(id), derived.badges.get(&id)) else {
        ui.label(RichText::new(t!("chips-missing-source", id = id.0)).color(tokens.error));
        return;
    };
    let findings: Vec<&Finding> = derived
        .citation_findings
        .get(&(entry, id))
        .into_iter()
        .flatten()
        .filter_map(|&index| derived.report.findings.get(index))
        .collect();
    let is_opinion = findings.iter().any(|f| f.rule == Rule::OpinionSource);
    let colours = tokens.source(badge.classification, badge.is_state_media, is_opinion);
    let class_name = badge.classification.map_or("unclassified", |c| c.name());
    // Words, not symbols: a chip says what its colour means, and reads aloud.
    // State media first, then every finding on this citation.
    let mut marks: Vec<String> = Vec::new();
    if badge.is_state_media {
        marks.push(t!("mark-state-media"));
    } else if badge.classification.is_none()
        && !findings.iter().any(|f| f.rule == Rule::UnclassifiedOutlet)
    {
        marks.push(t!("mark-unclassified"));
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
        t!("no-title")
    } else {
        source.title.clone()
    };
    let has_error = findings.iter().any(|f| f.severity == Severity::Error);
    // An error on the citation outlines it in the error colour; a finding
    // pointed at from the findings panel draws it heavier.
    let stroke = if pointed {
        egui::Stroke::new(2.5, tokens.accent)
    } else if has_error {
        egui::Stroke::new(1.5, tokens.error)
    } else {
        egui::Stroke::NONE
    };
    let chip = egui::Button::new(RichText::new(text).small().color(colours.text))
        .stroke(stroke)
        .fill(colours.fill)
        .corner_radius(9.0);
    let mut hover = format!(
        "{title}\n{}\n{class_name} · {}\n\n{}\n{}",
        source.url,
        source.kind.label(),
        badge.why,
        crate::sourcing::kind_reason(source)
    );
    if !findings.is_empty() {
        hover.push_str(&format!("\n\n{}", t!("chips-on-this-citation")));
        for finding in &findings {
            hover.push_str(&format!(
                "\n• {} {}: {}",
                finding.severity.name(),
                finding.rule.name(),
                finding.message
            ));
        }
    }
    hover.push_str(&format!("\n\n{}", t!("chips-hint")));
    let chip = ui.add(chip).on_hover_text(hover);
    if chip.clicked() {
        actions.push(Action::SelectSource(Some(id)));
    }
    chip.context_menu(|ui| {
        if icons::button(ui, icons::COPY, &t!("copy-link")).clicked() {
            ui.ctx().copy_text(source.url.clone());
            actions.push(Action::Say(t!("link-copied", url = &source.url)));
            ui.close();
        }
        if icons::button(ui, icons::OPEN_IN_BROWSER, &t!("open-in-browser")).clicked() {
            ui.ctx().open_url(egui::OpenUrl::new_tab(&source.url));
            ui.close();
        }
        if icons::button(ui, icons::LIBRARY, &t!("show-in-library")).clicked() {
            actions.push(Action::SelectSource(Some(id)));
            ui.close();
        }
        ui.separator();
        if icons::button(ui, icons::CLOSE, &t!("remove-citation")).clicked() {
            actions.edit(Edit::Uncite { entry, source: id });
            ui.close();
        }
    });
    let remove = t!("remove-citation-of", outlet = &badge.outlet);
    let button = ui.add(
        egui::Button::new(RichText::new(icons::CLOSE).small().weak())
            .frame(false)
            .small(),
    );
    // The accessible name says what the cross does, for screen readers and tests.
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &remove));
    if button.on_hover_text(&remove).clicked() {
        actions.edit(Edit::Uncite { entry, source: id });
    }
    ui.add_space(6.0);
}

/// How a chip names a finding on its citation.
fn short_name(rule: Rule) -> String {
    match rule {
        Rule::OpinionSource => t!("mark-opinion"),
        Rule::UnclassifiedOutlet => t!("mark-unclassified"),
        Rule::OutsidePeriod => t!("mark-outside-period"),
        Rule::InvalidUrl => t!("mark-invalid-url"),
        Rule::UnverifiedSource => t!("mark-unverified"),
        Rule::DuplicateSource => t!("mark-duplicate"),
        other => other.name().to_owned(),
    }
}

/// The field that cites what is pasted or typed into it: one or more web
/// addresses, Enter to cite (Ctrl+L puts the cursor here).
pub(super) fn link_field(
    ui: &mut Ui,
    position: usize,
    entry: &Entry,
    state: &mut SectionViewState,
    actions: &mut Actions,
) {
    let label = ui.label(RichText::new(icons::LINK).color(theme::tokens(ui).subdued));
    let name = t!("link-field-name", position = position);
    label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    let pending = state.pending_urls.entry(entry.id).or_default();
    let response = ui.add(
        TextEdit::singleline(pending)
            .hint_text(t!("link-field-hint"))
            .desired_width(ui.available_width().clamp(140.0, 230.0))
            .id(super::entry::link_id(entry)),
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
}

pub(super) fn pick_from_library(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    entry: &Entry,
    filter: &mut String,
    actions: &mut Actions,
) {
    ui.set_min_width(360.0);
    let label = ui.label(t!("library-search"));
    ui.add(
        TextEdit::singleline(filter)
            .hint_text(t!("library-search-hint"))
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
