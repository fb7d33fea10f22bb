use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::fail;
use crate::compliance;
use crate::export::{self, ExportOptions};
use crate::registry::Registry;
use crate::store::{self, write_atomically};

pub(super) fn run(
    path: &Path,
    html: Option<PathBuf>,
    markdown: Option<PathBuf>,
    strict: bool,
    options: &ExportOptions,
) -> ExitCode {
    let issue = match store::load(path) {
        Ok(issue) => issue,
        Err(error) => return fail(error),
    };
    let registry = Registry::builtin();
    let report = compliance::check(&issue, &registry);
    let errors = report.error_count();
    if errors > 0 {
        let what = format!(
            "{}: the issue is not compliant: {errors} error finding{} (run `monitor-workbench check {}`)",
            path.display(),
            if errors == 1 { "" } else { "s" },
            path.display()
        );
        if strict {
            eprintln!("monitor-workbench: {what}; nothing exported (--strict)");
            return ExitCode::from(1);
        }
        eprintln!("monitor-workbench: warning: {what}");
    }
    // With no output named, both go next to the issue file.
    let (html, markdown) = match (html, markdown) {
        (None, None) => (
            Some(path.with_extension("html")),
            Some(path.with_extension("md")),
        ),
        named => named,
    };
    let outputs = [
        html.map(|out| (out, export::html(&issue, &registry, options))),
        markdown.map(|out| (out, export::markdown(&issue, &registry, options))),
    ];
    for (out, text) in outputs.into_iter().flatten() {
        if let Err(error) = write_atomically(&out, text.as_bytes(), false) {
            return fail(error);
        }
        println!("Wrote {}", out.display());
    }
    ExitCode::SUCCESS
}
