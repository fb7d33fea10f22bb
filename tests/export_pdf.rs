//! The one-click PDF, read back as a publisher and a reader get it: the real
//! binary's `export --pdf`, then poppler's `pdfinfo` (metadata, paper,
//! tagging), `pdftotext` (every page's words, the numbers, the quotes),
//! `pdffonts` (what was embedded) and `pdftohtml -xml` (the bookmarks).

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use monitor_workbench::model::{Issue, Source, SourceId};
use monitor_workbench::sample::sample_issue;
use support::{output_of, require_tool, tool};

fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_monitor-workbench"));
    // The tests read the English messages, whatever the machine's locale.
    command.env("LC_ALL", "C.UTF-8");
    command
}

/// Saves `issue` in `dir` and runs `export ISSUE --pdf OUT.pdf` with `extra` options.
fn export_pdf(issue: &Issue, dir: &Path, extra: &[&str]) -> (Output, PathBuf) {
    let file = dir.join("issue.ron");
    monitor_workbench::store::save(&file, issue).expect("save the issue");
    let pdf = dir.join("issue.pdf");
    let output = binary()
        .arg("export")
        .arg(&file)
        .arg("--pdf")
        .arg(&pdf)
        .args(extra)
        .output()
        .expect("the binary runs");
    (output, pdf)
}

fn poppler() -> bool {
    let found = tool("pdftotext").and(tool("pdfinfo")).and(tool("pdffonts"));
    require_tool("pdftotext, pdfinfo and pdffonts (poppler-utils)", found).is_some()
}

/// The text of page `page` (1-based), or of every page with `None`.
fn text(pdf: &Path, page: Option<usize>) -> String {
    let mut args: Vec<std::ffi::OsString> = Vec::new();
    if let Some(page) = page {
        let page = page.to_string();
        args.extend(["-f".into(), page.clone().into(), "-l".into(), page.into()]);
    }
    args.push(pdf.into());
    args.push("-".into());
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    output_of("pdftotext", &args)
}

/// One line of `pdfinfo`: "Title", "Pages", "Page size", "Tagged"…
fn info(pdf: &Path, field: &str) -> String {
    output_of("pdfinfo", &[pdf.as_os_str()])
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{field}:")))
        .map(|value| value.trim().to_owned())
        .unwrap_or_default()
}

