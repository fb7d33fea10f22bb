//! Load, save, import, compliance and exports at 1×, 10× and 100× a normal issue.
//! Run: `cargo bench --features synthetic --bench core`. Results and targets: BENCHMARKS.md.

use std::path::Path;
use std::sync::OnceLock;

use divan::Bencher;
use monitor_workbench::export::{ExportOptions, html, markdown};
use monitor_workbench::model::{Citation, Entry, Issue, Source};
use monitor_workbench::registry::Registry;
use monitor_workbench::synthetic::{Scale, generate};

// The draft writer the tests use, so that both measure the same drafts.
#[path = "../tests/support/mod.rs"]
mod support;
use monitor_workbench::{compliance, import, spelling, store};
use support::as_draft;

const SCALES: [usize; 3] = [1, 10, 100];

fn issue(scale: usize) -> &'static Issue {
    static ISSUES: OnceLock<Vec<Issue>> = OnceLock::new();
    let issues = ISSUES.get_or_init(|| SCALES.iter().map(|&s| generate(Scale(s), 2026)).collect());
    let index = SCALES.iter().position(|&s| s == scale).unwrap_or(0);
    &issues[index]
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::builtin)
}

#[divan::bench(args = SCALES)]
fn load(bencher: Bencher, scale: usize) {
    let text = store::to_ron(issue(scale)).unwrap_or_default();
    bencher.bench(|| store::from_ron(divan::black_box(&text), Path::new("bench.ron")));
}

#[divan::bench(args = SCALES)]
fn save(bencher: Bencher, scale: usize) {
    let dir = tempfile::tempdir().ok();
    let path = dir
        .as_ref()
        .map(|d| d.path().join("bench.ron"))
        .unwrap_or_default();
    bencher.bench(|| store::save(&path, divan::black_box(issue(scale))));
}

#[divan::bench(args = SCALES)]
fn import_draft(bencher: Bencher, scale: usize) {
    let draft = as_draft(issue(scale));
    bencher.bench(|| import::import_markdown(divan::black_box(&draft), "bench.md"));
}

#[divan::bench(args = SCALES)]
fn compliance_report(bencher: Bencher, scale: usize) {
    bencher.bench(|| compliance::check(divan::black_box(issue(scale)), registry()));
}

#[divan::bench(args = SCALES)]
fn export_html(bencher: Bencher, scale: usize) {
    let options = ExportOptions::default();
    bencher.bench(|| html(divan::black_box(issue(scale)), registry(), &options));
}

#[divan::bench(args = SCALES)]
fn export_markdown(bencher: Bencher, scale: usize) {
    let options = ExportOptions::default();
    bencher.bench(|| markdown(divan::black_box(issue(scale)), registry(), &options));
}

/// The one-click PDF, typeset in-process (feature `pdf`); the fonts are
/// found once per process, as in the program.
#[cfg(feature = "pdf")]
#[divan::bench(args = [1, 100], sample_count = 5, sample_size = 1)]
fn export_pdf(bencher: Bencher, scale: usize) {
    let options = ExportOptions::default();
    bencher.bench(|| {
        monitor_workbench::export::pdf(divan::black_box(issue(scale)), registry(), &options)
    });
}

/// What the window recomputes after a keystroke: the report with a warm memo.
#[divan::bench(args = SCALES)]
fn compliance_after_keystroke(bencher: Bencher, scale: usize) {
    let mut issue = issue(scale).clone();
    let mut memo = compliance::Memo::default();
    let _ = compliance::check_with(&issue, registry(), &mut memo);
    bencher.bench_local(|| {
        issue.sections[0].entries[0].body.push('a');
        compliance::check_with(&issue, registry(), &mut memo)
    });
}

/// Cloning the issue, as an undo snapshot does once per typing step.
#[divan::bench(args = SCALES)]
fn undo_snapshot(bencher: Bencher, scale: usize) {
    bencher.bench(|| divan::black_box(issue(scale)).clone());
}

/// Two people's copies of a 100× issue, 50 changes a side: 40 entries
/// reworded (different entries each), 5 new entries citing 5 new sources
/// (their ids clash, so theirs are renumbered).
#[divan::bench(sample_count = 20)]
fn merge(bencher: Bencher) {
    let base = issue(100);
    let ours = changed(base, 0, "ours");
    let theirs = changed(base, 1, "theirs");
    bencher.bench(|| monitor_workbench::merge::merge(base, &ours, &theirs));
}

fn changed(base: &Issue, offset: usize, side: &str) -> Issue {
    let mut issue = base.clone();
    let count = issue.entries().count();
    let mut index = 0;
    for section in &mut issue.sections {
        for entry in &mut section.entries {
            if index % (count / 40) == offset && index / (count / 40) < 40 {
                entry.body.push_str(" Updated by ");
                entry.body.push_str(side);
                entry.body.push('.');
            }
            index += 1;
        }
    }
    for n in 0..5 {
        let source = issue.next_source_id();
        let id = issue.next_entry_id();
        issue
            .sources
            .push(Source::new(source, format!("https://{side}{n}.example/")));
        let mut entry = Entry::new(id, format!("{side} wrote entry {n}."));
        entry.citations.push(Citation { source });
        issue.sections[n * 10].entries.push(entry);
    }
    issue
}

