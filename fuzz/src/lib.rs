//! What each fuzz target checks, as plain functions: the targets in
//! `fuzz_targets/` call them under libFuzzer, and `tests/fuzz_seeds.rs` of the
//! main package runs them on the seed corpus in `cargo test`. Each panics
//! when an invariant breaks.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use arbitrary::Unstructured;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use monitor_workbench::compliance;
use monitor_workbench::export::{ExportOptions, SourceList, escape_markdown, html, markdown};
use monitor_workbench::import::import_markdown;
use monitor_workbench::model::{
    Citation, Comment, DeclarationFlag, Entry, EntryId, Issue, Section, SectionId, Source,
    SourceId, SourceKind, StateMediaOverride,
};
use monitor_workbench::registry::Registry;
use monitor_workbench::store;
use pulldown_cmark::{Event, Options, Parser, Tag};

/// Any bytes as an issue file: refused with a message or loaded; a loaded
/// issue survives repair, the rules and a save-load round trip unchanged.
pub fn ron_loader(data: &[u8]) {
    let Ok(text) = monitor_workbench::text::decode_utf8(data.to_vec()) else {
        return;
    };
    let Ok(mut issue) = store::from_ron(&text, Path::new("fuzz.ron")) else {
        return;
    };
    let _ = store::repair(&mut issue);
    let _ = compliance::check(&issue, registry());
    round_trips(&issue);
}

/// Any text as a Markdown draft: imported or refused, never a panic; what is
/// imported is an issue like any other.
pub fn markdown_import(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(imported) = import_markdown(text, "fuzz.md") {
        let _ = compliance::check(&imported.issue, registry());
        round_trips(&imported.issue);
    }
}

/// Any bytes as a fetched page: its metadata is read without a panic, and
/// what would fill a source is tidy: titles and names trimmed with single
/// spaces, a language a two- or three-letter lower-case subtag, every date
/// a real day, and filling a source never touches a field already typed.
pub fn page_metadata(data: &[u8]) {
    use monitor_workbench::capture::{page_fill, read_page};
    use monitor_workbench::edit::{Edit, apply};
    let text = String::from_utf8_lossy(data);
    let page = read_page(&text);
    for found in [&page.title, &page.site_name].into_iter().flatten() {
        let value = &found.value;
        assert!(!value.is_empty(), "an empty value is no value");
        assert_eq!(value.trim(), value, "trimmed");
        assert!(
            !value.contains("  ") && !value.contains('\n'),
            "single spaces: {value:?}"
        );
    }
    if let Some(language) = &page.language {
        let tag = &language.value;
        assert!((2..=3).contains(&tag.len()), "{tag:?}");
        assert!(tag.chars().all(|c| c.is_ascii_lowercase()), "{tag:?}");
    }
    if let Some(published) = &page.published {
        assert!(page.dates.iter().any(|d| d.value == published.value));
    }
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
    let fill = page_fill(&page, "https://example.org/a", registry(), today);
    let mut issue = Issue::default();
    let mut typed = Source::new(SourceId(1), "https://example.org/a");
    typed.title = "Typed by the editor".to_owned();
    typed.author = "Editor".to_owned();
    issue.sources.push(typed.clone());
    let _ = apply(
        &mut issue,
        Edit::FillFromPage {
            source: SourceId(1),
            page: fill,
        },
    );
    let after = &issue.sources[0];
    assert_eq!(after.title, typed.title, "a typed title stays");
    assert_eq!(after.author, typed.author, "a typed author stays");
}

/// Whatever an editor typed or pasted, the HTML page and the reviewer's
/// report are well-formed and hold no script, no event handler, and no link
/// but http, https, mailto or a fragment of the page.
pub fn html_export(data: &[u8]) {
    let (issue, options) = issue_from(data);
    check_html(&html(&issue, registry(), &options));
    check_html(&monitor_workbench::export::review_report(
        &issue,
        registry(),
    ));
}

/// Whatever the text, the Markdown export's escaping gives it back exactly
/// (read by a CommonMark reader), and the document holds no raw HTML and no
/// link but http, https, mailto or a fragment.
pub fn markdown_export(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let text = hostile_text(&mut u);
    let line = one_line(&text);
    let escaped = escape_markdown(&line);
    let read_back = plain_text(&escaped);
    assert_eq!(read_back, line, "escaping lost text: {escaped:?}");
    let (issue, options) = issue_from(u.take_rest());
    check_markdown(&markdown(&issue, registry(), &options));
}

