//! The archive on a folder of generated issues with known repeats.

use std::path::Path;

use super::*;
use crate::model::{Citation, Entry, EntryId, Section, SectionId, Source, SourceId};
use crate::registry::Registry;
use crate::store;

fn issue(number: u32, entries: &[(&str, &str)]) -> Issue {
    let mut issue = Issue {
        series: "VRIC Monitor".into(),
        number: Some(number),
        language: "en".into(),
        ..Issue::default()
    };
    let mut section = Section::new(SectionId(1), "Russia");
    for (index, (body, url)) in entries.iter().enumerate() {
        let id = index as u32 + 1;
        let mut entry = Entry::new(EntryId(id), *body);
        entry.citations.push(Citation {
            source: SourceId(id),
        });
        section.entries.push(entry);
        let mut source = Source::new(SourceId(id), *url);
        source.title = format!("Report {id} of issue {number}");
        issue.sources.push(source);
    }
    issue.sections.push(section);
    issue
}

const LAVROV: &str = "Russian Foreign Minister Sergei Lavrov met Venezuelan officials in Caracas to sign an energy cooperation agreement covering oil exploration in the Orinoco belt.";
const LAVROV_EDITED: &str = "Russian Foreign Minister Sergei Lavrov met Venezuelan officials in Caracas on Tuesday to sign an energy cooperation agreement covering oil exploration in the Orinoco.";
const YUAN: &str = "Argentina widened its currency swap with China, letting importers settle more trade in yuan as dollar reserves fell.";
const PORT: &str =
    "Chinese state firms bid for the expansion of a Pacific port in Peru, local officials said.";

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let nested = dir.path().join("2026");
    std::fs::create_dir_all(&nested).expect("folder");
    let write = |path: &Path, issue: &Issue| store::save(path, issue).expect("save");
    write(
        &dir.path().join("no-12.ron"),
        &issue(
            12,
            &[
                (LAVROV, "https://www.reuters.com/world/a"),
                (YUAN, "https://efe.com/b"),
            ],
        ),
    );
    write(
        &nested.join("no-13.ron"),
        &issue(13, &[(PORT, "https://elcomercio.pe/c")]),
    );
    // Not issues: skipped with a reason, or not looked at.
    std::fs::write(dir.path().join("notes.ron"), "not an issue").expect("write");
    std::fs::create_dir_all(dir.path().join(".git")).expect("folder");
    std::fs::write(dir.path().join(".git/x.ron"), "hidden").expect("write");
    dir
}

#[test]
fn an_archive_is_the_issue_files_of_a_folder_in_series_order() {
    let dir = folder();
    let archive = Archive::open(dir.path()).expect("opens");
    let names: Vec<String> = archive.issues.iter().map(ArchivedIssue::name).collect();
    assert_eq!(names, ["VRIC Monitor No. 12", "VRIC Monitor No. 13"]);
    assert_eq!(archive.skipped.len(), 1, "{:?}", archive.skipped);
    assert!(archive.skipped[0].path.ends_with("notes.ron"));
}

#[test]
fn a_changed_added_or_deleted_file_is_read_again_alone() {
    let dir = folder();
    let mut archive = Archive::open(dir.path()).expect("opens");
    let path = dir.path().join("no-14.ron");
    store::save(&path, &issue(14, &[(YUAN, "https://efe.com/z")])).expect("save");
    assert!(archive.refresh(&path));
    assert_eq!(archive.issues.len(), 3);
    assert!(!archive.refresh(&path), "unchanged since read");
    std::fs::remove_file(&path).expect("remove");
    assert!(archive.refresh(&path));
    assert_eq!(archive.issues.len(), 2);
}

#[test]
fn search_finds_words_across_issues_ranked_and_highlighted() {
    let dir = folder();
    let archive = Archive::open(dir.path()).expect("opens");
    let index = SearchIndex::build(&archive.issues, &Registry::builtin());
    let hits = index.search("lavrov agreements", 10);
    assert_eq!(hits.len(), 1, "{hits:?}");
    let hit = &hits[0];
    assert_eq!(archive.issues[hit.issue].issue.number, Some(12));
    assert_eq!(
        hit.place,
        Place::Entry {
            section: SectionId(1),
            entry: EntryId(1)
        }
    );
    let marked: Vec<&str> = hit
        .highlights
        .iter()
        .map(|(s, e)| &hit.snippet[*s..*e])
        .collect();
    assert_eq!(marked, ["Lavrov", "agreement"]);
    // Outlets and addresses are found too; accents do not matter.
    let by_outlet = index.search("comercio", 10);
    assert!(
        by_outlet
            .iter()
            .any(|h| h.place == Place::Source(SourceId(1))),
        "{by_outlet:?}"
    );
    assert!(index.search("", 10).is_empty());
}

