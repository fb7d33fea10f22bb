//! Hostile sizes stay linear: an entry with tens of thousands of citations
//! is checked in a pass over them, not a pass per citation. Each test here
//! would take minutes if the growth came back.

use super::*;

fn one_entry_citing(issue: &mut Issue, ids: impl Iterator<Item = u32>) {
    let mut section = Section::new(SectionId(1), "A");
    let mut entry = Entry::new(crate::model::EntryId(1), "Lima hosted the talks.");
    entry.citations = ids
        .map(|id| Citation {
            source: SourceId(id),
        })
        .collect();
    section.entries.push(entry);
    issue.sections = vec![section];
}

#[test]
fn fifty_thousand_citations_are_checked_once_each() {
    let mut issue = Builder::new().build();
    issue.sources = (1..=50_000)
        .map(|id| Source::new(SourceId(id), format!("https://efe.com/{id}")))
        .collect();
    one_entry_citing(&mut issue, 1..=50_000);
    let report = report(&issue);
    assert_eq!(report.shares.citations.total, 50_000);
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.rule != Rule::MissingSource)
    );
}

#[test]
fn a_hundred_thousand_missing_sources_make_one_finding() {
    let mut issue = Builder::new().build();
    issue.sources = vec![Source::new(SourceId(7), INDEPENDENT)];
    one_entry_citing(&mut issue, 5..100_005);
    let missing: Vec<_> = report(&issue)
        .findings
        .into_iter()
        .filter(|f| f.rule == Rule::MissingSource)
        .collect();
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].severity, Severity::Error);
    assert!(
        missing[0]
            .message
            .starts_with("Cites 99999 sources, #5, #6, #8, #9, #10 and 99994 more,"),
        "{}",
        missing[0].message
    );
}

/// Browsers, mail and the PDF cannot carry a link this long: the PDF once
/// failed with "URL is too long" and no source named, after `check` passed.
#[test]
fn a_link_too_long_to_publish_is_an_error_naming_the_source() {
    let long = format!("{INDEPENDENT}?q={}", "a".repeat(8_000));
    let issue = Builder::new()
        .entry("A", "Lima hosted the talks.", &[&long, INDEPENDENT_2])
        .build();
    let found: Vec<_> = report(&issue)
        .findings
        .into_iter()
        .filter(|f| f.rule == Rule::InvalidUrl)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(found[0].source_url.as_deref(), Some(long.as_str()));
    assert!(
        found[0].message.contains("8043 characters"),
        "{}",
        found[0].message
    );
}
