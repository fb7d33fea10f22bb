//! Source capture against a real HTTP server on 127.0.0.1 (`support::web_server`):
//! the fixture pages of `tests/data/pages/` read through `fetch_details`, the
//! fetcher's limits (redirects, time, size, schemes), link checks and the
//! archive. Every fetcher here uses the server as its proxy, so no request can
//! leave the machine, and hosts such as `actualidad.rt.com` are answered locally.

mod support;

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use monitor_workbench::capture::archive::{self, ArchiveEndpoints, Archived};
use monitor_workbench::capture::{
    Details, FetchConfig, FetchError, Fetcher, USER_AGENT, check_link, fetch_details,
};
use monitor_workbench::model::{LinkHealth, PageFill};
use monitor_workbench::registry::Registry;
use support::web_server::{
    BIG_PAGE_BYTES, MOVED_TO, SAVED_TIMESTAMP, STATE_MEDIA_PATH, STATE_MEDIA_URL, WebServer,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid day")
}

fn today() -> NaiveDate {
    day(2026, 11, 29)
}

/// A fetcher whose every request goes through `server`.
fn fetcher_with(server: &WebServer, timeout: Duration) -> Fetcher {
    Fetcher::new(FetchConfig {
        timeout,
        proxy: Some(server.proxy_url()),
        ..FetchConfig::default()
    })
    .expect("the local proxy is a valid address")
}

fn fetcher(server: &WebServer) -> Fetcher {
    fetcher_with(server, Duration::from_secs(10))
}

fn registry() -> Registry {
    Registry::builtin()
}

fn details(server: &WebServer, url: &str) -> Details {
    fetch_details(&fetcher(server), url, &registry(), today())
        .unwrap_or_else(|e| panic!("{url}: {e}"))
}

fn fill(
    title: &str,
    outlet: Option<&str>,
    author: &str,
    published: NaiveDate,
    language: &str,
) -> PageFill {
    PageFill {
        title: Some(title.to_owned()),
        outlet: outlet.map(str::to_owned),
        author: Some(author.to_owned()),
        published: Some(published),
        language: Some(language.to_owned()),
        accessed: Some(today()),
        kind: None,
    }
}

// ---- Each fixture's reading -------------------------------------------------

#[test]
fn a_reuters_graph_gives_headline_authors_publisher_and_the_page_s_own_day() {
    let server = WebServer::start();
    let found = details(&server, &server.url("/pages/reuters-like.html"));
    assert_eq!(
        found.fill,
        fill(
            "Venezuela and Russia sign energy cooperation accord in Caracas",
            Some("Reuters"),
            "Andrea Quintero, Tomás Herrera",
            // 21:45 in Caracas; the same moment is already 4 November in UTC.
            day(2026, 11, 3),
            "en",
        )
    );
    // Open Graph gives the same moment in UTC: one date, not two.
    assert_eq!(found.notes, Vec::<String>::new());
}

#[test]
fn open_graph_alone_gives_the_title_without_the_outlet_s_name() {
    let server = WebServer::start();
    let found = details(&server, &server.url("/pages/og-only.html"));
    assert_eq!(
        found.fill,
        fill(
            "Chancay suma una segunda ruta directa a Shanghái",
            Some("La República"),
            "Redacción LR",
            day(2026, 11, 2),
            "es",
        )
    );
    assert!(found.notes.is_empty(), "{:?}", found.notes);
}

#[test]
fn a_spanish_page_with_a_day_first_date_and_character_references() {
    let server = WebServer::start();
    let found = details(&server, &server.url("/pages/spanish-dd-mm.html"));
    assert_eq!(
        found.fill,
        fill(
            "Caracas y Moscú amplían su cooperación petrolera",
            Some("El Universal"),
            "María José Peña",
            day(2026, 11, 3),
            "es",
        )
    );
    assert!(found.notes.is_empty(), "{:?}", found.notes);
}

#[test]
fn two_publication_dates_take_the_structured_one_and_say_so() {
    let server = WebServer::start();
    let found = details(&server, &server.url("/pages/conflicting-dates.html"));
    assert_eq!(
        found.fill,
        fill(
            "El litio argentino y los acuerdos con China, en cinco claves",
            Some("Página|12"),
            "Laura Benítez",
            day(2026, 11, 5),
            "es",
        )
    );
    assert_eq!(
        found.notes,
        vec![
            "The page gives more than one publication date: 2026-11-05 was taken from \
             JSON-LD; it also says 2026-10-28 (Open Graph). Check the date."
                .to_owned()
        ]
    );
}

