//! `merge BASE OURS THEIRS`: git's merge driver for issue files (README,
//! "Working as a team"). The result replaces OURS, as git expects.

use std::path::Path;
use std::process::ExitCode;

use super::fail;
use crate::merge::{Conflict, merge};
use crate::model::Issue;
use crate::store;
use crate::t;

pub(super) fn run(base: &Path, ours: &Path, theirs: &Path, theirs_name: Option<&str>) -> ExitCode {
    // Git gives an empty ancestor when both branches added the file.
    let base = match read(base, true) {
        Ok(issue) => issue,
        Err(code) => return code,
    };
    let ours_issue = match read(ours, false) {
        Ok(issue) => issue,
        Err(code) => return code,
    };
    let theirs = match read(theirs, false) {
        Ok(issue) => issue,
        Err(code) => return code,
    };
    let mut merged = merge(&base, &ours_issue, &theirs);
    if let Some(name) = theirs_name.filter(|name| *name != "%Y" && !name.trim().is_empty()) {
        merged.credit_theirs(name.trim());
    }
    let text = match store::to_ron(&merged.issue) {
        Ok(text) => text,
        Err(error) => {
            return fail(t!(
                "merge-cannot-write",
                file = ours.display().to_string(),
                error = error.to_string()
            ));
        }
    };
    // No `.bak`: git's %A is a temporary file of its own.
    if let Err(error) = store::write_atomically(ours, text.as_bytes(), false) {
        return fail(error);
    }
    if merged.is_clean() {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "{}",
        t!(
            "merge-conflicts-kept",
            file = ours.display().to_string(),
            count = merged.conflicts.len()
        )
    );
    for conflict in &merged.conflicts {
        eprintln!("  {}", describe(&merged.issue, conflict));
    }
    eprintln!("{}", t!("merge-check-lists-them"));
    ExitCode::from(1)
}

fn read(path: &Path, empty_is_new: bool) -> Result<Issue, ExitCode> {
    if empty_is_new && std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(Issue::default());
    }
    let mut issue = store::load(path).map_err(fail)?;
    for note in store::repair(&mut issue) {
        super::warn(path, &note);
    }
    Ok(issue)
}

fn describe(issue: &Issue, conflict: &Conflict) -> String {
    match conflict {
        Conflict::Entry { section, entry, .. } => {
            let title = issue.section(*section).map_or("", |s| s.title.as_str());
            let position = issue
                .section(*section)
                .and_then(|s| s.entries.iter().position(|e| e.id == *entry))
                .map_or(0, |p| p + 1);
            t!(
                "merge-conflict-entry-text",
                section = title,
                position = position
            )
        }
        Conflict::Field(field) => format!("`{}`", field.field),
    }
}
