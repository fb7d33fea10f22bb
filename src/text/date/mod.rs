//! Dates as editors type them into a date field: ISO, a day with a month name
//! in English, Spanish or Portuguese, numbers in day/month/year order, or a
//! month alone.

use std::fmt;

use chrono::{Months, NaiveDate};
use unicode_normalization::UnicodeNormalization;

use crate::t;

/// The forms a date field accepts, as the window's hint and the
/// `dates-parse-unrecognised` message name them in English.
pub const DATE_HINT: &str = "2022-02-13, 13 Feb 2022 or 13/02/2022 (day/month/year)";

/// Years outside this range are slips of the keyboard in a news monitor.
const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2200;

/// How much of the typed text an error message quotes: a field can receive a paste.
const QUOTE_CHARS: usize = 40;

/// Words that join the parts of a date ("13 de febrero de 2022", "13th of
/// February"), and ordinal marks left alone by a split ("1.º").
const FILLER_WORDS: &[&str] = &["de", "del", "of", "the", "º", "ª", "°"];

/// Full month names without accents, lower case. Any prefix of three letters or
/// more is accepted, so the usual abbreviations (sept, set, dic, dez, ene, out)
/// come for free; a test checks that no prefix names two different months.
const MONTH_NAMES: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("marco", 3),
    ("abril", 4),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("agosto", 8),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
];

/// What an editor typed, understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypedDate {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
}

impl TypedDate {
    /// First day covered (a `Day` covers only itself).
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            Self::Day(day) => day,
            Self::Month { year, month } => first_of_month(year, month),
        }
    }

    /// Last day covered (a `Day` covers only itself).
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            Self::Day(day) => day,
            Self::Month { year, month } => first_of_month(year, month)
                .checked_add_months(Months::new(1))
                .and_then(|next| next.pred_opt())
                .unwrap_or(NaiveDate::MAX),
        }
    }
}

/// ISO again: `2022-02-13` or `2022-02`, which `parse_typed_date` reads back.
impl fmt::Display for TypedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Day(day) => f.write_str(&format_date(day)),
            Self::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

/// Why typed text is not a date; the messages speak to the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Nothing but whitespace: callers take it as "clear the date".
    Empty,
    Unrecognised {
        text: String,
    },
    UnknownMonth {
        text: String,
        word: String,
    },
    NoSuchMonth {
        text: String,
        month: u32,
    },
    /// A month over 12 where the day would be a month: typed month first.
    MonthFirst {
        text: String,
        month: u32,
        /// How the date was written: "slashes", "dots" or "dashes".
        separators: &'static str,
    },
    NoSuchDay {
        text: String,
        year: i32,
        month: u32,
        day: u32,
    },
    TwoDigitYear {
        text: String,
        year: u32,
    },
    MissingYear {
        text: String,
    },
    YearOutOfRange {
        text: String,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self {
            Self::Empty => t!("dates-parse-empty"),
            Self::Unrecognised { text } => t!("dates-parse-unrecognised", text = text),
            Self::UnknownMonth { text, word } => {
                t!("dates-parse-unknown-month", text = text, word = word)
            }
            Self::NoSuchMonth { text, month } => t!(
                "dates-parse-no-such-month",
                text = text,
                month = month.to_string()
            ),
            Self::MonthFirst {
                text,
                month,
                separators,
            } => {
                let separators = match *separators {
                    "slashes" => t!("dates-parse-slashes"),
                    "dots" => t!("dates-parse-dots"),
                    _ => t!("dates-parse-dashes"),
                };
                t!(
                    "dates-parse-month-first",
                    text = text,
                    month = month.to_string(),
                    separators = separators
                )
            }
            Self::NoSuchDay {
                text,
                year,
                month,
                day,
            } => t!(
                "dates-parse-no-such-day",
                text = text,
                month = month_name(*month),
                year = year.to_string(),
                day = day.to_string()
            ),
            Self::TwoDigitYear { text, year } => t!(
                "dates-parse-two-digit-year",
                text = text,
                year = format!("{year:02}")
            ),
            Self::MissingYear { text } => t!("dates-parse-missing-year", text = text),
            Self::YearOutOfRange { text } => t!(
                "dates-parse-year-out-of-range",
                text = text,
                first = FIRST_YEAR.to_string(),
                last = LAST_YEAR.to_string()
            ),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for DateError {}

/// The ISO form date fields show: `2022-02-13`.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Reads a date as an editor types it (see [`DATE_HINT`]); case, accents,
/// commas, a final period and the words "de"/"of" do not matter.
pub fn parse_typed_date(text: &str) -> Result<TypedDate, DateError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(DateError::Empty);
    }
    let quoted = super::excerpt(trimmed, QUOTE_CHARS);
    // A final period or comma is punctuation around the date, not part of it.
    let body = trimmed.trim_end_matches(|c: char| c == '.' || c == ',' || c.is_whitespace());
    let numeric = !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'));
    if numeric {
        parse_numeric(body, quoted)
    } else {
        parse_words(body, quoted)
    }
}

