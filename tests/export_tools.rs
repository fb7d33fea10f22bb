//! The exports checked by the real tools: the Nu Html Checker, Pandoc and XeLaTeX.
//! Outside CI a missing tool skips its test; under `CI=true` it fails it.

mod support;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use monitor_workbench::export::{ExportOptions, html, markdown};
use monitor_workbench::model::{Entry, EntryId, Issue, Section, SectionId};
use monitor_workbench::registry::Registry;
use monitor_workbench::sample::sample_issue;
use support::{require_tool, small_issue};

fn found(program: &str, version_arg: &str) -> Option<PathBuf> {
    let ok = Command::new(program)
        .arg(version_arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    ok.then(|| PathBuf::from(program))
}

/// Runs `program args` with `input` on stdin; returns (success, stdout, stderr).
fn run(program: &PathBuf, args: &[&str], input: &str) -> (bool, String, String) {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let output = child.wait_with_output().expect("the tool finishes");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn vnu_check(name: &str, page: &str) {
    let Some(vnu) = require_tool("vnu (npm vnu-jar, with Java)", found("vnu", "--version")) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, page).expect("write page");
    let output = Command::new(vnu)
        .args(["--errors-only", "--format", "text"])
        .arg(&path)
        .output()
        .expect("vnu runs");
    let messages = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{name} is not valid HTML5:\n{messages}"
    );
}

#[test]
fn the_sample_issue_html_is_valid_html5() {
    let registry = Registry::builtin();
    vnu_check(
        "sample.html",
        &html(&sample_issue(), &registry, &ExportOptions::default()),
    );
    let reviewer = ExportOptions {
        compliance_summary: true,
        page_breaks: true,
        source_list: monitor_workbench::export::SourceList::AtEnd,
        ..ExportOptions::default()
    };
    vnu_check(
        "sample-reviewer.html",
        &html(&sample_issue(), &registry, &reviewer),
    );
    vnu_check(
        "small.html",
        &html(&small_issue(), &registry, &ExportOptions::default()),
    );
    vnu_check(
        "empty.html",
        &html(&Issue::default(), &registry, &ExportOptions::default()),
    );
    // Pasted control characters and noncharacters would be errors in HTML.
    let mut pasted = tricky_issue();
    pasted.title = "Bell\u{7} and NUL\u{0} and \u{FFFF} and <script>alert(1)</script>".to_owned();
    pasted.sections[0].entries[0].body = "Form feed\u{c} and \u{1b}[31m escape".to_owned();
    vnu_check(
        "pasted.html",
        &html(&pasted, &registry, &ExportOptions::default()),
    );
    vnu_check(
        "pasted-review.html",
        &monitor_workbench::export::review_report(&pasted, &registry),
    );
}

fn pandoc() -> Option<PathBuf> {
    require_tool("pandoc", found("pandoc", "--version"))
}

