//! The archive at a series' scale: 500 generated issues of 1×.
//! Run: `cargo bench --features synthetic --bench archive`. Results and
//! targets: BENCHMARKS.md, "The archive".

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::Bencher;
use monitor_workbench::archive::{Archive, Reported, SearchIndex};
use monitor_workbench::registry::Registry;
use monitor_workbench::store;
use monitor_workbench::synthetic::{Scale, generate};
use monitor_workbench::text::plain_text;

const ISSUES: usize = 500;

fn main() {
    divan::main();
}

/// A folder of 500 issue files, numbered in series, written once per run.
fn folder() -> &'static Path {
    static FOLDER: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = FOLDER.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let start = chrono::NaiveDate::from_ymd_opt(2006, 1, 1).unwrap_or_default();
        for n in 0..ISSUES {
            let mut issue = generate(Scale(1), n as u64);
            issue.number = Some(n as u32 + 1);
            issue.published = start.checked_add_days(chrono::Days::new(14 * n as u64));
            let year = dir.path().join(format!("{}", 2006 + n / 26));
            std::fs::create_dir_all(&year).expect("folder");
            store::save(&year.join(format!("no-{:03}.ron", n + 1)), &issue).expect("save");
        }
        let path = dir.path().to_owned();
        (dir, path)
    });
    path
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::builtin)
}

fn archive() -> &'static Archive {
    static ARCHIVE: OnceLock<Archive> = OnceLock::new();
    ARCHIVE.get_or_init(|| Archive::open(folder()).expect("opens"))
}

/// Reading 500 files, building the search index and the repeat index: what
/// opening the archive costs.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn open_and_index_500(bencher: Bencher) {
    let folder = folder();
    bencher.bench(|| {
        let archive = Archive::open(folder).expect("opens");
        let index = SearchIndex::build(&archive.issues, registry());
        let reported = Reported::build(&archive.issues);
        (
            archive.issues.len(),
            index.len(),
            divan::black_box(reported),
        )
    });
}

/// Opening again with the index cache of the data folder: nothing changed.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn open_warm_500(bencher: Bencher) {
    let folder = folder();
    let cache_dir = tempfile::tempdir().expect("temp dir");
    let cache = cache_dir.path().join("archive.cache");
    let _ = Archive::open_indexed(folder, registry(), Some(&cache));
    bencher
        .bench(|| Archive::open_indexed(folder, registry(), Some(&cache)).map(|a| a.issues.len()));
}

/// Opening and indexing with no cache, in parallel.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn open_cold_500(bencher: Bencher) {
    let folder = folder();
    bencher.bench(|| Archive::open_indexed(folder, registry(), None).map(|a| a.issues.len()));
}

/// Reading the 500 files alone.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn read_500(bencher: Bencher) {
    let folder = folder();
    bencher.bench(|| Archive::open(folder).map(|a| a.issues.len()));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn search_index_build_500(bencher: Bencher) {
    let archive = archive();
    bencher.bench(|| SearchIndex::build(&archive.issues, registry()).len());
}

#[divan::bench(args = ["energy", "acuerdo cooperación", "Caracas port loan yuan"])]
fn search_500(bencher: Bencher, query: &str) {
    let index = SearchIndex::build(&archive().issues, registry());
    bencher.bench(|| index.search(divan::black_box(query), 20).len());
}

/// What a keystroke in one entry costs: its text against every earlier
/// entry, and its addresses against every earlier citation.
#[divan::bench]
fn already_reported_keystroke_500(bencher: Bencher) {
    let archive = archive();
    let reported = Reported::build(&archive.issues);
    let mut current = generate(Scale(1), 9_999);
    current.number = Some(ISSUES as u32 + 1);
    let entry = current.sections[0].entries[0].clone();
    let urls: Vec<String> = entry
        .citations
        .iter()
        .filter_map(|c| current.source(c.source).map(|s| s.url.clone()))
        .collect();
    bencher.bench(|| {
        let text = plain_text(divan::black_box(&entry.body));
        let near = reported.near_duplicate(&text, &current, None).is_some();
        let cited = urls
            .iter()
            .filter(|url| reported.cited_before(url, &current, None).is_some())
            .count();
        (near, cited)
    });
}
