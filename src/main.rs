//! `monitor-workbench`: the window, or a command-line verb (README, "Command line").

use std::process::ExitCode;

use clap::Parser;
use monitor_workbench::cli;

// Faster than the system's allocator on the many small strings of a large
// issue (BENCHMARKS.md, "The export path").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        #[cfg(feature = "window")]
        None => monitor_workbench::ui::run_window(args.file),
        #[cfg(not(feature = "window"))]
        None => {
            eprintln!("monitor-workbench: built without the window; give a command (see --help)");
            ExitCode::from(2)
        }
    }
}
