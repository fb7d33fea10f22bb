//! Source capture in the window, against the local web server of
//! `tests/support/web_server.rs` (every request goes through it as a proxy,
//! so nothing leaves the machine): the question asked the first time a link
//! is added, a cited link's details arriving in the library, the "fetched"
//! marks and Confirm, fetching the whole library with its progress and
//! Cancel, archiving (from the library and from a `not-archived` finding),
//! and checking the links.

#[allow(dead_code)] // the capture tests use part of the server
#[path = "support/web_server.rs"]
mod web_server;
mod window_support;

use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use monitor_workbench::capture::FetchConfig;
use monitor_workbench::capture::archive::ArchiveEndpoints;
use monitor_workbench::edit::{Document, Edit};
use monitor_workbench::model::{
    Citation, Entry, EntryId, Issue, LinkCheck, LinkHealth, PageField, Section, SectionId, Source,
    SourceId,
};
use monitor_workbench::ui::{CaptureSettings, Preferences, WorkbenchApp};
use web_server::WebServer;
use window_support::{ScriptedDesktop, harness_for, wait_for};

const REUTERS_TITLE: &str = "Venezuela and Russia sign energy cooperation accord in Caracas";
const LA_REPUBLICA_TITLE: &str = "Chancay suma una segunda ruta directa a Shanghái";
const QUESTION: &str = "Fetch the details of the links you add?";

fn fixed_time() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-29T10:00:00Z")
        .expect("a valid time")
        .with_timezone(&Utc)
}

/// Requests through the server as a proxy, with a short time limit; the
/// archive is the server's.
fn settings(server: &WebServer, save: &str) -> CaptureSettings {
    CaptureSettings {
        config: FetchConfig {
            timeout: Duration::from_secs(5),
            proxy: Some(server.proxy_url()),
            ..FetchConfig::default()
        },
        archive: ArchiveEndpoints {
            availability: server.url("/wayback/available"),
            save: server.url(save),
        },
    }
}

/// One section, one entry citing a source for each of `urls` (ids from 1).
fn issue_citing(urls: &[String]) -> Issue {
    let mut entry = Entry::new(EntryId(1), "Caracas and Moscow signed an energy accord.");
    let mut issue = Issue::default();
    for (n, url) in urls.iter().enumerate() {
        let id = SourceId(n as u32 + 1);
        issue.sources.push(Source::new(id, url.as_str()));
        entry.citations.push(Citation { source: id });
    }
    let mut section = Section::new(SectionId(1), "Venezuela");
    section.entries.push(entry);
    issue.sections.push(section);
    issue
}

fn window(
    issue: Issue,
    server: &WebServer,
    fetch_pasted: Option<bool>,
) -> Harness<'static, WorkbenchApp> {
    let app = WorkbenchApp::new(
        Document::new(issue, None),
        Box::new(ScriptedDesktop::default()),
        None,
    )
    .with_clock(fixed_time)
    .with_preferences(Preferences {
        reviewer: "Marta".to_owned(),
        fetch_pasted,
        ..Preferences::default()
    })
    .with_capture(settings(server, "/save/"));
    harness_for(app)
}

fn source(harness: &Harness<'_, WorkbenchApp>, id: u32) -> Source {
    harness
        .state()
        .open
        .document
        .issue()
        .source(SourceId(id))
        .cloned()
        .expect("the source")
}

/// Types `url` in the entry's "Add source" field and presses Enter.
fn cite(harness: &mut Harness<'_, WorkbenchApp>, url: &str) {
    let field = harness.get_by_label("Add source to entry 1");
    field.click();
    field.type_text(url);
    harness.run();
    harness.key_press(Key::Enter);
    harness.step();
}

fn open_menu_item(harness: &mut Harness<'_, WorkbenchApp>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(item).click();
    harness.step();
}

