//! The draft's first heading as a masthead: "VRIC Monitor No. 14: Title" names
//! the series, the number and its title.

use super::fold::fold;

/// What the first heading says about the issue.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Masthead {
    pub series: String,
    pub number: Option<u32>,
    pub title: String,
}

/// Words that announce an issue's number, folded (lower case, no accents) and
/// without their dots: "No.", "Nº", "N.º", "Núm.", "Número", "Issue", "#", ….
const NUMBER_MARKS: &[&str] = &[
    "#", "no", "nº", "n°", "nr", "nro", "num", "numero", "number", "issue", "edicion", "edicao",
];

/// What may stand between the series and the number, and between the number and the title.
const SEPARATORS: &[char] = &[':', '—', '–', '-', '|', '·', ',', '.'];

/// Reads `heading` (already tidied). Without a number mark the whole heading
/// is the title, as before: a bare number ("Summit 2026") may be a year or
/// part of a name, so only a marked one counts.
pub(super) fn parse(heading: &str) -> Masthead {
    let words = words(heading);
    for (index, &(start, word)) in words.iter().enumerate() {
        // "No. 14" as two words, or "No.14", "#14", "Nº14" as one; `end` is
        // where the number's word ends, its trailing separators included.
        let (mark, number, end) = match split_glued(word) {
            Some((mark, number)) => (mark, number, start + word.len()),
            None => match words.get(index + 1) {
                Some(&(next_start, next)) => (word, next, next_start + next.len()),
                None => continue,
            },
        };
        if !is_number_mark(mark) {
            continue;
        }
        let Some(number) = leading_number(number) else {
            continue;
        };
        return Masthead {
            series: trim_separators(&heading[..start]).to_owned(),
            number: Some(number),
            title: trim_separators(&heading[end..]).to_owned(),
        };
    }
    Masthead {
        title: heading.to_owned(),
        ..Masthead::default()
    }
}

/// Whitespace-separated words with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut start = None;
    for (offset, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                found.push((from, &text[from..offset]));
                start = None;
            }
            (false, None) => start = Some(offset),
            _ => {}
        }
    }
    if let Some(from) = start {
        found.push((from, &text[from..]));
    }
    found
}

/// "No.14" → ("No.", "14"); `None` when the word has no letters or marks before digits.
fn split_glued(word: &str) -> Option<(&str, &str)> {
    let digits = word.find(|c: char| c.is_ascii_digit())?;
    (digits > 0).then(|| word.split_at(digits))
}

fn is_number_mark(word: &str) -> bool {
    let folded: String = fold(word).chars().filter(|&c| c != '.').collect();
    NUMBER_MARKS.contains(&folded.as_str())
}

/// "14", "14:" or "14," → 14. A number run into letters ("14th", "14b") is no issue number.
fn leading_number(word: &str) -> Option<u32> {
    let end = word
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(word.len());
    let rest = &word[end..];
    if end == 0 || !rest.chars().all(|c| SEPARATORS.contains(&c)) {
        return None;
    }
    word[..end].parse().ok()
}

fn trim_separators(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masthead(series: &str, number: u32, title: &str) -> Masthead {
        Masthead {
            series: series.to_owned(),
            number: Some(number),
            title: title.to_owned(),
        }
    }

    #[test]
    fn series_number_and_title() {
        assert_eq!(
            parse("VRIC Monitor No. 14: Title"),
            masthead("VRIC Monitor", 14, "Title")
        );
    }

    #[test]
    fn number_marks_in_english_spanish_and_portuguese() {
        for heading in [
            "VRIC Monitor No. 14: Title",
            "VRIC Monitor No 14: Title",
            "VRIC Monitor no. 14: Title",
            "VRIC Monitor NO. 14: Title",
            "VRIC Monitor No.14: Title",
            "VRIC Monitor Nº 14: Title",
            "VRIC Monitor Nº14: Title",
            "VRIC Monitor N° 14: Title",
            "VRIC Monitor N.º 14: Title",
            "VRIC Monitor n.º 14: Title",
            "VRIC Monitor #14: Title",
            "VRIC Monitor # 14: Title",
            "VRIC Monitor Issue 14: Title",
            "VRIC Monitor ISSUE 14: Title",
            "VRIC Monitor Número 14: Title",
            "VRIC Monitor NÚMERO 14: Title",
            "VRIC Monitor Numero 14: Title",
            "VRIC Monitor Núm. 14: Title",
            "VRIC Monitor Nro. 14: Title",
            "VRIC Monitor Edición 14: Title",
            "VRIC Monitor Edição 14: Title",
        ] {
            assert_eq!(
                parse(heading),
                masthead("VRIC Monitor", 14, "Title"),
                "{heading}"
            );
        }
    }

    #[test]
    fn separators_between_number_and_title() {
        for heading in [
            "VRIC Monitor No. 14: Title",
            "VRIC Monitor No. 14 — Title",
            "VRIC Monitor No. 14 – Title",
            "VRIC Monitor No. 14 - Title",
            "VRIC Monitor No. 14 | Title",
            "VRIC Monitor No. 14, Title",
            "VRIC Monitor No. 14 Title",
            "VRIC Monitor No. 14 :Title",
            "VRIC Monitor, No. 14: Title",
            "VRIC Monitor — No. 14 — Title",
        ] {
            assert_eq!(
                parse(heading),
                masthead("VRIC Monitor", 14, "Title"),
                "{heading}"
            );
        }
    }

    #[test]
    fn the_title_keeps_its_own_punctuation() {
        assert_eq!(
            parse("Monitor VRIC N.º 15: Rusia y China en los Andes — 1–15 de noviembre"),
            masthead(
                "Monitor VRIC",
                15,
                "Rusia y China en los Andes — 1–15 de noviembre"
            )
        );
    }

    #[test]
    fn a_number_without_a_title_leaves_the_title_empty() {
        assert_eq!(
            parse("VRIC Monitor No. 14"),
            masthead("VRIC Monitor", 14, "")
        );
        assert_eq!(parse("VRIC Monitor #14:"), masthead("VRIC Monitor", 14, ""));
    }

    #[test]
    fn a_number_without_a_series_leaves_the_series_empty() {
        assert_eq!(parse("Issue 14: Title"), masthead("", 14, "Title"));
    }

    #[test]
    fn a_word_like_a_mark_in_the_series_is_not_the_mark() {
        assert_eq!(
            parse("No Borders Monitor No. 3"),
            masthead("No Borders Monitor", 3, "")
        );
    }

    #[test]
    fn without_a_number_mark_the_heading_is_the_title() {
        for heading in [
            "VRIC Monitor 14",
            "Informe — noviembre",
            "Summit 2026: what changed",
            "VRIC Monitor No. 14th",
            "VRIC Monitor No. 99999999999",
            "The issue 14b",
            "No.",
            "#",
            "",
        ] {
            assert_eq!(
                parse(heading),
                Masthead {
                    title: heading.to_owned(),
                    ..Masthead::default()
                },
                "{heading}"
            );
        }
    }
}
