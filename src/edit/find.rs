//! Find and replace across the issue: entry text, section titles, source titles.

use super::{Edit, TextField};
use crate::model::{EntryId, Issue, SectionId, SourceId};

/// Where a match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchPlace {
    SectionTitle(SectionId),
    Entry { section: SectionId, entry: EntryId },
    SourceTitle(SourceId),
}

/// One occurrence of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub place: MatchPlace,
    /// Byte range in the field's text.
    pub start: usize,
    pub end: usize,
}

impl MatchPlace {
    fn field(self) -> TextField {
        match self {
            MatchPlace::SectionTitle(id) => TextField::SectionTitle(id),
            MatchPlace::Entry { entry, .. } => TextField::EntryBody(entry),
            MatchPlace::SourceTitle(id) => TextField::SourceTitle(id),
        }
    }
}

/// The searchable fields in reading order: section title, its entries, then source titles.
fn fields(issue: &Issue) -> Vec<(MatchPlace, &str)> {
    let mut fields = Vec::new();
    for section in &issue.sections {
        fields.push((MatchPlace::SectionTitle(section.id), section.title.as_str()));
        for entry in &section.entries {
            let place = MatchPlace::Entry {
                section: section.id,
                entry: entry.id,
            };
            fields.push((place, entry.body.as_str()));
        }
    }
    for source in &issue.sources {
        fields.push((MatchPlace::SourceTitle(source.id), source.title.as_str()));
    }
    fields
}

/// Every occurrence of `needle` (exact, or ignoring case), in reading order.
pub fn find_matches(issue: &Issue, needle: &str, match_case: bool) -> Vec<Match> {
    if needle.is_empty() {
        return Vec::new();
    }
    let mut matches = Vec::new();
    for (place, text) in fields(issue) {
        for (start, end) in occurrences(text, needle, match_case) {
            matches.push(Match { place, start, end });
        }
    }
    matches
}

/// Byte ranges of non-overlapping occurrences. Ignoring case compares char by
/// char in lower case, so ranges stay valid in the original text.
fn occurrences(text: &str, needle: &str, match_case: bool) -> Vec<(usize, usize)> {
    if match_case {
        return text
            .match_indices(needle)
            .map(|(i, m)| (i, i + m.len()))
            .collect();
    }
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        let mut k = 0;
        while k < needle.len() && j < chars.len() {
            let lowered: Vec<char> = chars[j].1.to_lowercase().collect();
            if needle[k..].starts_with(&lowered) {
                k += lowered.len();
                j += 1;
            } else {
                break;
            }
        }
        if k == needle.len() {
            let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
            found.push((chars[i].0, end));
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    found
}

/// The text of `field` with one match replaced.
pub fn replace_one_edit(issue: &Issue, found: Match, replacement: &str) -> Option<Edit> {
    let text = fields(issue)
        .into_iter()
        .find(|(place, _)| *place == found.place)?
        .1;
    let mut new = String::with_capacity(text.len() + replacement.len());
    new.push_str(text.get(..found.start)?);
    new.push_str(replacement);
    new.push_str(text.get(found.end..)?);
    Some(Edit::SetText {
        field: found.place.field(),
        text: new,
    })
}

/// One edit (one undo step) replacing every occurrence; `None` when there is none.
pub fn replace_all_edit(
    issue: &Issue,
    needle: &str,
    replacement: &str,
    match_case: bool,
) -> Option<Edit> {
    let mut edits = Vec::new();
    for (place, text) in fields(issue) {
        let ranges = occurrences(text, needle, match_case);
        if needle.is_empty() || ranges.is_empty() {
            continue;
        }
        let mut new = String::with_capacity(text.len());
        let mut kept = 0;
        for (start, end) in ranges {
            new.push_str(&text[kept..start]);
            new.push_str(replacement);
            kept = end;
        }
        new.push_str(&text[kept..]);
        edits.push(Edit::SetText {
            field: place.field(),
            text: new,
        });
    }
    (!edits.is_empty()).then_some(Edit::Batch(edits))
}