#[test]
fn with_the_preference_on_a_cited_link_fills_its_source_from_the_page() {
    let server = WebServer::start();
    let mut harness = window(issue_citing(&[]), &server, Some(true));
    let url = server.url("/pages/reuters-like.html");
    cite(&mut harness, &url);
    wait_for(&mut harness, "the title in the library", |h| {
        h.query_by_label(REUTERS_TITLE).is_some()
    });
    harness.run();
    let fetched = source(&harness, 1);
    assert_eq!(fetched.title, REUTERS_TITLE);
    assert_eq!(fetched.outlet.as_deref(), Some("Reuters"));
    assert_eq!(fetched.author, "Andrea Quintero, Tomás Herrera");
    assert_eq!(fetched.published, NaiveDate::from_ymd_opt(2026, 11, 3));
    assert_eq!(fetched.language, "en");
    assert_eq!(fetched.accessed, NaiveDate::from_ymd_opt(2026, 11, 29));
    assert_eq!(fetched.fetched, PageField::ALL.to_vec());
    // One request, for the page, with the workbench's user agent and no cookie.
    let port = server.port();
    assert_eq!(
        server.requests(),
        vec![format!("127.0.0.1:{port} /pages/reuters-like.html")]
    );
    assert!(server.user_agents()[0].starts_with("MonitorWorkbench/"));
    assert!(server.cookies().is_empty());
    // The fill is one undo step of its own: undo leaves the citation, empty.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = source(&harness, 1);
    assert_eq!(undone.title, "");
    assert!(undone.fetched.is_empty());
    assert_eq!(
        harness
            .state()
            .open
            .document
            .issue()
            .times_cited(SourceId(1)),
        1
    );
}

#[test]
fn the_first_link_asks_once_and_no_fetches_nothing() {
    let server = WebServer::start();
    let mut harness = window(issue_citing(&[]), &server, None);
    cite(&mut harness, &server.url("/pages/reuters-like.html"));
    harness.run();
    harness.get_by_label(QUESTION);
    // What is requested, from where, what is not done, where to change it.
    harness.get_by_label_contains("What is requested: each added link's page, once");
    harness.get_by_label_contains("From where: the sites themselves");
    harness
        .get_by_label_contains("no cookies are kept or sent, and nothing is sent but the request");
    harness.get_by_label_contains("the Sources menu, “Fetch details of pasted links”");
    harness.get_by_label("No, don't fetch").click();
    harness.run();
    assert!(harness.query_by_label(QUESTION).is_none());
    assert_eq!(harness.state().prefs.fetch_pasted, Some(false));
    // A second link: no question, no request.
    cite(&mut harness, &server.url("/pages/og-only.html"));
    harness.run();
    assert!(harness.query_by_label(QUESTION).is_none());
    std::thread::sleep(Duration::from_millis(200));
    harness.run();
    assert_eq!(server.requests(), Vec::<String>::new());
    assert_eq!(harness.state().open.document.issue().sources.len(), 2);
    assert!(
        harness
            .state()
            .open
            .document
            .issue()
            .sources
            .iter()
            .all(|s| s.title.is_empty())
    );
    // The answer is kept with the preferences the window stores.
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    assert_eq!(Preferences::load(&storage).fetch_pasted, Some(false));
    // The Sources menu shows it, unticked, where it can be changed.
    harness.get_by_label("Sources").click();
    harness.run();
    harness
        .get_by_label("Fetch details of pasted links")
        .click();
    harness.run();
    assert_eq!(harness.state().prefs.fetch_pasted, Some(true));
}

