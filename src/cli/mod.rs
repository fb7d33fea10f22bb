//! The command line (SPEC §7): argument parsing and the verbs that run without a window.

mod check;
mod import;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit status: the file could not be read, or the command could not run.
pub const EXIT_UNREADABLE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "monitor-workbench",
    version,
    about = "Compose a news monitor issue, cite every report, keep state media within the policy.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Issue file (.ron) to open in the window; without it, the last issue or the bundled sample.
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert a Markdown draft into an issue file.
    Import {
        /// The draft: `# Title`, `## Section`, one paragraph per entry, links as sources.
        draft: PathBuf,
        /// The issue file to write.
        #[arg(short, long, value_name = "ISSUE.ron")]
        output: PathBuf,
        /// Replace OUTPUT if it exists (the old file is kept as OUTPUT.bak).
        #[arg(long)]
        force: bool,
    },
    /// Print the compliance report. Exit 0: compliant; 1: error findings; 2: unreadable file.
    Check {
        issue: PathBuf,
        /// One JSON object instead of the text report.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a verb and returns the process's exit status.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Import {
            draft,
            output,
            force,
        } => import::run(&draft, &output, force),
        Command::Check { issue, json } => check::run(&issue, json),
    }
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("monitor-workbench: {message}");
    ExitCode::from(EXIT_UNREADABLE)
}
