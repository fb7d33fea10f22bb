//! Properties of the three-way merge (`merge::merge`), on issues with unique
//! ids (as every saved file has after `store::repair`) and edits drawn from a
//! small vocabulary, so that both sides often touch the same words.

use std::collections::HashSet;

use proptest::collection::vec;
use proptest::prelude::*;

use monitor_workbench::merge::{Merged, merge};
use monitor_workbench::model::{
    Citation, Entry, EntryId, Issue, Section, SectionId, Source, SourceId,
};

const WORDS: [&str; 10] = [
    "Moscow",
    "Caracas",
    "signed",
    "a",
    "memorandum",
    "on",
    "Monday",
    "port",
    "loan",
    "the",
];

fn words() -> impl Strategy<Value = String> {
    vec(proptest::sample::select(WORDS.to_vec()), 0..10).prop_map(|words| words.join(" "))
}

/// A base issue: up to 4 sections of up to 4 entries, up to 4 sources, ids unique.
fn base() -> impl Strategy<Value = Issue> {
    (
        words(),
        vec(vec((words(), vec(0u32..4, 0..3)), 0..4), 0..4),
        1u32..5,
    )
        .prop_map(|(title, sections, sources)| {
            let mut next_entry = 1;
            let sections = sections
                .into_iter()
                .zip(1..)
                .map(|(entries, id)| {
                    let mut section = Section::new(SectionId(id), format!("Section {id}"));
                    for (body, cited) in entries {
                        let mut entry = Entry::new(EntryId(next_entry), body);
                        next_entry += 1;
                        entry.citations = cited
                            .into_iter()
                            .filter(|s| *s < sources)
                            .map(|s| Citation {
                                source: SourceId(s + 1),
                            })
                            .collect();
                        section.entries.push(entry);
                    }
                    section
                })
                .collect();
            let mut issue = Issue {
                title,
                sections,
                sources: (1..=sources)
                    .map(|id| Source::new(SourceId(id), format!("https://base{id}.example/")))
                    .collect(),
                ..Issue::default()
            };
            // As every loaded file is: the ids given out are recorded.
            issue.ids_given = issue.ids_reserved();
            issue
        })
}

