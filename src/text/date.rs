//! Dates as editors type them into a date field: ISO, a day with a month name
//! in English, Spanish or Portuguese, numbers in day/month/year order, or a
//! month alone.

use std::fmt;

use chrono::{Months, NaiveDate};
use unicode_normalization::UnicodeNormalization;

/// The forms a date field accepts, for placeholders and error messages.
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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Nothing but whitespace: callers take it as "clear the date".
    #[error("no date typed")]
    Empty,
    #[error("“{text}” is not a date: type a date such as {hint}", hint = DATE_HINT)]
    Unrecognised { text: String },
    #[error("“{text}”: “{word}” is not a month name")]
    UnknownMonth { text: String, word: String },
    #[error("“{text}”: there is no month {month}")]
    NoSuchMonth { text: String, month: u32 },
    /// A month over 12 where the day would be a month: typed month first.
    #[error("“{text}”: there is no month {month} — dates with {separators} are day/month/year")]
    MonthFirst {
        text: String,
        month: u32,
        separators: &'static str,
    },
    #[error("“{text}”: {} {year} has no day {day}", english_month(*.month))]
    NoSuchDay {
        text: String,
        year: i32,
        month: u32,
        day: u32,
    },
    #[error("“{text}”: write the year in full — {year:02} could be 19{year:02} or 20{year:02}")]
    TwoDigitYear { text: String, year: u32 },
    #[error("“{text}”: the year is missing — type it in full, as in 13 Feb 2022")]
    MissingYear { text: String },
    #[error("“{text}”: the year must be between {first} and {last}", first = FIRST_YEAR, last = LAST_YEAR)]
    YearOutOfRange { text: String },
}

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
    if matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "º" | "ª" | "°") {
        if let Some(number) = Number::parse(&folded[..digits_end]) {
            return Some(Token::Number(number));
        }
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

/// A month's name for messages, which are in English like the rest of the window.
fn english_month(month: u32) -> &'static str {
    u8::try_from(month)
        .ok()
        .and_then(|month| chrono::Month::try_from(month).ok())
        .map_or("that month", |month| month.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid test date")
    }

    fn day(text: &str) -> NaiveDate {
        match parse_typed_date(text) {
            Ok(TypedDate::Day(day)) => day,
            other => panic!("{text:?} gave {other:?}"),
        }
    }

    fn month(text: &str) -> (i32, u32) {
        match parse_typed_date(text) {
            Ok(TypedDate::Month { year, month }) => (year, month),
            other => panic!("{text:?} gave {other:?}"),
        }
    }

    fn message(text: &str) -> String {
        match parse_typed_date(text) {
            Err(error) => error.to_string(),
            Ok(date) => panic!("{text:?} gave {date:?}"),
        }
    }

    #[test]
    fn iso_dates() {
        assert_eq!(day("2022-02-13"), ymd(2022, 2, 13));
        assert_eq!(day("2022-2-3"), ymd(2022, 2, 3));
        assert_eq!(day("  2022-02-13 \n"), ymd(2022, 2, 13));
        assert_eq!(day("2022-02-13."), ymd(2022, 2, 13));
        // Year first is unambiguous whatever the separator.
        assert_eq!(day("2022/02/13"), ymd(2022, 2, 13));
        assert_eq!(day("2022.02.13"), ymd(2022, 2, 13));
    }

    #[test]
    fn numeric_dates_are_day_month_year() {
        for text in [
            "13/02/2022",
            "13.02.2022",
            "13-02-2022",
            "13/2/2022",
            "13/02/2022,",
        ] {
            assert_eq!(day(text), ymd(2022, 2, 13), "{text}");
        }
        assert_eq!(day("3/2/2022"), ymd(2022, 2, 3));
        assert_eq!(day("03/02/2022"), ymd(2022, 2, 3));
        assert_eq!(day("12/11/2022"), ymd(2022, 11, 12));
    }

    #[test]
    fn english_month_names() {
        for text in [
            "13 Feb 2022",
            "13 February 2022",
            "13 feb. 2022",
            "13 FEB 2022",
            "Feb 13, 2022",
            "February 13 2022",
            "February 13, 2022.",
            "13th February 2022",
            "the 13th of February, 2022",
            "13-Feb-2022",
            "2022 Feb 13",
        ] {
            assert_eq!(day(text), ymd(2022, 2, 13), "{text}");
        }
        assert_eq!(day("1st March 2022"), ymd(2022, 3, 1));
        assert_eq!(day("May 2nd, 2022"), ymd(2022, 5, 2));
        assert_eq!(day("23rd Sept 2022"), ymd(2022, 9, 23));
        assert_eq!(day("4 Sep 2022"), ymd(2022, 9, 4));
        assert_eq!(day("4 Dec 2022"), ymd(2022, 12, 4));
    }

    #[test]
    fn spanish_month_names() {
        for text in [
            "13 de febrero de 2022",
            "13 febrero 2022",
            "13 de febrero del 2022",
            "13 feb 2022",
            "13 Febrero, 2022",
        ] {
            assert_eq!(day(text), ymd(2022, 2, 13), "{text}");
        }
        assert_eq!(day("1 ene 2022"), ymd(2022, 1, 1));
        assert_eq!(day("5 de marzo de 2022"), ymd(2022, 3, 5));
        assert_eq!(day("5 abr 2022"), ymd(2022, 4, 5));
        assert_eq!(day("5 de mayo de 2022"), ymd(2022, 5, 5));
        assert_eq!(day("5 ago 2022"), ymd(2022, 8, 5));
        assert_eq!(day("5 de setiembre de 2022"), ymd(2022, 9, 5));
        assert_eq!(day("5 sept. 2022"), ymd(2022, 9, 5));
        assert_eq!(day("5 dic 2022"), ymd(2022, 12, 5));
        assert_eq!(day("5 de Diciembre de 2022"), ymd(2022, 12, 5));
        assert_eq!(day("1º de mayo de 2022"), ymd(2022, 5, 1));
        assert_eq!(day("1.º de mayo de 2022"), ymd(2022, 5, 1));
    }

    #[test]
    fn portuguese_month_names() {
        assert_eq!(day("13 de fevereiro de 2022"), ymd(2022, 2, 13));
        assert_eq!(day("13 fev 2022"), ymd(2022, 2, 13));
        assert_eq!(day("5 de março de 2022"), ymd(2022, 3, 5));
        assert_eq!(day("5 de marco de 2022"), ymd(2022, 3, 5));
        assert_eq!(day("5 de MARÇO de 2022"), ymd(2022, 3, 5));
        assert_eq!(day("5 mai 2022"), ymd(2022, 5, 5));
        assert_eq!(day("5 de setembro de 2022"), ymd(2022, 9, 5));
        assert_eq!(day("5 set 2022"), ymd(2022, 9, 5));
        assert_eq!(day("5 out 2022"), ymd(2022, 10, 5));
        assert_eq!(day("5 de outubro de 2022"), ymd(2022, 10, 5));
        assert_eq!(day("5 dez 2022"), ymd(2022, 12, 5));
        assert_eq!(day("5 de dezembro de 2022"), ymd(2022, 12, 5));
    }

    #[test]
    fn every_full_name_and_abbreviation_gives_its_month() {
        let expected: &[(&[&str], u32)] = &[
            (&["january", "jan", "enero", "ene", "janeiro"], 1),
            (&["february", "feb", "febrero", "fevereiro", "fev"], 2),
            (&["march", "mar", "marzo", "março", "marco"], 3),
            (&["april", "apr", "abril", "abr"], 4),
            (&["may", "mayo", "maio", "mai"], 5),
            (&["june", "jun", "junio", "junho"], 6),
            (&["july", "jul", "julio", "julho"], 7),
            (&["august", "aug", "agosto", "ago"], 8),
            (
                &[
                    "september",
                    "sep",
                    "sept",
                    "septiembre",
                    "setiembre",
                    "setembro",
                    "set",
                ],
                9,
            ),
            (&["october", "oct", "octubre", "outubro", "out"], 10),
            (&["november", "nov", "noviembre", "novembro"], 11),
            (
                &["december", "dec", "diciembre", "dic", "dezembro", "dez"],
                12,
            ),
        ];
        for &(names, number) in expected {
            for name in names {
                assert_eq!(month(&format!("{name} 2022")), (2022, number), "{name}");
                assert_eq!(
                    day(&format!("7 {} 2022", name.to_uppercase())),
                    ymd(2022, number, 7),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn no_abbreviation_names_two_months() {
        // Every prefix the parser accepts, from every name, must agree on one month.
        for &(name, number) in MONTH_NAMES {
            for end in 3..=name.len() {
                let prefix = &name[..end];
                let months: Vec<u32> = MONTH_NAMES
                    .iter()
                    .filter(|(other, _)| other.starts_with(prefix))
                    .map(|&(_, month)| month)
                    .collect();
                assert!(months.iter().all(|&m| m == number), "{prefix}: {months:?}");
                assert_eq!(month_named(prefix), Some(number), "{prefix}");
            }
        }
        // The abbreviations shared between languages mean the same month in each.
        assert_eq!(month_named("mar"), Some(3));
        assert_eq!(month_named("ago"), Some(8));
        assert_eq!(month_named("set"), Some(9));
        assert_eq!(month_named("may"), Some(5));
        assert_eq!(month_named("jun"), Some(6));
        assert_eq!(month_named("jul"), Some(7));
        // Too short to name a month.
        assert_eq!(month_named("ma"), None);
        assert_eq!(month_named("ju"), None);
        assert_eq!(month_named("febuary"), None);
    }

    #[test]
    fn months_alone() {
        for text in [
            "February 2022",
            "feb 2022",
            "Feb. 2022",
            "febrero 2022",
            "febrero de 2022",
            "fevereiro de 2022",
            "2022-02",
            "2022-2",
            "02/2022",
            "2/2022",
            "02.2022",
            "2022 February",
        ] {
            assert_eq!(month(text), (2022, 2), "{text}");
        }
        assert_eq!(month("diciembre 1999"), (1999, 12));
    }

    #[test]
    fn months_cover_their_days() {
        let february = TypedDate::Month {
            year: 2022,
            month: 2,
        };
        assert_eq!(february.first_day(), ymd(2022, 2, 1));
        assert_eq!(february.last_day(), ymd(2022, 2, 28));
        let leap = TypedDate::Month {
            year: 2024,
            month: 2,
        };
        assert_eq!(leap.last_day(), ymd(2024, 2, 29));
        let december = TypedDate::Month {
            year: 2022,
            month: 12,
        };
        assert_eq!(december.first_day(), ymd(2022, 12, 1));
        assert_eq!(december.last_day(), ymd(2022, 12, 31));
        let april = TypedDate::Month {
            year: 2022,
            month: 4,
        };
        assert_eq!(april.last_day(), ymd(2022, 4, 30));
        let one = TypedDate::Day(ymd(2022, 2, 13));
        assert_eq!(one.first_day(), ymd(2022, 2, 13));
        assert_eq!(one.last_day(), ymd(2022, 2, 13));
    }

    #[test]
    fn hand_built_months_out_of_range_do_not_panic() {
        let thirteenth = TypedDate::Month {
            year: 2022,
            month: 13,
        };
        assert_eq!(thirteenth.first_day(), ymd(2022, 12, 1));
        assert_eq!(thirteenth.last_day(), ymd(2022, 12, 31));
        let huge = TypedDate::Month {
            year: i32::MAX,
            month: 1,
        };
        assert_eq!(huge.first_day(), NaiveDate::MAX);
        assert_eq!(huge.last_day(), NaiveDate::MAX);
        let tiny = TypedDate::Month {
            year: i32::MIN,
            month: 1,
        };
        assert_eq!(tiny.first_day(), NaiveDate::MIN);
    }

    #[test]
    fn leap_years() {
        assert_eq!(day("29/02/2024"), ymd(2024, 2, 29));
        assert_eq!(day("29 Feb 2000"), ymd(2000, 2, 29));
        assert_eq!(day("2020-02-29"), ymd(2020, 2, 29));
        assert_eq!(
            message("29/02/2022"),
            "“29/02/2022”: February 2022 has no day 29"
        );
        // Centuries are leap years only every 400 years.
        assert_eq!(
            message("29 Feb 1900"),
            "“29 Feb 1900”: February 1900 has no day 29"
        );
        assert_eq!(
            message("2100-02-29"),
            "“2100-02-29”: February 2100 has no day 29"
        );
    }

    #[test]
    fn impossible_days_are_refused() {
        assert_eq!(
            message("31/02/2022"),
            "“31/02/2022”: February 2022 has no day 31"
        );
        assert_eq!(
            message("31 April 2022"),
            "“31 April 2022”: April 2022 has no day 31"
        );
        assert_eq!(
            message("32 de enero de 2022"),
            "“32 de enero de 2022”: January 2022 has no day 32"
        );
        assert_eq!(message("0/1/2022"), "“0/1/2022”: January 2022 has no day 0");
        assert_eq!(
            parse_typed_date("2022-06-31"),
            Err(DateError::NoSuchDay {
                text: "2022-06-31".into(),
                year: 2022,
                month: 6,
                day: 31
            })
        );
    }

    #[test]
    fn month_first_dates_get_a_hint() {
        assert_eq!(
            message("02/13/2022"),
            "“02/13/2022”: there is no month 13 — dates with slashes are day/month/year"
        );
        assert_eq!(
            message("02.13.2022"),
            "“02.13.2022”: there is no month 13 — dates with dots are day/month/year"
        );
        assert_eq!(
            message("02-13-2022"),
            "“02-13-2022”: there is no month 13 — dates with dashes are day/month/year"
        );
        // Neither order makes sense: just the month.
        assert_eq!(message("20/13/2022"), "“20/13/2022”: there is no month 13");
        assert_eq!(message("2022-13-01"), "“2022-13-01”: there is no month 13");
        assert_eq!(message("2022-00-01"), "“2022-00-01”: there is no month 0");
        assert_eq!(message("2022-13"), "“2022-13”: there is no month 13");
        assert_eq!(message("13/2022"), "“13/2022”: there is no month 13");
    }

    #[test]
    fn unknown_month_names_are_named() {
        assert_eq!(
            message("13 Fbe 2022"),
            "“13 Fbe 2022”: “Fbe” is not a month name"
        );
        assert_eq!(
            message("13 Febuary 2022"),
            "“13 Febuary 2022”: “Febuary” is not a month name"
        );
        assert_eq!(
            message("Smarch 2022"),
            "“Smarch 2022”: “Smarch” is not a month name"
        );
    }

    #[test]
    fn two_digit_years_are_refused() {
        assert_eq!(
            message("13/02/22"),
            "“13/02/22”: write the year in full — 22 could be 1922 or 2022"
        );
        assert_eq!(
            message("13 Feb 22"),
            "“13 Feb 22”: write the year in full — 22 could be 1922 or 2022"
        );
        assert_eq!(
            message("1.2.5"),
            "“1.2.5”: write the year in full — 05 could be 1905 or 2005"
        );
        assert!(matches!(
            parse_typed_date("13-02-22"),
            Err(DateError::TwoDigitYear { year: 22, .. })
        ));
    }

    #[test]
    fn missing_years_are_named() {
        for text in [
            "13 Feb",
            "Feb 13",
            "February",
            "13/02",
            "de febrero",
            "Feb 22",
        ] {
            assert_eq!(
                message(text),
                format!("“{text}”: the year is missing — type it in full, as in 13 Feb 2022")
            );
        }
    }

    #[test]
    fn years_out_of_range_are_refused() {
        for text in [
            "13/02/1850",
            "2201-01-01",
            "13 Feb 202",
            "0202-02-13",
            "13/02/20222",
            "February 99999999999",
            "1899-12",
        ] {
            assert_eq!(
                message(text),
                format!("“{text}”: the year must be between 1900 and 2200"),
                "{text}"
            );
        }
        assert_eq!(day("1 Jan 1900"), ymd(1900, 1, 1));
        assert_eq!(day("31/12/2200"), ymd(2200, 12, 31));
    }

    #[test]
    fn unrecognised_text_gets_the_hint() {
        for text in [
            "hello",
            "yesterday",
            "2022",
            "20220213",
            "13 02 2022",
            "13/02-2022",
            "13//2022",
            "1/2/3/2022",
            "Feb March 2022",
            "13 Feb 2022 Monday",
            "13 14 Feb 2022",
            "2022 Feb 2023",
            "-",
            ".",
            "2022-02-13T10:00",
        ] {
            assert_eq!(
                parse_typed_date(text),
                Err(DateError::Unrecognised { text: text.into() }),
                "{text}"
            );
        }
        assert_eq!(
            message("hello"),
            "“hello” is not a date: type a date such as 2022-02-13, 13 Feb 2022 or 13/02/2022 (day/month/year)"
        );
    }

    #[test]
    fn empty_input_is_its_own_error() {
        for text in ["", "   ", "\n\t "] {
            assert_eq!(parse_typed_date(text), Err(DateError::Empty));
        }
        assert_eq!(DateError::Empty.to_string(), "no date typed");
    }

    #[test]
    fn long_input_is_quoted_short() {
        let text = format!("{} Feb", "x".repeat(100));
        let error = message(&text);
        assert!(
            error.starts_with(&format!("“{}…”", "x".repeat(QUOTE_CHARS))),
            "{error}"
        );
    }

    #[test]
    fn formatted_dates_read_back() {
        assert_eq!(format_date(ymd(2022, 2, 13)), "2022-02-13");
        assert_eq!(format_date(ymd(1900, 1, 1)), "1900-01-01");
        let mut date = ymd(FIRST_YEAR, 1, 1);
        let last = ymd(LAST_YEAR, 12, 31);
        while date <= last {
            assert_eq!(
                parse_typed_date(&format_date(date)),
                Ok(TypedDate::Day(date))
            );
            let Some(next) = date.succ_opt() else { break };
            date = next;
        }
    }

    #[test]
    fn displayed_dates_read_back() {
        for typed in [
            TypedDate::Day(ymd(2022, 2, 13)),
            TypedDate::Month {
                year: 2022,
                month: 2,
            },
            TypedDate::Month {
                year: 1900,
                month: 12,
            },
        ] {
            assert_eq!(parse_typed_date(&typed.to_string()), Ok(typed));
        }
        assert_eq!(
            TypedDate::Month {
                year: 2022,
                month: 2
            }
            .to_string(),
            "2022-02"
        );
    }

    #[test]
    fn hint_matches_what_is_accepted() {
        for example in ["2022-02-13", "13 Feb 2022", "13/02/2022"] {
            assert!(DATE_HINT.contains(example));
            assert_eq!(day(example), ymd(2022, 2, 13));
        }
    }
}