#[test]
fn an_issue_repeating_an_earlier_report_or_address_is_told_where() {
    let dir = folder();
    let archive = Archive::open(dir.path()).expect("opens");
    let reported = Reported::build(&archive.issues);
    let current = issue(
        14,
        &[
            (LAVROV_EDITED, "https://reuters.com/world/a/"),
            (
                "Brazil and China signed a satellite deal during the summit.",
                "https://g1.globo.com/x",
            ),
        ],
    );
    let findings = reported.findings(&current, None);
    let rules: Vec<&str> = findings.iter().map(|(f, _)| f.rule.name()).collect();
    assert_eq!(rules, ["near-duplicate-entry", "already-cited"]);
    for (finding, earlier) in &findings {
        assert_eq!(finding.severity, crate::compliance::Severity::Info);
        assert_eq!(finding.entry, Some(EntryId(1)));
        assert_eq!(earlier.name, "VRIC Monitor No. 12");
        assert_eq!((earlier.entry, earlier.position), (EntryId(1), 1));
    }
    // An earlier issue is not told about a later one, nor an issue about itself.
    let no_12 = &archive.issues[0];
    assert!(
        reported
            .findings(&no_12.issue, Some(&no_12.path))
            .is_empty()
    );
}

#[test]
fn near_duplicates_are_measured_by_word_triples() {
    let dir = folder();
    let archive = Archive::open(dir.path()).expect("opens");
    let reported = Reported::build(&archive.issues);
    let later = issue(20, &[]);
    let (_, similarity) = reported
        .near_duplicate(LAVROV_EDITED, &later, None)
        .expect("a copy with a few words changed");
    assert!((0.5..0.9).contains(&similarity), "{similarity}");
    let other_words = "Lavrov signed an oil deal with Venezuela in Caracas, covering the Orinoco.";
    assert!(reported.near_duplicate(other_words, &later, None).is_none());
}

#[test]
fn figures_follow_the_compliance_report() {
    let dir = folder();
    let archive = Archive::open(dir.path()).expect("opens");
    let registry = Registry::builtin();
    let rows = figures(&archive.issues, &registry);
    assert_eq!(rows.len(), 2);
    for (row, archived) in rows.iter().zip(&archive.issues) {
        let report = crate::compliance::check(&archived.issue, &registry);
        assert_eq!(row.shares[0], report.shares.citations.ratio());
        assert_eq!(row.citations, report.shares.citations.total);
        assert_eq!(row.outlets.values().sum::<usize>(), row.citations);
        assert_eq!(row.classes.values().sum::<usize>(), row.citations);
    }
    assert_eq!(rows[0].outlets.get("Reuters"), Some(&1));
    let csv = figures_csv(&rows);
    assert!(csv.starts_with("issue,number,published,metric"), "{csv}");
    assert_eq!(csv.lines().count(), 3);
}

#[test]
fn the_cache_serves_unchanged_files_and_rereads_a_changed_one() {
    let dir = folder();
    let cache_dir = tempfile::tempdir().expect("temp dir");
    let cache = cache_dir.path().join("archive.cache");
    let registry = Registry::builtin();
    let first = Archive::open_indexed(dir.path(), &registry, Some(&cache)).expect("opens");
    assert!(cache.exists(), "written on first open");
    let second = Archive::open_indexed(dir.path(), &registry, Some(&cache)).expect("opens");
    let numbers = |a: &Archive| a.issues.iter().map(|i| i.issue.number).collect::<Vec<_>>();
    assert_eq!(numbers(&first), numbers(&second));
    for (a, b) in first.issues.iter().zip(&second.issues) {
        assert_eq!(a.issue, b.issue, "the cached issue is the file's");
    }
    let search = |a: &Archive| {
        SearchIndex::build(&a.issues, &registry)
            .search("lavrov", 5)
            .into_iter()
            .map(|h| (h.issue, h.place, h.snippet))
            .collect::<Vec<_>>()
    };
    assert_eq!(search(&first), search(&second));
    assert!(!search(&second).is_empty());

    // A changed file is read again; the others still come from the cache.
    let changed = dir.path().join("no-12.ron");
    std::thread::sleep(std::time::Duration::from_millis(20));
    store::save(&changed, &issue(12, &[(PORT, "https://elcomercio.pe/c")])).expect("save");
    let third = Archive::open_indexed(dir.path(), &registry, Some(&cache)).expect("opens");
    assert!(search(&third).is_empty(), "the old text of No. 12 is gone");

    // A damaged cache costs time, never the archive.
    std::fs::write(&cache, b"damaged").expect("write");
    let fourth = Archive::open_indexed(dir.path(), &registry, Some(&cache)).expect("opens");
    assert_eq!(numbers(&fourth), numbers(&first));
}

