//! The centre: the selected section as a page. Its title, its status, and
//! its entries as paragraphs of one column set in the reading serif, each
//! with its citations as quiet chips under it; an entry's tools (the link
//! field, the library, comments, its menu) show while it has the pointer,
//! the keyboard or the selection.

use std::collections::HashMap;

use egui::{FontSelection, RichText, ScrollArea, Ui};

mod citations;
mod conflict;
mod entry;
mod language;
mod page;
mod suggestions;

use super::actions::{Actions, Selection};
use super::derived::Derived;
use super::entry_review::ReviewDrafts;
use super::spelling::{self, SpellCheck};
use super::{icons, theme};
use crate::edit::{Edit, Match, MatchPlace, TextField};
use crate::model::{EntryId, Issue, Section};
use crate::t;

pub use entry::body_id_of;

/// Per-entry input that is not yet part of the issue.
#[derive(Default)]
pub struct SectionViewState {
    /// What is typed in each entry's "add source" field.
    pub pending_urls: HashMap<EntryId, String>,
    /// Why the last text given to an entry's "add source" field was refused.
    pub url_problems: HashMap<EntryId, String>,
    /// An entry whose "add source" field keeps the keyboard for the next paste.
    pub focus_url: Option<EntryId>,
    /// The library filter of each entry's "pick a source" menu.
    pub pick_filter: String,
    /// An entry the view should scroll to once.
    pub scroll_to: Option<EntryId>,
    /// An entry whose text field takes the keyboard focus once it is shown.
    pub focus: Option<EntryId>,
    /// Flag notes, comments and replies being typed.
    pub review: ReviewDrafts,
    /// Suggest mode: typing in an entry edits a draft suggestion, not the body.
    pub suggest: bool,
    /// Each entry's draft suggestion in Suggest mode.
    pub suggestion_drafts: HashMap<EntryId, String>,
    /// The document's speller and the unknown words of the texts shown.
    pub spelling: SpellCheck,
}

/// The match of Find shown in this view, and whether to bring it into view
/// once (it was just found).
#[derive(Debug, Clone, Copy, Default)]
pub struct Found {
    pub current: Option<Match>,
    pub reveal: bool,
}

impl Found {
    /// The byte range of the match in `place`'s text, if it is there.
    fn range_in(&self, place: MatchPlace) -> Option<std::ops::Range<usize>> {
        self.current
            .filter(|found| found.place == place)
            .map(|found| found.start..found.end)
    }
}

pub fn show(
    ui: &mut Ui,
    issue: &Issue,
    derived: &Derived,
    selection: &Selection,
    state: &mut SectionViewState,
    found: &mut Found,
    actions: &mut Actions,
) {
    let Some(section) = selection.section.and_then(|id| issue.section(id)) else {
        ui.centered_and_justified(|ui| {
            ui.label(t!("section-none-selected"));
        });
        return;
    };
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            page::column(ui, |ui| {
                ui.add_space(16.0);
                title(ui, section, state, found, actions);
                status_row(ui, derived, section, actions);
                suggest_toggle(ui, state);
                if let Some(problem) = &state.spelling.problem {
                    ui.label(RichText::new(problem).small().weak());
                }
                if !section.tags.is_empty() {
                    ui.label(RichText::new(section.tags.join(", ")).small().weak());
                }
                ui.add_space(14.0);
                for (index, item) in section.entries.iter().enumerate() {
                    let place = entry::Place {
                        issue,
                        derived,
                        section,
                        index,
                        entry: item,
                        selection,
                    };
                    let response = entry::paragraph(ui, &place, state, found, actions);
                    if state.scroll_to == Some(item.id) {
                        // Into view, the page moving no more than it must.
                        response.scroll_to_me(None);
                        state.scroll_to = None;
                    }
                }
                if section.entries.is_empty() {
                    ui.label(RichText::new(t!("section-no-entries")).weak());
                }
                ui.add_space(8.0);
                add_entry_button(ui, issue, section, state, actions);
                ui.add_space(24.0);
            });
        });
}

