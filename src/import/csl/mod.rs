//! Sources from a Zotero library, through CSL JSON: what Zotero writes with
//! "Export Collection… → CSL JSON" (and what most reference managers read and
//! write). One JSON list of items; each item with a URL becomes a source.
//!
//! Zotero is loose about types (it writes the parts of a date as strings, other
//! tools write numbers), so dates are read from [`serde_json::Value`]s and every
//! field is optional. Anything this import cannot use is named in a note rather
//! than dropped silently, and nothing in the file can make it panic.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

use crate::model::{Source, SourceId, SourceKind};
use crate::sourcing::guess_kind;
use crate::text::TextPosition;

/// The sources read from a CSL JSON file, in file order, and what the editor
/// should know about the items (skipped ones, dates that were incomplete).
#[derive(Debug, Clone, PartialEq)]
pub struct CslImport {
    /// Every source has id `SourceId(0)`: the caller gives out real ids when
    /// it adds them to a library.
    pub sources: Vec<Source>,
    pub notes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum CslError {
    /// Not JSON at all: where the parser gave up.
    #[error("{origin}:{at}: {message}")]
    Syntax {
        origin: String,
        at: TextPosition,
        message: String,
    },
    /// Valid JSON, but a field has a type CSL does not allow (a title that is a
    /// number, an item that is not an object). Guessing would hide a broken file.
    #[error("{origin}:{at}: {message}")]
    Invalid {
        origin: String,
        at: TextPosition,
        message: String,
    },
    /// A single item or any other value on its own: CSL JSON is always a list,
    /// and a file that is not one was probably exported in another format.
    #[error(
        "{origin}: a CSL JSON file is a list of items (`[ {{ … }}, {{ … }} ]`), but this file holds {found}; in Zotero, use \"Export Collection… → CSL JSON\""
    )]
    NotAList { origin: String, found: &'static str },
}

/// Reads the CSL JSON `text`; `origin` names the file in messages.
pub fn sources_from_csl_json(text: &str, origin: &str) -> Result<CslImport, CslError> {
    // A byte-order mark (some Windows tools write one) is not JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let items: Vec<CslItem> =
        serde_json::from_str(text).map_err(|error| error_of(&error, text, origin))?;
    let mut import = CslImport {
        sources: Vec::new(),
        notes: Vec::new(),
    };
    if items.is_empty() {
        import
            .notes
            .push(format!("{origin}: the list holds no items"));
    }
    for (index, item) in items.into_iter().enumerate() {
        item.read(index + 1, &mut import);
    }
    Ok(import)
}

/// The error for what serde_json refused in `text`.
fn error_of(error: &serde_json::Error, text: &str, origin: &str) -> CslError {
    let origin = origin.to_owned();
    // serde_json checks the type of the top-level value before reading it, so a
    // type error with a first character other than `[` is about the whole file.
    if (error.is_data() || text.trim().is_empty())
        && let Some(found) = not_a_list(text)
    {
        return CslError::NotAList { origin, found };
    }
    let at = position(text, error.line(), error.column());
    let message = message_of(error);
    if error.is_data() {
        CslError::Invalid {
            origin,
            at,
            message,
        }
    } else {
        CslError::Syntax {
            origin,
            at,
            message,
        }
    }
}

/// What a JSON file holds instead of a list, named by its first character.
fn not_a_list(text: &str) -> Option<&'static str> {
    match text.trim_start().chars().next() {
        None => Some("nothing (the file is empty)"),
        Some('[') => None,
        Some('{') => Some("a single object"),
        Some('"') => Some("a string"),
        Some('t' | 'f') => Some("true or false"),
        Some('n') => Some("null"),
        Some(_) => Some("a number"),
    }
}

/// serde_json's message without the " at line … column …" it appends.
fn message_of(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

/// serde_json counts columns in bytes, one past the offending byte; editors
/// count characters from 1 at the offending one.
fn position(text: &str, line: usize, column: usize) -> TextPosition {
    let line_start = match line {
        0 | 1 => 0,
        line => text
            .match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(newline, _)| newline + 1),
    };
    TextPosition::of_offset(text, line_start + column.saturating_sub(1))
}