#[test]
fn a_refreshed_file_is_searchable_at_once() {
    let dir = folder();
    let registry = Registry::builtin();
    let mut archive = Archive::open_indexed(dir.path(), &registry, None).expect("opens");
    let path = dir
        .path()
        .canonicalize()
        .expect("canonical")
        .join("no-14.ron");
    store::save(
        &path,
        &issue(14, &[("Petrobras firmó con Sinopec.", "https://efe.com/z")]),
    )
    .expect("save");
    assert!(archive.refresh_indexed(&path, &registry));
    let hits = SearchIndex::build(&archive.issues, &registry).search("sinopec", 5);
    assert_eq!(hits.len(), 1);
    assert_eq!(archive.issues[hits[0].issue].issue.number, Some(14));
}

/// A small fixed corpus in three languages and the hits a reader expects
/// first: all query words before some, stems across languages, rare words
/// before common ones, accents and case ignored.
#[test]
fn search_relevance_on_a_fixed_corpus() {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts: [(&str, &[(&str, &str)]); 3] = [
        (
            "en",
            &[
                (
                    "China and Argentina renewed their currency swap.",
                    "https://efe.com/1",
                ),
                (
                    "Russia sent military trainers to Venezuela.",
                    "https://efe.com/2",
                ),
                (
                    "Iran opened a drone factory in Venezuela, officials said.",
                    "https://efe.com/3",
                ),
            ],
        ),
        (
            "es",
            &[
                (
                    "Irán y Venezuela firmaron acuerdos de cooperación en drones.",
                    "https://efe.com/4",
                ),
                (
                    "El swap de monedas con China vence en junio.",
                    "https://efe.com/5",
                ),
                (
                    "Rusia y Nicaragua ampliaron su cooperación policial.",
                    "https://efe.com/6",
                ),
            ],
        ),
        (
            "pt",
            &[
                (
                    "O Brasil e a China assinaram acordos de cooperação espacial.",
                    "https://efe.com/7",
                ),
                (
                    "Drones iranianos foram vistos na Venezuela.",
                    "https://efe.com/8",
                ),
            ],
        ),
    ];
    for (number, (language, entries)) in texts.iter().enumerate() {
        let mut made = issue(number as u32 + 1, entries);
        made.language = (*language).to_owned();
        store::save(&dir.path().join(format!("no-{number}.ron")), &made).expect("save");
    }
    let archive = Archive::open(dir.path()).expect("opens");
    let index = SearchIndex::build(&archive.issues, &Registry::builtin());
    let top = |query: &str, n: usize| -> Vec<String> {
        index
            .search(query, 20)
            .into_iter()
            .filter(|h| matches!(h.place, Place::Entry { .. }))
            .take(n)
            .map(|h| h.snippet)
            .collect()
    };
    // Both words first: the Iranian drone factory in Venezuela and its
    // Spanish and Portuguese kin, before Russia's trainers in Venezuela.
    let drones = top("drones Venezuela", 4);
    assert_eq!(drones.len(), 4, "{drones:?}");
    assert!(
        drones[..3]
            .iter()
            .all(|t| t.to_lowercase().contains("drone")),
        "{drones:?}"
    );
    assert!(drones[3].contains("trainers"), "{drones:?}");
    // Spanish plural and accents: "acuerdo cooperacion" finds "acuerdos de cooperación"
    // and the Portuguese "acordos de cooperação" is no match for "acuerdo".
    let acuerdo = top("acuerdo cooperacion", 1);
    assert!(acuerdo[0].starts_with("Irán y Venezuela"), "{acuerdo:?}");
    // Case and accents: "IRAN" finds "Irán" and "Iran".
    let iran = top("IRAN", 5);
    assert_eq!(iran.len(), 2, "{iran:?}");
    // The currency swap, in English and Spanish, and nothing else.
    let swap = top("swap", 5);
    assert_eq!(swap.len(), 2, "{swap:?}");
}
