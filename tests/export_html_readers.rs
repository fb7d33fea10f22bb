//! HTML for every reader: source titles say their language, citation links
//! name their source to a screen reader and lead back from the source list,
//! the targets are large enough to touch, dark mode is styled, the email
//! carries every style inline with a plain-text alternative that shows the
//! same numbers, and the issue's canonical URL and licence reach the page.
//! Read back from the exported page itself, on the bundled sample issue.

mod support;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use html5gum::{Token, Tokenizer};
use monitor_workbench::export::{ExportOptions, email_html, html, plain_text};
use monitor_workbench::model::Issue;
use monitor_workbench::registry::Registry;
use monitor_workbench::sample::sample_issue;
use monitor_workbench::sourcing::classify_source;
use support::require_tool;

/// The sample is not approved: readers' exports of it are drafts.
fn draft() -> ExportOptions {
    ExportOptions {
        draft: true,
        ..ExportOptions::default()
    }
}

/// An element of the page, with its ancestors (indices, nearest last) and its text.
#[derive(Debug)]
struct Element {
    name: String,
    attributes: HashMap<String, String>,
    ancestors: Vec<usize>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }

    fn has_class(&self, class: &str) -> bool {
        self.attribute("class")
            .is_some_and(|classes| classes.split_whitespace().any(|c| c == class))
    }
}

const VOID: [&str; 4] = ["meta", "link", "br", "img"];

fn elements(page: &str) -> Vec<Element> {
    let mut found: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for Ok(token) in Tokenizer::new(page) {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                let attributes = tag
                    .attributes
                    .iter()
                    .map(|(key, value)| {
                        (
                            String::from_utf8_lossy(key).into_owned(),
                            String::from_utf8_lossy(&value.value).into_owned(),
                        )
                    })
                    .collect();
                found.push(Element {
                    name: name.clone(),
                    attributes,
                    ancestors: open.clone(),
                    text: String::new(),
                });
                if !VOID.contains(&name.as_str()) {
                    open.push(found.len() - 1);
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                if let Some(at) = open.iter().rposition(|&i| found[i].name == name) {
                    open.truncate(at);
                }
            }
            Token::String(text) => {
                let text = String::from_utf8_lossy(&text).into_owned();
                for &index in &open {
                    found[index].text.push_str(&text);
                }
            }
            _ => {}
        }
    }
    found
}

/// The page's citation links: `a` elements inside `sup.cite`.
fn citation_links(page: &[Element]) -> Vec<&Element> {
    page.iter()
        .filter(|e| e.name == "a" && e.ancestors.iter().any(|&a| page[a].has_class("cite")))
        .collect()
}

/// Source number → the source's outlet name as readers see it, from the
/// page's own source list (the item's outlet), checked against the library:
/// the name is the registry's, or the registry's with the outlet's country
/// where two outlets share it ("La Prensa (Panama)").
fn listed_outlets(page: &[Element], issue: &Issue) -> HashMap<String, String> {
    let registry = Registry::builtin();
    let mut outlets = HashMap::new();
    for (index, item) in page.iter().enumerate().filter(|(_, e)| e.name == "li") {
        let Some(number) = item.attribute("id").and_then(|id| id.strip_prefix("src-")) else {
            continue;
        };
        let source = issue
            .sources
            .iter()
            .find(|s| item.text.contains(&s.url))
            .expect("the item shows its source's URL");
        let shown = page
            .iter()
            .find(|e| e.ancestors.contains(&index) && e.has_class("outlet"))
            .map(|e| e.text.clone())
            .expect("the item names its outlet");
        let class = classify_source(source, &registry, issue);
        let name = class.outlet_name(source);
        let country = class.outlet.map(|o| o.country.clone()).unwrap_or_default();
        assert!(
            shown == name || shown == format!("{name} ({country})"),
            "source {number}: {shown} for {name}"
        );
        outlets.insert(number.to_owned(), shown);
    }
    outlets
}

