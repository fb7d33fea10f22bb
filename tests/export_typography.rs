//! Typographic punctuation, the same in every export: what an editor types
//! with straight quotes, apostrophes and hyphens reaches readers as the
//! quotes and dashes of the issue's language — in the HTML, in Pandoc's
//! reading of the Markdown and in the PDF (read back with `pdftotext`) —
//! and never as two closing quotes.

mod support;

use monitor_workbench::export::{ExportOptions, html, markdown};
use monitor_workbench::model::{Issue, SourceId};
use monitor_workbench::registry::Registry;
use monitor_workbench::text::QuoteStyle;
use support::{pandoc_plain, pdf_text, require_tool, small_issue, tool};

/// The small issue with keyboard punctuation in an entry and a source title.
fn typed_with_a_keyboard(language: &str) -> Issue {
    let mut issue = small_issue();
    issue.language = language.to_owned();
    issue.sections[0].entries[0].body =
        "Caracas called it the \"Bolivarian Shield\" - the army's 'new doctrine' for 2025--2026."
            .to_owned();
    if let Some(source) = issue.sources.iter_mut().find(|s| s.id == SourceId(2)) {
        source.title = "What \"shield\" means".to_owned();
    }
    issue
}

fn check(reader: &str, text: &str, expected: &[&str]) {
    for wanted in expected {
        // LaTeX sets a no-break space as a tie, which `pdftotext` reads as a space.
        let wanted = &if reader == "PDF" {
            wanted.replace('\u{A0}', " ")
        } else {
            (*wanted).to_owned()
        };
        assert!(
            text.contains(wanted),
            "{reader}: “{wanted}” missing in\n{text}"
        );
    }
    assert!(
        !text.contains('"'),
        "{reader}: a straight quote reached readers"
    );
    assert!(!text.contains("””"), "{reader}: two closing quotes");
}

fn every_reader_sees(language: &str, expected: &[&str]) {
    let issue = typed_with_a_keyboard(language);
    let registry = Registry::builtin();
    let options = ExportOptions::default();
    let page = html(&issue, &registry, &options);
    let body = &page[page.find("<body").expect("a body")..];
    // Attribute values keep their straight quotes; the text between tags does not.
    let text: String = body
        .split('<')
        .filter_map(|piece| piece.split_once('>').map(|(_, text)| text))
        .collect();
    check("HTML", &text, expected);
    let text = markdown(&issue, &registry, &options);
    let dir = tempfile::tempdir().expect("temp dir");
    if require_tool("pandoc", tool("pandoc")).is_some() {
        check(
            "pandoc -t plain",
            &pandoc_plain(&text, dir.path()),
            expected,
        );
    }
    let typesetting = tool("xelatex").and(tool("pdftotext")).and(tool("pandoc"));
    if require_tool(
        "xelatex and pdftotext (texlive-xetex, poppler-utils)",
        typesetting,
    )
    .is_some()
    {
        check("PDF", &pdf_text(&text, dir.path()), expected);
    }
}

#[test]
fn english_readers_see_curly_quotes_apostrophes_and_dashes() {
    every_reader_sees(
        "en",
        &[
            "“Bolivarian Shield”\u{A0}– the army’s ‘new doctrine’",
            "2025–2026",
            "What “shield” means",
        ],
    );
}

#[test]
fn spanish_readers_see_angle_quotes() {
    every_reader_sees(
        "es",
        &[
            "«Bolivarian Shield»\u{A0}– the army’s “new doctrine”",
            "What «shield» means",
        ],
    );
}

#[test]
fn the_issue_can_choose_its_quotation_marks() {
    let mut issue = typed_with_a_keyboard("es");
    issue.quotes = Some(QuoteStyle::Curly);
    let page = html(&issue, &Registry::builtin(), &ExportOptions::default());
    assert!(page.contains("“Bolivarian Shield”"), "{page}");
    // Saved only when chosen: files of issues that never chose stay as they were.
    let text = monitor_workbench::store::to_ron(&issue).expect("serializes");
    assert!(text.contains("quotes: Some(Curly)"), "{text}");
    let plain = monitor_workbench::store::to_ron(&small_issue()).expect("serializes");
    assert!(!plain.contains("quotes"));
}
