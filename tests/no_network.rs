//! The workbench never talks to the network: every verb runs under strace and
//! opens no internet socket; exported pages load nothing from anywhere.

use std::path::Path;
use std::process::Command;

use monitor_workbench::export::{ExportOptions, html, review_report};
use monitor_workbench::registry::Registry;
use monitor_workbench::sample::sample_issue;

fn strace_available() -> bool {
    let found = Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
        assert!(
            !ci,
            "strace is required under CI=true (.ci/run installs it)"
        );
        eprintln!("skipped: strace is not installed");
    }
    found
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
    let xvfb = Command::new("xvfb-run")
        .arg("--help")
        .output()
        .is_ok_and(|o| o.status.success());
    if !strace_available() || !xvfb {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
        assert!(
            !ci,
            "xvfb-run is required under CI=true (.ci/run installs it)"
        );
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