#[test]
fn a_broken_json_ld_block_is_a_note_and_open_graph_fills_the_source() {
    let server = WebServer::start();
    let found = details(&server, &server.url("/pages/malformed-jsonld.html"));
    assert_eq!(
        found.fill,
        fill(
            "Petro: “no habrá bases extranjeras” en Colombia",
            Some("El Espectador"),
            "Redacción Política",
            day(2026, 11, 6),
            "es",
        )
    );
    assert_eq!(found.notes.len(), 1, "{:?}", found.notes);
    assert!(
        found.notes[0].starts_with("A JSON-LD block could not be read (line 4, column"),
        "{}",
        found.notes[0]
    );
    assert!(found.notes[0].ends_with("the other tags were used."));
}

#[test]
fn a_page_in_windows_1252_reads_with_its_accents() {
    let server = WebServer::start();
    let fetched = fetcher(&server)
        .get(&server.url("/pages/legacy-charset.html"), true)
        .expect("the page answers");
    assert!(
        std::str::from_utf8(&fetched.body).is_err(),
        "the server sent Windows-1252 bytes"
    );
    let found = details(&server, &server.url("/pages/legacy-charset.html"));
    assert_eq!(
        found.fill,
        fill(
            "Bolivia y Rusia acuerdan ampliar el centro nuclear de El Alto",
            Some("Los Tiempos"),
            "Óscar Zúñiga",
            day(2026, 11, 4),
            "es",
        )
    );
}

#[test]
fn a_state_media_page_through_the_proxy_keeps_the_registry_s_outlet() {
    let server = WebServer::start();
    let found = details(&server, STATE_MEDIA_URL);
    assert_eq!(
        found.fill,
        fill(
            "Caracas y Moscú firman un acuerdo de cooperación energética",
            None,
            "RT en Español",
            day(2026, 11, 3),
            "es",
        )
    );
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].host, "actualidad.rt.com");
    assert_eq!(seen[0].path, STATE_MEDIA_PATH);
    assert!(seen[0].via_proxy);
}

#[test]
fn what_is_not_a_web_page_or_not_there_is_said() {
    let server = WebServer::start();
    let fetcher = fetcher(&server);
    let pdf = fetch_details(&fetcher, &server.url("/report.pdf"), &registry(), today());
    assert!(
        matches!(&pdf, Err(FetchError::Other(m)) if m.contains("application/pdf, not a web page")),
        "{pdf:?}"
    );
    let gone = fetch_details(&fetcher, &server.url("/gone"), &registry(), today());
    assert_eq!(gone, Err(FetchError::Status { status: 404 }));
    assert_eq!(
        FetchError::Status { status: 404 }.to_string(),
        "the server answered 404 (not found)"
    );
}

// ---- The fetcher's limits ---------------------------------------------------

#[test]
fn a_10_mb_page_is_read_only_to_the_cap_and_its_head_is_enough() {
    let server = WebServer::start();
    let found = details(&server, &server.url("/big"));
    assert_eq!(
        found.fill.title.as_deref(),
        Some("Venezuela and Russia sign energy cooperation accord in Caracas")
    );
    assert_eq!(found.fill.published, Some(day(2026, 11, 3)));
    assert_eq!(
        found.notes,
        vec!["The page is larger than 2 MB; only its beginning was read.".to_owned()]
    );
    // The client closed the connection after 2 MB: the server, sending at a
    // real server's pace, could not write the rest (what it wrote is the
    // 2 MB plus what it sent before it saw the connection closed).
    let sent = server.sent("/big").expect("the server finished /big");
    assert!(!sent.complete, "{sent:?}");
    assert!(sent.body_bytes > 2 * 1024 * 1024, "{sent:?}");
    assert!(sent.body_bytes < BIG_PAGE_BYTES, "{sent:?}");
}

