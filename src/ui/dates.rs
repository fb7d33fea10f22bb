//! Date fields: typed as editors write dates (`2022-02-13`, `13 Feb 2022`,
//! `13/02/2022`, a month where the field allows one), with the calendar of
//! egui_extras beside as an aid. What is typed is read by the library
//! (`text::parse_typed_date`); a date it cannot read is explained beside the
//! field and the previous value stays.

use chrono::{Datelike, NaiveDate};
use egui::{RichText, TextEdit, Ui};
use egui_extras::DatePickerButton;

use super::theme;
use crate::t;
use crate::text::{DateError, TypedDate, format_date, parse_typed_date};

/// What a month typed alone (`February 2022`) means in a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthAs {
    /// Refused: the field needs a day.
    NotAllowed,
    /// The month's first day (the start of a period).
    FirstDay,
    /// The month's last day (the end of a period).
    LastDay,
}

/// What is typed in a date field and not yet accepted, kept between frames.
#[derive(Debug, Clone, Default, PartialEq)]
struct Draft {
    text: String,
    problem: Option<String>,
    /// The value the draft was started from: when the value changes
    /// elsewhere (undo, the calendar), the draft is dropped.
    value: Option<NaiveDate>,
}

/// Whether a date field may be emptied, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emptied {
    /// A date is needed.
    Refused,
    /// Emptying the text clears the date.
    ByTyping,
    /// Emptying the text, or a "clear" button beside the field, clears it.
    ByTypingOrButton,
}

/// A date field labelled by `label`. `Some(new value)` when the user typed or
/// picked another date; `Some(None)` when an optional date was emptied.
pub fn date_field(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: egui::Id,
    value: Option<NaiveDate>,
    month: MonthAs,
    emptied: Emptied,
) -> Option<Option<NaiveDate>> {
    let optional = emptied != Emptied::Refused;
    let id = ui.make_persistent_id(id_salt);
    let text_id = id.with("text");
    let typing = ui.memory(|m| m.has_focus(text_id));
    let mut draft: Draft = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| Draft {
        value,
        ..Draft::default()
    });
    // The value shows unless the user is typing or must see what was refused.
    if draft.value != value || (!typing && draft.problem.is_none()) {
        draft = Draft {
            text: value.map(format_date).unwrap_or_default(),
            problem: None,
            value,
        };
    }
    let mut changed = None;
    // The reason a date was refused goes below the field, where a row of
    // fields (a period's two ends) leaves it room.
    ui.vertical(|ui| {
        let row = ui.horizontal_wrapped(|ui| {
            let response = ui
                .add(
                    TextEdit::singleline(&mut draft.text)
                        .desired_width(96.0)
                        .hint_text(t!("dates-hint"))
                        .id(text_id),
                )
                .labelled_by(label)
                .on_hover_text(t!("dates-type-hint"));
            if response.changed() {
                draft.problem = None;
            }
            if response.lost_focus() {
                match read(&draft.text, month, optional) {
                    Ok(new) if new != value => {
                        changed = Some(new);
                        draft.text = new.map(format_date).unwrap_or_default();
                        draft.value = new;
                    }
                    Ok(_) => draft.text = value.map(format_date).unwrap_or_default(),
                    Err(problem) => draft.problem = Some(problem),
                }
            }
            if let Some(picked) = calendar(ui, id, value) {
                changed = Some(Some(picked));
                draft = Draft::default();
            }
            let button = emptied == Emptied::ByTypingOrButton;
            let clear = button.then(|| {
                ui.add_visible(
                    value.is_some(),
                    egui::Button::new(super::icons::CLOSE).small(),
                )
                .on_hover_text(t!("dates-clear-hint"))
            });
            if let Some(clear) = &clear {
                super::icons::name(clear, &t!("details-clear"));
            }
            if clear.is_some_and(|clear| clear.clicked()) {
                changed = Some(None);
                draft = Draft::default();
            }
        });
        if let Some(problem) = &draft.problem {
            // Wrapped within the field's own row, so a long reason never
            // widens the panel and pushes "clear" out of it.
            ui.set_max_width(row.response.rect.width().max(160.0));
            ui.add(egui::Label::new(RichText::new(problem).color(theme::tokens(ui).error)).wrap());
        }
    });
    ui.data_mut(|d| d.insert_temp(id, draft));
    changed
}

/// What the typed text means for the field, or why it cannot be taken.
fn read(text: &str, month: MonthAs, optional: bool) -> Result<Option<NaiveDate>, String> {
    match parse_typed_date(text) {
        Ok(TypedDate::Day(day)) => Ok(Some(day)),
        Ok(typed @ TypedDate::Month { .. }) => match month {
            MonthAs::FirstDay => Ok(Some(typed.first_day())),
            MonthAs::LastDay => Ok(Some(typed.last_day())),
            MonthAs::NotAllowed => Err(t!(
                "dates-month-not-allowed",
                typed = text.trim(),
                example = typed.first_day().format("%-d %b %Y").to_string()
            )),
        },
        Err(DateError::Empty) if optional => Ok(None),
        Err(DateError::Empty) => Err(t!("dates-needed")),
        Err(error) => Err(error.to_string()),
    }
}

/// The calendar button; `Some(day)` when the user picked one.
fn calendar(ui: &mut Ui, id: egui::Id, value: Option<NaiveDate>) -> Option<NaiveDate> {
    let start = value.unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut picked = to_jiff(start)?;
    let before = picked;
    let salt = format!("{:x}", id.with("calendar").value());
    // The icons' calendar, so the button stays small beside the field.
    let response = ui.add(
        DatePickerButton::new(&mut picked)
            .id_salt(&salt)
            .calendar_week(false)
            .show_icon(false)
            .format(super::icons::CALENDAR),
    );
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, t!("dates-calendar")));
    (picked != before).then(|| to_chrono(picked)).flatten()
}

fn to_jiff(date: NaiveDate) -> Option<jiff::civil::Date> {
    let month = i8::try_from(date.month()).ok()?;
    let day = i8::try_from(date.day()).ok()?;
    jiff::civil::Date::new(i16::try_from(date.year()).ok()?, month, day).ok()
}

fn to_chrono(date: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn typed_dates_become_days_months_become_period_ends() {
        for typed in [
            "2022-02-13",
            "13 Feb 2022",
            "13/02/2022",
            "13 de febrero de 2022",
        ] {
            assert_eq!(
                read(typed, MonthAs::NotAllowed, false),
                Ok(day(2022, 2, 13))
            );
        }
        assert_eq!(
            read("February 2022", MonthAs::FirstDay, false),
            Ok(day(2022, 2, 1))
        );
        assert_eq!(
            read("February 2022", MonthAs::LastDay, false),
            Ok(day(2022, 2, 28))
        );
        let refused = read("February 2022", MonthAs::NotAllowed, false).expect_err("a month");
        assert!(refused.contains("type the day too"), "{refused}");
    }

    #[test]
    fn empty_clears_an_optional_date_and_bad_dates_say_why() {
        assert_eq!(read("  ", MonthAs::NotAllowed, true), Ok(None));
        assert!(read("", MonthAs::NotAllowed, false).is_err());
        let error = read("31/02/2022", MonthAs::NotAllowed, true).expect_err("no such day");
        assert!(error.contains("no day 31"), "{error}");
    }

    #[test]
    fn chrono_and_jiff_dates_convert_both_ways() {
        let date = day(2024, 2, 29).expect("leap day");
        assert_eq!(to_jiff(date).and_then(to_chrono), Some(date));
    }
}