/// One CSL item: the fields a source uses. Others (`type`, `abstract`,
/// `publisher`, …) are ignored; in particular the CSL type never decides the
/// kind of source: a blog post ("post-weblog", "post") keeps the kind its URL suggests.
#[derive(Debug, Default, Deserialize)]
#[serde(
    default,
    expecting = "a CSL item (a JSON object with fields such as \"title\" and \"URL\")"
)]
struct CslItem {
    title: Option<String>,
    #[serde(rename = "container-title")]
    container_title: Option<String>,
    #[serde(rename = "URL", alias = "url")]
    url: Option<String>,
    issued: Value,
    accessed: Value,
    author: Option<Vec<CslName>>,
    language: Option<String>,
    genre: Option<String>,
    /// An archived copy's address (Zotero's "Loc. in Archive").
    archive_location: Option<String>,
}

/// A CSL name: a person in parts, or an institution as one `literal`.
#[derive(Debug, Default, Deserialize)]
#[serde(
    default,
    expecting = "a CSL name (a JSON object such as {\"family\": …, \"given\": …})"
)]
struct CslName {
    family: Option<String>,
    given: Option<String>,
    #[serde(rename = "dropping-particle")]
    dropping_particle: Option<String>,
    #[serde(rename = "non-dropping-particle")]
    non_dropping_particle: Option<String>,
    suffix: Option<String>,
    literal: Option<String>,
}