/// What opening the History window does with 100 kept versions of a 1× issue
/// (one entry reworded per save): list them, read each, summarize each against
/// the one before, and compare the newest with the oldest.
#[divan::bench(sample_count = 20)]
fn history_100_versions(bencher: Bencher) {
    use monitor_workbench::history::{self, VersionStore};
    let dir = tempfile::tempdir().expect("temp dir");
    let versions = VersionStore::new(dir.path().join("versions"));
    let file = dir.path().join("issue.ron");
    let mut issue = issue(1).clone();
    let start = chrono::Utc::now();
    for n in 0..history::KEEP {
        let entries: Vec<_> = issue.entries().map(|(_, e)| e.id).collect();
        let target = entries[n % entries.len()];
        for section in &mut issue.sections {
            for entry in section.entries.iter_mut().filter(|e| e.id == target) {
                entry.body.push_str(" Revised.");
            }
        }
        let text = store::to_ron(&issue).expect("ron");
        versions
            .record(&file, &text, start + chrono::Duration::seconds(n as i64))
            .expect("kept");
    }
    bencher.bench(|| {
        let listed = history::all_versions(Some(&versions), &file);
        let issues: Vec<Issue> = listed
            .iter()
            .map(|v| history::load(v).expect("loads"))
            .collect();
        let summaries: Vec<String> = issues
            .windows(2)
            .map(|pair| history::summary(&history::compare(&pair[1], &pair[0])).to_string())
            .collect();
        let oldest_to_newest = history::compare(&issues[issues.len() - 1], &issues[0]);
        (summaries, oldest_to_newest)
    });
}

/// What the first use of the built-in registry costs at startup: reading the
/// State Media Profiles (1,157 rows) and the curated layer, and indexing them.
#[divan::bench(sample_count = 20)]
fn registry_build(bencher: Bencher) {
    bencher.bench(monitor_workbench::registry::build_builtin);
}

/// 3,300 URLs (a hundred issues' worth) classified against the built-in
/// registry under the default policy: every registry host (with a path and
/// a subdomain), then hosts nobody lists.
#[divan::bench(sample_count = 20)]
fn classify_3300_urls(bencher: Bencher) {
    use monitor_workbench::model::SourceId;
    let registry = registry();
    let mut sources: Vec<Source> = registry
        .outlets()
        .iter()
        .flat_map(|o| o.domains.iter())
        .map(|d| Source::new(SourceId(1), format!("https://www.{d}/news/2026/11/article")))
        .collect();
    let mut n = 0;
    while sources.len() < 3_300 {
        n += 1;
        sources.push(Source::new(
            SourceId(1),
            format!("https://site{n}.example.org/a"),
        ));
    }
    sources.truncate(3_300);
    let issue = Issue::default();
    bencher.bench(|| {
        sources
            .iter()
            .filter(|s| {
                monitor_workbench::sourcing::classify_source(s, registry, &issue).is_state_media
            })
            .count()
    });
}

/// A checker on the shipped English dictionary (parsed once per process,
/// before the first sample), no other language, so the figures do not depend
/// on the machine's dictionaries.
fn speller(issue: &Issue) -> spelling::Speller {
    let known = spelling::KnownWords::for_issue(issue, registry(), &[]);
    let options = spelling::Options {
        accept_other_languages: false,
        accept_capitalised: false,
    };
    spelling::Speller::new(spelling::builtin_english(), Vec::new(), known, options)
}

/// Parsing the shipped English dictionary, once per process before the first
/// check (the cost `check --spelling` and the window pay at the start).
#[divan::bench(sample_count = 10)]
fn spelling_dictionary_parse(bencher: Bencher) {
    const AFF: &str = include_str!("../assets/dictionaries/en_US.aff");
    const DIC: &str = include_str!("../assets/dictionaries/en_US.dic");
    bencher.bench(|| spellbook::Dictionary::new(AFF, DIC).is_ok());
}

/// Checking every word of the 100× issue (~130 000) with an empty cache:
/// the issue's known words gathered, each distinct word looked up once.
#[divan::bench(sample_count = 20)]
fn spelling_100x_cold(bencher: Bencher) {
    let issue = issue(100);
    let _ = spelling::builtin_english();
    bencher.bench(|| {
        let mut speller = speller(issue);
        spelling::unknown_words(issue, &mut speller).len()
    });
}

/// The whole 100× issue checked again after one keystroke: the cache holds
/// every earlier word, the keystroke makes one new word (a longer one each
/// time, so it is looked up in the dictionary, not the cache).
#[divan::bench(sample_count = 20)]
fn spelling_100x_after_keystroke(bencher: Bencher) {
    let mut issue = issue(100).clone();
    let mut speller = speller(&issue);
    let _ = spelling::unknown_words(&issue, &mut speller);
    issue.sections[0].entries[0].body.push(' ');
    bencher.bench_local(|| {
        issue.sections[0].entries[0].body.push('x');
        spelling::unknown_words(&issue, &mut speller).len()
    });
}

/// What the window's underline needs after a keystroke: the one entry typed
/// in, checked again with the warm cache.
#[divan::bench]
fn spelling_100x_keystroke_entry(bencher: Bencher) {
    let mut issue = issue(100).clone();
    let mut speller = speller(&issue);
    let _ = spelling::unknown_words(&issue, &mut speller);
    issue.sections[0].entries[0].body.push(' ');
    bencher.bench_local(|| {
        let body = &mut issue.sections[0].entries[0].body;
        body.push('x');
        speller
            .misspellings(&monitor_workbench::text::plain_text(body))
            .len()
    });
}

fn main() {
    divan::main();
}