#[test]
fn a_redirect_loop_is_an_error_after_one_round() {
    let server = WebServer::start();
    let url = server.url("/redirect-loop");
    let failed = fetcher(&server).get(&url, true).expect_err("a loop");
    assert_eq!(failed.error, FetchError::RedirectLoop(url.clone()));
    assert_eq!(failed.hops, vec![url, server.url("/redirect-loop-b")]);
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn five_redirects_are_followed_and_a_sixth_is_not() {
    let server = WebServer::start();
    let fetcher = fetcher(&server);
    let five = fetcher
        .get(&server.url("/chain/5"), false)
        .expect("five hops");
    assert_eq!(five.hops.len(), 6);
    assert_eq!(five.status, 200);
    assert_eq!(five.final_url(), server.url("/chain/0"));

    let before = server.requests().len();
    let six = fetch_details(&fetcher, &server.url("/chain/6"), &registry(), today());
    assert_eq!(six, Err(FetchError::TooManyRedirects(5)));
    // /chain/6 … /chain/1 were asked; /chain/0 never was.
    assert_eq!(server.requests().len() - before, 6);
    assert!(
        !server.requests()[before..]
            .iter()
            .any(|r| r.ends_with("/chain/0"))
    );
}

#[test]
fn a_server_that_never_answers_is_a_timeout_within_the_limit() {
    let server = WebServer::start();
    let fetcher = fetcher_with(&server, Duration::from_secs(1));
    let started = Instant::now();
    let result = fetch_details(&fetcher, &server.url("/hang"), &registry(), today());
    assert_eq!(result, Err(FetchError::Timeout(1)));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn only_http_and_https_are_requested() {
    let server = WebServer::start();
    let fetcher = fetcher(&server);
    for url in [
        "ftp://ftp.example.org/pub/report.html",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:prensa@example.org",
        "http://",
    ] {
        let result = fetch_details(&fetcher, url, &registry(), today());
        assert_eq!(result, Err(FetchError::NotWeb(url.to_owned())), "{url}");
        let check = check_link(&fetcher, url, Utc::now());
        assert!(
            matches!(&check.health, LinkHealth::Dead { reason } if reason.contains("not an http or https address")),
            "{url}: {check:?}"
        );
    }
    assert_eq!(server.requests(), Vec::<String>::new());
}

#[test]
fn every_request_names_the_program_and_sends_no_cookie() {
    let server = WebServer::start();
    let fetcher = fetcher(&server);
    // Every answer sets a cookie; redirects would carry it back if any were kept.
    for path in ["/pages/og-only.html", "/chain/3", "/moved-within", "/gone"] {
        let _ = fetcher.get(&server.url(path), true);
    }
    let _ = fetcher.get(STATE_MEDIA_URL, true);
    let agents = server.user_agents();
    assert_eq!(agents.len(), 9);
    assert!(agents.iter().all(|a| a == USER_AGENT), "{agents:?}");
    assert!(USER_AGENT.starts_with("MonitorWorkbench/"));
    assert_eq!(server.cookies(), Vec::<String>::new());
}

// ---- Link checks ------------------------------------------------------------

fn health(server: &WebServer, url: &str, timeout: Duration) -> LinkHealth {
    check_link(&fetcher_with(server, timeout), url, Utc::now()).health
}

#[test]
fn a_page_that_answers_is_alive_even_after_a_redirect_on_its_site() {
    let server = WebServer::start();
    let long = Duration::from_secs(10);
    assert_eq!(
        health(&server, &server.url("/pages/og-only.html"), long),
        LinkHealth::Alive { status: 200 }
    );
    assert_eq!(
        health(&server, &server.url("/moved-within"), long),
        LinkHealth::Alive { status: 200 }
    );
}

#[test]
fn a_missing_page_or_a_silent_server_is_dead() {
    let server = WebServer::start();
    assert_eq!(
        health(&server, &server.url("/gone"), Duration::from_secs(10)),
        LinkHealth::Dead {
            reason: "the server answered 404 (not found)".to_owned()
        }
    );
    assert_eq!(
        health(&server, &server.url("/hang"), Duration::from_secs(1)),
        LinkHealth::Dead {
            reason: FetchError::Timeout(1).to_string()
        }
    );
    assert!(matches!(
        health(&server, &server.url("/redirect-loop"), Duration::from_secs(10)),
        LinkHealth::Dead { reason } if reason.contains("loop")
    ));
}

#[test]
fn a_link_that_now_leads_to_another_host_has_moved() {
    let server = WebServer::start();
    assert_eq!(
        health(&server, &server.url("/moved"), Duration::from_secs(10)),
        LinkHealth::Moved {
            to: MOVED_TO.to_owned(),
            status: 200
        }
    );
}

#[test]
fn a_link_that_now_leads_to_state_media_says_where() {
    let server = WebServer::start();
    let moved = health(
        &server,
        &server.url("/to-state-media"),
        Duration::from_secs(10),
    );
    assert_eq!(
        moved,
        LinkHealth::Moved {
            to: STATE_MEDIA_URL.to_owned(),
            status: 200
        }
    );
    let outlet = registry()
        .outlet_for_url(STATE_MEDIA_URL)
        .map(|o| (o.name.clone(), o.classification.is_state_tied_media()));
    assert_eq!(outlet, Some(("RT en Español".to_owned(), true)));
    assert!(
        server
            .requests()
            .contains(&format!("actualidad.rt.com {STATE_MEDIA_PATH}"))
    );
}

// ---- The archive ------------------------------------------------------------

fn endpoints(server: &WebServer, save: &str) -> ArchiveEndpoints {
    ArchiveEndpoints {
        availability: server.url("/wayback/available"),
        save: server.url(save),
    }
}

#[test]
fn an_existing_snapshot_after_publication_is_used_and_nothing_is_saved() {
    let server = WebServer::start();
    let cited = "https://www.reuters.com/world/americas/accord-2026-11-04/";
    let got = archive::archive(
        &fetcher(&server),
        &endpoints(&server, "/save/"),
        cited,
        Some(day(2026, 11, 3)),
    )
    .expect("an archived copy");
    let Archived::Existing(copy) = got else {
        panic!("expected the existing snapshot, got {got:?}");
    };
    assert_eq!(
        copy.url,
        server.url(&format!("/web/20261103120000/{cited}"))
    );
    assert_eq!(
        copy.taken,
        Utc.with_ymd_and_hms(2026, 11, 3, 12, 0, 0)
            .single()
            .expect("a moment")
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(requests[0].contains("/wayback/available?url=https%3A%2F%2Fwww.reuters.com"));
    assert!(requests[0].ends_with("&timestamp=20261103"), "{requests:?}");
}

#[test]
fn no_snapshot_or_one_older_than_the_piece_asks_for_a_new_copy() {
    let server = WebServer::start();
    let saved_at = Utc
        .with_ymd_and_hms(2026, 11, 29, 10, 15, 0)
        .single()
        .expect("a moment");
    let unarchived = "https://www.eltiempo.com/unarchived/nota-123";
    // The default snapshot (3 November) is older than a piece of 5 November.
    let newer = "https://www.infobae.com/america/nota-456/";
    server.set_snapshot("https://www.lanacion.com.ar/none/", None);
    for (cited, published) in [
        (unarchived, None),
        (newer, Some(day(2026, 11, 5))),
        ("https://www.lanacion.com.ar/none/", None),
    ] {
        let got = archive::archive(
            &fetcher(&server),
            &endpoints(&server, "/save/"),
            cited,
            published,
        )
        .expect("a new copy");
        let Archived::Saved(copy) = got else {
            panic!("{cited}: expected a new copy, got {got:?}");
        };
        assert_eq!(
            copy.url,
            server.url(&format!("/web/{SAVED_TIMESTAMP}/{cited}"))
        );
        assert_eq!(copy.taken, saved_at);
    }
    assert!(
        server
            .requests()
            .iter()
            .any(|r| r.ends_with(&format!("/save/{unarchived}")))
    );
}

#[test]
fn a_copy_named_in_content_location_is_found() {
    let server = WebServer::start();
    let cited = "https://www.eltiempo.com/unarchived/nota-789";
    let copy = archive::save(
        &fetcher(&server),
        &endpoints(&server, "/save-content-location/"),
        cited,
    )
    .expect("a new copy");
    assert_eq!(
        copy.url,
        server.url(&format!("/web/{SAVED_TIMESTAMP}/{cited}"))
    );
}

#[test]
fn a_failing_save_endpoint_is_an_error_the_editor_can_read() {
    let server = WebServer::start();
    let result = archive::archive(
        &fetcher(&server),
        &endpoints(&server, "/save-broken/"),
        "https://www.eltiempo.com/unarchived/nota-000",
        None,
    );
    let error = result.expect_err("the save endpoint fails");
    assert_eq!(error, FetchError::Status { status: 503 });
    assert_eq!(
        error.to_string(),
        "the server answered 503 (service unavailable)"
    );
}

#[test]
fn details_of_a_link_that_now_leads_to_another_site_say_so_and_name_no_outlet() {
    let server = WebServer::start();
    let found = details(&server, &server.url("/to-state-media"));
    assert_eq!(
        found.fill.outlet, None,
        "RT's name is not the cited outlet's"
    );
    assert!(
        found
            .notes
            .iter()
            .any(|n| n.contains("now leads to another site") && n.contains("actualidad.rt.com")),
        "{:?}",
        found.notes
    );
    assert!(
        found.fill.title.is_some(),
        "the page's details are still offered"
    );
}
