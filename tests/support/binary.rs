//! The real binary, as a user runs it.

use std::path::Path;
use std::process::{Command, Output};

/// The binary with `args` and no user outlet file: the tester's own must not
/// change the figures.
pub fn workbench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .env(
            "XDG_CONFIG_HOME",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config"),
        )
        .output()
        .expect("the binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
