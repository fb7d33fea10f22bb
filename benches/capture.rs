//! Source capture: reading a 2 MB page's metadata, and the details of an
//! issue's 40 sources fetched 6 at a time from the local test server, each
//! page answering after 100 ms.
//! Run: `cargo bench --bench capture`. Results and targets: BENCHMARKS.md.

use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use divan::Bencher;
use monitor_workbench::capture::{
    CONCURRENT_REQUESTS, FetchConfig, Fetcher, fetch_details, for_each_bounded, read_page,
};
use monitor_workbench::registry::Registry;

// The tests' server: fixture pages, and `/slow/PAGE?ms=N`.
#[allow(dead_code)]
#[path = "../tests/support/web_server.rs"]
mod web_server;
use web_server::{WebServer, padded_page};

/// The size the fetcher reads at most: the largest page `read_page` is given.
const PAGE_BYTES: usize = 2 * 1024 * 1024;
const SOURCES: usize = 40;
const ANSWER_MS: u64 = 100;

fn main() {
    divan::main();
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::builtin)
}

/// A Reuters-like page (JSON-LD graph, Open Graph) padded with ordinary
/// article markup to 2 MB.
#[divan::bench(sample_count = 30)]
fn read_page_2mb(bencher: Bencher) {
    let page = padded_page("reuters-like.html", PAGE_BYTES);
    assert!(page.len() >= PAGE_BYTES);
    bencher.bench(|| read_page(divan::black_box(&page)));
}

/// 40 sources, 6 requests at a time, each page answering after 100 ms.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn details_40_sources_6_at_a_time(bencher: Bencher) {
    let server = WebServer::start();
    let fetcher = Fetcher::new(FetchConfig {
        proxy: Some(server.proxy_url()),
        ..FetchConfig::default()
    })
    .expect("the local proxy is a valid address");
    let urls: Vec<String> = (0..SOURCES)
        .map(|n| server.url(&format!("/slow/reuters-like.html?ms={ANSWER_MS}&n={n}")))
        .collect();
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a valid day");
    let fetch_all = || {
        let mut fetched = 0;
        for_each_bounded(
            urls.clone(),
            CONCURRENT_REQUESTS,
            &AtomicBool::new(false),
            |url| fetch_details(&fetcher, &url, registry(), today),
            |_, result| fetched += usize::from(result.is_ok()),
        );
        fetched
    };
    // Every page must really be fetched, or the time would mean nothing.
    assert_eq!(fetch_all(), SOURCES, "every source's details were fetched");
    bencher.bench(|| divan::black_box(fetch_all()));
}
