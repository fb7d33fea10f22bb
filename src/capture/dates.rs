//! Publication dates as pages write them: ISO 8601 with or without a time
//! (`2026-11-03T14:05:00-03:00`), or the forms editors type, which Spanish and
//! Portuguese pages use too (`03/11/2026` day first, `3 de noviembre de 2026`).

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::text::{TypedDate, parse_typed_date};

/// The day a page's date names, in the page's own time zone: a piece
/// published at 23:30 in Caracas is dated that day, not the next in UTC.
pub fn page_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(moment) = DateTime::parse_from_rfc3339(text) {
        return Some(moment.date_naive());
    }
    // "2026-11-03T14:05:00" without a zone, "2026-11-03 14:05", "20261103".
    if let Some(day) = text
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        return Some(day);
    }
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y%m%d") {
        return Some(day);
    }
    // A date and a time in words or numbers: the time is dropped.
    let date_part = text.split([' ', 'T']).collect::<Vec<_>>();
    let candidates = [
        text.to_owned(),
        date_part.first().copied().unwrap_or("").to_owned(),
    ];
    candidates.iter().find_map(|c| match parse_typed_date(c) {
        Ok(TypedDate::Day(day)) => Some(day),
        _ => None,
    })
}

/// The moment a page's date names, when it gives a time and a zone: the same
/// moment written in two zones can fall on two days and still be one date.
pub(super) fn page_moment(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%z"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn iso_with_a_zone_keeps_the_page_s_own_day() {
        assert_eq!(page_date("2026-11-03T23:30:00-04:00"), day(2026, 11, 3));
        assert_eq!(page_date("2026-11-03T10:00:00Z"), day(2026, 11, 3));
    }

    #[test]
    fn iso_without_a_zone_and_a_bare_day() {
        assert_eq!(page_date("2026-11-03T14:05:00"), day(2026, 11, 3));
        assert_eq!(page_date(" 2026-11-03 "), day(2026, 11, 3));
        assert_eq!(page_date("20261103"), day(2026, 11, 3));
    }

    #[test]
    fn day_first_numbers_and_spanish_words() {
        assert_eq!(page_date("03/11/2026"), day(2026, 11, 3));
        assert_eq!(page_date("03/11/2026 14:05"), day(2026, 11, 3));
        assert_eq!(page_date("3 de noviembre de 2026"), day(2026, 11, 3));
    }

    #[test]
    fn a_moment_needs_a_time_and_a_zone() {
        let caracas = page_moment("2026-11-03T21:45:00-04:00");
        assert_eq!(caracas, page_moment("2026-11-04T01:45:00Z"));
        assert_eq!(caracas, page_moment("2026-11-03T21:45:00-0400"));
        assert!(caracas.is_some());
        assert_eq!(page_moment("2026-11-03T21:45:00"), None);
        assert_eq!(page_moment("03/11/2026"), None);
    }

    #[test]
    fn no_date_is_no_date() {
        assert_eq!(page_date("yesterday"), None);
        assert_eq!(page_date(""), None);
        assert_eq!(page_date("2026-11"), None);
    }
}