#[test]
fn every_source_title_says_its_language() {
    let issue = sample_issue();
    let page = html(&issue, &Registry::builtin(), &draft());
    let page = elements(&page);
    let mut languages = HashSet::new();
    let cites: Vec<&Element> = page.iter().filter(|e| e.name == "cite").collect();
    assert!(!cites.is_empty());
    for cite in cites {
        let item = cite
            .ancestors
            .iter()
            .map(|&a| &page[a])
            .find(|a| a.name == "li")
            .expect("a title is in a source list");
        let source = issue
            .sources
            .iter()
            .find(|s| item.text.contains(&s.url))
            .expect("its source");
        assert_eq!(
            cite.attribute("lang"),
            Some(source.language.as_str()),
            "{cite:?}"
        );
        languages.insert(source.language.clone());
    }
    // The sample cites English, Spanish and Portuguese titles in an English issue.
    assert!(
        languages.contains("es") && languages.contains("pt"),
        "{languages:?}"
    );

    // A source of no (or a malformed) language takes the issue's, as it would inherit it.
    let mut unknown = sample_issue();
    for source in &mut unknown.sources {
        source.language = "not a tag!".to_owned();
    }
    unknown.language = "es".to_owned();
    let page = elements(&html(&unknown, &Registry::builtin(), &draft()));
    assert!(
        page.iter()
            .filter(|e| e.name == "cite")
            .all(|cite| cite.attribute("lang") == Some("es"))
    );
}

#[test]
fn citation_links_name_their_source_for_screen_readers() {
    let issue = sample_issue();
    let page = elements(&html(&issue, &Registry::builtin(), &draft()));
    let outlets = listed_outlets(&page, &issue);
    let links = citation_links(&page);
    assert_eq!(links.len(), 37, "the sample's citations");
    let mut ids = HashSet::new();
    for link in links {
        let number = link.text.as_str();
        assert_eq!(
            link.attribute("href"),
            Some(format!("#src-{number}").as_str())
        );
        assert_eq!(link.attribute("role"), Some("doc-noteref"));
        assert_eq!(
            link.attribute("aria-label"),
            Some(format!("source {number}: {}", outlets[number]).as_str())
        );
        let id = link.attribute("id").expect("an id to come back to");
        assert!(ids.insert(id.to_owned()), "{id} twice");
    }
}

#[test]
fn every_source_leads_back_to_each_place_citing_it() {
    let issue = sample_issue();
    let page = elements(&html(&issue, &Registry::builtin(), &draft()));
    let by_id: HashMap<&str, &Element> = page
        .iter()
        .filter_map(|e| e.attribute("id").map(|id| (id, e)))
        .collect();
    let mut cited_twice = false;
    for item in page.iter().filter(|e| e.name == "li") {
        let Some(number) = item.attribute("id").and_then(|id| id.strip_prefix("src-")) else {
            continue;
        };
        let index = page
            .iter()
            .position(|e| std::ptr::eq(e, item))
            .expect("in the page");
        let back: Vec<&Element> = page
            .iter()
            .filter(|e| e.ancestors.contains(&index) && e.attribute("role") == Some("doc-backlink"))
            .collect();
        // Every citing place, and only those, in reading order.
        let citing: Vec<String> = citation_links(&page)
            .into_iter()
            .filter(|link| link.text == number)
            .filter_map(|link| link.attribute("id").map(|id| format!("#{id}")))
            .collect();
        let targets: Vec<String> = back
            .iter()
            .filter_map(|link| link.attribute("href").map(str::to_owned))
            .collect();
        assert_eq!(targets, citing, "source {number}");
        for (place, link) in back.iter().enumerate() {
            let target = &link.attribute("href").unwrap_or_default()[1..];
            assert!(by_id.contains_key(target), "{target} resolves");
            let label = link.attribute("aria-label").unwrap_or_default();
            let expected = format!("back to the text citing source {number}");
            if back.len() == 1 {
                assert_eq!(label, expected);
                assert_eq!(link.text, "\u{21A9}\u{FE0E}");
            } else {
                let letter = char::from(b'a' + place as u8);
                assert_eq!(label, format!("{expected} ({letter})"));
                assert_eq!(link.text, letter.to_string());
                cited_twice = true;
            }
        }
    }
    assert!(cited_twice, "the sample has a source cited by two entries");
}

#[test]
fn the_labels_speak_the_issues_language() {
    let mut issue = sample_issue();
    issue.language = "es".to_owned();
    let page = elements(&html(&issue, &Registry::builtin(), &draft()));
    let first = citation_links(&page)[0];
    assert!(
        first
            .attribute("aria-label")
            .is_some_and(|label| label.starts_with("fuente 1: ")),
        "{first:?}"
    );
    assert!(page.iter().any(|e| {
        e.attribute("aria-label")
            .is_some_and(|label| label.starts_with("volver al texto que cita la fuente 1"))
    }));
}

