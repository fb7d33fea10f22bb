//! `monitor-workbench archive …`: the series in a folder, from the command
//! line: search every issue, and print the figures per issue.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::archive::{Archive, Place, SearchIndex, figures, figures_csv};
use crate::t;

/// Reads the archive, warning about files that are no issues.
pub(super) fn open(folder: &Path) -> Result<Archive, ExitCode> {
    let archive = Archive::open(folder).map_err(|error| {
        super::fail(t!(
            "archive-cli-unreadable",
            folder = folder.display().to_string(),
            error = error.to_string()
        ))
    })?;
    for skipped in &archive.skipped {
        eprintln!(
            "monitor-workbench: {}",
            t!(
                "archive-cli-skipped",
                file = skipped.path.display().to_string(),
                reason = &skipped.reason
            )
        );
    }
    Ok(archive)
}

#[derive(Serialize)]
struct JsonHit<'a> {
    issue: String,
    path: String,
    number: Option<u32>,
    /// "entry", "section" or "source".
    kind: &'static str,
    section: Option<u32>,
    entry: Option<u32>,
    source: Option<u32>,
    score: f32,
    snippet: &'a str,
    /// Byte ranges of the matching words in `snippet`.
    highlights: &'a [(usize, usize)],
}

pub(super) fn search(folder: &Path, query: &str, json: bool, limit: usize) -> ExitCode {
    let archive = match open(folder) {
        Ok(archive) => archive,
        Err(code) => return code,
    };
    let index = SearchIndex::build(&archive.issues, &super::registry());
    let hits = index.search(query, limit);
    if json {
        let rows: Vec<JsonHit<'_>> = hits
            .iter()
            .map(|hit| {
                let archived = &archive.issues[hit.issue];
                let (kind, section, entry, source) = match hit.place {
                    Place::Entry { section, entry } => {
                        ("entry", Some(section.0), Some(entry.0), None)
                    }
                    Place::SectionTitle(section) => ("section", Some(section.0), None, None),
                    Place::Source(source) => ("source", None, None, Some(source.0)),
                };
                JsonHit {
                    issue: archived.name(),
                    path: archived.path.display().to_string(),
                    number: archived.issue.number,
                    kind,
                    section,
                    entry,
                    source,
                    score: hit.score,
                    snippet: &hit.snippet,
                    highlights: &hit.highlights,
                }
            })
            .collect();
        match serde_json::to_string_pretty(&rows) {
            Ok(text) => println!("{text}"),
            Err(error) => return super::fail(error),
        }
        return ExitCode::SUCCESS;
    }
    if hits.is_empty() {
        println!(
            "{}",
            t!(
                "archive-cli-no-match",
                folder = folder.display().to_string(),
                query = query
            )
        );
        return ExitCode::SUCCESS;
    }
    for hit in &hits {
        let archived = &archive.issues[hit.issue];
        let issue = &archived.issue;
        let place = match hit.place {
            Place::Entry { section, entry } => {
                let section = issue.section(section);
                let position = section
                    .and_then(|s| s.entries.iter().position(|e| e.id == entry))
                    .map_or(0, |p| p + 1);
                t!(
                    "finding-location",
                    section = section.map(|s| s.title.as_str()).unwrap_or_default(),
                    position = position
                )
            }
            Place::SectionTitle(section) => t!(
                "archive-place-section-named",
                section = issue
                    .section(section)
                    .map(|s| s.title.as_str())
                    .unwrap_or_default()
            ),
            Place::Source(source) => t!("archive-cli-place-source", id = source.0),
        };
        println!(
            "{} — {place}  ({})",
            archived.name(),
            archived.path.display()
        );
        println!("    {}", marked(&hit.snippet, &hit.highlights));
    }
    ExitCode::SUCCESS
}

/// The snippet with its matches in brackets: "… met [Lavrov] in …". A
/// match inside a web address stays unmarked, so the address printed can
/// still be copied and opened.
fn marked(snippet: &str, highlights: &[(usize, usize)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &(start, end) in highlights {
        if start < at || end > snippet.len() || in_web_address(snippet, start) {
            continue;
        }
        out.push_str(&snippet[at..start]);
        out.push('[');
        out.push_str(&snippet[start..end]);
        out.push(']');
        at = end;
    }
    out.push_str(&snippet[at..]);
    out
}

/// Whether byte `at` of `text` is in a whitespace-delimited http(s) address.
fn in_web_address(text: &str, at: usize) -> bool {
    let token_start = text
        .get(..at)
        .and_then(|before| before.rfind(char::is_whitespace))
        .map_or(0, |space| space + 1);
    text.get(token_start..)
        .is_some_and(|token| token.starts_with("http://") || token.starts_with("https://"))
}

pub(super) fn stats(folder: &Path, csv: bool) -> ExitCode {
    let archive = match open(folder) {
        Ok(archive) => archive,
        Err(code) => return code,
    };
    let rows = figures(&archive.issues, &super::registry());
    if csv {
        print!("{}", figures_csv(&rows));
        return ExitCode::SUCCESS;
    }
    println!(
        "{:<28} {:>10} {:>9} {:>9} {:>9} {:>8} {:>10}",
        t!("archive-cli-column-issue"),
        t!("archive-cli-column-published"),
        t!("metric-citations"),
        t!("metric-entries"),
        t!("metric-words"),
        t!("archive-cli-column-limit"),
        t!("archive-cli-column-compliant")
    );
    let (yes, no) = (t!("archive-cli-yes"), t!("archive-cli-no"));
    for row in &rows {
        println!(
            "{:<28.28} {:>10} {:>9} {:>9} {:>9} {:>8} {:>10}",
            row.name,
            row.published.map(|d| d.to_string()).unwrap_or_default(),
            crate::compliance::percent(row.shares[0]),
            crate::compliance::percent(row.shares[1]),
            crate::compliance::percent(row.shares[2]),
            crate::compliance::percent(row.limit),
            if row.compliant { &yes } else { &no },
        );
    }
    ExitCode::SUCCESS
}

pub(super) fn report(folder: &Path, output: &Path) -> ExitCode {
    let archive = match open(folder) {
        Ok(archive) => archive,
        Err(code) => return code,
    };
    let rows = figures(&archive.issues, &super::registry());
    let title = archive
        .issues
        .iter()
        .map(|i| i.issue.series.trim())
        .find(|s| !s.is_empty())
        .map_or_else(|| folder.display().to_string(), str::to_owned);
    let page = crate::archive::archive_report(&title, &rows);
    if let Err(error) = crate::store::write_derived(output, page.as_bytes()) {
        return super::fail(error);
    }
    eprintln!(
        "{}",
        t!(
            "archive-cli-report-written",
            count = rows.len(),
            file = output.display().to_string()
        )
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::marked;

    #[test]
    fn matches_are_bracketed_except_inside_a_web_address() {
        let snippet = "Rosatom signs · https://eldeber.com.bo/rosatom-firma";
        let url_match = snippet.find("rosatom").unwrap_or_default();
        assert_eq!(
            marked(snippet, &[(0, 7), (url_match, url_match + 7)]),
            "[Rosatom] signs · https://eldeber.com.bo/rosatom-firma"
        );
    }
}