/// A run of digits as typed: how many digits tells a year from a day.
#[derive(Debug, Clone, Copy)]
struct Number {
    value: u32,
    digits: usize,
}

impl Number {
    fn parse(digits: &str) -> Option<Self> {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Self {
            // Only overflow can fail here; such a number is no day and no year either.
            value: digits.parse().unwrap_or(u32::MAX),
            digits: digits.len(),
        })
    }

    /// Three digits or more: "22" could be 1922 or 2022, "202" is a typo of a year.
    fn is_year_like(self) -> bool {
        self.digits >= 3
    }
}

/// `2022-02-13`, `2022-02`, `13/02/2022`, `13.02.2022`, `13-02-2022`, `02/2022`.
fn parse_numeric(body: &str, text: String) -> Result<TypedDate, DateError> {
    let Some(separator) = body.chars().find(|c| !c.is_ascii_digit()) else {
        return Err(DateError::Unrecognised { text });
    };
    let parts: Option<Vec<Number>> = body.split(separator).map(Number::parse).collect();
    let Some(parts) = parts else {
        // Mixed separators or an empty part: "13/02-2022", "13//2022".
        return Err(DateError::Unrecognised { text });
    };
    match parts[..] {
        [year, month, day] if year.is_year_like() => {
            checked_day(text, year, month.value, day.value, None)
        }
        [day, month, year] => {
            let separators = match separator {
                '/' => "slashes",
                '.' => "dots",
                _ => "dashes",
            };
            checked_day(text, year, month.value, day.value, Some(separators))
        }
        [year, month] if year.is_year_like() => checked_month(text, year, month.value),
        [month, year] if year.is_year_like() => checked_month(text, year, month.value),
        [_, _] => Err(DateError::MissingYear { text }),
        _ => Err(DateError::Unrecognised { text }),
    }
}

/// One word of a date with a month name.
enum Token<'a> {
    Number(Number),
    Month(u32),
    Other(&'a str),
}

/// `13 Feb 2022`, `Feb 13, 2022`, `13 de febrero de 2022`, `February 2022`.
/// The month name places the month; the year is the number of 3+ digits.
fn parse_words(body: &str, text: String) -> Result<TypedDate, DateError> {
    let mut numbers = Vec::new();
    let mut months = Vec::new();
    let mut others = Vec::new();
    let words = body
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '/' | '-'))
        .filter(|word| !word.is_empty());
    for word in words {
        match token(word) {
            Some(Token::Number(number)) => numbers.push(number),
            Some(Token::Month(month)) => months.push(month),
            Some(Token::Other(word)) => others.push(word),
            None => {}
        }
    }
    match (&others[..], &months[..]) {
        ([], [_]) => {}
        // "13 Fbe 2022": a misspelt month among numbers.
        ([word], []) if !numbers.is_empty() && word.chars().all(char::is_alphabetic) => {
            return Err(DateError::UnknownMonth {
                text,
                word: (*word).to_owned(),
            });
        }
        _ => return Err(DateError::Unrecognised { text }),
    }
    let month = months[0];
    match numbers[..] {
        [] => Err(DateError::MissingYear { text }),
        [year] if year.is_year_like() => checked_month(text, year, month),
        [_] => Err(DateError::MissingYear { text }),
        [first, second] => match (first.is_year_like(), second.is_year_like()) {
            (false, true) => checked_day(text, second, month, first.value, None),
            (true, false) => checked_day(text, first, month, second.value, None),
            // "13 Feb 22": the last number stands where the year goes.
            (false, false) => checked_day(text, second, month, first.value, None),
            (true, true) => Err(DateError::Unrecognised { text }),
        },
        _ => Err(DateError::Unrecognised { text }),
    }
}

