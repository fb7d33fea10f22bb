//! The workbench never talks to the network: every verb runs under strace and
//! opens no internet socket; exported pages load nothing from anywhere.
//! Outside CI a missing strace or xvfb-run skips its test; under `CI=true` it
//! fails it.

mod support;

use std::path::Path;
use std::process::Command;

use monitor_workbench::export::{ExportOptions, html, review_report};
use monitor_workbench::registry::Registry;
use monitor_workbench::sample::sample_issue;
use support::require_tool;

/// Whether `program arg` runs and succeeds.
fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn strace_available() -> bool {
    require_tool("strace", runs("strace", "-V").then_some(())).is_some()
}

/// Runs the binary with `args` under strace; returns the socket calls it made.
fn sockets_opened(dir: &Path, args: &[&str]) -> Vec<String> {
    let log = dir.join("strace.log");
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_monitor-workbench"))
        .args(args)
        .status()
        .expect("strace runs");
    assert!(status.code().is_some(), "the binary ran");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    text.lines().map(str::to_owned).collect()
}

#[test]
fn no_verb_opens_an_internet_socket() {
    if !strace_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let issue = dir.path().join("issue.ron");
    std::fs::write(&issue, monitor_workbench::sample::SAMPLE_RON).expect("write");
    let draft = dir.path().join("draft.md");
    std::fs::write(
        &draft,
        "## A\n\nText https://actualidad.rt.com/x and <https://efe.com/y>.\n",
    )
    .expect("write");
    let out = |name: &str| dir.path().join(name).display().to_string();
    let runs: Vec<Vec<String>> = vec![
        vec!["check".into(), issue.display().to_string(), "--json".into()],
        vec![
            "check".into(),
            issue.display().to_string(),
            "--html".into(),
            out("report.html"),
        ],
        vec![
            "import".into(),
            draft.display().to_string(),
            "-o".into(),
            out("imported.ron"),
        ],
        vec![
            "export".into(),
            issue.display().to_string(),
            "--draft".into(),
            "--html".into(),
            out("x.html"),
            "--markdown".into(),
            out("x.md"),
        ],
    ];
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let calls = sockets_opened(dir.path(), &args);
        let internet: Vec<&String> = calls.iter().filter(|c| c.contains("AF_INET")).collect();
        assert!(internet.is_empty(), "{args:?} opened {internet:?}");
    }
}

/// The positive control: when the binary is asked to go online (`check
/// --links`), the same tracing sees its internet socket, so an empty log
/// above means no socket, not a tracer that saw nothing.
#[test]
fn strace_sees_the_socket_of_a_verb_that_goes_online() {
    if !strace_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = sample_issue();
    // Port 9 (discard) on this machine: refused at once, but connected to.
    let cited = issue.sections[0].entries[0].citations[0].source;
    let source = issue
        .sources
        .iter_mut()
        .find(|s| s.id == cited)
        .expect("the cited source");
    source.url = "http://127.0.0.1:9/page".to_owned();
    let path = dir.path().join("issue.ron");
    monitor_workbench::store::save(&path, &issue).expect("save");
    let calls = sockets_opened(
        dir.path(),
        &["check", &path.display().to_string(), "--links"],
    );
    let internet: Vec<&String> = calls.iter().filter(|c| c.contains("AF_INET")).collect();
    assert!(
        !internet.is_empty(),
        "strace saw no internet socket of check --links: {calls:?}"
    );
}

#[test]
fn exported_pages_request_nothing() {
    let registry = Registry::builtin();
    let pages = [
        html(&sample_issue(), &registry, &ExportOptions::default()),
        review_report(&sample_issue(), &registry),
    ];
    for page in pages {
        let lower = page.to_ascii_lowercase();
        for request in [
            " src=", "url(", "<link", "@import", "<iframe", "<object", "<embed", "<script",
        ] {
            assert!(!lower.contains(request), "{request} in an exported page");
        }
    }
}

#[test]
fn the_window_opens_no_internet_socket() {
    if !strace_available() {
        return;
    }
    let xvfb = runs("xvfb-run", "--help").then_some(());
    if require_tool("xvfb-run (xvfb, xauth)", xvfb).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let issue = dir.path().join("issue.ron");
    std::fs::write(&issue, monitor_workbench::sample::SAMPLE_RON).expect("write");
    let log = dir.path().join("strace.log");
    // The window runs for a few seconds on a virtual display, then is stopped.
    let status = Command::new("xvfb-run")
        .args([
            "-a",
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect",
            "-o",
        ])
        .arg(&log)
        .args(["timeout", "15"])
        .arg(env!("CARGO_BIN_EXE_monitor-workbench"))
        .arg(&issue)
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .status()
        .expect("xvfb-run runs");
    assert!(status.code().is_some(), "the window ran");
    let calls = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        calls.contains("X11-unix"),
        "the window reached the display:\n{calls}"
    );
    let internet: Vec<&str> = calls.lines().filter(|c| c.contains("AF_INET")).collect();
    assert!(internet.is_empty(), "the window opened {internet:?}");
}