/// The section's title, set large in the reading serif, without a box.
fn title(
    ui: &mut Ui,
    section: &Section,
    state: &mut SectionViewState,
    found: &mut Found,
    actions: &mut Actions,
) {
    let label = ui.label(RichText::new(t!("section-title")).small().weak());
    let mut title = section.title.clone();
    let font = FontSelection::FontId(theme::section_title_font());
    let place = MatchPlace::SectionTitle(section.id);
    let highlight = found.range_in(place);
    let output = {
        let mut layouter =
            spelling::layouter(&mut state.spelling, font, false, None, highlight.clone());
        egui::TextEdit::singleline(&mut title)
            .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 2)))
            .desired_width(f32::INFINITY)
            .hint_text(t!("section-title"))
            .id(title_id(section.id))
            .layouter(&mut layouter)
            .show(ui)
    };
    spelling::paint_wave(ui, &output);
    page::reveal_found(ui, &output, highlight, found);
    let field = TextField::SectionTitle(section.id);
    spelling::word_menu(&output, field, None, &mut state.spelling, actions);
    let response = output.response.response.clone().labelled_by(label.id);
    actions.text(&response, field, &title, &section.title);
}

/// The id of a section's title field (Find selects its match there).
pub fn title_id(section: crate::model::SectionId) -> egui::Id {
    egui::Id::unique(("section_title", section.0))
}

/// The section's review status, who approved it, and the moves it can make.
fn status_row(ui: &mut Ui, derived: &Derived, section: &Section, actions: &mut Actions) {
    ui.horizontal_wrapped(|ui| {
        let colour = theme::tokens(ui).status(section.status);
        ui.label(RichText::new(t!("section-status")).small().weak());
        ui.label(RichText::new(section.status.label()).strong().color(colour));
        if let Some(approval) = &section.approval {
            ui.label(
                RichText::new(t!(
                    "section-approved-by",
                    reviewer = &approval.reviewer,
                    when = approval.at.format("%Y-%m-%d %H:%M UTC").to_string()
                ))
                .small()
                .weak(),
            );
        }
        for next in section.status.next() {
            let icon = match next {
                crate::model::SectionStatus::Approved => icons::APPROVE,
                crate::model::SectionStatus::InReview => icons::SEND,
                _ => icons::EDIT,
            };
            if icons::button(ui, icon, &next.action()).clicked() {
                actions.review(super::actions::Review::SetStatus {
                    section: section.id,
                    status: *next,
                });
            }
        }
        let open = crate::compliance::OpenMatters::of(&derived.report, section);
        if !open.is_empty() {
            ui.label(
                RichText::new(format!("{}  {}", icons::WARNING, open.summary()))
                    .small()
                    .color(theme::tokens(ui).warning),
            );
        }
    });
}

/// Suggest mode: typing in an entry records a suggestion instead.
fn suggest_toggle(ui: &mut Ui, state: &mut SectionViewState) {
    ui.horizontal_wrapped(|ui| {
        let toggle = ui
            .toggle_value(
                &mut state.suggest,
                icons::with(icons::EDIT, &t!("menu-suggest-changes")),
            )
            .on_hover_text(t!("section-suggest-hint"));
        icons::name(&toggle, &t!("menu-suggest-changes"));
        if state.suggest {
            ui.label(RichText::new(t!("section-suggest-mode")).color(theme::tokens(ui).warning));
        }
    });
}

fn add_entry_button(
    ui: &mut Ui,
    issue: &Issue,
    section: &Section,
    state: &mut SectionViewState,
    actions: &mut Actions,
) {
    if icons::button(ui, icons::ADD, &t!("add-entry"))
        .on_hover_text(t!("section-add-entry-hint"))
        .clicked()
    {
        // The new entry gets the next free id: select it and put the cursor in it.
        let id = issue.next_entry_id();
        actions.edit(Edit::AddEntry {
            section: section.id,
            index: section.entries.len(),
            body: String::new(),
        });
        actions.select(Selection {
            centre: super::actions::Centre::Section,
            section: Some(section.id),
            entry: Some(id),
            highlight: None,
        });
        state.focus = Some(id);
    }
}
