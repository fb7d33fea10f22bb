//! One issue of a monitor: its masthead, policy, sections and source library.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    Entry, EntryId, FieldConflict, IdsGiven, Policy, Section, SectionId, Source, SourceId,
};
use crate::text::QuoteStyle;

/// A publication export despite errors or unapproved sections: who, when, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportOverride {
    pub by: String,
    pub at: chrono::DateTime<chrono::Utc>,
    pub reason: String,
    /// Error findings at the time.
    pub errors: usize,
    /// Titles of the sections that were not approved.
    pub unapproved: Vec<String>,
}

/// The file format this build writes. Older files are migrated on load; a
/// file of a newer format, or with a field this build does not know, is
/// refused rather than narrowed (`store::LoadError::TooNew`, `UnknownField`).
/// 3: an entry's own `language` and the issue's `spelling_ignored` (added
/// under 2 by mistake, so an older build dropped them without a word);
/// every object refuses fields it does not know. A test
/// (`store::format_tests`) fails when a field is added without raising it.
/// 4: a field conflict's sides are typed, `Some("…")` or `None` for a side
/// that deleted the section or source (3 wrote an empty string for it, so a
/// title edited to nothing read as a deletion); 3's strings still load.
/// 5: a source's `kind_from` (its address, its page or the editor decided
/// its kind) and `page_kind` (what its page declares itself, and where).
pub const FORMAT_VERSION: u32 = 5;

/// The id after `reserved`, the largest given out; once the ids run out
/// (`u32::MAX` given, in a hand-edited file) the smallest one not in use,
/// never one in use and never a wrap to 0.
fn next_id<I: Iterator<Item = u32>>(reserved: u32, used: impl Fn() -> I) -> u32 {
    if let Some(next) = reserved.checked_add(1) {
        return next;
    }
    let taken: std::collections::BTreeSet<u32> = used().collect();
    (1..=u32::MAX)
        .find(|id| !taken.contains(id))
        .unwrap_or(u32::MAX)
}

/// The dates an issue covers, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub format_version: u32,
    /// The monitor's name, e.g. "VRIC Monitor".
    pub series: String,
    pub title: String,
    pub number: Option<u32>,
    pub published: Option<NaiveDate>,
    pub coverage: Option<Period>,
    pub publisher: String,
    pub editors: Vec<String>,
    /// BCP 47 tag, e.g. `en` or `es`.
    pub language: String,
    pub summary: String,
    pub disclaimer: String,
    pub policy: Policy,
    pub sections: Vec<Section>,
    /// The issue's source library; entries cite these by id.
    pub sources: Vec<Source>,
    /// Publication exports that overrode the gate.
    #[serde(default)]
    pub export_overrides: Vec<ExportOverride>,
    /// The methodology note's wording, with the figures as placeholders
    /// (`export::methodology_note`); empty uses the language's default.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub methodology: String,
    /// The quotation marks readers see; `None` follows the language's usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<QuoteStyle>,
    /// Where the issue is published: the page's canonical URL, its Open
    /// Graph URL and the suggested citation's link; empty writes none of them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub canonical_url: String,
    /// The terms readers may reuse the issue under, e.g. "CC BY 4.0"; shown
    /// at the end of every export when set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub licence: String,
    /// Fields a merge could not reconcile (entries keep theirs on the entry);
    /// empty is not written, so files that never merged stay as they were.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<FieldConflict>,
    /// The largest ids ever given out, so that a deleted object's id is never
    /// reused (see [`IdsGiven`]); raised by the `new_*_id` methods. Not
    /// written while nothing was given out beyond the ids in the file (an
    /// issue built by an import): loading then starts from the ids in use.
    #[serde(default, skip_serializing_if = "IdsGiven::is_unset")]
    pub ids_given: IdsGiven,
    /// Words the spelling check accepts in this issue ("Ignore in this
    /// issue"); not written when empty.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub spelling_ignored: BTreeSet<String>,
}

impl Default for Issue {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            series: String::new(),
            title: String::new(),
            number: None,
            published: None,
            coverage: None,
            publisher: String::new(),
            editors: Vec::new(),
            language: "en".to_owned(),
            summary: String::new(),
            disclaimer: String::new(),
            policy: Policy::default(),
            sections: Vec::new(),
            sources: Vec::new(),
            export_overrides: Vec::new(),
            methodology: String::new(),
            quotes: None,
            canonical_url: String::new(),
            licence: String::new(),
            conflicts: Vec::new(),
            ids_given: IdsGiven::default(),
            spelling_ignored: BTreeSet::new(),
        }
    }
}

