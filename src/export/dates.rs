use chrono::NaiveDate;

use super::labels::Labels;

/// "3 November 2026" or "3 de noviembre de 2026", held on one line by
/// no-break spaces.
pub(super) fn long_date(day: NaiveDate, labels: &Labels) -> String {
    crate::text::unbroken(&crate::i18n::long_date_in(labels.words(), day))
}

/// The ISO form for `datetime` attributes.
pub(super) fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}
