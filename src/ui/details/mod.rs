//! The issue's masthead, dates, people, texts and sourcing policy.

use egui::{DragValue, RichText, TextEdit, Ui};

mod policy;

use super::actions::Actions;
use super::dates::{Emptied, MonthAs, date_field};
use super::spelling::SpellCheck;
use super::theme;
use crate::compliance::Report;
use crate::edit::{Edit, TextField};
use crate::export::{PLACEHOLDERS, methodology_note};
use crate::model::{Issue, Period};
use crate::t;
use crate::text::QuoteStyle;

/// The countries the policy's scope can name.
#[derive(Clone, Copy)]
pub struct Countries<'a> {
    /// Every country with state media or government sites in the registry.
    pub known: &'a [String],
    /// Those whose outlets this issue cites: where a narrower scope starts.
    pub cited: &'a [String],
}

/// `report` gives the figures the methodology note shows.
pub fn show(
    ui: &mut Ui,
    issue: &Issue,
    report: &Report,
    countries: Countries<'_>,
    spelling: &mut SpellCheck,
    actions: &mut Actions,
) {
    ui.heading(t!("command-issue-details"));
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            field_conflicts(ui, issue, actions);
            egui::Grid::new("issue_details")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    line(
                        ui,
                        &t!("details-series"),
                        TextField::Series,
                        &issue.series,
                        actions,
                    );
                    line(
                        ui,
                        &t!("details-title"),
                        TextField::Title,
                        &issue.title,
                        actions,
                    );
                    number_row(ui, issue, actions);
                    let label = ui.label(t!("details-published"));
                    if let Some(date) = date_field(
                        ui,
                        "issue_published",
                        label.id,
                        issue.published,
                        MonthAs::NotAllowed,
                        Emptied::ByTypingOrButton,
                    ) {
                        actions.edit(Edit::SetPublished(date));
                    }
                    ui.end_row();
                    coverage_row(ui, issue, actions);
                    line(
                        ui,
                        &t!("details-publisher"),
                        TextField::Publisher,
                        &issue.publisher,
                        actions,
                    );
                    editors_row(ui, issue, actions);
                    line(
                        ui,
                        &t!("details-language"),
                        TextField::Language,
                        &issue.language,
                        actions,
                    );
                    quotes_row(ui, issue, actions);
                    paragraph(
                        ui,
                        &t!("details-summary"),
                        TextField::Summary,
                        &issue.summary,
                        spelling,
                        actions,
                    );
                    paragraph(
                        ui,
                        &t!("details-disclaimer"),
                        TextField::Disclaimer,
                        &issue.disclaimer,
                        spelling,
                        actions,
                    );
                    methodology_row(ui, issue, report, actions);
                    publishing_rows(ui, issue, actions);
                });
            ui.add_space(12.0);
            ui.strong(t!("details-policy"));
            policy::show(ui, &issue.policy, countries, actions);
            ui.add_space(8.0);
            policy::special_edition(ui, issue, report, actions);
        });
}

/// The fields a merge could not settle, each with mine and theirs to choose.
fn field_conflicts(ui: &mut Ui, issue: &Issue, actions: &mut Actions) {
    if issue.conflicts.is_empty() {
        return;
    }
    egui::Frame::group(ui.style())
        .fill(theme::tokens(ui).warning.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(2.0, theme::tokens(ui).warning))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(t!("details-conflicts"))
                    .strong()
                    .color(theme::tokens(ui).warning),
            );
            for conflict in &issue.conflicts {
                ui.separator();
                ui.strong(conflict.field.as_str());
                ui.label(t!("details-theirs", value = conflict.theirs.shown()));
                ui.label(t!("details-mine", value = conflict.ours.shown()));
                ui.horizontal(|ui| {
                    for (button, take_theirs) in [
                        (t!("details-keep-mine"), false),
                        (t!("details-take-theirs"), true),
                    ] {
                        if ui.button(button).clicked() {
                            actions.edit(Edit::SettleField {
                                field: conflict.field.clone(),
                                take_theirs,
                            });
                        }
                    }
                });
            }
        });
    ui.add_space(8.0);
}

