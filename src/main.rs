//! `monitor-workbench`: the window, or a command-line verb (SPEC §7).

use std::process::ExitCode;

use clap::Parser;
use monitor_workbench::{cli, ui};

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => ui::run_window(args.file),
    }
}