/// What a word is; `None` for words that only join ("de", "of").
fn token(word: &str) -> Option<Token<'_>> {
    let folded = fold(word);
    if FILLER_WORDS.contains(&folded.as_str()) {
        return None;
    }
    // "13th", "1º": the ordinal mark says nothing more than the number.
    let digits_end = folded
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(folded.len());
    let suffix = &folded[digits_end..];
    if matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "º" | "ª" | "°")
        && let Some(number) = Number::parse(&folded[..digits_end])
    {
        return Some(Token::Number(number));
    }
    Some(match month_named(&folded) {
        Some(month) => Token::Month(month),
        None => Token::Other(word),
    })
}

/// The month a folded word names, in full or by a prefix of three letters or more.
fn month_named(folded: &str) -> Option<u32> {
    if folded.chars().count() < 3 {
        return None;
    }
    let mut named = MONTH_NAMES
        .iter()
        .filter(|(name, _)| name.starts_with(folded))
        .map(|&(_, month)| month);
    let month = named.next()?;
    // Two months for one word would be a guess: refuse rather than pick one.
    named.all(|other| other == month).then_some(month)
}

/// Lower case without accents: "Março" → "marco". Ordinal marks are not
/// accents and survive.
fn fold(word: &str) -> String {
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn checked_year(text: &str, year: Number) -> Result<i32, DateError> {
    if !year.is_year_like() {
        return Err(DateError::TwoDigitYear {
            text: text.to_owned(),
            year: year.value,
        });
    }
    i32::try_from(year.value)
        .ok()
        .filter(|year| (FIRST_YEAR..=LAST_YEAR).contains(year))
        .ok_or_else(|| DateError::YearOutOfRange {
            text: text.to_owned(),
        })
}

fn checked_month(text: String, year: Number, month: u32) -> Result<TypedDate, DateError> {
    let year = checked_year(&text, year)?;
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth { text, month });
    }
    Ok(TypedDate::Month { year, month })
}

/// `separators` names how a day/month/year date was written, for the hint
/// when its month looks typed first.
fn checked_day(
    text: String,
    year: Number,
    month: u32,
    day: u32,
    separators: Option<&'static str>,
) -> Result<TypedDate, DateError> {
    let year = checked_year(&text, year)?;
    if !(1..=12).contains(&month) {
        return Err(match separators {
            Some(separators) if (1..=12).contains(&day) => DateError::MonthFirst {
                text,
                month,
                separators,
            },
            _ => DateError::NoSuchMonth { text, month },
        });
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .map(TypedDate::Day)
        .ok_or(DateError::NoSuchDay {
            text,
            year,
            month,
            day,
        })
}

fn first_of_month(year: i32, month: u32) -> NaiveDate {
    // Only a hand-built `Month` can be out of range: clamp it rather than panic.
    NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1).unwrap_or(if year < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// A month's name for messages, in the interface's language.
fn month_name(month: u32) -> String {
    match month {
        1 => t!("month-1"),
        2 => t!("month-2"),
        3 => t!("month-3"),
        4 => t!("month-4"),
        5 => t!("month-5"),
        6 => t!("month-6"),
        7 => t!("month-7"),
        8 => t!("month-8"),
        9 => t!("month-9"),
        10 => t!("month-10"),
        11 => t!("month-11"),
        12 => t!("month-12"),
        _ => t!("dates-parse-that-month"),
    }
}

#[cfg(test)]
mod tests;
