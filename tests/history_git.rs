//! An issue file's git commits are versions in History, through the real `git`
//! command on a temporary repository; without git or for an untracked file
//! there are only the versions kept on save.

mod support;

use std::path::Path;
use std::process::Command;

use monitor_workbench::history::{self, VersionId, VersionStore};
use monitor_workbench::store;
use support::{require_tool, small_issue, tool};

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn commits_of_a_tracked_file_are_versions_with_their_author() {
    if require_tool("git", tool("git")).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git(repo, &["init", "-q", "-b", "main"]);
    git(repo, &["config", "user.email", "editor@example.org"]);
    git(repo, &["config", "commit.gpgsign", "false"]);
    std::fs::create_dir(repo.join("issues")).unwrap();
    let file = repo.join("issues/issue.ron");
    let first = small_issue();
    std::fs::write(&file, store::to_ron(&first).unwrap()).unwrap();
    git(repo, &["config", "user.name", "Ana Editor"]);
    git(repo, &["add", "issues/issue.ron"]);
    git(
        repo,
        &["commit", "-q", "-m", "first", "--date=2024-03-01T10:00:00Z"],
    );
    let mut second = first.clone();
    second.title = "Second title".to_owned();
    std::fs::write(&file, store::to_ron(&second).unwrap()).unwrap();
    git(repo, &["config", "user.name", "Bo Reviewer"]);
    git(
        repo,
        &[
            "commit",
            "-q",
            "-am",
            "second",
            "--date=2024-03-02T10:00:00Z",
        ],
    );

    let versions = history::git::versions(&file);
    assert_eq!(versions.len(), 2, "{versions:?}");
    assert_eq!(versions[0].author.as_deref(), Some("Bo Reviewer"));
    assert_eq!(versions[1].author.as_deref(), Some("Ana Editor"));
    assert!(versions[0].when > versions[1].when);
    assert!(matches!(versions[0].id, VersionId::Git { .. }));
    assert_eq!(history::load(&versions[0]).unwrap(), second);
    assert_eq!(history::load(&versions[1]).unwrap(), first);

    // Kept copies and commits together, newest first.
    let store_dir = tempfile::tempdir().unwrap();
    let kept = VersionStore::new(store_dir.path().to_path_buf());
    kept.record(&file, &store::to_ron(&second).unwrap(), chrono::Utc::now())
        .unwrap();
    let all = history::all_versions(Some(&kept), &file);
    assert_eq!(all.len(), 3);
    assert!(matches!(all[0].id, VersionId::Local(_)));

    // An untracked file beside it has no commits.
    let untracked = repo.join("issues/draft.ron");
    std::fs::write(&untracked, store::to_ron(&first).unwrap()).unwrap();
    assert!(history::git::versions(&untracked).is_empty());
}

#[test]
fn a_file_outside_any_repository_has_no_git_versions() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("issue.ron");
    std::fs::write(&file, store::to_ron(&small_issue()).unwrap()).unwrap();
    assert!(history::git::versions(&file).is_empty());
    assert!(history::all_versions(None, &file).is_empty());
}
