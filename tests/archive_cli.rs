//! The archive verbs of the real binary on a folder of issues with known
//! repeats: search (text and JSON), stats (CSV), the report, and
//! `check --archive`.

mod support;

use monitor_workbench::model::{
    Citation, Entry, EntryId, Issue, Section, SectionId, Source, SourceId,
};
use monitor_workbench::store;
use support::binary::workbench;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn issue(number: u32, day: u32, entries: &[(&str, &str)]) -> Issue {
    let mut issue = Issue {
        series: "VRIC Monitor".into(),
        number: Some(number),
        published: chrono::NaiveDate::from_ymd_opt(2026, 10, day),
        language: "es".into(),
        ..Issue::default()
    };
    let mut section = Section::new(SectionId(1), "Rusia");
    for (index, (body, url)) in entries.iter().enumerate() {
        let id = index as u32 + 1;
        let mut entry = Entry::new(EntryId(id), *body);
        entry.citations.push(Citation {
            source: SourceId(id),
        });
        section.entries.push(entry);
        issue.sources.push(Source::new(SourceId(id), *url));
    }
    issue.sections.push(section);
    issue
}

const ACUERDO: &str = "El canciller ruso Serguéi Lavrov firmó en Caracas un acuerdo de cooperación energética para explorar petróleo en la faja del Orinoco.";
const ACUERDO_COPIA: &str = "El canciller ruso Serguéi Lavrov firmó el martes en Caracas un acuerdo de cooperación energética para explorar petróleo en la faja del Orinoco.";

fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("2026")).expect("folder");
    store::save(
        &dir.path().join("2026/no-12.ron"),
        &issue(12, 1, &[(ACUERDO, "https://www.reuters.com/world/a")]),
    )
    .expect("save");
    store::save(
        &dir.path().join("2026/no-13.ron"),
        &issue(
            13,
            15,
            &[(
                "China amplió su swap de monedas con Argentina.",
                "https://actualidad.rt.com/b",
            )],
        ),
    )
    .expect("save");
    dir
}

#[test]
fn search_prints_ranked_hits_with_the_matching_words_marked() {
    let dir = archive();
    let folder = dir.path().to_str().expect("UTF-8");
    // "acuerdos" finds "acuerdo" (Spanish stem), "caracas" any case.
    let out = workbench(&["archive", "search", folder, "acuerdos caracas"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.starts_with("VRIC Monitor No. 12 — Rusia, entry 1"),
        "{stdout}"
    );
    assert!(stdout.contains("en [Caracas] un [acuerdo]"), "{stdout}");
    let json = workbench(&["archive", "search", folder, "swap", "--json"]);
    let hits: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(hits[0]["number"], 13);
    assert_eq!(hits[0]["kind"], "entry");
    assert_eq!(hits[0]["entry"], 1);
    let none = workbench(&["archive", "search", folder, "Teherán"]);
    assert!(text(&none.stdout).contains("No issue in"));
}

#[test]
fn stats_give_one_csv_row_per_issue_in_series_order() {
    let dir = archive();
    let out = workbench(&[
        "archive",
        "stats",
        dir.path().to_str().expect("UTF-8"),
        "--csv",
    ]);
    let stdout = text(&out.stdout);
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 3, "{stdout}");
    assert!(
        rows[1].starts_with("VRIC Monitor No. 12,12,2026-10-01,citations,0.2000,0.0000"),
        "{stdout}"
    );
    assert!(
        rows[2].starts_with("VRIC Monitor No. 13,13,2026-10-15,citations,0.2000,1.0000"),
        "{stdout}"
    );
}

#[test]
fn the_report_is_one_page_with_the_plot_and_no_script() {
    let dir = archive();
    let report = dir.path().join("report.html");
    let out = workbench(&[
        "archive",
        "report",
        dir.path().to_str().expect("UTF-8"),
        "-o",
        report.to_str().expect("UTF-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(&report).expect("written");
    assert!(page.contains("<svg class=\"plot\""));
    assert!(
        page.contains("VRIC Monitor No. 13: 100% by citations"),
        "the points name their issue"
    );
    assert!(!page.contains("<script"));
    assert!(page.contains("Outlets most cited"));
}

#[test]
fn check_with_the_archive_names_the_earlier_issue_of_a_repeat() {
    let dir = archive();
    let current = dir.path().join("no-14.ron");
    store::save(
        &current,
        &issue(14, 29, &[(ACUERDO_COPIA, "https://reuters.com/world/a/")]),
    )
    .expect("save");
    let out = workbench(&[
        "check",
        current.to_str().expect("UTF-8"),
        "--archive",
        dir.path().to_str().expect("UTF-8"),
    ]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Notes (2)"), "{stdout}");
    assert!(stdout.contains("near-duplicate-entry") && stdout.contains("already-cited"));
    assert!(
        stdout.contains("VRIC Monitor No. 12, Rusia, entry 1"),
        "{stdout}"
    );
    // The issue itself, inside the archive, is no earlier issue of its own.
    let earlier = workbench(&[
        "check",
        dir.path().join("2026/no-12.ron").to_str().expect("UTF-8"),
        "--archive",
        dir.path().to_str().expect("UTF-8"),
        "--json",
    ]);
    assert!(!text(&earlier.stdout).contains("already-cited"));
}

/// A subfolder the user cannot read may hold issues the archive then
/// misses: it is named with why. Root reads every folder whatever its mode,
/// so under root the binary runs as `nobody` (util-linux's `setpriv`).
#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_read_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    };
    let dir = archive();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).expect("folder");
    store::save(&locked.join("no-14.ron"), &issue(14, 20, &[])).expect("save");
    let home = dir.path().join("home");
    std::fs::create_dir(&home).expect("folder");
    mode(dir.path(), 0o755);
    mode(&dir.path().join("2026"), 0o755);
    mode(&home, 0o777);
    mode(&locked, 0o000);

    let as_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| text(&out.stdout).trim() == "0");
    let mut command = if as_root {
        let setpriv = support::require_tool(
            "setpriv (util-linux)",
            std::process::Command::new("setpriv")
                .arg("--version")
                .output()
                .ok(),
        );
        assert!(setpriv.is_some());
        // The checkout may sit in a folder `nobody` cannot enter (/root):
        // a copy of the binary beside the archive is within reach.
        let binary = home.join("monitor-workbench");
        std::fs::copy(env!("CARGO_BIN_EXE_monitor-workbench"), &binary).expect("copy the binary");
        mode(&binary, 0o755);
        let mut command = std::process::Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        command.arg(&binary);
        command
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
    };
    let output = command
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .args([
            "archive",
            "stats",
            dir.path().to_str().expect("UTF-8"),
            "--csv",
        ])
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .output()
        .expect("the binary runs");
    mode(&locked, 0o755);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        text(&output.stdout).lines().count(),
        3,
        "the readable issues"
    );
    assert!(
        stderr.contains(&locked.display().to_string()) && stderr.contains("cannot be read"),
        "{stderr}"
    );
}
