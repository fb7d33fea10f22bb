//! The command line's trips to the network, each only when asked, against a
//! server the test starts on 127.0.0.1: `import --fetch` fills the sources
//! from their pages; `check --links` records what became of each cited link,
//! and `check` then reports it offline; `export --archive-missing` asks the
//! archive for the copies the issue lacks.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use monitor_workbench::model::{KindOrigin, LinkHealth, PageField, SourceKind};
use monitor_workbench::store;
use support::web_server::WebServer;

/// The binary with no user outlets and no proxy but `proxy`.
fn workbench(args: &[&str], proxy: Option<&str>) -> Output {
    workbench_with(args, proxy, &[])
}

/// [`workbench`] with more environment variables.
fn workbench_with(args: &[&str], proxy: Option<&str>, vars: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_monitor-workbench"));
    command
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .envs(vars.iter().map(|(name, value)| (name, value)))
        .env(
            "XDG_CONFIG_HOME",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config"),
        )
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("http_proxy")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy");
    match proxy {
        Some(proxy) => command.env("HTTP_PROXY", proxy),
        None => command.env_remove("HTTP_PROXY"),
    };
    command.output().expect("the binary runs")
}

/// `import --fetch` of a draft written into `dir`: the issue's path and
/// the program's output.
fn import_fetching(dir: &Path, draft: &str) -> (PathBuf, Output) {
    import(dir, draft, &["--fetch"])
}

/// The issue `import` (contacting nothing) makes of a draft written into `dir`.
fn imported(dir: &Path, draft: &str) -> PathBuf {
    let (path, out) = import(dir, draft, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    path
}

fn import(dir: &Path, draft: &str, more: &[&str]) -> (PathBuf, Output) {
    let draft_path = dir.join("draft.md");
    std::fs::write(&draft_path, draft).expect("write the draft");
    let output = dir.join("issue.ron");
    let mut args = vec![
        "import",
        draft_path.to_str().expect("UTF-8 path"),
        "-o",
        output.to_str().expect("UTF-8 path"),
    ];
    args.extend_from_slice(more);
    let out = workbench(&args, None);
    (output, out)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn import_fetch_fills_each_source_from_its_page_and_says_what_failed() {
    let server = WebServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let reuters = server.url("/pages/reuters-like.html");
    let spanish = server.url("/pages/spanish-dd-mm.html");
    let gone = server.url("/gone");
    let (output, out) = import_fetching(
        dir.path(),
        &format!(
            "# VRIC Monitor No. 3: Test\n\n## Russia\n\n\
             Caracas and Moscow signed an accord ([Reuters]({reuters})).\n\n\
             The Spanish press covered it ({spanish}).\n\n\
             A page that is gone ({gone}).\n"
        ),
    );
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("Fetched the details of 2 of 3 sources; 1 failed"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "failed: {gone}: the server answered 404 (not found)"
        )),
        "{stderr}"
    );
    let issue = store::load(&output).expect("the imported issue loads");
    let source = |url: &str| {
        issue
            .sources
            .iter()
            .find(|s| s.url == url)
            .expect("the source is in the library")
    };
    let first = source(&reuters);
    assert_eq!(
        first.title,
        "Venezuela and Russia sign energy cooperation accord in Caracas"
    );
    assert_eq!(first.outlet.as_deref(), Some("Reuters"));
    assert_eq!(
        first.published.map(|d| d.to_string()).as_deref(),
        Some("2026-11-03")
    );
    assert_eq!(first.language, "en");
    assert!(first.is_fetched(PageField::Title), "marked until confirmed");
    let second = source(&spanish);
    assert_eq!(second.language, "es");
    assert!(
        second.title.starts_with("Caracas y Moscú"),
        "{}",
        second.title
    );
    assert!(second.published.is_some(), "the dd/mm/yyyy date is read");
    let third = source(&gone);
    assert!(third.title.is_empty() && third.fetched.is_empty());
    let user_agents = server.user_agents();
    assert_eq!(user_agents.len(), 3, "one request per source");
    assert!(
        user_agents
            .iter()
            .all(|ua| ua.starts_with("MonitorWorkbench/"))
    );
}

