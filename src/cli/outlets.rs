//! `monitor-workbench outlets import-asd FILE [--apply]`: a newer release of
//! the State Media Profiles, its changes listed before it is used.

use std::path::Path;
use std::process::ExitCode;

use crate::store::{UserRegistry, user_outlets_path};

pub fn import_asd(file: &Path, apply: bool) -> ExitCode {
    let text = match std::fs::read(file) {
        Ok(bytes) => match crate::text::decode_utf8(bytes) {
            Ok(text) => text,
            Err(at) => {
                return super::fail(format!(
                    "{}:{at}: not UTF-8 text; save the release as UTF-8 CSV",
                    file.display()
                ));
            }
        },
        Err(error) => return super::fail(format!("cannot read {}: {error}", file.display())),
    };
    let Some(config) = user_outlets_path() else {
        return super::fail("no configuration folder on this system to keep the release in");
    };
    let (mut user, problem) = UserRegistry::from_file(config);
    if let Some(problem) = problem {
        eprintln!("monitor-workbench: warning: {problem}");
    }
    let pending = match user.preview_release(text, &file.display().to_string()) {
        Ok(pending) => pending,
        Err(error) => return super::fail(error),
    };
    let changes = &pending.changes;
    println!(
        "{}: {} outlets (was {}); the release {}.",
        file.display(),
        changes.outlets_after,
        changes.outlets_before,
        changes.summary()
    );
    for line in changes.lines() {
        println!("  {line}");
    }
    if pending.unrated > 0 {
        println!(
            "  ({} row{} without a model left out)",
            pending.unrated,
            if pending.unrated == 1 { "" } else { "s" }
        );
    }
    if !apply {
        println!("Nothing applied: run again with --apply to classify with this release.");
        return ExitCode::SUCCESS;
    }
    match user.apply_release(&pending) {
        Ok(()) => {
            let kept = user
                .release_path()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            println!(
                "Applied: the window and the command line now classify with this release (kept as {kept}); the curated outlets and your own still win. Delete that file to go back to the built-in release."
            );
            ExitCode::SUCCESS
        }
        Err(error) => super::fail(error),
    }
}