impl Issue {
    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.source_index(id).map(|index| &self.sources[index])
    }

    pub fn source_mut(&mut self, id: SourceId) -> Option<&mut Source> {
        self.source_index(id).map(|index| &mut self.sources[index])
    }

    /// New sources take the next id and go last, so the library is normally
    /// in id order and a binary search finds a source; a hand-edited file in
    /// another order still works, by a scan.
    fn source_index(&self, id: SourceId) -> Option<usize> {
        match self.sources.binary_search_by_key(&id, |source| source.id) {
            Ok(index) => Some(index),
            Err(_) => self.sources.iter().position(|source| source.id == id),
        }
    }

    /// The sources an entry cites that are not in the library, each once, in
    /// the order first cited. Linear in the citations, however many.
    pub fn missing_sources(&self, entry: &Entry) -> Vec<SourceId> {
        let cited = entry.cited_sources();
        if cited.len() <= 32 {
            return cited
                .into_iter()
                .filter(|&id| self.source(id).is_none())
                .collect();
        }
        let library: std::collections::HashSet<SourceId> =
            self.sources.iter().map(|source| source.id).collect();
        cited
            .into_iter()
            .filter(|id| !library.contains(id))
            .collect()
    }

    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }

    /// Every entry with the section that holds it, in reading order.
    pub fn entries(&self) -> impl Iterator<Item = (&Section, &Entry)> {
        self.sections
            .iter()
            .flat_map(|section| section.entries.iter().map(move |entry| (section, entry)))
    }

    /// The largest id of each kind in use now.
    pub fn ids_in_use(&self) -> IdsGiven {
        IdsGiven {
            sections: self.sections.iter().map(|s| s.id.0).max().unwrap_or(0),
            entries: self.entries().map(|(_, e)| e.id.0).max().unwrap_or(0),
            sources: self.sources.iter().map(|s| s.id.0).max().unwrap_or(0),
        }
    }

    /// The largest ids ever given out: the recorded marks, or the ids in use
    /// where a hand-edited or older file holds larger ones.
    pub fn ids_reserved(&self) -> IdsGiven {
        self.ids_given.max(self.ids_in_use())
    }

    /// After a change that removed objects or restored an older version:
    /// the ids given out `before` stay given out. Records nothing when no
    /// id came free, so an issue that never lost its newest object keeps
    /// its file as it was.
    pub fn keep_ids_given(&mut self, before: IdsGiven) {
        let now = self.ids_reserved();
        if now.max(before) != now {
            self.ids_given = self.ids_given.max(before);
        }
    }

    /// The id the next new source will get (see [`Self::new_source_id`]).
    pub fn next_source_id(&self) -> SourceId {
        let used = || self.sources.iter().map(|s| s.id.0);
        SourceId(next_id(self.ids_reserved().sources, used))
    }

    /// The id the next new section will get (see [`Self::new_section_id`]).
    pub fn next_section_id(&self) -> SectionId {
        let used = || self.sections.iter().map(|s| s.id.0);
        SectionId(next_id(self.ids_reserved().sections, used))
    }

    /// The id the next new entry will get (see [`Self::new_entry_id`]).
    pub fn next_entry_id(&self) -> EntryId {
        let used = || self.entries().map(|(_, e)| e.id.0);
        EntryId(next_id(self.ids_reserved().entries, used))
    }

    /// Gives out a source id no source of this issue has ever had.
    pub fn new_source_id(&mut self) -> SourceId {
        let id = self.next_source_id();
        self.ids_given.sources = self.ids_given.sources.max(id.0);
        id
    }

    /// Gives out a section id no section of this issue has ever had.
    pub fn new_section_id(&mut self) -> SectionId {
        let id = self.next_section_id();
        self.ids_given.sections = self.ids_given.sections.max(id.0);
        id
    }

    /// Gives out an entry id no entry of this issue has ever had.
    pub fn new_entry_id(&mut self) -> EntryId {
        let id = self.next_entry_id();
        self.ids_given.entries = self.ids_given.entries.max(id.0);
        id
    }

    /// How many entries cite `id` (a source cited twice by one entry counts once).
    pub fn times_cited(&self, id: SourceId) -> usize {
        self.entries().filter(|(_, entry)| entry.cites(id)).count()
    }

    /// The quotation marks of the exports: the issue's choice, else its language's.
    pub fn quote_style(&self) -> QuoteStyle {
        self.quotes
            .unwrap_or_else(|| QuoteStyle::for_language(&self.language))
    }

    /// A heading such as "VRIC Monitor No. 12".
    pub fn masthead(&self) -> String {
        match self.number {
            Some(number) => format!("{} No. {number}", self.series),
            None => self.series.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_found_in_id_order_and_out_of_it() {
        let mut issue = Issue::default();
        for id in [1, 2, 5, 9] {
            issue
                .sources
                .push(Source::new(SourceId(id), format!("https://x.com/{id}")));
        }
        assert_eq!(issue.source(SourceId(5)).map(|s| s.id), Some(SourceId(5)));
        assert!(issue.source(SourceId(3)).is_none());
        issue.sources.swap(0, 3);
        for id in [1, 2, 5, 9] {
            assert_eq!(
                issue.source(SourceId(id)).map(|s| s.id),
                Some(SourceId(id)),
                "{id}"
            );
        }
        assert!(issue.source(SourceId(4)).is_none());
    }
}
