//! Shared pieces of the integration tests.
#![allow(dead_code)] // each test binary uses its own part

pub mod binary;
pub mod desktop;
pub mod web_server;

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use monitor_workbench::model::{
    Citation, Entry, EntryId, Issue, Period, Section, SectionId, SectionStatus, Source, SourceId,
    SourceKind,
};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("valid day")
}

fn source(id: u32, url: &str, title: &str, published: u32) -> Source {
    let mut source = Source::new(SourceId(id), url);
    source.title = title.to_owned();
    source.published = Some(day(published));
    source
}

fn entry(id: u32, body: &str, sources: &[u32]) -> Entry {
    let mut entry = Entry::new(EntryId(id), body);
    entry.citations = sources
        .iter()
        .map(|&s| Citation {
            source: SourceId(s),
        })
        .collect();
    entry
}

/// A small issue with every feature an export shows: summary, two sections,
/// emphasis, a link in an entry, state media, a shared source, a disclaimer.
pub fn small_issue() -> Issue {
    let mut russia = Section::new(SectionId(1), "Russia");
    russia.status = SectionStatus::Approved;
    russia.entries = vec![
        entry(
            1,
            "Moscow and Caracas signed a *cybersecurity* memorandum; RT en Español called it “historic”.",
            &[1, 2],
        ),
        entry(
            2,
            "Bolivia’s **nuclear** centre in El Alto gets Russian support until 2029.",
            &[3],
        ),
    ];
    let mut china = Section::new(SectionId(2), "China & the Andes");
    china.status = SectionStatus::Approved;
    china.entries = vec![entry(
        3,
        "Chancay opened a second route to Shanghai, see [the port’s note](https://www.prensa.com/economia/x/).",
        &[2, 4],
    )];
    let mut opinion = source(
        4,
        "https://www.infobae.com/america/chancay/",
        "Chancay, dos años después",
        10,
    );
    opinion.kind = SourceKind::News;
    Issue {
        series: "VRIC Monitor".to_owned(),
        title: "Influence in Latin America: 1–15 November".to_owned(),
        number: Some(14),
        published: Some(day(20)),
        coverage: Some(Period {
            from: day(1),
            to: day(15),
        }),
        publisher: "Hemisphere Security Forum".to_owned(),
        editors: vec!["Lucía Fernández".to_owned(), "Daniel Reyes".to_owned()],
        language: "en".to_owned(),
        summary: "Envoys kept a dense calendar.\n\nTrade moved in small steps.".to_owned(),
        disclaimer: "The views of the sources are not those of the publisher.".to_owned(),
        sections: vec![russia, china],
        sources: vec![
            source(
                1,
                "https://actualidad.rt.com/actualidad/1/",
                "Rusia y Venezuela firman un memorando",
                6,
            ),
            source(
                2,
                "https://www.reuters.com/world/americas/x/",
                "Russia, Venezuela sign cyber pact",
                6,
            ),
            source(3, "https://eldeber.com.bo/pais/rosatom/", "", 9),
            opinion,
        ],
        ..Issue::default()
    }
}

/// Whether CI asked for every external tool to be present.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| !value.is_empty() && value != "false" && value != "0")
}

/// `found`, or a failure that says what to install: a test whose tool is
/// missing did not run, and must not be reported as passed (README, "System
/// packages", lists them; `.ci/run` installs them).
pub fn require_tool<T>(tool: &str, found: Option<T>) -> Option<T> {
    assert!(
        found.is_some(),
        "this test needs {tool}, which is not installed here: install it \
         (README.md, \"System packages\"; .ci/run installs it); it did not run"
    );
    found
}

/// `issue` with its sections repeated `copies` times in all (section and entry
/// ids renumbered so that they stay unique); the library is shared. A large
/// issue of real text, built without the benchmarks' generator.
pub fn enlarged(issue: &Issue, copies: usize) -> Issue {
    let mut big = issue.clone();
    big.sections.clear();
    let section_step = issue.sections.iter().map(|s| s.id.0).max().unwrap_or(0);
    let entry_step = issue
        .entries()
        .map(|(_, entry)| entry.id.0)
        .max()
        .unwrap_or(0);
    for copy in 0..copies as u32 {
        big.sections
            .extend(issue.sections.iter().cloned().map(|mut section| {
                section.id.0 += copy * section_step;
                for entry in &mut section.entries {
                    entry.id.0 += copy * entry_step;
                }
                section
            }));
    }
    big
}

/// The issue as the Markdown draft an editor would have written for it: `#`
/// title, `##` per section, each entry a paragraph ending in its sources' links.
pub fn as_draft(issue: &Issue) -> String {
    let mut draft = format!("# {}\n\n", issue.title);
    for section in &issue.sections {
        draft.push_str(&format!("## {}\n\n", section.title));
        for entry in &section.entries {
            draft.push_str(&entry.body);
            for citation in &entry.citations {
                if let Some(source) = issue.source(citation.source) {
                    draft.push_str(&format!(" [source]({})", source.url));
                }
            }
            draft.push_str("\n\n");
        }
    }
    draft
}

/// `program` when it runs here (it answers `-v`), for `require_tool`.
pub fn tool(program: &str) -> Option<&str> {
    let present = Command::new(program)
        .arg("-v")
        .output()
        .is_ok_and(|output| output.status.success() || !output.stderr.is_empty());
    present.then_some(program)
}

/// Runs `program` with `args`; its standard output, or a failure showing its errors.
pub fn output_of(program: &str, args: &[&std::ffi::OsStr]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("{program} does not start: {error}"));
    assert!(
        output.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What Pandoc makes of `markdown` as plain text, as a reader of it sees it.
pub fn pandoc_plain(markdown: &str, dir: &Path) -> String {
    let source = dir.join("issue.md");
    std::fs::write(&source, markdown).expect("write");
    output_of(
        "pandoc",
        &[
            source.as_os_str(),
            "-t".as_ref(),
            "plain".as_ref(),
            "--wrap=none".as_ref(),
        ],
    )
}

/// The text of the PDF Pandoc and XeLaTeX make of `markdown`, read back by `pdftotext`.
pub fn pdf_text(markdown: &str, dir: &Path) -> String {
    let source = dir.join("issue.md");
    let pdf = dir.join("issue.pdf");
    std::fs::write(&source, markdown).expect("write");
    output_of(
        "pandoc",
        &[
            source.as_os_str(),
            "-o".as_ref(),
            pdf.as_os_str(),
            "--pdf-engine=xelatex".as_ref(),
        ],
    );
    output_of("pdftotext", &[pdf.as_os_str(), "-".as_ref()])
}
