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
