//! The manual pages and the shell completions, made from the one clap
//! definition of the command line, and the user guide Help → User guide
//! opens, for a package to install (`usr/share/man/man1`, bash, zsh and
//! fish's completion folders, `usr/share/doc/monitor-workbench`).

use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, fail};

/// Writes them into `dir` and says each file written.
pub(super) fn run(dir: &Path) -> ExitCode {
    match write_all(dir) {
        Ok(written) => {
            for path in written {
                println!("Wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

fn write_all(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut command = Cli::command();
    // Two folders, so that a package maps each to its place whole and a
    // new verb's page is never left out.
    let (man, completions) = (dir.join("man"), dir.join("completions"));
    for folder in [&man, &completions] {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let mut written = Vec::new();
    // One page for the program and one per verb, as git's are
    // (`man monitor-workbench-export`).
    command.build();
    let verbs: Vec<clap::Command> = command
        .get_subcommands()
        .filter(|verb| !verb.is_hide_set() && verb.get_name() != "help")
        .map(|verb| {
            // clap names commands with static strings; this process ends
            // after writing the pages.
            let name: &'static str =
                Box::leak(format!("monitor-workbench-{}", verb.get_name()).into_boxed_str());
            verb.clone().name(name)
        })
        .collect();
    for page in std::iter::once(command.clone()).chain(verbs) {
        let mut text = Vec::new();
        clap_mangen::Man::new(page.clone())
            .render(&mut text)
            .map_err(|e| format!("the manual page of {}: {e}", page.get_name()))?;
        let path = man.join(format!("{}.1", page.get_name()));
        crate::store::write_derived(&path, &text).map_err(|e| e.to_string())?;
        written.push(path);
    }
    for (shell, name) in [
        (Shell::Bash, "monitor-workbench.bash"),
        (Shell::Zsh, "_monitor-workbench"),
        (Shell::Fish, "monitor-workbench.fish"),
    ] {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command, "monitor-workbench", &mut script);
        let path = completions.join(name);
        crate::store::write_derived(&path, &script).map_err(|e| e.to_string())?;
        written.push(path);
    }
    let guide = dir.join("user-guide.html");
    crate::store::write_derived(&guide, crate::guide::user_guide_html().as_bytes())
        .map_err(|e| e.to_string())?;
    written.push(guide);
    Ok(written)
}