/// A column at a news address and a report at an opinion address: each
/// source's kind follows what its page declares, and `check` names both
/// signals where page and address disagree.
#[test]
fn the_page_declares_its_kind_and_check_names_a_disagreeing_address() {
    let server = WebServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let column = server.url("/pages/column-at-news-address.html");
    let report = server.url("/opiniao/reportage.html");
    let (output, out) = import_fetching(
        dir.path(),
        &format!(
            "## Venezuela\n\nA columnist on oil diplomacy ({column}).\n\n\
             A Russian ship docked in Rio ({report}).\n"
        ),
    );
    let path = output.to_str().expect("UTF-8 path");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let issue = store::load(&output).expect("the imported issue loads");
    let source = |url: &str| {
        issue
            .sources
            .iter()
            .find(|s| s.url == url)
            .expect("the source is in the library")
    };
    let (first, second) = (source(&column), source(&report));
    assert_eq!(
        (first.kind, first.kind_from),
        (SourceKind::Opinion, KindOrigin::Page)
    );
    assert_eq!(
        first.page_kind.as_ref().map(|d| d.evidence.as_str()),
        Some("JSON-LD @type OpinionNewsArticle")
    );
    assert_eq!(
        (second.kind, second.kind_from),
        (SourceKind::News, KindOrigin::Page)
    );

    let out = workbench(&["check", path, "--json"], None);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let messages = |rule: &str| -> Vec<String> {
        report["violations"]
            .as_array()
            .expect("violations")
            .iter()
            .filter(|f| f["rule"] == rule)
            .map(|f| f["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let disagree = messages("kind-signals-disagree");
    assert_eq!(disagree.len(), 2, "{disagree:?}");
    assert!(
        disagree.iter().any(|m| {
            m.contains(
        "The page declares it opinion (JSON-LD @type OpinionNewsArticle) but its address does not"
    )
        }),
        "{disagree:?}"
    );
    assert!(disagree.iter().any(|m| m.contains(
        "Its address marks it opinion (/opiniao/) but the page declares it news (JSON-LD @type ReportageNewsArticle)"
    )), "{disagree:?}");
    // The column counts as opinion, which the policy excludes; the report does not.
    let opinion = messages("opinion-source");
    assert_eq!(opinion.len(), 1, "{opinion:?}");
}

#[test]
fn import_without_fetch_contacts_nothing() {
    let server = WebServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(
        &draft,
        format!(
            "## Russia\n\nAn accord ({}).\n",
            server.url("/pages/reuters-like.html")
        ),
    )
    .expect("write the draft");
    let output = dir.path().join("issue.ron");
    let out = workbench(
        &[
            "import",
            draft.to_str().expect("UTF-8 path"),
            "-o",
            output.to_str().expect("UTF-8 path"),
        ],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(server.requests(), Vec::<String>::new());
}

#[test]
fn check_links_records_dead_moved_and_state_media_links_and_check_reports_them_offline() {
    let server = WebServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let alive = server.url("/pages/og-only.html");
    let gone = server.url("/gone");
    let to_state = server.url("/to-state-media");
    let moved = server.url("/moved");
    let path = imported(
        dir.path(),
        &format!(
            "## Russia\n\nOne ({alive}).\n\nTwo ({gone}).\n\nThree ({to_state}).\n\nFour ({moved}).\n"
        ),
    );
    let path_str = path.to_str().expect("UTF-8 path");

    // Through the server as a proxy, so that the redirect to RT is answered here.
    let proxy = server.proxy_url();
    let checked = workbench(&["check", path_str, "--links"], Some(&proxy));
    let (stdout, stderr) = (text(&checked.stdout), text(&checked.stderr));
    assert_eq!(checked.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("Checked 4 links: 1 alive, 1 dead, 2 moved to another site."),
        "{stderr}"
    );
    for rule in ["link-dead", "link-moved-to-state-media", "link-moved "] {
        assert!(stdout.contains(rule), "{rule} missing:\n{stdout}");
    }
    let issue = store::load(&path).expect("the checked issue loads");
    let health = |url: &str| {
        issue
            .sources
            .iter()
            .find(|s| s.url == url)
            .and_then(|s| s.link.as_ref())
            .map(|check| check.health.clone())
    };
    assert_eq!(health(&alive), Some(LinkHealth::Alive { status: 200 }));
    assert!(matches!(health(&gone), Some(LinkHealth::Dead { .. })));
    assert!(
        matches!(health(&to_state), Some(LinkHealth::Moved { to, .. }) if to.contains("actualidad.rt.com"))
    );
    assert!(
        path.with_extension("ron.bak").exists(),
        "the old file is kept"
    );

    // Offline: the same findings from the recorded results, nothing requested.
    let before = server.requests().len();
    let offline = workbench(&["check", path_str], None);
    assert_eq!(offline.status.code(), Some(1));
    let again = text(&offline.stdout);
    assert!(
        again.contains("link-dead") && again.contains("link-moved-to-state-media"),
        "{again}"
    );
    assert_eq!(
        server.requests().len(),
        before,
        "check without --links contacted nothing"
    );
}

/// A checked issue names each cited page without an archived copy;
/// `export --archive-missing` asks the archive for them (an existing
/// snapshot, or a new one), records them in the issue (the old file kept)
/// and every reader's format links them; a plain export contacts nothing and
/// links them too.
#[test]
fn export_archive_missing_records_copies_and_every_reader_format_links_them() {
    let server = WebServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let kept = server.url("/pages/og-only.html");
    // The archive has no snapshot of an address with "unarchived" in it.
    let fresh = server.url("/opiniao/og-only.html?unarchived=1");
    let path = imported(
        dir.path(),
        &format!("## Russia\n\nOne ({kept}).\n\nTwo ({fresh}).\n"),
    );
    let path_str = path.to_str().expect("UTF-8 path");

    let checked = workbench(&["check", path_str, "--links"], None);
    let report = text(&checked.stdout);
    assert_eq!(
        report.matches("not-archived").count(),
        2,
        "each cited page without a copy is named:\n{report}"
    );

    let archive = [
        (
            "MONITOR_WORKBENCH_ARCHIVE_AVAILABILITY",
            server.url("/wayback/available"),
        ),
        ("MONITOR_WORKBENCH_ARCHIVE_SAVE", server.url("/save/")),
    ];
    let out = |name: &str| dir.path().join(name).to_str().expect("UTF-8").to_owned();
    let (html, md, email) = (out("issue.html"), out("issue.md"), out("mail.html"));
    let export_args = [
        "export",
        path_str,
        "--draft",
        "--html",
        &html,
        "--markdown",
        &md,
        "--email",
        &email,
    ];
    let mut asking = export_args.to_vec();
    asking.push("--archive-missing");
    let exported = workbench_with(&asking, None, &archive);
    let stderr = text(&exported.stderr);
    assert!(exported.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "Archived copies of 2 cited sources that had none: 1 found in the archive, 1 newly saved, 0 failed."
        ),
        "{stderr}"
    );
    assert!(
        path.with_extension("ron.bak").exists(),
        "the old file is kept"
    );
    let issue = store::load(&path).expect("the issue loads");
    let copy_of = |url: &str| {
        issue
            .sources
            .iter()
            .find(|s| s.url == url)
            .and_then(|s| s.archived.clone())
            .unwrap_or_else(|| panic!("{url} has an archived copy"))
    };
    let existing = copy_of(&kept);
    let saved = copy_of(&fresh);
    assert!(
        existing.url.contains(&format!(
            "/web/{}/",
            support::web_server::SNAPSHOT_TIMESTAMP
        )),
        "{existing:?}"
    );
    assert!(
        saved
            .url
            .contains(&format!("/web/{}/", support::web_server::SAVED_TIMESTAMP)),
        "{saved:?}"
    );

    let read = |file: &str| std::fs::read_to_string(file).expect("an export");
    let check_formats = || {
        let (page, markdown, mail) = (read(&html), read(&md), read(&email));
        let plain = read(&out("mail.txt")).replace("\n   ", " ");
        for copy in [&existing, &saved] {
            let attribute = format!("data-versionurl=\"{}\"", copy.url.replace('&', "&amp;"));
            assert!(
                page.contains(&attribute),
                "{attribute} in the HTML:\n{page}"
            );
            assert!(mail.contains(&attribute), "{attribute} in the email");
            assert!(
                markdown.contains(&copy.url),
                "{} in the Markdown:\n{markdown}",
                copy.url
            );
            assert!(
                plain.contains(&copy.url),
                "{} in the text:\n{plain}",
                copy.url
            );
        }
    };
    check_formats();

    // Recorded: the next check is clean of it, and a plain export asks nothing.
    let again = workbench(&["check", path_str], None);
    assert!(
        !text(&again.stdout).contains("not-archived"),
        "{}",
        text(&again.stdout)
    );
    let before = server.requests().len();
    let plain_export = workbench(&export_args, None);
    assert!(
        plain_export.status.success(),
        "{}",
        text(&plain_export.stderr)
    );
    assert_eq!(
        server.requests().len(),
        before,
        "a plain export contacted nothing"
    );
    check_formats();
}