#[test]
fn links_pasted_into_the_library_are_fetched_after_yes() {
    let server = WebServer::start();
    let mut harness = window(issue_citing(&[]), &server, None);
    harness.get_by_label("Add sources from URLs").click();
    harness.run();
    let list = format!(
        "{}\n{}\n",
        server.url("/pages/reuters-like.html"),
        server.url("/pages/og-only.html")
    );
    let field = harness.get_by_label("URLs, one per line or anywhere in the text");
    field.focus();
    field.type_text(&list);
    harness.run();
    harness.get_by_label("Add these sources").click();
    harness.run();
    harness.get_by_label_contains("You added 2 links.");
    assert!(server.requests().is_empty(), "nothing before the answer");
    harness.get_by_label("Yes, fetch details").click();
    harness.step();
    assert_eq!(harness.state().prefs.fetch_pasted, Some(true));
    wait_for(&mut harness, "both titles", |h| {
        h.query_by_label(REUTERS_TITLE).is_some() && h.query_by_label(LA_REPUBLICA_TITLE).is_some()
    });
    harness.run();
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn a_source_deleted_while_its_page_is_read_is_left_alone() {
    let server = WebServer::start();
    let mut harness = window(issue_citing(&[]), &server, Some(true));
    cite(&mut harness, &server.url("/slow/og-only.html?ms=300"));
    assert_eq!(harness.state().open.document.issue().sources.len(), 1);
    harness
        .state_mut()
        .open
        .document
        .apply(Edit::RemoveSource(SourceId(1)))
        .expect("removed");
    wait_for(&mut harness, "the request's end", |h| {
        h.state().view.capture.status.sources.is_empty() && server.requests().len() == 1
    });
    std::thread::sleep(Duration::from_millis(400));
    harness.run();
    let issue = harness.state().open.document.issue();
    assert!(issue.sources.is_empty());
    assert!(harness.query_by_label_contains("Details").is_none());
}

#[test]
fn fetched_fields_are_marked_until_the_editor_confirms_them() {
    let server = WebServer::start();
    let issue = issue_citing(&[server.url("/pages/og-only.html")]);
    let mut harness = window(issue, &server, Some(false));
    harness.get_by_label("(no title)").click();
    harness.run();
    harness.get_by_label("Fetch details").click();
    wait_for(&mut harness, "the fetch", |h| {
        h.query_by_label("Details fetched.").is_some()
    });
    harness.run();
    assert_eq!(source(&harness, 1).title, LA_REPUBLICA_TITLE);
    // A tag beside each field the page filled, and one in the table's row.
    assert_eq!(harness.query_all_by_label("fetched").count(), 6);
    harness.get_by_label(
        "Filled from the page: title, outlet, author, published, language. Check, then confirm \
         (typing in a field confirms it too).",
    );
    harness.get_by_label("Confirm").click();
    harness.run();
    assert!(source(&harness, 1).fetched.is_empty());
    assert_eq!(harness.query_all_by_label("fetched").count(), 0);
    // Undo brings the marks back; typing in a field confirms that field.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(source(&harness, 1).fetched.len(), 5);
    let author = harness.get_by_label("Author");
    author.click();
    author.type_text(" (Lima)");
    harness.run();
    let typed = source(&harness, 1);
    assert_eq!(typed.author, "Redacción LR (Lima)");
    assert!(!typed.is_fetched(PageField::Author));
    assert!(typed.is_fetched(PageField::Title));
    assert_eq!(harness.query_all_by_label("fetched").count(), 5);
}

#[test]
fn fetching_the_whole_library_shows_its_progress_and_each_result() {
    let server = WebServer::start();
    let issue = issue_citing(&[
        server.url("/slow/reuters-like.html?ms=600"),
        server.url("/slow/og-only.html?ms=600"),
        server.url("/slow/spanish-dd-mm.html?ms=600"),
        server.url("/gone"),
    ]);
    let mut harness = window(issue, &server, Some(false));
    let steps = harness.state().open.document.undo_steps();
    open_menu_item(&mut harness, "Sources", "Fetch details of all sources");
    harness.step();
    assert!(
        (0..4).any(|n| harness
            .query_by_label(&format!("Fetching details: {n} of 4"))
            .is_some()),
        "a progress line"
    );
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "Cancel");
    wait_for(&mut harness, "the batch's end", |h| {
        h.query_by_label_contains("Details fetched for 3 of 4 links")
            .is_some()
    });
    harness.run();
    harness.get_by_label_contains("1 could not be read (each source says why)");
    assert!(
        harness
            .query_by_label_contains("Fetching details: ")
            .is_none()
    );
    assert_eq!(source(&harness, 1).title, REUTERS_TITLE);
    assert_eq!(source(&harness, 2).title, LA_REPUBLICA_TITLE);
    assert_eq!(
        source(&harness, 3).title,
        "Caracas y Moscú amplían su cooperación petrolera"
    );
    // One undo step per source filled.
    assert_eq!(harness.state().open.document.undo_steps(), steps + 3);
    // The failed source is marked in the table, and says why and what to do.
    harness.get_by_label("not fetched");
    harness.get_by_label("(no title)").click();
    harness.run();
    harness.get_by_label_contains(
        "Details not fetched: the server answered 404 (not found). Check that the address opens \
         in a browser",
    );
}

