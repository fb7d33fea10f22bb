//! Names the build for `--version` and Help → About: the commit it was
//! built from and that commit's date (not the clock's, so a build is
//! reproducible), from git when the source is a checkout, else "unknown".
//! A packager without git can pass both as environment variables.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let text = text.trim();
    (output.status.success() && !text.is_empty()).then(|| text.to_owned())
}

fn main() {
    for (name, args) in [
        (
            "MONITOR_WORKBENCH_COMMIT",
            &["rev-parse", "--short=10", "HEAD"][..],
        ),
        (
            "MONITOR_WORKBENCH_BUILD_DATE",
            &["log", "-1", "--format=%cs"][..],
        ),
    ] {
        println!("cargo:rerun-if-env-changed={name}");
        let value = std::env::var(name)
            .ok()
            .filter(|v| !v.trim().is_empty())
            .or_else(|| git(args))
            .unwrap_or_else(|| "unknown".to_owned());
        println!("cargo:rustc-env={name}={value}");
    }
    // A new commit changes HEAD's ref; a checkout changes HEAD itself. A
    // path named here that does not exist would make cargo run this script
    // on every build (a source package, a worktree whose .git is a file).
    println!("cargo:rerun-if-changed=build.rs");
    for path in [".git/HEAD", ".git/refs/heads", ".git/packed-refs"] {
        if std::path::Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
}
