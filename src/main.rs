//! `monitor-workbench`: the window, or a command-line verb (README, "Command line").

use std::process::ExitCode;

use monitor_workbench::cli;
use monitor_workbench::i18n::Language;

// Faster than the system's allocator on the many small strings of a large
// issue (BENCHMARKS.md, "The export path").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::parse();
    let chosen = args.lang;
    monitor_workbench::i18n::set_current(chosen.unwrap_or_else(Language::from_system));
    match args.command {
        Some(command) => {
            end_quietly_on_a_closed_pipe();
            cli::run(command)
        }
        #[cfg(feature = "window")]
        None => monitor_workbench::ui::run_window(args.file, chosen),
        #[cfg(not(feature = "window"))]
        None => {
            eprintln!("monitor-workbench: built without the window; give a command (see --help)");
            ExitCode::from(2)
        }
    }
}

/// A verb whose output goes to a program that stops reading early
/// (`check --json | head`) ends there, silently, like other command-line
/// tools; with Rust's default (SIGPIPE ignored) `println!` panics instead.
/// The window keeps Rust's default.
#[cfg(unix)]
fn end_quietly_on_a_closed_pipe() {
    // SAFETY: called before any thread is started, and restores the
    // system's default action for one signal.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn end_quietly_on_a_closed_pipe() {}
