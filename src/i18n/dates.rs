//! Dates as the interface's language writes them.

use chrono::{Datelike, NaiveDate};

use super::Language;
use crate::t;

/// "13 February 2022", "13 de febrero de 2022", "13 de fevereiro de 2022",
/// in the interface's language.
pub fn long_date(day: NaiveDate) -> String {
    long_date_in(super::current(), day)
}

/// The same in `language` (an export's, which follows its issue).
pub fn long_date_in(language: Language, day: NaiveDate) -> String {
    t!(
        in language,
        "date-long",
        day = day.day(),
        month = month_name(language, day.month()),
        year = day.year()
    )
}

fn month_name(language: Language, month: u32) -> String {
    match month {
        1 => t!(in language, "month-1"),
        2 => t!(in language, "month-2"),
        3 => t!(in language, "month-3"),
        4 => t!(in language, "month-4"),
        5 => t!(in language, "month-5"),
        6 => t!(in language, "month-6"),
        7 => t!(in language, "month-7"),
        8 => t!(in language, "month-8"),
        9 => t!(in language, "month-9"),
        10 => t!(in language, "month-10"),
        11 => t!(in language, "month-11"),
        _ => t!(in language, "month-12"),
    }
}