#[test]
fn cancel_starts_no_new_request() {
    let server = WebServer::start();
    let urls: Vec<String> = (0..14)
        .map(|n| server.url(&format!("/slow/og-only.html?ms=700&n={n}")))
        .collect();
    let mut harness = window(issue_citing(&urls), &server, Some(false));
    open_menu_item(&mut harness, "Sources", "Fetch details of all sources");
    harness.step();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Cancel")
        .click();
    harness.step();
    harness.step();
    harness.get_by_label_contains("Cancelling");
    wait_for(&mut harness, "the batch's end", |h| {
        h.query_by_label_contains("Fetching cancelled after")
            .is_some()
    });
    harness.run();
    let asked = server.requests().len();
    assert!(asked < 14, "{asked} requests after Cancel");
    let filled = harness
        .state()
        .open
        .document
        .issue()
        .sources
        .iter()
        .filter(|s| !s.title.is_empty())
        .count();
    assert_eq!(filled, asked, "each request that ran was kept");
}

#[test]
fn archive_keeps_the_archive_s_copy_or_says_why_not() {
    let server = WebServer::start();
    let mut issue = issue_citing(&[
        server.url("/pages/og-only.html"),
        server.url("/pages/unarchived.html"),
    ]);
    issue.sources[0].title = "Existing".to_owned();
    issue.sources[0].published = NaiveDate::from_ymd_opt(2026, 11, 2);
    issue.sources[1].title = "New copy".to_owned();
    let mut harness = window(issue, &server, Some(false));
    // A snapshot taken after publication exists: it is kept.
    harness.get_by_label("Existing").click();
    harness.run();
    harness.get_by_label("Archive").click();
    wait_for(&mut harness, "the archive's answer", |h| {
        h.query_by_label_contains("copy taken after publication is kept")
            .is_some()
    });
    harness.run();
    let kept = source(&harness, 1).archived.expect("an archived copy");
    assert!(kept.url.contains("/web/20261103120000/"), "{}", kept.url);
    harness.get_by_label("taken 2026-11-03 12:00 UTC");
    // None exists: a new one is asked for.
    harness.get_by_label("New copy").click();
    harness.run();
    harness.get_by_label("Archive").click();
    wait_for(&mut harness, "the new copy", |h| {
        h.query_by_label_contains("The archive made a new copy.")
            .is_some()
    });
    harness.run();
    let saved = source(&harness, 2).archived.expect("an archived copy");
    assert!(saved.url.contains("/web/20261129101500/"), "{}", saved.url);
}

#[test]
fn an_archive_that_fails_says_so_and_records_nothing() {
    let server = WebServer::start();
    let mut issue = issue_citing(&[server.url("/pages/unarchived.html")]);
    issue.sources[0].title = "Unarchived".to_owned();
    let app = WorkbenchApp::new(
        Document::new(issue, None),
        Box::new(ScriptedDesktop::default()),
        None,
    )
    .with_capture(settings(&server, "/save-broken/"));
    let mut harness = harness_for(app);
    harness.get_by_label("Unarchived").click();
    harness.run();
    harness.get_by_label("Archive").click();
    wait_for(&mut harness, "the failure", |h| {
        h.query_by_label_contains("Not archived:").is_some()
    });
    harness.run();
    harness.get_by_label_contains(
        "Not archived: the server answered 503 (service unavailable). The archive is often slow",
    );
    assert!(source(&harness, 1).archived.is_none());
}

/// After a link check, a cited page without a copy is a finding whose
/// button archives it; the finding then goes.
#[test]
fn a_not_archived_finding_archives_its_source_in_one_click() {
    let server = WebServer::start();
    let mut issue = issue_citing(&[server.url("/pages/og-only.html")]);
    issue.sources[0].link = Some(LinkCheck {
        at: fixed_time(),
        health: LinkHealth::Alive { status: 200 },
    });
    let mut harness = window(issue, &server, Some(false));
    harness.get_by_label("3 warnings").click();
    harness.run();
    harness.get_by_label("Warnings").click();
    harness.run();
    harness.get_by_label_contains("No archived copy of this page");
    harness.get_by_label("Archive this source").click();
    wait_for(&mut harness, "the archive's answer", |h| {
        source(h, 1).archived.is_some()
    });
    harness.run();
    let copy = source(&harness, 1).archived.expect("an archived copy");
    assert!(copy.url.contains("/web/20261103120000/"), "{}", copy.url);
    assert!(harness.query_by_label("Archive this source").is_none());
    assert!(
        harness
            .query_by_label_contains("No archived copy of this page")
            .is_none()
    );
}

