//! Date pickers (egui_extras, on jiff) for the model's chrono dates.

use chrono::{Datelike, NaiveDate};
use egui::Ui;
use egui_extras::DatePickerButton;

fn to_jiff(date: NaiveDate) -> Option<jiff::civil::Date> {
    let month = i8::try_from(date.month()).ok()?;
    let day = i8::try_from(date.day()).ok()?;
    jiff::civil::Date::new(i16::try_from(date.year()).ok()?, month, day).ok()
}

fn to_chrono(date: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        date.month() as u32,
        date.day() as u32,
    )
}

/// A date picker; `Some(new)` when the user picked a date.
pub fn date_picker(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    date: NaiveDate,
) -> Option<NaiveDate> {
    let mut picked = to_jiff(date)?;
    let before = picked;
    let salt = format!("{:x}", egui::Id::unique(id).value());
    // No calendar emoji: the bundled fonts have none.
    ui.add(
        DatePickerButton::new(&mut picked)
            .id_salt(&salt)
            .calendar_week(false)
            .show_icon(false),
    );
    (picked != before).then(|| to_chrono(picked)).flatten()
}

/// An optional date: a picker with a clear button, or a "set" button.
/// `Some(new value)` when the user changed it.
pub fn optional_date(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    date: Option<NaiveDate>,
) -> Option<Option<NaiveDate>> {
    let mut changed = None;
    ui.horizontal(|ui| match date {
        Some(day) => {
            if let Some(new) = date_picker(ui, id, day) {
                changed = Some(Some(new));
            }
            if ui.small_button("clear").clicked() {
                changed = Some(None);
            }
        }
        None => {
            if ui.button("set date").clicked() {
                changed = Some(Some(chrono::Local::now().date_naive()));
            }
        }
    });
    changed
}