/// Parsed once: the built-in registry is the same for every input.
fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::builtin)
}

fn round_trips(issue: &Issue) {
    let text = store::to_ron(issue).expect("a loaded issue serializes");
    let again = store::from_ron(&text, Path::new("again.ron")).expect("a saved issue loads");
    // Compared as text: a policy limit of NaN is not equal to itself.
    assert_eq!(store::to_ron(&again).expect("serializes"), text);
}

/// Text the way the Markdown export writes a paragraph: whitespace runs as
/// one space, no control characters, trimmed.
fn one_line(text: &str) -> String {
    let code = |c: char| u32::from(c);
    let printable: String = text
        .chars()
        .filter(|&c| !c.is_control() || c.is_whitespace())
        .filter(|&c| !(0xFDD0..=0xFDEF).contains(&code(c)) && code(c) & 0xFFFE != 0xFFFE)
        .collect();
    printable.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn plain_text(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(chunk) | Event::Code(chunk) => text.push_str(&chunk),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

/// Fragments an attacker or a careless paste would bring, so that the fuzzer
/// reaches markup quickly; mixed with arbitrary text.
const FRAGMENTS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\" onmouseover=\"x",
    "' onload='x",
    "javascript:alert(1)",
    "JaVaScRiPt:x",
    "data:text/html,<b>x</b>",
    "vbscript:x",
    "[link](",
    "](javascript:x)",
    "<https://",
    "<mailto:a@b>",
    "https://rt.com/a?b=<c>&d=\"e\"",
    "*",
    "**",
    "_",
    "`",
    "``",
    "\\",
    "#",
    "\n",
    "\n\n",
    "    ",
    "- ",
    "1. ",
    "> ",
    "---",
    "|",
    "<!--",
    "-->",
    "]]>",
    "&amp;",
    "&#x3C;",
    "$x$",
    "{#id}",
    "^[note]",
    "[^1]",
    "\u{0}",
    "\u{7}",
    "\u{202e}",
    "\u{feff}",
    "ñ",
];

fn hostile_text(u: &mut Unstructured<'_>) -> String {
    let mut text = String::new();
    let pieces = u.int_in_range(0..=6).unwrap_or(0);
    for _ in 0..pieces {
        if u.ratio(1, 2).unwrap_or(false) {
            text.push_str(u.choose(FRAGMENTS).copied().unwrap_or(""));
        } else {
            text.push_str(&u.arbitrary::<String>().unwrap_or_default());
        }
    }
    text
}

fn hostile_url(u: &mut Unstructured<'_>) -> String {
    let prefix = u
        .choose(&["https://", "http://", "mailto:", "", "//", "ftp://"])
        .copied()
        .unwrap_or("");
    let host = u
        .choose(&[
            "rt.com",
            "www.reuters.com",
            "telesurtv.net",
            "",
            "a b",
            "[::1]",
        ])
        .copied()
        .unwrap_or("");
    format!("{prefix}{host}/{}", hostile_text(u))
}

/// An issue, and export options, built from fuzz bytes.
fn issue_from(data: &[u8]) -> (Issue, ExportOptions) {
    let mut u = Unstructured::new(data);
    let u = &mut u;
    let mut issue = Issue {
        series: hostile_text(u),
        title: hostile_text(u),
        number: u.arbitrary().unwrap_or(None),
        publisher: hostile_text(u),
        editors: vec![hostile_text(u)],
        language: hostile_text(u),
        summary: hostile_text(u),
        disclaimer: hostile_text(u),
        ..Issue::default()
    };
    let source_count = u.int_in_range(0..=4).unwrap_or(0);
    for id in 1..=source_count {
        let mut source = Source::new(SourceId(id), hostile_url(u));
        source.title = hostile_text(u);
        source.outlet = u.ratio(1, 2).unwrap_or(false).then(|| hostile_text(u));
        source.author = hostile_text(u);
        source.notes = hostile_text(u);
        source.kind = u.choose(&SourceKind::ALL).copied().unwrap_or_default();
        if u.ratio(1, 4).unwrap_or(false) {
            source.state_media = StateMediaOverride::Yes {
                reason: hostile_text(u),
            };
        }
        issue.sources.push(source);
    }
    let section_count = u.int_in_range(0..=3).unwrap_or(0);
    let mut entry_id = 0;
    for id in 1..=section_count {
        let mut section = Section::new(SectionId(id), hostile_text(u));
        section.reviewer_notes = hostile_text(u);
        for _ in 0..u.int_in_range(0..=3).unwrap_or(0) {
            entry_id += 1;
            let mut entry = Entry::new(EntryId(entry_id), hostile_text(u));
            for _ in 0..u.int_in_range(0..=2).unwrap_or(0) {
                entry.citations.push(Citation {
                    source: SourceId(u.int_in_range(1..=5).unwrap_or(1)),
                });
            }
            if u.ratio(1, 4).unwrap_or(false) {
                entry.declaration = Some(DeclarationFlag {
                    note: hostile_text(u),
                    by: hostile_text(u),
                    at: None,
                });
            }
            if u.ratio(1, 4).unwrap_or(false) {
                entry.comments.push(Comment {
                    author: hostile_text(u),
                    at: chrono::DateTime::UNIX_EPOCH,
                    text: hostile_text(u),
                    resolved: false,
                    replies: Vec::new(),
                });
            }
            section.entries.push(entry);
        }
        issue.sections.push(section);
    }
    let options = ExportOptions {
        source_list: if u.ratio(1, 2).unwrap_or(false) {
            SourceList::AtEnd
        } else {
            SourceList::PerSection
        },
        compliance_summary: u.arbitrary().unwrap_or(false),
        page_breaks: u.arbitrary().unwrap_or(false),
        draft: u.arbitrary().unwrap_or(false),
        mainfont: u.ratio(1, 4).unwrap_or(false).then(|| hostile_text(u)),
        ..ExportOptions::default()
    };
    (issue, options)
}

/// Elements the export templates write; anything else came from the text.
const ELEMENTS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "footer",
    "main",
    "nav",
    "article",
    "section",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "a",
    "span",
    "em",
    "strong",
    "code",
    "sup",
    "sub",
    "cite",
    "time",
    "ol",
    "ul",
    "li",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "br",
    "small",
    "abbr",
    "hr",
    "caption",
];

