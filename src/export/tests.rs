//! Unit tests of the exports' text rules; whole documents are tested in
//! `tests/export.rs` against golden files.

use super::*;
use crate::model::{Entry, EntryId, Issue, Section, SectionId};
use crate::registry::Registry;

fn issue_with_body(body: &str) -> Issue {
    let mut section = Section::new(SectionId(1), "S");
    section.entries.push(Entry::new(EntryId(1), body));
    Issue {
        sections: vec![section],
        ..Issue::default()
    }
}

#[test]
fn text_backticks_are_character_references() {
    assert_eq!(escape_markdown("a`b"), "a&#96;b");
    assert_eq!(escape_markdown("*x*"), "\\*x\\*");
}

#[test]
fn unprintable_characters_leave_every_export() {
    let issue = issue_with_body("bell\u{7} nul\u{0} escape\u{1b} nonchar\u{FFFF} kept\ttab");
    let registry = Registry::builtin();
    let page = html(&issue, &registry, &ExportOptions::default());
    let text = markdown(&issue, &registry, &ExportOptions::default());
    for output in [&page, &text] {
        assert!(
            !output.contains(['\u{7}', '\u{1b}', '\u{FFFF}']),
            "{output}"
        );
    }
    assert!(page.contains("bell nul"), "{page}");
}

#[test]
fn the_byte_scan_misses_no_unprintable_character() {
    // The quick scan may say "maybe" too often, never "no" wrongly.
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        if super::is_unprintable(c) {
            assert!(
                super::may_hold_unprintable(&format!("ok {c} ok")),
                "{:X}",
                u32::from(c)
            );
        }
    }
    // A C1 control split over two blocks, and one far into the text.
    let padding = "a".repeat(63);
    assert!(super::may_hold_unprintable(&format!("{padding}\u{85}")));
    assert!(super::may_hold_unprintable(&format!(
        "{}\u{7}",
        "é".repeat(500)
    )));
    assert!(!super::may_hold_unprintable(&"é «» ↩︎\n".repeat(500)));
    assert!(!super::may_hold_unprintable(
        "Añez — «sí» ¿qué? ação ↩︎\tand\n"
    ));
}

#[test]
fn code_spans_kept_apart_by_an_invisible_character_become_one() {
    let issue = issue_with_body("x `a`\u{1}`b` y");
    let text = markdown(&issue, &Registry::builtin(), &ExportOptions::default());
    assert!(text.contains("x `ab` y"), "{text}");
}

#[test]
fn a_text_backtick_next_to_a_code_span_does_not_lengthen_its_fence() {
    let issue = issue_with_body("`` ` ``x` and `code`");
    let text = markdown(&issue, &Registry::builtin(), &ExportOptions::default());
    assert!(!text.contains("\\`"), "{text}");
}

#[test]
fn the_list_of_sections_is_in_every_format_when_asked() {
    let issue = crate::sample::sample_issue();
    let registry = Registry::builtin();
    let options = ExportOptions {
        contents: true,
        ..ExportOptions::default()
    };
    let page = html(&issue, &registry, &options);
    assert!(
        page.contains("<nav class=\"contents\""),
        "a list of sections"
    );
    for section in &issue.sections {
        let link = format!("<a href=\"#s{}\">{}</a>", section.id.0, section.title);
        assert!(page.contains(&link), "{link}");
    }
    let text = markdown(&issue, &registry, &options);
    assert!(
        text.contains("toc: true\ntoc-depth: 1\ntoc-title: \"In this issue\""),
        "{text}"
    );
    let without = html(&issue, &registry, &ExportOptions::default());
    assert!(!without.contains("class=\"contents\""));
    assert!(!markdown(&issue, &registry, &ExportOptions::default()).contains("toc:"));
}

/// Every reader's format carries the archived copy unless the publisher
/// leaves it out: Robust Links attributes and a visible link in the HTML
/// (and so the email), the copy's address in the Markdown, the plain text
/// and the PDF's source list.
#[test]
fn archived_copies_are_linked_beside_the_original_unless_left_out() {
    use crate::model::{ArchivedCopy, Citation, Source, SourceId};
    let mut issue = issue_with_body("Lavrov in Caracas.");
    let mut source = Source::new(SourceId(1), "https://www.reuters.com/world/x");
    source.archived = ArchivedCopy::from_address(
        "https://web.archive.org/web/20261105101500/https://www.reuters.com/world/x",
    );
    issue.sources.push(source);
    issue.sections[0].entries[0].citations.push(Citation {
        source: SourceId(1),
    });
    let registry = Registry::builtin();
    let left_out = ExportOptions {
        archived_links: false,
        ..ExportOptions::default()
    };
    let given = ExportOptions::default();
    assert!(!html(&issue, &registry, &left_out).contains("web.archive.org"));
    assert!(!markdown(&issue, &registry, &left_out).contains("web.archive.org"));
    assert!(!plain_text(&issue, &registry, &left_out).contains("web.archive.org"));
    let page = html(&issue, &registry, &given);
    let copy = "https://web.archive.org/web/20261105101500/https://www.reuters.com/world/x";
    assert!(
        page.contains(&format!(
            r#"<a class="url" href="https://www.reuters.com/world/x" rel="noopener noreferrer" data-versionurl="{copy}" data-versiondate="2026-11-05">"#
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            r#"<a class="archived" href="{copy}" rel="noopener noreferrer" data-originalurl="https://www.reuters.com/world/x" data-versiondate="2026-11-05">"#
        )),
        "{page}"
    );
    assert!(
        page.contains(
            "archived copy, <time datetime=\"2026-11-05\">5\u{A0}November\u{A0}2026</time>"
        ),
        "{page}"
    );
    let email = email_html(&issue, &registry, &given);
    assert!(
        email.contains(&format!("data-versionurl=\"{copy}\"")),
        "{email}"
    );
    let text = markdown(&issue, &registry, &given);
    assert!(
        text.contains(&format!(
            "([archived copy, 5\u{A0}November\u{A0}2026](<{copy}>))"
        )),
        "{text}"
    );
    let plain = plain_text(&issue, &registry, &given);
    assert!(
        plain.replace("\n   ", " ").contains(&format!(
            "(archived copy, 5\u{A0}November\u{A0}2026: {copy})"
        )),
        "{plain}"
    );
}

/// A section without entries reaches no reader: not as a heading, not in
/// the contents, not in any format; it waits for no approval; and `check`
/// warns of it.
#[test]
fn an_empty_section_reaches_no_reader() {
    let mut issue = crate::sample::sample_issue();
    for section in &mut issue.sections {
        section.status = crate::model::SectionStatus::Approved;
    }
    let mut empty = Section::new(SectionId(99), "Nicaragua pending");
    empty.status = crate::model::SectionStatus::Draft;
    issue.sections.push(empty);
    let registry = Registry::builtin();
    let options = ExportOptions {
        contents: true,
        draft: true,
        ..ExportOptions::default()
    };
    let outputs = [
        html(&issue, &registry, &options),
        email_html(&issue, &registry, &options),
        markdown(&issue, &registry, &options),
        plain_text(&issue, &registry, &options),
    ];
    for output in &outputs {
        assert!(!output.contains("Nicaragua pending"));
        assert!(output.contains("Venezuela"), "the other sections stay");
    }
    let report = crate::compliance::check(&issue, &registry);
    let empty: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == crate::compliance::Rule::EmptySection)
        .collect();
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].severity, crate::compliance::Severity::Warning);
    assert_eq!(empty[0].section, Some(SectionId(99)));
    assert!(Gate::of(&issue, &report).unapproved.is_empty());
}