/// One change an editor makes; indexes are taken modulo what exists.
#[derive(Debug, Clone)]
enum Change {
    SetWord(usize, usize, &'static str),
    InsertWord(usize, usize, &'static str),
    DeleteWord(usize, usize),
    AddEntry(usize),
    DeleteEntry(usize),
    Cite(usize, usize),
    RetitleSection(usize, &'static str),
    Retitle(&'static str),
    AddSection,
    /// Deletes the source with the largest id when the base had it, as the
    /// window does: with its citations.
    DeleteNewestSource,
    /// Deletes the entry with the largest id.
    DeleteNewestEntry,
    /// Declares an entry's own language (`None`: the issue's).
    SetLanguage(usize, Option<&'static str>),
    /// Ignores a word in the spelling check, or no longer.
    Ignore(&'static str, bool),
}

fn change() -> impl Strategy<Value = Change> {
    let word = || proptest::sample::select(WORDS.to_vec());
    prop_oneof![
        3 => (any::<usize>(), any::<usize>(), word()).prop_map(|(e, w, x)| Change::SetWord(e, w, x)),
        3 => (any::<usize>(), any::<usize>(), word()).prop_map(|(e, w, x)| Change::InsertWord(e, w, x)),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(e, w)| Change::DeleteWord(e, w)),
        2 => any::<usize>().prop_map(Change::AddEntry),
        1 => any::<usize>().prop_map(Change::DeleteEntry),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(e, s)| Change::Cite(e, s)),
        1 => (any::<usize>(), word()).prop_map(|(s, x)| Change::RetitleSection(s, x)),
        1 => word().prop_map(Change::Retitle),
        1 => Just(Change::AddSection),
        1 => Just(Change::DeleteNewestSource),
        1 => Just(Change::DeleteNewestEntry),
        1 => (any::<usize>(), proptest::option::of(proptest::sample::select(vec!["es", "pt-BR"])))
            .prop_map(|(e, tag)| Change::SetLanguage(e, tag)),
        1 => (word(), any::<bool>()).prop_map(|(x, on)| Change::Ignore(x, on)),
    ]
}

fn entry_mut(issue: &mut Issue, index: usize) -> Option<&mut Entry> {
    let count = issue.entries().count();
    if count == 0 {
        return None;
    }
    issue
        .sections
        .iter_mut()
        .flat_map(|s| s.entries.iter_mut())
        .nth(index % count)
}

/// `base` after `changes` by `side`; a new entry reads "{side}{n}" and cites
/// a new source `https://{side}{n}.example/`, with new ids given out as the
/// window gives them (so both sides' new ids clash, and a deleted object's id
/// is never given again).
fn edited(base: &Issue, side: &str, changes: &[Change]) -> Issue {
    let mut issue = base.clone();
    for (n, change) in changes.iter().enumerate() {
        match change {
            Change::SetWord(e, w, x) => edit_words(&mut issue, *e, |words| {
                if !words.is_empty() {
                    let at = w % words.len();
                    words[at] = (*x).to_owned();
                }
            }),
            Change::InsertWord(e, w, x) => edit_words(&mut issue, *e, |words| {
                let at = w % (words.len() + 1);
                words.insert(at, (*x).to_owned());
            }),
            Change::DeleteWord(e, w) => edit_words(&mut issue, *e, |words| {
                if !words.is_empty() {
                    let at = w % words.len();
                    words.remove(at);
                }
            }),
            Change::AddEntry(s) => {
                let count = issue.sections.len();
                if count == 0 {
                    continue;
                }
                let source = issue.new_source_id();
                let id = issue.new_entry_id();
                issue
                    .sources
                    .push(Source::new(source, format!("https://{side}{n}.example/")));
                let mut entry = Entry::new(id, format!("{side}{n} signed"));
                entry.citations.push(Citation { source });
                issue.sections[s % count].entries.push(entry);
            }
            Change::DeleteEntry(e) => {
                let count = issue.entries().count();
                if count == 0 {
                    continue;
                }
                let target = issue.entries().nth(e % count).map(|(_, e)| e.id);
                for section in &mut issue.sections {
                    section.entries.retain(|entry| Some(entry.id) != target);
                }
            }
            Change::Cite(e, s) => {
                let count = issue.sources.len();
                if count == 0 {
                    continue;
                }
                let source = issue.sources[s % count].id;
                if let Some(entry) = entry_mut(&mut issue, *e)
                    && !entry.cites(source)
                {
                    entry.citations.push(Citation { source });
                }
            }
            Change::RetitleSection(s, x) => {
                let count = issue.sections.len();
                if count > 0 {
                    issue.sections[s % count].title = (*x).to_owned();
                }
            }
            Change::Retitle(x) => issue.title = (*x).to_owned(),
            Change::AddSection => {
                let id = issue.new_section_id();
                issue.sections.push(Section::new(id, format!("{side}{n}")));
            }
            Change::DeleteNewestSource => {
                let Some(newest) = issue.sources.iter().map(|s| s.id).max() else {
                    continue;
                };
                if base.source(newest).is_none() {
                    continue;
                }
                issue.sources.retain(|s| s.id != newest);
                for section in &mut issue.sections {
                    for entry in &mut section.entries {
                        entry.citations.retain(|c| c.source != newest);
                    }
                }
            }
            Change::DeleteNewestEntry => {
                let newest = issue.entries().map(|(_, e)| e.id).max();
                for section in &mut issue.sections {
                    section.entries.retain(|entry| Some(entry.id) != newest);
                }
            }
            Change::Ignore(x, on) => {
                if *on {
                    issue.spelling_ignored.insert((*x).to_owned());
                } else {
                    issue.spelling_ignored.remove(*x);
                }
            }
            Change::SetLanguage(e, tag) => {
                if let Some(entry) = entry_mut(&mut issue, *e) {
                    entry.language = tag.map(str::to_owned);
                }
            }
        }
    }
    issue
}

fn edit_words(issue: &mut Issue, index: usize, change: impl FnOnce(&mut Vec<String>)) {
    if let Some(entry) = entry_mut(issue, index) {
        let mut words: Vec<String> = entry
            .body
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        change(&mut words);
        entry.body = words.join(" ");
    }
}

fn changes() -> impl Strategy<Value = Vec<Change>> {
    vec(change(), 0..6)
}

/// Ids unique in the result: no copy's object was taken for another's.
fn ids_are_unique(issue: &Issue) -> bool {
    let sections: HashSet<_> = issue.sections.iter().map(|s| s.id).collect();
    let entries: HashSet<_> = issue.entries().map(|(_, e)| e.id).collect();
    let sources: HashSet<_> = issue.sources.iter().map(|s| s.id).collect();
    sections.len() == issue.sections.len()
        && entries.len() == issue.entries().count()
        && sources.len() == issue.sources.len()
}

/// Every entry text a side changed or added is in the result: as an entry's
/// text, as a version kept in a conflict, or merged word by word with the
/// other side's change to the same entry (then every word it added is there).
fn nothing_lost(base: &Issue, side: &Issue, merged: &Merged) -> Result<(), String> {
    let result = &merged.issue;
    for (_, entry) in side.entries() {
        let before = base
            .entries()
            .find(|(_, e)| e.id == entry.id)
            .map(|(_, e)| e);
        if before == Some(entry) {
            continue;
        }
        let kept = result.entries().any(|(_, e)| {
            e.body == entry.body
                || e.conflict
                    .as_ref()
                    .is_some_and(|c| c.ours == entry.body || c.theirs == entry.body)
        });
        if kept {
            continue;
        }
        let Some((_, now)) = result.entries().find(|(_, e)| e.id == entry.id) else {
            return Err(format!("entry {:?} ({:?}) is gone", entry.id, entry.body));
        };
        let old = before.map_or("", |e| e.body.as_str());
        for word in entry.body.split(' ') {
            if !old.split(' ').any(|w| w == word) && !now.body.split(' ').any(|w| w == word) {
                return Err(format!(
                    "{word:?} of {:?} is not in {:?}",
                    entry.body, now.body
                ));
            }
        }
    }
    Ok(())
}

/// A new entry of either side still cites the source it was written with.
fn citations_follow(merged: &Merged) -> Result<(), String> {
    let issue = &merged.issue;
    for (_, entry) in issue.entries() {
        let Some(marker) = entry
            .body
            .split(' ')
            .next()
            .filter(|w| w.starts_with("ours") || w.starts_with("theirs"))
        else {
            continue;
        };
        let url = format!("https://{marker}.example/");
        let cites = entry
            .citations
            .iter()
            .any(|c| issue.source(c.source).is_some_and(|s| s.url == url));
        if !cites {
            return Err(format!("{:?} does not cite {url}", entry.body));
        }
    }
    Ok(())
}

/// A citation of a source the base had still leads to that source: a side
/// that deleted it and added another cannot hand the other side's citation
/// to the newcomer.
fn base_citations_keep_their_source(
    base: &Issue,
    side: &Issue,
    merged: &Merged,
) -> Result<(), String> {
    let result = &merged.issue;
    for (_, entry) in side.entries() {
        let Some((_, now)) = result.entries().find(|(_, e)| e.id == entry.id) else {
            continue;
        };
        for citation in &entry.citations {
            let Some(was) = base.source(citation.source) else {
                continue;
            };
            if !now.cites(citation.source) {
                continue;
            }
            match result.source(citation.source) {
                Some(source) if source.url != was.url => {
                    return Err(format!(
                        "entry {:?} cited {} and now cites {}",
                        entry.id, was.url, source.url
                    ));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn merging_with_an_unchanged_theirs_gives_ours(base in base(), mine in changes()) {
        let ours = edited(&base, "ours", &mine);
        let merged = merge(&base, &ours, &base);
        prop_assert!(merged.is_clean(), "{:?}", merged.conflicts);
        prop_assert_eq!(merged.issue, ours);
    }

    #[test]
    fn merging_with_an_unchanged_ours_gives_theirs(base in base(), other in changes()) {
        let theirs = edited(&base, "theirs", &other);
        let merged = merge(&base, &base, &theirs);
        prop_assert!(merged.is_clean(), "{:?}", merged.conflicts);
        prop_assert_eq!(merged.issue, theirs);
    }

    #[test]
    fn merging_identical_edits_is_clean(base in base(), both in changes()) {
        let ours = edited(&base, "ours", &both);
        let merged = merge(&base, &ours, &ours.clone());
        prop_assert!(merged.is_clean(), "{:?}", merged.conflicts);
        prop_assert_eq!(merged.issue, ours);
    }

    #[test]
    fn nothing_either_side_wrote_is_lost(base in base(), mine in changes(), other in changes()) {
        let ours = edited(&base, "ours", &mine);
        let theirs = edited(&base, "theirs", &other);
        let merged = merge(&base, &ours, &theirs);
        prop_assert!(ids_are_unique(&merged.issue));
        let lost = nothing_lost(&base, &ours, &merged).and_then(|()| nothing_lost(&base, &theirs, &merged));
        prop_assert!(lost.is_ok(), "{}", lost.err().unwrap_or_default());
        let follow = citations_follow(&merged);
        prop_assert!(follow.is_ok(), "{}", follow.err().unwrap_or_default());
        let kept = base_citations_keep_their_source(&base, &ours, &merged)
            .and_then(|()| base_citations_keep_their_source(&base, &theirs, &merged));
        prop_assert!(kept.is_ok(), "{}", kept.err().unwrap_or_default());
        // Each conflict this merge found is kept in the file.
        let kept = monitor_workbench::merge::unresolved(&merged.issue);
        for conflict in &merged.conflicts {
            prop_assert!(kept.contains(conflict));
        }
        // No citation points at nothing, however either side deleted.
        let dangling = cites_missing(&merged.issue);
        prop_assert!(dangling.is_empty(), "cites missing sources {:?}", dangling);
        // Every field conflict settles both ways; after each, nothing dangles
        // and no id is given twice.
        for take_theirs in [false, true] {
            let mut settled = merged.issue.clone();
            let fields: Vec<String> = settled.conflicts.iter().map(|c| c.field.clone()).collect();
            for field in fields {
                let done = monitor_workbench::merge::settle(&mut settled, &field, take_theirs);
                prop_assert!(done.is_ok(), "{field}: {:?}", done.err());
            }
            prop_assert!(settled.conflicts.is_empty());
            prop_assert!(ids_are_unique(&settled));
            prop_assert!(cites_missing(&settled).is_empty());
        }
    }
}

/// The citations of sources the library does not hold.
fn cites_missing(issue: &Issue) -> Vec<u32> {
    issue
        .entries()
        .flat_map(|(_, entry)| entry.citations.iter().map(|c| c.source))
        .filter(|id| issue.source(*id).is_none())
        .map(|id| id.0)
        .collect()
}
