use chrono::{Datelike, Days, NaiveDate};

use crate::model::{Issue, Period, Section, SectionId};

/// A new issue with the usual sections of a VRIC-type monitor, covering the
/// first or second half of the month of `today`, whose policy counts the
/// state media of Venezuela, Russia, Iran and China.
pub fn new_issue(today: NaiveDate) -> Issue {
    let titles = [
        "Overview",
        "Russia",
        "China",
        "Iran",
        "Venezuela",
        "Regional",
    ];
    let sections = titles
        .iter()
        .zip(1..)
        .map(|(title, id)| Section::new(SectionId(id), *title))
        .collect();
    let first = today.with_day(1).unwrap_or(today);
    let (from, to) = if today.day() <= 15 {
        (first, first.with_day(15).unwrap_or(today))
    } else {
        let next_month = first
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(today);
        let last = next_month.checked_sub_days(Days::new(1)).unwrap_or(today);
        (first.with_day(16).unwrap_or(today), last)
    };
    let mut issue = Issue::default();
    // A VRIC monitor counts the state media of the four nations it follows.
    issue.policy.countries = ["Venezuela", "Russia", "Iran", "China"]
        .map(str::to_owned)
        .to_vec();
    Issue {
        series: "VRIC Monitor".to_owned(),
        title: String::new(),
        coverage: Some(Period { from, to }),
        disclaimer: issue.policy.standing_disclaimer(),
        sections,
        ..issue
    }
}
