//! Odd and hostile files: each is read, repaired with a warning, or refused
//! with a precise message; never a panic, never a hang.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

mod support;

use monitor_workbench::model::Issue;
use monitor_workbench::sample::{SAMPLE_RON, sample_issue};
use monitor_workbench::store;
use support::{as_draft, enlarged};

fn check(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .arg("check")
        .arg(path)
        .output()
        .expect("runs")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(SAMPLE_RON.as_bytes());
    let path = write(dir.path(), "bom.ron", &bytes);
    assert_eq!(
        store::load(&path).expect("loads"),
        monitor_workbench::sample::sample_issue()
    );
    let draft = write(
        dir.path(),
        "bom.md",
        "\u{feff}# T\n\n## A\n\nText.\n".as_bytes(),
    );
    let text =
        monitor_workbench::text::decode_utf8(std::fs::read(&draft).expect("read")).expect("utf-8");
    let imported = monitor_workbench::import::import_markdown(&text, "bom.md").expect("imports");
    assert_eq!(imported.issue.title, "T");
}

#[test]
fn windows_line_endings_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "crlf.ron",
        SAMPLE_RON.replace('\n', "\r\n").as_bytes(),
    );
    assert_eq!(
        store::load(&path).expect("loads"),
        monitor_workbench::sample::sample_issue()
    );
    let imported = monitor_workbench::import::import_markdown(
        "# T\r\n\r\n## A\r\n\r\nOne [x](https://efe.com/1).\r\n\r\nTwo.\r\n",
        "crlf.md",
    )
    .expect("imports");
    assert_eq!(imported.issue.sections[0].entries.len(), 2);
    assert_eq!(imported.issue.sections[0].entries[0].body, "One x.");
}

#[test]
fn nul_bytes_and_invalid_utf8_are_refused_with_their_position() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = SAMPLE_RON.as_bytes()[..40].to_vec();
    bytes.push(0);
    bytes.extend_from_slice(&SAMPLE_RON.as_bytes()[40..]);
    let path = write(dir.path(), "nul.ron", &bytes);
    let output = check(&path);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    let at = monitor_workbench::text::TextPosition::of_offset(SAMPLE_RON, 40);
    assert!(
        message.contains(&format!("nul.ron:{at}: the file holds a NUL byte")),
        "{message}"
    );
    let path = write(
        dir.path(),
        "latin1.ron",
        b"(\n    format_version: 1,\n    series: \"Espa\xf1a\",\n)",
    );
    let output = check(&path);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("latin1.ron:3:18"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_future_format_version_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "future.ron",
        SAMPLE_RON
            .replace("format_version: 5", "format_version: 7")
            .as_bytes(),
    );
    let output = check(&path);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("newer Monitor Workbench"));
}

#[test]
fn a_citation_of_a_missing_source_and_duplicate_ids_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = SAMPLE_RON
        .replacen("source: 1,", "source: 999,", 1)
        .replacen("id: 2,", "id: 1,", 1);
    let path = write(dir.path(), "odd.ron", text.as_bytes());
    let output = check(&path);
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("cites source #999, which is not in the library"),
        "{message}"
    );
    assert!(message.contains("like an earlier"), "{message}");
    assert!(
        output.status.code().is_some_and(|code| code < 2),
        "still checked: {message}"
    );
}

#[test]
fn a_50_megabyte_draft_and_issue_are_handled_within_seconds() {
    // The sample's sections a hundred times over: real text, 2,200 entries.
    let issue = enlarged(&sample_issue(), 100);
    let draft = as_draft(&issue);
    let big_draft = draft.repeat(50_000_000 / draft.len() + 1);
    let start = Instant::now();
    let imported =
        monitor_workbench::import::import_markdown(&big_draft, "big.md").expect("imports");
    let import_time = start.elapsed();
    assert!(imported.issue.entries().count() > 50_000);
    // The issue file of that draft is far larger than 50 MB; load one of about 50 MB.
    let mut big: Issue = issue.clone();
    let size = |issue: &Issue| store::to_ron(issue).expect("serializes").len();
    let library_only = Issue {
        sections: Vec::new(),
        ..issue.clone()
    };
    let copies = (50_000_000 - size(&library_only)) / (size(&issue) - size(&library_only)) + 1;
    for copy in 1..copies {
        big.sections
            .extend(issue.sections.iter().cloned().map(|mut section| {
                section.id.0 += (copy * issue.sections.len()) as u32;
                section
            }));
    }
    let start = Instant::now();
    let text = store::to_ron(&big).expect("serializes");
    eprintln!("serialized in {:?}", start.elapsed());
    let start = Instant::now();
    let loaded = store::from_ron(&text, Path::new("big.ron")).expect("loads");
    let load_time = start.elapsed();
    assert_eq!(loaded.sections.len(), big.sections.len());
    // No timed assertion (the machine is shared): finishing at all is the test;
    // BENCHMARKS.md has the speed. The times are printed for the curious.
    eprintln!(
        "50 MB draft imported in {import_time:?}; {} MB issue loaded in {load_time:?}",
        text.len() / 1_000_000
    );
}
