//! The exports of a small fixed issue against reviewed golden files, and the
//! safety of both exports whatever an editor pasted.

mod support;

use std::path::Path;

use monitor_workbench::export::{ExportOptions, SourceList, html, markdown};
use monitor_workbench::model::{Citation, Entry, EntryId, SourceId};
use monitor_workbench::registry::Registry;
use support::small_issue;

/// Compares with `tests/golden/NAME`; `UPDATE_GOLDEN=1` rewrites it.
fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    // Only "1": UPDATE_GOLDEN=0 (or empty) must not rewrite what it checks.
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from its golden file; review and run with UPDATE_GOLDEN=1\n{actual}"
    );
}

#[test]
fn html_of_the_small_issue_matches_its_golden_file() {
    golden(
        "small-issue.html",
        &html(
            &small_issue(),
            &Registry::builtin(),
            &ExportOptions::default(),
        ),
    );
}

#[test]
fn markdown_of_the_small_issue_matches_its_golden_file() {
    golden(
        "small-issue.md",
        &markdown(
            &small_issue(),
            &Registry::builtin(),
            &ExportOptions::default(),
        ),
    );
}

#[test]
fn exports_are_deterministic() {
    let registry = Registry::builtin();
    let options = ExportOptions::default();
    let issue = monitor_workbench::sample::sample_issue();
    assert_eq!(
        html(&issue, &registry, &options),
        html(&issue, &registry, &options)
    );
    assert_eq!(
        markdown(&issue, &registry, &options),
        markdown(&issue, &registry, &options)
    );
}

#[test]
fn sources_at_the_end_form_one_list_with_unique_ids() {
    let options = ExportOptions {
        source_list: SourceList::AtEnd,
        ..ExportOptions::default()
    };
    let page = html(&small_issue(), &Registry::builtin(), &options);
    assert_eq!(page.matches("<ol class=\"source-list\">").count(), 1);
    for number in 1..=4 {
        assert_eq!(
            page.matches(&format!("id=\"src-{number}\"")).count(),
            1,
            "{number}"
        );
        assert!(
            page.contains(&format!("href=\"#src-{number}\"")),
            "{number}"
        );
    }
}

#[test]
fn a_shared_source_is_listed_once_with_the_section_that_cites_it_first() {
    let registry = Registry::builtin();
    let page = html(&small_issue(), &registry, &ExportOptions::default());
    // Source 2 (Reuters) is cited in both sections: listed under Russia only,
    // and China's entry links back to it there.
    assert_eq!(page.matches("id=\"src-2\"").count(), 1);
    let russia = page.find("<h2>Russia</h2>").expect("Russia");
    let china = page.find("<h2>China").expect("China");
    let listed = page.find("id=\"src-2\"").expect("listed");
    assert!(russia < listed && listed < china);
    assert_eq!(page.matches("href=\"#src-2\"").count(), 2);
    // The Markdown lists it once too, under the same number.
    let text = markdown(&small_issue(), &registry, &ExportOptions::default());
    assert_eq!(text.matches("\n2. ").count(), 1, "{text}");
}

#[test]
fn the_compliance_summary_is_only_in_a_reviewers_copy() {
    let registry = Registry::builtin();
    let reader = html(&small_issue(), &registry, &ExportOptions::default());
    assert!(!reader.contains("class=\"compliance\""));
    let reviewer = html(
        &small_issue(),
        &registry,
        &ExportOptions {
            compliance_summary: true,
            ..ExportOptions::default()
        },
    );
    assert!(reviewer.contains("class=\"compliance\""));
    assert!(
        reviewer.contains("State media: 20% of citations (limit 20%)"),
        "{reviewer}"
    );
    // The Markdown (and the PDF made from it) carries it too, only when asked.
    let options = ExportOptions {
        compliance_summary: true,
        ..ExportOptions::default()
    };
    let reader = markdown(&small_issue(), &registry, &ExportOptions::default());
    assert!(!reader.contains("Sourcing compliance"));
    let reviewer = markdown(&small_issue(), &registry, &options);
    assert!(
        reviewer.contains("## Sourcing compliance \\(reviewer\\'s copy\\)"),
        "{reviewer}"
    );
    assert!(
        reviewer.contains("State media\\: 20\\% of citations \\(limit 20\\%\\)"),
        "{reviewer}"
    );
}