/// The width of a field: as wide as reads well, narrower in a narrow panel
/// (at the smallest window, with both side panels open).
pub(super) fn field_width(ui: &Ui) -> f32 {
    ui.available_width().clamp(160.0, 420.0)
}

fn line(ui: &mut Ui, name: &str, field: TextField, value: &str, actions: &mut Actions) {
    hinted_line(ui, name, field, value, "", actions);
}

/// A paragraph of the issue's text, its unknown words underlined.
fn paragraph(
    ui: &mut Ui,
    name: &str,
    field: TextField,
    value: &str,
    spelling: &mut SpellCheck,
    actions: &mut Actions,
) {
    let label = ui.label(name);
    let mut text = value.to_owned();
    let output = {
        let mut layouter =
            super::spelling::layouter(spelling, egui::FontSelection::Default, true, None, None);
        TextEdit::multiline(&mut text)
            .desired_width(field_width(ui))
            .desired_rows(3)
            .id_salt(("detail", name))
            .layouter(&mut layouter)
            .show(ui)
    };
    super::spelling::paint_wave(ui, &output);
    super::spelling::word_menu(&output, field, None, spelling, actions);
    let response = output.response.response.clone();
    actions.text(&response.labelled_by(label.id), field, &text, value);
    ui.end_row();
}

/// The methodology note's wording (empty: the language's default) and the
/// note as readers will read it, with this issue's figures.
fn methodology_row(ui: &mut Ui, issue: &Issue, report: &Report, actions: &mut Actions) {
    let label = ui.label(t!("details-methodology"));
    ui.vertical(|ui| {
        let mut text = issue.methodology.clone();
        let response = ui.add(
            TextEdit::multiline(&mut text)
                .desired_width(field_width(ui))
                .desired_rows(3)
                .hint_text(t!("details-methodology-hint"))
                .id_salt(("detail", "Methodology note")),
        );
        actions.text(
            &response.labelled_by(label.id),
            TextField::Methodology,
            &text,
            &issue.methodology,
        );
        ui.label(
            RichText::new(t!("details-placeholders", list = PLACEHOLDERS.join(" ")))
                .small()
                .weak(),
        );
        ui.label(
            RichText::new(t!(
                "details-readers-see",
                note = methodology_note(issue, report)
            ))
            .small(),
        );
    });
    ui.end_row();
}

/// Where the issue will be published and under which licence: the page's
/// canonical and Open Graph links, the suggested citation and the licence line.
fn publishing_rows(ui: &mut Ui, issue: &Issue, actions: &mut Actions) {
    hinted_line(
        ui,
        &t!("details-canonical-url"),
        TextField::CanonicalUrl,
        &issue.canonical_url,
        &t!("details-canonical-url-hint"),
        actions,
    );
    hinted_line(
        ui,
        &t!("details-licence"),
        TextField::Licence,
        &issue.licence,
        &t!("details-licence-hint"),
        actions,
    );
}

fn hinted_line(
    ui: &mut Ui,
    name: &str,
    field: TextField,
    value: &str,
    hint: &str,
    actions: &mut Actions,
) {
    let label = ui.label(name);
    let mut text = value.to_owned();
    let response = ui.add(
        TextEdit::singleline(&mut text)
            .desired_width(field_width(ui))
            .hint_text(hint)
            .id_salt(("detail", name)),
    );
    actions.text(&response.labelled_by(label.id), field, &text, value);
    ui.end_row();
}

fn number_row(ui: &mut Ui, issue: &Issue, actions: &mut Actions) {
    let label = ui.label(t!("details-number"));
    ui.horizontal(|ui| {
        let mut number = issue.number.unwrap_or(0);
        let response = ui
            .add(DragValue::new(&mut number).range(0..=100_000))
            .labelled_by(label.id);
        if response.changed() {
            actions.edit(Edit::SetNumber((number > 0).then_some(number)));
        }
        ui.label(RichText::new(t!("details-no-number")).small().weak());
    });
    ui.end_row();
}

