use std::path::Path;
use std::process::ExitCode;

use super::fail;
use crate::import::import_markdown;
use crate::store;
use crate::t;
use crate::text::decode_utf8;

pub(super) fn run(draft: &Path, output: &Path, force: bool, fetch: bool) -> ExitCode {
    // Not even with --force: the draft is what is being read.
    if let Err(message) = super::refuse_input_as_output(draft, [output]) {
        return fail(message);
    }
    let shown = draft.display();
    let bytes = match std::fs::read(draft) {
        Ok(bytes) => bytes,
        Err(error) => return fail(format!("{shown}: cannot read the draft: {error}")),
    };
    let text = match decode_utf8(bytes) {
        Ok(text) => text,
        Err(at) => return fail(format!("{shown}:{at}: the draft is not UTF-8 text")),
    };
    let imported = match import_markdown(&text, &shown.to_string()) {
        Ok(imported) => imported,
        Err(error) => return fail(error),
    };
    for note in &imported.notes {
        eprintln!("{shown}:{}: note: {}", note.at, note.message);
    }
    if output.exists() && !force {
        return fail(t!("cli-import-exists", file = output.display().to_string()));
    }
    let mut issue = imported.issue;
    if fetch {
        let fetcher = match super::capture::fetcher() {
            Ok(fetcher) => fetcher,
            Err(error) => return fail(error),
        };
        for line in super::capture::fetch_all(&mut issue, &fetcher, &super::registry()) {
            eprintln!("{line}");
        }
    }
    if let Err(error) = store::save(output, &issue) {
        return fail(error);
    }
    let issue = &issue;
    println!(
        "{}",
        t!(
            "cli-imported",
            sections = issue.sections.len(),
            entries = issue.entries().count(),
            sources = issue.sources.len(),
            file = output.display().to_string()
        )
    );
    ExitCode::SUCCESS
}