/// Review → Archive cited sources without a copy: every cited page that
/// lacks one, an existing snapshot or a new copy, with progress and a
/// summary; an uncited source and one with a copy are left alone.
#[test]
fn archiving_every_missing_copy_from_the_review_menu() {
    let server = WebServer::start();
    let mut issue = issue_citing(&[
        server.url("/pages/og-only.html"),
        server.url("/pages/unarchived.html"),
        server.url("/pages/rt-like.html"),
    ]);
    let kept = monitor_workbench::model::ArchivedCopy::from_address(
        "https://web.archive.org/web/20260101000000/https://example.org/kept",
    );
    issue.sources[2].archived = kept.clone();
    issue.sources.push(Source::new(
        SourceId(4),
        server.url("/pages/legacy-1252.html"),
    ));
    let mut harness = window(issue, &server, Some(false));
    open_menu_item(
        &mut harness,
        "Review",
        "Archive cited sources without a copy",
    );
    wait_for(&mut harness, "the archive's answers", |h| {
        h.query_by_label_contains("Archived copies: 2 of 2")
            .is_some()
    });
    harness.run();
    harness.get_by_label_contains("Archived copies: 2 of 2; 2 recorded.");
    let copy = |id| source(&harness, id).archived.map(|c| c.url);
    assert!(
        copy(1).is_some_and(|url| url.contains("/web/20261103120000/")),
        "{:?}",
        copy(1)
    );
    assert!(
        copy(2).is_some_and(|url| url.contains("/web/20261129101500/")),
        "{:?}",
        copy(2)
    );
    assert_eq!(
        source(&harness, 3).archived,
        kept,
        "a copy already kept stays"
    );
    assert_eq!(copy(4), None, "an uncited source is not archived");
    // Asked again, nothing is missing.
    open_menu_item(
        &mut harness,
        "Review",
        "Archive cited sources without a copy",
    );
    harness.run();
    harness.get_by_label("Every cited source has an archived copy.");
}

#[test]
fn check_links_records_every_cited_link_in_one_step() {
    let server = WebServer::start();
    let mut issue = issue_citing(&[
        server.url("/pages/og-only.html"),
        server.url("/gone"),
        server.url("/moved"),
    ]);
    // An uncited source is not checked.
    issue
        .sources
        .push(Source::new(SourceId(4), server.url("/pages/rt-like.html")));
    issue.sources[0].title = "Alive".to_owned();
    let mut harness = window(issue, &server, Some(false));
    let steps = harness.state().open.document.undo_steps();
    open_menu_item(&mut harness, "Review", "Check links");
    wait_for(&mut harness, "the check's end", |h| {
        h.query_by_label_contains("Links checked: 3 of 3").is_some()
    });
    harness.run();
    harness.get_by_label_contains("3 recorded: 1 dead, 1 moved.");
    assert_eq!(harness.state().open.document.undo_steps(), steps + 1);
    let health = |id| source(&harness, id).link.map(|c| c.health);
    assert_eq!(health(1), Some(LinkHealth::Alive { status: 200 }));
    assert!(
        matches!(health(2), Some(LinkHealth::Dead { .. })),
        "{:?}",
        health(2)
    );
    assert_eq!(
        health(3),
        Some(LinkHealth::Moved {
            to: web_server::MOVED_TO.to_owned(),
            status: 200
        })
    );
    assert_eq!(health(4), None);
    harness.get_by_label("Alive").click();
    harness.run();
    harness.get_by_label("alive (the site answered 200), checked 2026-11-29 10:00 UTC");
}

/// eframe's storage in memory, as the window's preferences are kept.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}