/// Attributes the templates write. No `on…` handler, no `src`, no `http-equiv`.
const ATTRIBUTES: &[&str] = &[
    "href",
    "rel",
    "class",
    "id",
    "lang",
    "dir",
    "charset",
    "name",
    "content",
    "datetime",
    "title",
    "role",
    "colspan",
    "rowspan",
    "scope",
    "start",
    "value",
    "open",
    "aria-label",
];

const VOID: &[&str] = &["meta", "br", "hr"];

/// Panics unless `page` is a well-formed document of the templates' elements.
pub fn check_html(page: &str) {
    let mut emitter = DefaultEmitter::default();
    // Treat `style` and `title` content as the browser does (raw text).
    emitter.naively_switch_states(true);
    let mut open: Vec<String> = Vec::new();
    for Ok(token) in Tokenizer::new_with_emitter(page, emitter) {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                assert!(
                    ELEMENTS.contains(&name.as_str()),
                    "element <{name}> in the page"
                );
                for (attribute, value) in &tag.attributes {
                    let attribute = String::from_utf8_lossy(attribute);
                    assert!(
                        ATTRIBUTES.contains(&attribute.as_ref()),
                        "attribute {attribute} on <{name}>"
                    );
                    if attribute == "href" {
                        let value = String::from_utf8_lossy(&value.value);
                        let allowed = ["https://", "http://", "mailto:", "#"];
                        assert!(
                            allowed.iter().any(|prefix| value.starts_with(prefix)),
                            "link to {value}"
                        );
                    }
                }
                if !VOID.contains(&name.as_str()) && !tag.self_closing {
                    open.push(name);
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                assert_eq!(
                    open.pop().as_deref(),
                    Some(name.as_str()),
                    "misnested </{name}>"
                );
            }
            Token::Error(error) => panic!("HTML parse error {}", error.value),
            Token::Comment(_) => panic!("a comment in the page"),
            Token::String(_) | Token::Doctype(_) => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements {open:?}");
}

/// Panics if a Markdown document holds raw HTML or a link that is not
/// http, https, mailto or a fragment.
pub fn check_markdown(document: &str) {
    let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut links = BTreeSet::new();
    for event in Parser::new_ext(document, options) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                panic!("raw HTML {html:?} in {document}")
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.insert(dest_url.to_string());
            }
            Event::Start(Tag::Image { .. }) => panic!("an image in the document"),
            _ => {}
        }
    }
    for link in links {
        let allowed = ["https://", "http://", "mailto:", "#"];
        assert!(
            allowed.iter().any(|prefix| link.starts_with(prefix)),
            "link to {link} in {document}"
        );
    }
}