#[test]
fn page_breaks_go_between_sections() {
    let options = ExportOptions {
        page_breaks: true,
        ..ExportOptions::default()
    };
    let text = markdown(&small_issue(), &Registry::builtin(), &options);
    assert_eq!(text.matches("\\newpage").count(), 1);
    assert!(text.find("\\newpage") < text.find("## China"));
    assert!(
        html(&small_issue(), &Registry::builtin(), &options)
            .contains("<body class=\"page-breaks\">")
    );
}

#[test]
fn mainfont_is_written_only_when_chosen() {
    let registry = Registry::builtin();
    assert!(!markdown(&small_issue(), &registry, &ExportOptions::default()).contains("mainfont"));
    let options = ExportOptions {
        mainfont: Some("Noto Serif".to_owned()),
        ..ExportOptions::default()
    };
    assert!(markdown(&small_issue(), &registry, &options).contains("\nmainfont: \"Noto Serif\"\n"));
}

/// An issue whose editor pasted hostile text and URLs everywhere.
fn hostile_issue() -> monitor_workbench::model::Issue {
    let mut issue = small_issue();
    let attack = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> [click](javascript:alert(2)) [data](data:text/html,<b>x</b>) <vbscript:msgbox(1)>";
    issue.title = attack.to_owned();
    issue.series = attack.to_owned();
    issue.summary = attack.to_owned();
    issue.disclaimer = attack.to_owned();
    issue.publisher = attack.to_owned();
    issue.editors = vec![attack.to_owned()];
    issue.language = "en\"><script>alert(3)</script>".to_owned();
    issue.sections[0].title = attack.to_owned();
    issue.sections[0].entries[0].body = attack.to_owned();
    issue.sources[0].url = "javascript:alert(1)".to_owned();
    issue.sources[0].title = attack.to_owned();
    issue.sources[0].outlet = Some(attack.to_owned());
    issue.sources[1].url = "https://www.reuters.com/\"><img src=x onerror=alert(1)>".to_owned();
    let mut entry = Entry::new(EntryId(9), "vbscript");
    entry.citations.push(Citation {
        source: SourceId(3),
    });
    issue.sources[2].url = "vbscript:msgbox(1)".to_owned();
    issue.sections[1].entries.push(entry);
    issue
}

#[test]
fn hostile_text_makes_no_element_attribute_or_link_in_html() {
    let page = html(
        &hostile_issue(),
        &Registry::builtin(),
        &ExportOptions::default(),
    );
    // Text never holds a bare `<` (maud escapes it), so every `<` opens a real tag.
    for tag in tags(&page) {
        assert!(
            !["script", "img", "b", "iframe", "object"].contains(&tag.name.as_str()),
            "{tag:?}"
        );
        for (name, value) in &tag.attributes {
            assert!(!name.starts_with("on"), "event attribute {name} in {tag:?}");
            if name == "href" {
                let web = value.starts_with("https://") || value.starts_with("http://");
                assert!(web || value.starts_with('#'), "link to {value}");
                if web {
                    assert!(
                        tag.attributes
                            .contains(&("rel".to_owned(), "noopener noreferrer".to_owned())),
                        "{tag:?}"
                    );
                }
            }
        }
    }
    // The text is still there for the reader, escaped.
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("<span class=\"url\">javascript:alert(1)</span>"));
    assert!(
        page.contains("<html lang=\"en\">"),
        "a malformed language falls back to en"
    );
}

