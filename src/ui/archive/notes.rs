//! "Already reported": the issue being written compared with the archive,
//! kept per entry so that a keystroke compares one entry again, not the
//! issue. The comparison is the library's (`Reported::entry_findings`); this
//! only remembers what each entry's text, citations and place gave, and
//! starts over when the archive, the issue's place in the series or its
//! sources' addresses change.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};

use super::Snapshot;
use crate::archive::Earlier;
use crate::compliance::Finding;
use crate::model::{self, EntryId, Issue, Section, SectionId, SourceId};
use crate::t;

/// One info finding and the earlier entry it names.
#[derive(Debug, Clone)]
pub struct Note {
    pub finding: Finding,
    pub earlier: Earlier,
    /// "Open No. 13": the button that opens the earlier issue at its entry.
    pub open_label: String,
}

/// What the whole comparison depends on beyond each entry.
#[derive(PartialEq)]
struct Context {
    generation: u64,
    path: Option<PathBuf>,
    number: Option<u32>,
    published: Option<chrono::NaiveDate>,
    sources: Vec<(SourceId, String)>,
}

/// What one entry's notes depend on.
struct EntryKey {
    section: SectionId,
    section_title: String,
    index: usize,
    body: String,
    citations: Vec<SourceId>,
}

impl EntryKey {
    fn of(section: &Section, index: usize, entry: &model::Entry) -> Self {
        Self {
            section: section.id,
            section_title: section.title.clone(),
            index,
            body: entry.body.clone(),
            citations: entry.citations.iter().map(|c| c.source).collect(),
        }
    }

    fn matches(&self, section: &Section, index: usize, entry: &model::Entry) -> bool {
        self.section == section.id
            && self.index == index
            && self.body == entry.body
            && self.section_title == section.title
            && self.citations.len() == entry.citations.len()
            && self
                .citations
                .iter()
                .zip(&entry.citations)
                .all(|(a, b)| *a == b.source)
    }
}

#[derive(Default)]
pub struct Notes {
    /// The notes of the issue, in reading order.
    pub list: Vec<Note>,
    /// (the derived figures' generation, the snapshot's) they were made for.
    made_for: Option<(u64, u64)>,
    context: Option<Context>,
    /// The document's path as given, and as the archive names files.
    canonical: Option<(PathBuf, PathBuf)>,
    entries: HashMap<EntryId, (EntryKey, Vec<Note>)>,
}

impl Notes {
    /// Brings the notes up to date with the issue at `revision` (the derived
    /// figures' generation, which changes with every revision and every
    /// document) and the archive's snapshot; nothing to do when neither changed.
    pub fn update(
        &mut self,
        issue: &Issue,
        path: Option<&Path>,
        revision: u64,
        snapshot: Option<&Snapshot>,
    ) {
        let Some(snapshot) = snapshot else {
            *self = Self::default();
            return;
        };
        let made_for = (revision, snapshot.generation);
        if self.made_for == Some(made_for) {
            return;
        }
        self.made_for = Some(made_for);
        let path = path.map(|p| self.canonical(p));
        if !self.context_holds(issue, path.as_deref(), snapshot.generation) {
            self.entries.clear();
            self.context = Some(Context {
                generation: snapshot.generation,
                path: path.clone(),
                number: issue.number,
                published: issue.published,
                sources: issue
                    .sources
                    .iter()
                    .map(|s| (s.id, s.url.clone()))
                    .collect(),
            });
        }
        self.list.clear();
        let mut count = 0;
        for section in &issue.sections {
            for (index, entry) in section.entries.iter().enumerate() {
                count += 1;
                let compare = || {
                    snapshot
                        .reported
                        .entry_findings(issue, section, index, path.as_deref())
                        .into_iter()
                        .map(|(finding, earlier)| note(snapshot, finding, earlier))
                        .collect()
                };
                let (_, notes) = match self.entries.entry(entry.id) {
                    Entry::Occupied(slot) if slot.get().0.matches(section, index, entry) => {
                        slot.into_mut()
                    }
                    Entry::Occupied(mut slot) => {
                        slot.insert((EntryKey::of(section, index, entry), compare()));
                        slot.into_mut()
                    }
                    Entry::Vacant(slot) => {
                        slot.insert((EntryKey::of(section, index, entry), compare()))
                    }
                };
                self.list.extend(notes.iter().cloned());
            }
        }
        if self.entries.len() > count {
            let ids: std::collections::HashSet<EntryId> =
                issue.entries().map(|(_, entry)| entry.id).collect();
            self.entries.retain(|id, _| ids.contains(id));
        }
    }

    fn context_holds(&self, issue: &Issue, path: Option<&Path>, generation: u64) -> bool {
        self.context.as_ref().is_some_and(|c| {
            c.generation == generation
                && c.path.as_deref() == path
                && c.number == issue.number
                && c.published == issue.published
                && c.sources.len() == issue.sources.len()
                && c.sources
                    .iter()
                    .zip(&issue.sources)
                    .all(|((id, url), s)| *id == s.id && *url == s.url)
        })
    }

    /// The path as the archive names it (absolute, links resolved), looked up
    /// once per document path.
    fn canonical(&mut self, path: &Path) -> PathBuf {
        if let Some((given, canonical)) = &self.canonical
            && given == path
        {
            return canonical.clone();
        }
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.canonical = Some((path.to_owned(), canonical.clone()));
        canonical
    }
}

fn note(snapshot: &Snapshot, finding: Finding, earlier: Earlier) -> Note {
    let number = snapshot
        .archive
        .issues
        .get(earlier.issue)
        .and_then(|archived| archived.issue.number);
    let open_label = match number {
        Some(number) => t!("archive-open-number", number = number),
        None => t!("archive-open-named", issue = &earlier.name),
    };
    Note {
        finding,
        earlier,
        open_label,
    }
}
