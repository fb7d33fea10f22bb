//! `merge` as git's merge driver and `git-setup`, on real repositories made
//! with the `git` command in a temporary folder (README, "Working as a team").

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use monitor_workbench::model::{EntryId, Issue};
use monitor_workbench::store;
use support::{require_tool, small_issue, tool};

const BIN: &str = env!("CARGO_BIN_EXE_monitor-workbench");

/// A repository with the driver set up and `issue.ron` committed on `main`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Option<Self> {
        require_tool("git", tool("git"))?;
        let repo = Self {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        repo.ok(&["init", "-q", "-b", "main"]);
        repo.ok(&["config", "user.name", "Test Editor"]);
        repo.ok(&["config", "user.email", "editor@example.org"]);
        repo.ok(&["config", "commit.gpgsign", "false"]);
        let setup = run(&["git-setup", path_str(repo.path())], repo.path());
        assert!(setup.status.success(), "git-setup: {}", stderr(&setup));
        let attributes = std::fs::read_to_string(repo.path().join(".gitattributes"))
            .expect(".gitattributes written");
        assert!(
            attributes.contains("*.ron merge=monitor-workbench"),
            "{attributes}"
        );
        assert_eq!(
            repo.ok(&["config", "merge.monitor-workbench.driver"])
                .trim(),
            "monitor-workbench merge %O %A %B --theirs-name %Y"
        );
        // The binary under test, not one on PATH.
        repo.ok(&[
            "config",
            "merge.monitor-workbench.driver",
            &format!("'{BIN}' merge %O %A %B --theirs-name %Y"),
        ]);
        repo.write(&small_issue());
        repo.ok(&["add", ".gitattributes", "issue.ron"]);
        repo.ok(&["commit", "-q", "-m", "base"]);
        Some(repo)
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn file(&self) -> PathBuf {
        self.path().join("issue.ron")
    }

    fn git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .arg("-C")
            .arg(self.path())
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.path())
            .env("GIT_EDITOR", "true")
            .output()
            .expect("git runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let output = self.git(args);
        assert!(
            output.status.success(),
            "git {}: {}",
            args.join(" "),
            stderr(&output)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn write(&self, issue: &Issue) {
        let text = store::to_ron(issue).expect("serializes");
        std::fs::write(self.file(), text).expect("writes");
    }

    fn load(&self) -> Issue {
        store::load(&self.file()).expect("the merged file loads")
    }

    /// A branch from `main` where `change` was made to the issue and committed.
    fn branch(&self, name: &str, change: impl FnOnce(&mut Issue)) {
        self.ok(&["checkout", "-q", "-b", name, "main"]);
        let mut issue = self.load();
        change(&mut issue);
        self.write(&issue);
        self.ok(&["commit", "-q", "-am", name]);
    }
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn body(issue: &Issue, id: u32) -> String {
    issue
        .entries()
        .find(|(_, e)| e.id == EntryId(id))
        .map(|(_, e)| e.body.clone())
        .unwrap_or_default()
}

fn set_body(issue: &mut Issue, id: u32, from: &str, to: &str) {
    for section in &mut issue.sections {
        for entry in &mut section.entries {
            if entry.id == EntryId(id) {
                assert!(entry.body.contains(from), "{}", entry.body);
                entry.body = entry.body.replace(from, to);
            }
        }
    }
}

#[test]
fn branches_editing_different_entries_merge_cleanly() {
    let Some(repo) = Repo::new() else { return };
    repo.branch("lucia", |issue| set_body(issue, 1, "signed", "initialled"));
    repo.branch("daniel", |issue| set_body(issue, 3, "second", "third"));
    repo.ok(&["checkout", "-q", "lucia"]);
    let merge = repo.git(&["merge", "-q", "--no-edit", "daniel"]);
    assert!(merge.status.success(), "{}", stderr(&merge));
    let issue = repo.load();
    assert!(
        body(&issue, 1).contains("initialled"),
        "{}",
        body(&issue, 1)
    );
    assert!(
        body(&issue, 3).contains("third route"),
        "{}",
        body(&issue, 3)
    );
    assert!(issue.conflicts.is_empty());
}

#[test]
fn branches_editing_the_same_words_leave_a_structured_conflict() {
    let Some(repo) = Repo::new() else { return };
    repo.branch("lucia", |issue| set_body(issue, 2, "El Alto", "La Paz"));
    repo.branch("daniel", |issue| {
        set_body(issue, 2, "El Alto", "Cochabamba")
    });
    repo.ok(&["checkout", "-q", "lucia"]);
    let merge = repo.git(&["merge", "-q", "--no-edit", "daniel"]);
    assert!(!merge.status.success(), "git merge reports the conflict");
    let issue = repo.load();
    let entry = issue
        .entries()
        .find(|(_, e)| e.id == EntryId(2))
        .map(|(_, e)| e.clone())
        .expect("entry 2");
    assert!(entry.body.contains("La Paz"));
    let conflict = entry.conflict.expect("a structured conflict on the entry");
    assert!(conflict.ours.contains("La Paz"));
    assert!(conflict.theirs.contains("Cochabamba"));
    assert!(conflict.base.contains("El Alto"));
    // git 2.44 and later name the branch merged in (%Y); older ones give nothing.
    assert!(
        ["daniel", ""].contains(&conflict.theirs_by.as_str()),
        "{}",
        conflict.theirs_by
    );
    let check = run(&["check", path_str(&repo.file())], repo.path());
    assert_eq!(check.status.code(), Some(1));
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(report.contains("merge-conflict"), "{report}");
}

#[test]
fn a_rebase_replays_edits_through_the_driver() {
    let Some(repo) = Repo::new() else { return };
    repo.branch("lucia", |issue| set_body(issue, 1, "signed", "initialled"));
    repo.branch("daniel", |issue| set_body(issue, 1, "historic", "a first"));
    let rebase = repo.git(&["rebase", "-q", "lucia"]);
    assert!(rebase.status.success(), "{}", stderr(&rebase));
    let text = body(&repo.load(), 1);
    assert!(
        text.contains("initialled") && text.contains("a first"),
        "{text}"
    );
}

#[test]
fn git_setup_outside_a_repository_says_so() {
    if require_tool("git", tool("git")).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let output = Command::new(BIN)
        .args(["git-setup", path_str(dir.path())])
        .env(
            "GIT_CEILING_DIRECTORIES",
            dir.path().parent().unwrap_or(dir.path()),
        )
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("not inside a git repository"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_unreadable_version_exits_2_naming_the_file_and_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.ron");
    std::fs::write(&good, store::to_ron(&small_issue()).expect("serializes")).expect("writes");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n    format_version: 1,\n    title: oops\n").expect("writes");
    let output = run(
        &["merge", path_str(&good), path_str(&good), path_str(&bad)],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("bad.ron:3:"), "{message}");
}

#[test]
fn git_setup_keeps_existing_attributes_and_adds_its_line_once() {
    let Some(repo) = Repo::new() else { return };
    let attributes = repo.path().join(".gitattributes");
    std::fs::write(&attributes, "*.png binary").expect("writes");
    for _ in 0..2 {
        let setup = run(&["git-setup"], repo.path());
        assert!(setup.status.success(), "{}", stderr(&setup));
    }
    let text = std::fs::read_to_string(&attributes).expect("reads");
    assert_eq!(text, "*.png binary\n*.ron merge=monitor-workbench\n");
    assert_eq!(
        repo.ok(&["config", "merge.monitor-workbench.name"]).trim(),
        "Monitor Workbench issue merge"
    );
}