#[derive(Debug)]
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The start tags of a page whose attribute values are double-quoted (as maud writes them).
fn tags(page: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let mut inside = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    inside = !inside;
                }
                c == '>' && !inside
            })
            .map(|(i, _)| i)
            .expect("every tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('/') || tag.starts_with('!') {
            continue;
        }
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        let mut attributes = Vec::new();
        let mut attrs = tag[name_end..].trim();
        while !attrs.is_empty() {
            let name_end = attrs.find(['=', ' ']).unwrap_or(attrs.len());
            let name = attrs[..name_end].to_ascii_lowercase();
            attrs = &attrs[name_end..];
            let mut value = String::new();
            if let Some(quoted) = attrs.strip_prefix("=\"") {
                let close = quoted.find('"').expect("closing quote");
                value = quoted[..close].to_owned();
                attrs = &quoted[close + 1..];
            }
            attributes.push((name, value));
            attrs = attrs.trim_start();
        }
        found.push(Tag {
            name: tag[..name_end].to_ascii_lowercase(),
            attributes,
        });
    }
    found
}

#[test]
fn hostile_urls_are_never_links_in_markdown() {
    let text = markdown(
        &hostile_issue(),
        &Registry::builtin(),
        &ExportOptions::default(),
    );
    assert!(!text.contains("](javascript") && !text.contains("<javascript"));
    assert!(!text.contains("](data:") && !text.contains("(vbscript"));
    // Raw HTML would pass through Pandoc: every `<` is escaped or opens a web autolink.
    for (index, _) in text.match_indices('<') {
        let escaped = text[..index].ends_with('\\');
        assert!(
            escaped || text[index..].starts_with("<https://"),
            "bare < at {}",
            &text[index..index + 20]
        );
    }
    assert!(text.contains("javascript\\:alert\\(1\\)"));
}

fn commented_issue() -> monitor_workbench::model::Issue {
    let mut issue = small_issue();
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-18T10:00:00Z")
        .expect("time")
        .to_utc();
    issue.sections[0].entries[0]
        .comments
        .push(monitor_workbench::model::Comment {
            author: "Marta <b>".to_owned(),
            at,
            text: "Secret reviewer remark <script>alert(1)</script>".to_owned(),
            resolved: false,
            replies: vec![],
        });
    issue.sections[0].entries[1].declaration = Some(monitor_workbench::model::DeclarationFlag {
        note: "anti-US quote".to_owned(),
        by: "Marta".to_owned(),
        at: None,
    });
    issue
}

#[test]
fn comments_and_flags_never_reach_readers() {
    let issue = commented_issue();
    let registry = Registry::builtin();
    let options = ExportOptions {
        compliance_summary: false,
        ..ExportOptions::default()
    };
    for text in [
        html(&issue, &registry, &options),
        markdown(&issue, &registry, &options),
    ] {
        assert!(!text.contains("Secret reviewer remark"));
        assert!(!text.contains("anti-US quote"));
    }
}

#[test]
fn suggestions_never_reach_readers_and_the_reviewers_report_lists_them() {
    let mut issue = small_issue();
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-18T10:00:00Z")
        .expect("time")
        .to_utc();
    issue.sections[0].entries[0]
        .suggestions
        .push(monitor_workbench::model::Suggestion {
            author: "Marta".to_owned(),
            at,
            text: "Secret suggested wording <i>x</i>".to_owned(),
            outcome: None,
        });
    let registry = Registry::builtin();
    let options = ExportOptions::default();
    for text in [
        html(&issue, &registry, &options),
        markdown(&issue, &registry, &options),
        monitor_workbench::export::email_html(&issue, &registry, &options),
        monitor_workbench::export::plain_text(&issue, &registry, &options),
    ] {
        assert!(!text.contains("Secret suggested"), "{text}");
    }
    let page = monitor_workbench::export::review_report(&issue, &registry);
    assert!(page.contains("Open suggestions (1)"), "{page}");
    assert!(page.contains("Secret suggested wording &lt;i&gt;x&lt;/i&gt;"));
    assert!(page.contains("open-suggestion"));
}