#[test]
fn the_style_sheet_has_no_variables_a_dark_mode_and_large_targets() {
    let page = html(&sample_issue(), &Registry::builtin(), &draft());
    let style = &page[page.find("<style>").expect("a style sheet")..];
    let style = &style[..style.find("</style>").expect("closed")];
    assert!(!style.contains("var(") && !style.contains("--"), "{style}");
    assert!(style.contains("@media screen and (prefers-color-scheme: dark)"));
    assert!(style.contains("color-scheme: light dark"));
    let targets = &style[style
        .find("sup.cite a, .back a {")
        .expect("the targets' rule")..];
    let targets = &targets[..targets.find('}').unwrap_or(targets.len())];
    assert!(
        targets.contains("min-width: 24px") && targets.contains("min-height: 24px"),
        "{targets}"
    );
}

#[test]
fn the_email_carries_every_style_inline() {
    let issue = sample_issue();
    let registry = Registry::builtin();
    let mail = email_html(&issue, &registry, &draft());
    assert!(
        !mail.contains("<style") && !mail.contains("var("),
        "no sheet, no variables"
    );
    let mail = elements(&mail);
    let style = |e: &Element| e.attribute("style").unwrap_or_default().to_owned();
    let body = mail.iter().find(|e| e.name == "body").expect("a body");
    assert!(style(body).contains("background: #ffffff"), "{body:?}");
    for link in citation_links(&mail) {
        assert!(style(link).contains("min-height: 24px"), "{link:?}");
        assert_eq!(link.attribute("role"), Some("doc-noteref"));
    }
    for heading in mail.iter().filter(|e| e.name == "h2") {
        assert!(style(heading).contains("font-size"), "{heading:?}");
    }
    // The same page otherwise: the same text, the same links.
    let page = elements(&html(&issue, &registry, &draft()));
    let text = |elements: &[Element]| {
        elements
            .iter()
            .find(|e| e.name == "body")
            .map(|e| e.text.clone())
    };
    assert_eq!(text(&mail), text(&page));
    assert_eq!(citation_links(&mail).len(), citation_links(&page).len());
}

#[test]
fn the_plain_text_alternative_shows_the_same_numbers() {
    let issue = sample_issue();
    let registry = Registry::builtin();
    let page = elements(&html(&issue, &registry, &draft()));
    let text = plain_text(&issue, &registry, &draft());
    // Each entry's numbers, in reading order, right after its text: "talks.[3,10]".
    let mut cursor = 0;
    for sup in page.iter().filter(|e| e.has_class("cite")) {
        let numbers = format!("[{}]", sup.text);
        let at = text[cursor..]
            .find(&numbers)
            .unwrap_or_else(|| panic!("{numbers} after byte {cursor}"));
        let before = text[..cursor + at].chars().next_back().unwrap_or(' ');
        assert!(!before.is_whitespace(), "{numbers} follows the text");
        cursor += at + numbers.len();
    }
    // Each source once, under its number, in order.
    let outlets = listed_outlets(&page, &issue);
    let mut cursor = 0;
    for number in 1..=outlets.len() {
        let item = format!("\n{number}. {}", outlets[&number.to_string()]);
        let at = text[cursor..]
            .find(&item)
            .unwrap_or_else(|| panic!("“{item}” in order"));
        assert_eq!(text.matches(&item).count(), 1, "{item}");
        cursor += at + item.len();
    }
    assert!(text.starts_with("DRAFT"), "a draft says so");
    // Lines of 72 characters at most, but for an address alone on its line.
    for line in text.lines() {
        assert!(
            line.chars().count() <= 72 || !line.trim().contains(' '),
            "{line}"
        );
    }
}

