//! `git-setup [DIR]`: registers `merge` as git's merge driver for issue files
//! in the repository holding DIR (README, "Working as a team").

use std::io::ErrorKind;
use std::path::Path;
use std::process::{Command, ExitCode};

use super::fail;
use crate::store;
use crate::t;

/// The driver's name in `.gitattributes` and in git's configuration.
pub const DRIVER: &str = "monitor-workbench";
/// Issue files are RON; a `.ron` file that is not an issue makes the driver
/// exit 2, and git then reports an ordinary conflict for it.
pub const ATTRIBUTE: &str = "*.ron merge=monitor-workbench";

pub(super) fn run(dir: Option<&Path>) -> ExitCode {
    let dir = dir.unwrap_or(Path::new("."));
    let top = match git(dir, &["rev-parse", "--show-toplevel"]) {
        Ok(top) => top,
        Err(GitError::Missing) => {
            return fail(t!("git-setup-no-git"));
        }
        Err(GitError::Failed(_)) => {
            return fail(t!(
                "git-setup-not-a-repository",
                folder = dir.display().to_string()
            ));
        }
    };
    let top = Path::new(top.trim());
    let attributes = top.join(".gitattributes");
    let old = match std::fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(error) if error.kind() == ErrorKind::NotFound => String::new(),
        Err(error) => return fail(format!("{}: {error}", attributes.display())),
    };
    if !old.lines().any(|line| line.trim() == ATTRIBUTE) {
        let mut text = old;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTE);
        text.push('\n');
        if let Err(error) = store::write_atomically(&attributes, text.as_bytes(), false) {
            return fail(error);
        }
    }
    let settings = [
        ("name", "Monitor Workbench issue merge"),
        (
            "driver",
            "monitor-workbench merge %O %A %B --theirs-name %Y",
        ),
    ];
    for (key, value) in settings {
        let key = format!("merge.{DRIVER}.{key}");
        match git(top, &["config", &key, value]) {
            Ok(_) => {}
            Err(GitError::Missing) => return fail(t!("git-setup-no-git-short")),
            Err(GitError::Failed(message)) => return fail(message),
        }
    }
    println!(
        "{}",
        t!("git-setup-done", folder = top.display().to_string())
    );
    ExitCode::SUCCESS
}

enum GitError {
    Missing,
    Failed(String),
}

fn git(dir: &Path, args: &[&str]) -> Result<String, GitError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|error| match error.kind() {
            ErrorKind::NotFound => GitError::Missing,
            _ => GitError::Failed(t!("git-setup-cannot-run", error = error.to_string())),
        })?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(GitError::Failed(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        )))
    }
}