impl CslName {
    /// "Given Family" ("Lucas de Ribeiro"), or the literal name.
    fn display(&self) -> String {
        if let Some(literal) = nonblank(self.literal.as_deref()) {
            return literal.to_owned();
        }
        [
            &self.given,
            &self.dropping_particle,
            &self.non_dropping_particle,
            &self.family,
            &self.suffix,
        ]
        .into_iter()
        .filter_map(|part| nonblank(part.as_deref()))
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// The trimmed text, when there is any.
fn nonblank(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|text| !text.is_empty())
}

impl CslItem {
    /// Adds the item's source to `import`, or a note saying why it has none.
    /// `number` counts items from 1, as an editor would.
    fn read(self, number: usize, import: &mut CslImport) {
        let title = nonblank(self.title.as_deref())
            .unwrap_or_default()
            .to_owned();
        let name = if title.is_empty() {
            format!("item {number} (untitled)")
        } else {
            format!("item {number} \"{title}\"")
        };
        let Some(url) = nonblank(self.url.as_deref()) else {
            import.notes.push(format!(
                "{name} skipped: it has no URL, and a source needs one"
            ));
            return;
        };
        let mut source = Source::new(SourceId(0), url);
        source.title = title;
        source.outlet = nonblank(self.container_title.as_deref()).map(str::to_owned);
        source.author = self
            .author
            .iter()
            .flatten()
            .map(CslName::display)
            .filter(|name| !name.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        source.language = nonblank(self.language.as_deref())
            .unwrap_or_default()
            .to_owned();
        source.kind = if self.genre.as_deref().is_some_and(is_opinion_genre) {
            // The genre a person gave the item in the reference manager.
            source.kind_from = crate::model::KindOrigin::Editor;
            SourceKind::Opinion
        } else {
            guess_kind(url)
        };
        source.published = date(&self.issued, &name, "publication date", &mut import.notes);
        source.accessed = date(&self.accessed, &name, "access date", &mut import.notes);
        // Only an address that says when its copy was taken is one: other
        // archive locations (a box number, a shelf) are not pages.
        source.archived = nonblank(self.archive_location.as_deref())
            .and_then(crate::model::ArchivedCopy::from_address);
        import.sources.push(source);
    }
}

/// Genre words that mark an opinion piece, folded (no accents, lower case):
/// Zotero's "Website Type"/"Genre" is free text in the editor's language.
const OPINION_GENRES: &[&str] = &["opinion", "opiniao", "editorial"];

/// "Opinion", "Opinión", "Opinião", "Editorial", "opinion column", …
fn is_opinion_genre(genre: &str) -> bool {
    let folded = super::fold::fold(genre);
    OPINION_GENRES.iter().any(|word| folded.contains(word))
}

/// A day as year, month and day; month and day may be missing.
type Parts = (i64, Option<i64>, Option<i64>);

/// The day a CSL date names. A date that only names a year or a month becomes
/// its first day, with a note: a reader would otherwise take the 1st as exact.
/// A date this import cannot read is left empty, with a note.
fn date(value: &Value, name: &str, what: &str, notes: &mut Vec<String>) -> Option<NaiveDate> {
    // The forms CSL allows, in the order citeproc prefers them.
    let mut shown = None;
    let mut readings: Vec<Option<Parts>> = Vec::new();
    match value {
        Value::Null => return None,
        // Not CSL, but some tools write a bare string.
        Value::String(text) => {
            shown = Some(value.to_string());
            readings.push(iso_parts(text));
        }
        Value::Object(fields) => {
            for (key, read) in [
                ("date-parts", date_parts as fn(&Value) -> Option<Parts>),
                ("raw", iso_value),
                ("literal", iso_value),
            ] {
                if let Some(form) = fields.get(key).filter(|form| !form.is_null()) {
                    shown.get_or_insert_with(|| format!("{{\"{key}\": {form}}}"));
                    readings.push(read(form));
                }
            }
        }
        _ => shown = Some(value.to_string()),
    }
    let Some(shown) = shown else {
        // An object with none of the forms, such as `{}`: no date given.
        return None;
    };
    // An exact day in any form beats a year or a month in an earlier one.
    let days: Vec<_> = readings.into_iter().flatten().filter_map(day_of).collect();
    let chosen = days
        .iter()
        .find(|(_, missing)| missing.is_none())
        .or(days.first());
    let Some((day, missing)) = chosen.cloned() else {
        notes.push(format!(
            "{name}: {what} left empty: cannot read {shown} as a day (this import reads \"date-parts\" and ISO dates such as 2026-11-03)"
        ));
        return None;
    };
    if let Some(missing) = missing {
        notes.push(format!(
            "{name}: the {what} gives {missing}; recorded as {day}, which is not exact"
        ));
    }
    Some(day)
}

/// `[[2026, 11, 3]]` or `[["2026", "11", "3"]]`; the first day of a range.
/// A flat `[2026, 11, 3]` (not CSL, but written by some tools) is read too.
fn date_parts(value: &Value) -> Option<Parts> {
    let list = value.as_array()?;
    let parts = match list.first() {
        Some(Value::Array(first)) => first,
        _ => list,
    };
    let numbers = parts.iter().map(number).collect::<Option<Vec<i64>>>()?;
    match numbers[..] {
        [year] => Some((year, None, None)),
        [year, month] => Some((year, Some(month), None)),
        [year, month, day] => Some((year, Some(month), Some(day))),
        _ => None,
    }
}

/// A whole number, written as a number or as a numeric string.
fn number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(number) => number.as_i64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// A `raw` or `literal` date, which this import reads when it is ISO.
fn iso_value(value: &Value) -> Option<Parts> {
    value.as_str().and_then(iso_parts)
}

/// "2026-11-03", "2026-11" or "2026"; a time after the day ("2026-11-03T10:00:00Z",
/// or Zotero's "2026-11-03 10:00:00") is ignored.
fn iso_parts(text: &str) -> Option<Parts> {
    let text = text.trim();
    let date = text.split(['T', ' ']).next().unwrap_or(text);
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        if lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse::<i64>().ok()
        } else {
            None
        }
    };
    match date.split('-').collect::<Vec<_>>()[..] {
        [year] => Some((digits(year, 4..=4)?, None, None)),
        [year, month] => Some((digits(year, 4..=4)?, Some(digits(month, 1..=2)?), None)),
        [year, month, day] => Some((
            digits(year, 4..=4)?,
            Some(digits(month, 1..=2)?),
            Some(digits(day, 1..=2)?),
        )),
        _ => None,
    }
}

/// The day, and what was missing when it is the first of a year or a month.
fn day_of((year, month, day): Parts) -> Option<(NaiveDate, Option<String>)> {
    let year = i32::try_from(year).ok()?;
    let part = |value: Option<i64>| value.map_or(Some(1), |value| u32::try_from(value).ok());
    let date = NaiveDate::from_ymd_opt(year, part(month)?, part(day)?)?;
    let missing = match (month, day) {
        (Some(_), Some(_)) => None,
        (Some(_), None) => Some(format!(
            "only a year and a month ({})",
            date.format("%Y-%m")
        )),
        (None, _) => Some(format!("only a year ({year})")),
    };
    Some((date, missing))
}

#[cfg(test)]
mod tests;