#[test]
fn pandoc_reads_the_sample_markdown_without_a_warning() {
    let Some(pandoc) = pandoc() else { return };
    let text = markdown(
        &sample_issue(),
        &Registry::builtin(),
        &ExportOptions::default(),
    );
    let (ok, json, warnings) = run(&pandoc, &["-f", "markdown", "-t", "json"], &text);
    assert!(ok && warnings.trim().is_empty(), "{warnings}");
    let ast: serde_json::Value = serde_json::from_str(&json).expect("Pandoc JSON");
    assert_eq!(
        stringify(&ast["meta"]["title"]["c"]),
        "VRIC Monitor No.\u{A0}14"
    );
    let headers: Vec<String> = ast["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .filter(|block| block["t"] == "Header" && block["c"][0] == 2)
        .map(|block| stringify(&block["c"][2]))
        .collect();
    assert_eq!(
        headers,
        ["Overview", "Russia", "China", "Iran", "Venezuela"]
    );
    // Sources are numbered as in the HTML, not as footnotes (which Pandoc
    // would number per citation): one superscript per cited entry.
    assert_eq!(json.matches("\"t\":\"Note\"").count(), 0);
    let cited = sample_issue()
        .entries()
        .filter(|(_, entry)| !entry.citations.is_empty())
        .count();
    assert_eq!(json.matches("\"t\":\"Superscript\"").count(), cited);
}

/// What the editor wrote, in entries, in the title, in a section heading.
const TRICKY: [&str; 6] = [
    "Symbols * _ # [ ] ( ) < > $ % & \\ ~ ^ { } | and `ticks` and a lone ` tick",
    "1. starts like a numbered list",
    "- starts like a bullet",
    "# starts like a heading",
    "Quotes \"straight\" and 'single', -- dashes --- and ... dots, @cite, <b>html</b>, :smile:",
    "Non-Latin: 中文, русский, العربية, ελληνικά — Añez, São Paulo",
];

fn tricky_issue() -> Issue {
    let mut section = Section::new(SectionId(1), "Section: with # and *stars*");
    section.entries = TRICKY
        .iter()
        .enumerate()
        .map(|(index, body)| Entry::new(EntryId(index as u32 + 1), *body))
        .collect();
    Issue {
        series: "VRIC Monitor".to_owned(),
        number: Some(3),
        title: "Title: with a colon, \"quotes\" & *stars* — 中文".to_owned(),
        sections: vec![section],
        ..Issue::default()
    }
}

/// Dates, "No. 14", initials and a spaced dash hold together through
/// Pandoc into LaTeX, as `~`.
#[test]
fn no_break_spaces_reach_latex() {
    let Some(pandoc) = pandoc() else { return };
    let mut issue = sample_issue();
    issue.editors = vec!["Joseph M. Humire".to_owned()];
    issue.sections[0].entries[0].body = "Talks went on - as planned.".to_owned();
    let options = ExportOptions {
        draft: true,
        ..ExportOptions::default()
    };
    let text = markdown(&issue, &Registry::builtin(), &options);
    let (ok, latex, warnings) = run(&pandoc, &["-f", "markdown", "-t", "latex", "-s"], &text);
    assert!(ok, "{warnings}");
    for held in [
        "20~November~2026",
        "No.~14",
        "Joseph~M.~Humire",
        "on~-- as planned",
    ] {
        assert!(latex.contains(held), "{held} missing in\n{latex}");
    }
}

#[test]
fn pandoc_gives_back_exactly_what_the_editor_wrote() {
    let Some(pandoc) = pandoc() else { return };
    let issue = tricky_issue();
    let text = markdown(&issue, &Registry::builtin(), &ExportOptions::default());
    let (ok, plain, warnings) = run(
        &pandoc,
        &["-f", "markdown", "-t", "plain", "--wrap=none"],
        &text,
    );
    assert!(ok, "{warnings}");
    let paragraphs: Vec<&str> = plain.split("\n\n").map(str::trim).collect();
    for body in TRICKY {
        // The body as readers are meant to see it: its Markdown read as
        // inline text, with the issue's typographic quotes and dashes.
        let shown: String = monitor_workbench::text::typographic_runs(
            monitor_workbench::text::runs(body),
            issue.quote_style(),
        )
        .into_iter()
        .map(|run| run.text)
        .collect::<String>();
        assert!(
            paragraphs.contains(&shown.as_str()),
            "{shown:?} not found in:\n{plain}"
        );
    }
    let (ok, json, _) = run(&pandoc, &["-f", "markdown", "-t", "json"], &text);
    assert!(ok);
    let ast: serde_json::Value = serde_json::from_str(&json).expect("Pandoc JSON");
    assert_eq!(
        stringify(&ast["meta"]["subtitle"]["c"]),
        monitor_workbench::text::typographic(&issue.title, issue.quote_style())
    );
    let heading = ast["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .find(|b| b["t"] == "Header")
        .expect("heading");
    assert_eq!(stringify(&heading["c"][2]), issue.sections[0].title);
}

#[test]
fn hostile_text_stays_text_through_pandoc() {
    let Some(pandoc) = pandoc() else { return };
    let mut issue = small_issue();
    issue.sections[0].entries[0].body =
        "<script>alert(1)</script> \"><img src=x onerror=alert(1)>".to_owned();
    issue.sources[0].url = "javascript:alert(1)".to_owned();
    let text = markdown(&issue, &Registry::builtin(), &ExportOptions::default());
    let (ok, page, _) = run(&pandoc, &["-f", "markdown", "-t", "html"], &text);
    assert!(ok);
    assert!(
        !page.contains("<script") && !page.contains("<img") && !page.contains("href=\"javascript"),
        "{page}"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
}

/// The text of a Pandoc inline list, as a reader sees it.
fn stringify(inlines: &serde_json::Value) -> String {
    let mut out = String::new();
    for inline in inlines.as_array().into_iter().flatten() {
        match inline["t"].as_str() {
            Some("Str") => out.push_str(inline["c"].as_str().unwrap_or_default()),
            Some("Space" | "SoftBreak" | "LineBreak") => out.push(' '),
            Some("Code") => out.push_str(inline["c"][1].as_str().unwrap_or_default()),
            Some("Emph" | "Strong" | "Strikeout" | "Superscript" | "Subscript" | "SmallCaps") => {
                out.push_str(&stringify(&inline["c"]));
            }
            Some("Link" | "Span") => out.push_str(&stringify(&inline["c"][1])),
            // Pandoc reads typographic quotes as a quotation, and sets them
            // back as these marks.
            Some("Quoted") => {
                let (open, close) = if inline["c"][0]["t"] == "SingleQuote" {
                    ('‘', '’')
                } else {
                    ('“', '”')
                };
                out.push(open);
                out.push_str(&stringify(&inline["c"][1]));
                out.push(close);
            }
            Some("MetaInlines") => out.push_str(&stringify(&inline["c"])),
            _ => {}
        }
    }
    out
}

/// The PDF route of the README: Pandoc with XeLaTeX and Latin Modern.
#[test]
fn the_sample_markdown_typesets_to_pdf_without_missing_characters() {
    let Some(pandoc) = pandoc() else { return };
    let xelatex = found("xelatex", "--version");
    if require_tool("xelatex (texlive-xetex, lmodern)", xelatex).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("sample.md");
    let pdf = dir.path().join("sample.pdf");
    let options = ExportOptions {
        page_breaks: true,
        ..ExportOptions::default()
    };
    std::fs::write(
        &source,
        markdown(&sample_issue(), &Registry::builtin(), &options),
    )
    .expect("write");
    typeset_without_missing_characters(&pandoc, &source, &pdf);
    assert!(std::fs::metadata(&pdf).is_ok_and(|meta| meta.len() > 10_000));
}

/// An issue that quotes Persian, Arabic, Hebrew, Chinese and Russian goes
/// through Pandoc and XeLaTeX with the fonts installed here: the Markdown
/// names them (found through fontconfig), each right-to-left quote is set in
/// its language, and every quote is in the PDF's text. Needs the fonts and
/// TeX packages `.ci/run` installs (fonts-dejavu-core, fonts-wqy-microhei,
/// texlive-lang-chinese for xeCJK).
#[test]
fn quotes_in_other_scripts_typeset_through_pandoc_with_the_installed_fonts() {
    use monitor_workbench::export::installed_fonts;
    use unicode_normalization::UnicodeNormalization;

    let Some(pandoc) = pandoc() else { return };
    if require_tool("xelatex (texlive-xetex)", found("xelatex", "--version")).is_none()
        || require_tool("pdftotext (poppler-utils)", found("pdftotext", "-v")).is_none()
        || require_tool("fc-list (fontconfig)", found("fc-list", "--version")).is_none()
    {
        return;
    }
    let quotes = [
        "«سلام دنیا، پیروزی»",
        "«مرحبا بالعالم»",
        "«שלום עולם»",
        "“中华人民共和国外交部”",
        "«Министерство иностранных дел»",
    ];
    let mut issue = sample_issue();
    let entries = issue
        .sections
        .iter_mut()
        .flat_map(|section| section.entries.iter_mut());
    for (entry, quote) in entries.zip(quotes) {
        entry.body = format!("The ministry said {quote} on Tuesday. {}", entry.body);
    }
    let choice = installed_fonts::for_pandoc(&issue, None);
    assert!(
        choice.missing.is_empty() && !choice.guessed,
        "{:?}: install fonts-dejavu-core and fonts-wqy-microhei",
        choice.warnings()
    );
    let options = ExportOptions {
        pandoc_fonts: choice.fonts,
        draft: true,
        ..ExportOptions::default()
    };
    let text = markdown(&issue, &Registry::builtin(), &options);
    assert!(text.contains("[سلام دنیا، پیروزی]{lang=ar}"), "{text}");
    assert!(text.contains("[שלום עולם]{lang=he}"), "{text}");
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("quotes.md");
    let pdf = dir.path().join("quotes.pdf");
    std::fs::write(&source, &text).expect("write");
    typeset_without_missing_characters(&pandoc, &source, &pdf);
    let read = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    // Arabic comes back in its presentation forms; NFKC gives the letters.
    let words: String = String::from_utf8_lossy(&read.stdout).nfkc().collect();
    for word in [
        "سلام",
        "پیروزی",
        "بالعالم",
        "שלום",
        "中华人民共和国外交部",
        "Министерство",
    ] {
        assert!(words.contains(word), "{word} is not in the PDF:\n{words}");
    }
}

/// Where no installed font has a script the issue quotes, `export` says
/// which script and what to install, and still writes the Markdown.
#[test]
fn a_script_no_installed_font_has_is_named_with_what_to_install() {
    if require_tool("fc-list (fontconfig)", found("fc-list", "--version")).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    // A fontconfig that knows no fonts at all.
    let config = dir.path().join("fonts.conf");
    std::fs::write(
        &config,
        format!(
            "<?xml version=\"1.0\"?><fontconfig><dir>{0}/none</dir><cachedir>{0}/cache</cachedir></fontconfig>",
            dir.path().display()
        ),
    )
    .expect("write the font configuration");
    let mut issue = sample_issue();
    issue.sections[0].entries[0].body = "Dijo «سلام دنیا» y «中华人民共和国».".to_owned();
    let file = dir.path().join("quotes.ron");
    monitor_workbench::store::save(&file, &issue).expect("save");
    let out = dir.path().join("quotes.md");
    let output = Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .arg("export")
        .arg(&file)
        .args(["--draft", "--markdown"])
        .arg(&out)
        .env("FONTCONFIG_FILE", &config)
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("Arabic-script") && stderr.contains("fonts-noto-core"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Chinese") && stderr.contains("fonts-noto-cjk"),
        "{stderr}"
    );
    let markdown = std::fs::read_to_string(&out).expect("the Markdown is written");
    assert!(markdown.contains("[سلام دنیا]{lang=ar}"), "{markdown}");
    assert!(!markdown.contains("CJKmainfont"), "{markdown}");
}

/// `pandoc SOURCE -o PDF --pdf-engine=xelatex`: it succeeds, and XeLaTeX's
/// log has no "Missing character" (a glyph no font had, printed as nothing).
fn typeset_without_missing_characters(
    pandoc: &PathBuf,
    source: &std::path::Path,
    pdf: &std::path::Path,
) {
    let output = Command::new(pandoc)
        .arg(source)
        .arg("-o")
        .arg(pdf)
        .args(["--pdf-engine=xelatex", "--verbose"])
        .output()
        .expect("pandoc runs");
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{log}");
    assert!(!log.contains("Missing character"), "{log}");
}