fn one_line(text: &str) -> String {
    text.replace("-\n", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_sample_becomes_a_publication_pdf_with_its_metadata_and_pages() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let issue = sample_issue();
    let (output, pdf) = export_pdf(&issue, dir.path(), &["--draft", "--contents"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("Wrote"));

    // Metadata a library catalogue and a screen reader use.
    let title = info(&pdf, "Title");
    assert!(title.contains(&issue.title), "title: {title}");
    assert!(title.contains(&issue.series), "title: {title}");
    assert!(!info(&pdf, "Author").is_empty(), "an author");
    assert!(!info(&pdf, "Subject").is_empty(), "a subject");
    assert_eq!(info(&pdf, "Tagged"), "yes");
    assert!(info(&pdf, "Creator").contains("Monitor Workbench"));
    // A4 unless asked otherwise.
    assert!(
        info(&pdf, "Page size").starts_with("595.276 x 841.89"),
        "{}",
        info(&pdf, "Page size")
    );

    // "Draft" and "Page X of Y" on every page; the running header from page 2.
    let pages: usize = info(&pdf, "Pages").parse().expect("a page count");
    assert!(pages >= 2, "{pages} pages");
    for page in 1..=pages {
        let words = one_line(&text(&pdf, Some(page)));
        assert!(
            words.contains("Draft — not for publication"),
            "page {page}: {words}"
        );
        assert!(
            words.contains(&format!("Page {page} of {pages}")),
            "page {page}: {words}"
        );
        if page > 1 {
            assert!(words.contains(&issue.title), "header on page {page}");
        }
    }

    let all = one_line(&text(&pdf, None));
    // The contents, the legend of the marks, the disclaimer and the methodology note.
    assert!(all.contains("In this issue"), "{all}");
    assert!(
        all.contains("State-controlled media: a state funds and runs the outlet"),
        "{all}"
    );
    assert!(all.contains("our limit is 20%"), "{all}");
    // Typographic quotes, never two closing ones.
    assert!(!all.contains("”Bolivarian"), "{all}");
    assert!(!all.contains('"'), "straight quotes reached the PDF");

    // One bookmark per section.
    if require_tool("pdftohtml (poppler-utils)", tool("pdftohtml")).is_some() {
        let xml = output_of(
            "pdftohtml",
            &[
                "-xml".as_ref(),
                "-stdout".as_ref(),
                "-i".as_ref(),
                pdf.as_os_str(),
            ],
        );
        for section in &issue.sections {
            let title = section.title.replace('&', "&amp;");
            assert!(
                xml.contains(&format!(">{title}</item>")) || xml.contains(&format!(">{title}<")),
                "no bookmark for {title}"
            );
        }
        assert!(xml.contains("<outline"), "an outline");
    }
}

#[test]
fn letter_paper_when_asked() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let (output, pdf) = export_pdf(
        &sample_issue(),
        dir.path(),
        &["--draft", "--paper", "letter"],
    );
    assert!(output.status.success());
    assert!(info(&pdf, "Page size").starts_with("612 x 792"));
}

/// What `check` accepts the PDF sets, and what it cannot carry `check`
/// reports: a source link of 8,000 bytes once failed the PDF with "URL is too
/// long" and no source named; a published date of year 10000 with "date is
/// invalid".
#[test]
fn hostile_values_are_set_or_reported_by_check() {
    if !poppler() {
        return;
    }
    let mut issue = sample_issue();
    let long = format!("{}?q={}", issue.sources[0].url, "a".repeat(8_000));
    issue.sources[0].url = long.clone();
    issue.published = chrono::NaiveDate::from_ymd_opt(10_000, 1, 1);
    let dir = tempfile::tempdir().expect("temp dir");
    let (output, pdf) = export_pdf(&issue, dir.path(), &["--draft"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(info(&pdf, "Pages").parse::<u32>().unwrap_or(0) > 1);
    let report = binary()
        .args(["check", "--json"])
        .arg(dir.path().join("issue.ron"))
        .output()
        .expect("check runs");
    let json = String::from_utf8_lossy(&report.stdout);
    assert!(json.contains("\"invalid-url\""), "{json}");
    assert!(json.contains(&long), "the finding names the source");
}

/// An issue with an entry and a source title in Russian, Greek, Arabic and Chinese.
fn with_cyrillic_and_chinese() -> Issue {
    let mut issue = sample_issue();
    let id = SourceId(900);
    let mut source = Source::new(id, "https://www.fmprc.gov.cn/web/wjdt_674879/");
    source.title = "外交部发言人答记者问".to_owned();
    source.language = "zh".to_owned();
    issue.sources.push(source);
    let section = &mut issue.sections[0];
    let entry = &mut section.entries[0];
    entry.body = format!(
        "{} Москва ответила: «сотрудничество». Η Αθήνα σιωπά. طهران ترحب. 中国外交部表示支持。",
        entry.body
    );
    entry
        .citations
        .push(monitor_workbench::model::Citation { source: id });
    issue
}

#[test]
fn cyrillic_greek_arabic_and_chinese_are_set_not_lost() {
    if !poppler() {
        return;
    }
    assert!(
        fontconfig_has("zh"),
        "this test needs a Chinese font: install fonts-wqy-microhei (.ci/run installs it); it did not run"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let (output, pdf) = export_pdf(&with_cyrillic_and_chinese(), dir.path(), &["--draft"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let all = one_line(&text(&pdf, None));
    assert!(all.contains("Москва ответила"), "{all}");
    assert!(all.contains("Η Αθήνα σιωπά"), "{all}");
    // pdftotext gives right-to-left words in their logical order.
    assert!(all.contains("طهران"), "{all}");
    assert!(all.contains("中国外交部表示支持"), "{all}");
    assert!(all.contains("外交部发言人答记者问"), "{all}");
    assert!(
        all.contains("Ministry of Foreign Affairs of China [government source]"),
        "{all}"
    );
    let fonts = output_of("pdffonts", &[pdf.as_os_str()]);
    assert!(fonts.contains("Libertinus"), "{fonts}");
    let embedded_all = fonts
        .lines()
        .skip(2)
        .all(|line| line.split_whitespace().rev().nth(3) == Some("yes"));
    assert!(embedded_all, "every font embedded:\n{fonts}");
}

/// Whether fontconfig knows a font for `lang` (as `fc-list :lang=zh`).
fn fontconfig_has(lang: &str) -> bool {
    Command::new("fc-list")
        .arg(format!(":lang={lang}"))
        .output()
        .is_ok_and(|output| !output.stdout.is_empty())
}

#[test]
fn a_character_no_font_has_fails_loudly_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = sample_issue();
    let title = issue.sections[1].title.clone();
    // A private-use character: no font on any machine draws it as text.
    issue.sections[1].entries[1].body.push_str(" \u{10FFFD}");
    let (output, pdf) = export_pdf(&issue, dir.path(), &["--draft"]);
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("U+10FFFD"), "{error}");
    assert!(
        error.contains(&format!("section “{title}”, entry 2")),
        "{error}"
    );
    assert!(error.contains("install a font"), "{error}");
    assert!(!pdf.exists(), "no PDF written");
}

#[test]
fn the_main_font_asked_for_is_used_or_refused_by_name() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    if fontconfig_family("DejaVu Serif") {
        let (output, pdf) = export_pdf(
            &sample_issue(),
            dir.path(),
            &["--draft", "--mainfont", "DejaVu Serif"],
        );
        assert!(output.status.success());
        let fonts = output_of("pdffonts", &[pdf.as_os_str()]);
        assert!(fonts.contains("DejaVuSerif"), "{fonts}");
    }
    std::fs::remove_file(dir.path().join("issue.pdf")).ok();
    let (output, pdf) = export_pdf(
        &sample_issue(),
        dir.path(),
        &["--draft", "--mainfont", "No Such Font"],
    );
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("“No Such Font” is not installed"), "{error}");
    assert!(!pdf.exists());
}

/// Whether fontconfig knows the family `name`.
fn fontconfig_family(name: &str) -> bool {
    Command::new("fc-list")
        .arg(name)
        .output()
        .is_ok_and(|output| !output.stdout.is_empty())
}

/// Every citation number is a link into the document (no web address) to
/// the page where its source is listed, in the sources at the end and in
/// each section's list. The links are pointed at the sources after layout
/// (`export::pdf::source_links`), so this is what holds them.
#[test]
fn each_citation_number_links_to_the_page_of_its_source() {
    if !poppler() || require_tool("pdftohtml (poppler-utils)", tool("pdftohtml")).is_none() {
        return;
    }
    let issue = sample_issue();
    let cited = issue
        .entries()
        .flat_map(|(_, entry)| entry.citations.iter())
        .count();
    for placement in ["per-section", "end"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (output, pdf) = export_pdf(&issue, dir.path(), &["--draft", "--sources", placement]);
        assert!(output.status.success(), "{output:?}");
        let bytes = std::fs::read(&pdf).expect("read the PDF");
        let raw = String::from_utf8_lossy(&bytes);
        assert!(!raw.contains("/URI(source"), "a stand-in address was left");
        let xml = output_of(
            "pdftohtml",
            &[
                "-xml".as_ref(),
                "-i".as_ref(),
                "-stdout".as_ref(),
                pdf.as_os_str(),
            ],
        );
        // `<a href="issue.html#3">12</a>`: the number 12 links to page 3.
        let links: Vec<(usize, usize)> = xml
            .split("<a href=\"")
            .skip(1)
            .filter_map(|link| {
                let (target, rest) = link.split_once("\">")?;
                let page = target.rsplit_once('#')?.1.parse().ok()?;
                let number = rest.split_once("</a>")?.0.trim().parse().ok()?;
                Some((number, page))
            })
            .collect();
        assert!(
            links.len() >= cited,
            "{} number links for {cited} citations ({placement})",
            links.len()
        );
        for (number, page) in links {
            let listed = text(&pdf, Some(page))
                .lines()
                .any(|line| line.trim_start().starts_with(&format!("{number}. ")));
            assert!(
                listed,
                "number {number} links to page {page}, which does not list it ({placement})"
            );
        }
    }
}
