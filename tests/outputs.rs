//! No output ever replaces an input: an export, a report or an import
//! named like the issue being read is refused with both names; nothing but
//! a save replaces an issue file; a replaced export is kept as `.bak`; a
//! save through a symbolic link writes the file it points to; what an
//! interrupted write left behind is swept.

mod support;

use std::path::Path;
use std::time::{Duration, SystemTime};

use monitor_workbench::sample::SAMPLE_RON;
use monitor_workbench::store;
use support::binary::{stderr, workbench};

fn issue_at(path: &Path) {
    std::fs::write(path, SAMPLE_RON).expect("write the issue");
}

fn unchanged(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| text == SAMPLE_RON)
}

#[test]
fn an_export_named_like_its_issue_is_refused_and_the_issue_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    // An issue file named .md: the default Markdown beside it is itself.
    let md = dir.path().join("issue.md");
    issue_at(&md);
    let out = workbench(&["export", &md.display().to_string(), "--draft"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("is the issue being read"), "{message}");
    assert!(message.contains("issue.md"), "{message}");
    assert!(unchanged(&md));

    let ron = dir.path().join("i2.ron");
    issue_at(&ron);
    let shown = ron.display().to_string();
    for args in [
        vec!["export", &shown, "--draft", "--markdown", &shown],
        vec!["export", &shown, "--draft", "--html", &shown],
        vec!["check", &shown, "--html", &shown],
    ] {
        let out = workbench(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("is the issue being read"), "{args:?}");
        assert!(unchanged(&ron), "{args:?} left the issue alone");
    }
    // Through another spelling of the same path.
    let dotted = dir.path().join(".").join("i2.ron");
    let out = workbench(&[
        "export",
        &shown,
        "--draft",
        "--html",
        &dotted.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(unchanged(&ron));
}

#[test]
fn an_import_never_replaces_its_own_draft_even_with_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, "## Russia\n\nA visit. https://efe.com/x\n").expect("write");
    let shown = draft.display().to_string();
    let out = workbench(&["import", &shown, "-o", &shown, "--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is the issue being read"));
    assert!(std::fs::read_to_string(&draft).is_ok_and(|t| t.starts_with("## Russia")));
}

#[test]
fn no_export_replaces_another_issue_file_and_a_replaced_export_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let issue = dir.path().join("vric-14.ron");
    let other = dir.path().join("vric-15.ron");
    issue_at(&issue);
    issue_at(&other);
    let out = workbench(&[
        "export",
        &issue.display().to_string(),
        "--draft",
        "--html",
        &other.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("holds an issue file"),
        "{}",
        stderr(&out)
    );
    assert!(unchanged(&other));
    // An export replaced by the next one is kept beside it.
    let html = dir.path().join("page.html");
    for _ in 0..2 {
        let out = workbench(&[
            "export",
            &issue.display().to_string(),
            "--draft",
            "--html",
            &html.display().to_string(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert!(dir.path().join("page.html.bak").exists());
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_writes_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("real.ron");
    issue_at(&real);
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let mut issue = store::load(&link).expect("load");
    issue.title = "Changed through the link".to_owned();
    store::save(&link, &issue).expect("save");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("the link")
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(
        store::load(&real).expect("the real file").title,
        "Changed through the link"
    );
}

#[test]
fn what_an_interrupted_write_left_is_swept_at_the_next_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stale = dir.path().join(".monitor-workbench-AbCdEf.tmp");
    let fresh = dir.path().join(".monitor-workbench-GhIjKl.tmp");
    for path in [&stale, &fresh] {
        std::fs::write(path, "half an issue").expect("write");
    }
    let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .expect("open")
        .set_modified(an_hour_ago)
        .expect("age it");
    let issue = dir.path().join("issue.ron");
    store::save(&issue, &monitor_workbench::sample::sample_issue()).expect("save");
    assert!(!stale.exists(), "an hour-old leftover is removed");
    // A young one may be another window's write under way: kept.
    assert!(fresh.exists());
}
