use chrono::{Datelike, NaiveDate};

use super::labels::Labels;

/// "3 November 2026" or "3 de noviembre de 2026", held on one line by
/// no-break spaces.
pub(super) fn long_date(day: NaiveDate, labels: &Labels) -> String {
    let month = labels.months[day.month0() as usize];
    let date = if labels.month_with_de {
        format!("{} de {month} de {}", day.day(), day.year())
    } else {
        format!("{} {month} {}", day.day(), day.year())
    };
    crate::text::unbroken(&date)
}

/// The ISO form for `datetime` attributes.
pub(super) fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}