#[test]
fn the_canonical_url_and_the_licence_reach_the_head_and_the_footer() {
    let registry = Registry::builtin();
    let mut issue = sample_issue();
    let plain = elements(&html(&issue, &registry, &draft()));
    assert!(
        !plain
            .iter()
            .any(|e| e.name == "link" || e.attribute("property").is_some())
    );
    assert!(
        !plain
            .iter()
            .any(|e| e.has_class("citation") || e.has_class("licence"))
    );

    issue.canonical_url = "https://example.org/vric/14".to_owned();
    issue.licence = "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)".to_owned();
    let page = elements(&html(&issue, &registry, &draft()));
    let meta = |property: &str| {
        page.iter()
            .find(|e| e.attribute("property") == Some(property))
            .and_then(|e| e.attribute("content"))
            .map(str::to_owned)
    };
    let canonical = page
        .iter()
        .find(|e| e.name == "link" && e.attribute("rel") == Some("canonical"));
    assert_eq!(
        canonical.and_then(|e| e.attribute("href")),
        Some("https://example.org/vric/14")
    );
    assert_eq!(
        meta("og:url").as_deref(),
        Some("https://example.org/vric/14")
    );
    assert_eq!(meta("og:type").as_deref(), Some("article"));
    let title = page
        .iter()
        .find(|e| e.name == "title")
        .map(|e| e.text.clone());
    assert_eq!(meta("og:title"), title);
    assert!(meta("og:description").is_some_and(|d| d.starts_with("Envoys from Russia")));
    let citation = page
        .iter()
        .find(|e| e.has_class("citation"))
        .expect("a citation");
    assert!(
        citation.text.starts_with(
            "Suggested citation: Hemisphere Security Forum, “Extra-hemispheric influence"
        ) && citation.text.contains(
            "VRIC Monitor No.\u{A0}14, 20\u{A0}November\u{A0}2026. https://example.org/vric/14"
        ),
        "{}",
        citation.text
    );
    let licence = page
        .iter()
        .find(|e| e.has_class("licence"))
        .expect("a licence");
    assert_eq!(licence.text, "Licence: CC BY 4.0");
    let text = plain_text(&issue, &registry, &draft());
    assert!(text.contains("Licence: CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>"));
    assert!(text.contains("Suggested citation: Hemisphere Security Forum"));

    // An address that is not a web page makes no link and no preview.
    issue.canonical_url = "javascript:alert(1)".to_owned();
    let page = html(&issue, &registry, &draft());
    assert!(!page.contains("href=\"javascript") && !page.contains("og:url"));
}

/// Found and answering `--version`.
fn vnu() -> Option<PathBuf> {
    let found = Command::new("vnu")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    require_tool(
        "vnu (npm vnu-jar, with Java)",
        found.then(|| PathBuf::from("vnu")),
    )
}

#[test]
fn the_page_and_the_email_are_valid_html5() {
    let Some(vnu) = vnu() else { return };
    let registry = Registry::builtin();
    let mut issue = sample_issue();
    issue.canonical_url = "https://example.org/vric/14".to_owned();
    issue.licence = "CC BY 4.0".to_owned();
    let mut spanish = issue.clone();
    spanish.language = "es".to_owned();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    // Every option that changes the page's markup, at once.
    let everything = ExportOptions {
        contents: true,
        compliance_summary: true,
        page_breaks: true,
        source_list: monitor_workbench::export::SourceList::AtEnd,
        paper: monitor_workbench::export::Paper::Letter,
        ..draft()
    };
    for (name, page) in [
        ("page.html", html(&issue, &registry, &draft())),
        (
            "page-every-option.html",
            html(&issue, &registry, &everything),
        ),
        ("email.html", email_html(&issue, &registry, &draft())),
        ("email-es.html", email_html(&spanish, &registry, &draft())),
        (
            "empty-email.html",
            email_html(&Issue::default(), &registry, &draft()),
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, page).expect("write page");
        files.push(path);
    }
    let output = Command::new(vnu)
        .args(["--errors-only", "--format", "text"])
        .args(&files)
        .output()
        .expect("vnu runs");
    assert!(
        output.status.success(),
        "not valid HTML5:\n{}{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn export_email_writes_the_mail_and_its_text_beside_it_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let issue = dir.path().join("issue-14.ron");
    std::fs::copy(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/sample-issue.ron"),
        &issue,
    )
    .expect("copy the sample");
    let mail = dir.path().join("issue-14.email.html");
    let output = Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .arg("export")
        .arg(&issue)
        .arg("--draft")
        .arg("--email")
        .arg(&mail)
        .output()
        .expect("the program runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = std::fs::read_to_string(&mail).expect("the email");
    assert!(!page.contains("<style") && page.contains(" style=\""));
    let text = std::fs::read_to_string(dir.path().join("issue-14.email.txt")).expect("its text");
    assert!(
        text.starts_with("DRAFT") && text.contains("[2,\u{2009}3]"),
        "{text}"
    );
    let mut written: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        ["issue-14.email.html", "issue-14.email.txt", "issue-14.ron"]
    );
}

/// The page prints on the paper the PDF is set on: A4 unless asked otherwise.
#[test]
fn the_page_prints_on_the_paper_chosen() {
    use monitor_workbench::export::Paper;
    let issue = monitor_workbench::sample::sample_issue();
    let registry = monitor_workbench::registry::Registry::builtin();
    let a4 = monitor_workbench::export::html(&issue, &registry, &ExportOptions::default());
    assert!(a4.contains("@page { size: A4;"));
    assert!(!a4.contains("size: letter"));
    let letter = monitor_workbench::export::html(
        &issue,
        &registry,
        &ExportOptions {
            paper: Paper::Letter,
            ..ExportOptions::default()
        },
    );
    assert!(letter.contains("@page { size: letter; }"));
}