#[test]
fn the_reviewers_report_lists_comments_flags_and_sign_offs_safely() {
    let issue = commented_issue();
    let page = monitor_workbench::export::review_report(&issue, &Registry::builtin());
    assert!(page.contains("Secret reviewer remark &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("Marta &lt;b&gt;"));
    assert!(page.contains("anti-US quote"));
    assert!(page.contains("flagged-declaration"));
    for tag in tags(&page) {
        assert!(
            !["script", "img", "b"].contains(&tag.name.as_str()),
            "{tag:?}"
        );
    }
}

/// The reviewer sees which sources count as state media and which record
/// decided each: a registry release, a dated record, or the editor's hand.
#[test]
fn the_reviewers_report_names_the_record_behind_each_state_media_source() {
    use monitor_workbench::model::{Source, SourceId, StateMediaOverride};
    let mut issue = monitor_workbench::sample::sample_issue();
    let mut globovision = Source::new(SourceId(901), "https://globovision.com/x");
    globovision.published = chrono::NaiveDate::from_ymd_opt(2021, 3, 1);
    let mut by_hand = Source::new(SourceId(902), "https://diario-local.example/x");
    by_hand.state_media = StateMediaOverride::Yes {
        reason: "Owned by the governorate".to_owned(),
    };
    issue.sources.extend([globovision, by_hand]);
    let page = monitor_workbench::export::review_report(&issue, &Registry::builtin());
    let table = &page[page
        .find("Sources counted as state media (9)")
        .expect("the table")..];
    assert!(table.contains("SC, state-controlled media"), "{table}");
    assert!(
        table.contains("CaPr, captured private media</td><td>the Monitor Workbench editors, 2026, since 1 May 2013 (as of 1 March 2021, the source's day)"),
        "{table}"
    );
    assert!(
        table.contains("marked by hand: Owned by the governorate"),
        "{table}"
    );
    assert!(page.contains("Policy: state media (state-controlled, captured public and captured private media) of all countries at most 20%"));
}

/// The official acts behind the cited outlets, with their days, in the
/// reviewer's report: the sample cites RT, Sputnik, Xinhua and CGTN.
#[test]
fn the_reviewers_report_names_the_official_designations_of_cited_outlets() {
    let issue = monitor_workbench::sample::sample_issue();
    let page = monitor_workbench::export::review_report(&issue, &Registry::builtin());
    let section = &page[page
        .find("Official designations of cited outlets (4)")
        .expect("the section")..];
    assert!(
        section.contains(
            "<p>Council of the European Union, Council Regulation (EU) 2022/350, 1 March 2022 (in force 2 March 2022): RT – Russia Today Spanish,"
        ),
        "{section}"
    );
    assert!(
        section.contains("US Department of State, Foreign Missions Act designation of Chinese media entities, 18 February 2020: China Global Television Network (CGTN)"),
        "{section}"
    );
    let mut clean = issue.clone();
    clean.sources.retain(|s| {
        !s.url.contains("rt.com")
            && !s.url.contains("sputnik")
            && !s.url.contains("news.cn")
            && !s.url.contains("cgtn")
    });
    let page = monitor_workbench::export::review_report(&clean, &Registry::builtin());
    assert!(
        page.contains("Official designations of cited outlets (0)"),
        "{page}"
    );
}

/// The bundled sample in every format, as a reader gets it, against reviewed
/// golden files: the HTML page, the Pandoc Markdown, and the PDF's text as
/// `pdftotext` reads it (its words, numbers, marks, headers and footers).
#[test]
fn every_format_of_the_sample_matches_its_golden_file() {
    let issue = monitor_workbench::sample::sample_issue();
    let registry = Registry::builtin();
    let options = ExportOptions {
        draft: true,
        ..ExportOptions::default()
    };
    golden("sample.html", &html(&issue, &registry, &options));
    golden("sample.md", &markdown(&issue, &registry, &options));
    #[cfg(feature = "pdf")]
    if let Some(pdftotext) =
        support::require_tool("pdftotext (poppler-utils)", support::tool("pdftotext"))
    {
        let dir = tempfile::tempdir().expect("temp dir");
        let pdf = dir.path().join("sample.pdf");
        let bytes = monitor_workbench::export::pdf(&issue, &registry, &options).expect("the PDF");
        std::fs::write(&pdf, bytes).expect("write the PDF");
        let output = std::process::Command::new(pdftotext)
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        golden("sample.pdf.txt", &String::from_utf8_lossy(&output.stdout));
    }
}
