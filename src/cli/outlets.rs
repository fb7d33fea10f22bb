//! `monitor-workbench outlets import-asd FILE [--apply]`: a newer release of
//! the State Media Profiles, its changes listed before it is used.

use std::path::Path;
use std::process::ExitCode;

use crate::store::{UserRegistry, user_outlets_path};
use crate::t;

pub fn import_asd(file: &Path, apply: bool) -> ExitCode {
    let text = match std::fs::read(file) {
        Ok(bytes) => match crate::text::decode_utf8(bytes) {
            Ok(text) => text,
            Err(at) => {
                return super::fail(t!(
                    "outlets-cli-not-utf8",
                    file = file.display().to_string(),
                    at = at.to_string()
                ));
            }
        },
        Err(error) => {
            return super::fail(t!(
                "outlets-cli-cannot-read",
                file = file.display().to_string(),
                error = error.to_string()
            ));
        }
    };
    let Some(config) = user_outlets_path() else {
        return super::fail(t!("outlets-cli-no-config"));
    };
    let (mut user, problem) = UserRegistry::from_file(config);
    if let Some(problem) = problem {
        eprintln!(
            "monitor-workbench: {}",
            t!("cli-plain-warning", warning = problem.to_string())
        );
    }
    let pending = match user.preview_release(text, &file.display().to_string()) {
        Ok(pending) => pending,
        Err(error) => return super::fail(error),
    };
    let changes = &pending.changes;
    println!(
        "{}",
        t!(
            "outlets-cli-release",
            file = file.display().to_string(),
            count = changes.outlets_after,
            before = changes.outlets_before,
            summary = changes.summary()
        )
    );
    for line in changes.lines() {
        println!("  {line}");
    }
    if pending.unrated > 0 {
        println!("  {}", t!("outlets-cli-unrated", count = pending.unrated));
    }
    if !apply {
        println!("{}", t!("outlets-cli-not-applied"));
        return ExitCode::SUCCESS;
    }
    match user.apply_release(&pending) {
        Ok(()) => {
            let kept = user
                .release_path()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            println!("{}", t!("outlets-cli-applied", file = kept));
            ExitCode::SUCCESS
        }
        Err(error) => super::fail(error),
    }
}