/// The period the issue covers: two typed dates (a month typed alone covers
/// the whole month) with a calendar each.
fn coverage_row(ui: &mut Ui, issue: &Issue, actions: &mut Actions) {
    ui.label(t!("details-coverage"));
    // The end under the start: both fit the narrowest panel, in every language.
    ui.vertical(|ui| {
        let typed_from = ui
            .horizontal(|ui| {
                let label = ui.label(t!("details-from"));
                let day = issue.coverage.map(|p| p.from);
                date_field(
                    ui,
                    "coverage_from",
                    label.id,
                    day,
                    MonthAs::FirstDay,
                    Emptied::ByTyping,
                )
            })
            .inner;
        let (typed_to, cleared) = ui
            .horizontal(|ui| {
                let label = ui.label(t!("details-to"));
                let day = issue.coverage.map(|p| p.to);
                let typed = date_field(
                    ui,
                    "coverage_to",
                    label.id,
                    day,
                    MonthAs::LastDay,
                    Emptied::ByTyping,
                );
                let cleared =
                    issue.coverage.is_some() && ui.small_button(t!("details-clear")).clicked();
                (typed, cleared)
            })
            .inner;
        let period = match (typed_from, typed_to) {
            (Some(Some(from)), _) => Some(Some(match issue.coverage {
                Some(period) => Period {
                    from,
                    to: period.to.max(from),
                },
                None => Period {
                    from,
                    to: month_end_if_first(from),
                },
            })),
            (_, Some(Some(to))) => Some(Some(match issue.coverage {
                Some(period) => Period {
                    from: period.from.min(to),
                    to,
                },
                None => Period { from: to, to },
            })),
            // Emptying either end clears the period.
            (Some(None), _) | (_, Some(None)) => Some(None),
            (None, None) => None,
        };
        if let Some(period) = if cleared { Some(None) } else { period } {
            actions.edit(Edit::SetCoverage(period));
        }
    });
    ui.end_row();
}

/// A period started on the first of a month with no end yet runs to the
/// month's end (a month typed in "from"); any other day, to itself.
fn month_end_if_first(from: chrono::NaiveDate) -> chrono::NaiveDate {
    use chrono::Datelike;
    if from.day() != 1 {
        return from;
    }
    from.checked_add_months(chrono::Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(from)
}

/// The quotation marks readers see: the language's usual ones, or a choice.
fn quotes_row(ui: &mut Ui, issue: &Issue, actions: &mut Actions) {
    let label = ui.label(t!("details-quotes"));
    let by_language = QuoteStyle::for_language(&issue.language);
    let name = |quotes: Option<QuoteStyle>| match quotes {
        None => t!("details-quotes-language", example = by_language.example()),
        Some(style) => style.example().to_owned(),
    };
    let mut chosen = issue.quotes;
    egui::ComboBox::from_id_salt("issue_quotes")
        .width(field_width(ui))
        .truncate()
        .selected_text(name(chosen))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, name(None));
            for style in QuoteStyle::ALL {
                ui.selectable_value(&mut chosen, Some(style), name(Some(style)));
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(t!("details-quotes-hint"));
    if chosen != issue.quotes {
        actions.edit(Edit::SetQuotes(chosen));
    }
    ui.end_row();
}

/// The editors as one line of names. While the field has the keyboard it
/// shows what was typed, spaces and commas included, and only the model is
/// given the split list: re-splitting the shown text on every keystroke ate
/// the space after "Marta" before "Ruiz" was typed. An undo or a merge that
/// changes the list while typing shows the new list.
fn editors_row(ui: &mut Ui, issue: &Issue, actions: &mut Actions) {
    let label = ui.label(t!("details-editors"));
    let id = ui.make_persistent_id("issue_editors");
    let draft: Option<String> = ui.data(|d| d.get_temp(id));
    let mut text = match draft {
        Some(draft) if split_names(&draft) == issue.editors => draft,
        _ => issue.editors.join(", "),
    };
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .hint_text(t!("details-editors-hint"))
                .desired_width(field_width(ui))
                .id(id),
        )
        .labelled_by(label.id);
    let editors = split_names(&text);
    if response.changed() && editors != issue.editors {
        actions.edit(Edit::SetEditors(editors));
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    ui.end_row();
}

/// "Marta Ruiz, Daniel Ortega Vidal, " → the two names.
fn split_names(text: &str) -> Vec<String> {
    text.split(',')
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}
