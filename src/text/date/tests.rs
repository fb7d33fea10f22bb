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
