//! A special edition exceeds the limit on purpose (README, "Special
//! editions"): the real binary's `check` and `export` on issue files, and
//! what readers and reviewers read of it in every format.

mod support;

use std::path::{Path, PathBuf};

use monitor_workbench::model::{Issue, SpecialEdition};
use monitor_workbench::registry::Registry;
use support::binary::{stderr, stdout, workbench};
use support::small_issue;

const REASON: &str = "The anniversary issue quotes the Kremlin's own account at length.";
const DISCLAIMER: &str = "This special edition draws on state media for {share} of its {unit}, above our usual {limit}: it documents the official narrative.";
/// The disclaimer as readers read it: figures in, apostrophes and quotes typographic.
const READERS_SEE: &str = "This special edition draws on state media for 20% of its citations, above our usual 10%: it documents the official narrative.";

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

/// The small issue (1 state-media citation of 5, everything else in order)
/// under a 10% limit, marked a special edition with `reason`.
fn special_edition(reason: &str) -> Issue {
    let mut issue = small_issue();
    issue.policy.limit = 0.10;
    issue.policy.special_edition = Some(SpecialEdition {
        reason: reason.to_owned(),
        disclaimer: DISCLAIMER.to_owned(),
    });
    issue
}

fn saved(issue: &Issue, dir: &Path) -> PathBuf {
    let file = dir.join("issue-15.ron");
    monitor_workbench::store::save(&file, issue).expect("save the issue");
    file
}

#[test]
fn check_passes_a_special_edition_over_the_limit_with_its_reason_on_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved(&special_edition(REASON), dir.path());
    let output = workbench(&["check", path_str(&file)]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert!(
        text.contains(
            "▶ citations             1/5     20%  over the limit on purpose (special edition)"
        ),
        "{text}"
    );
    assert!(text.contains("  special-edition"), "{text}");
    assert!(
        text.contains(&format!(
            "Special edition: state media make up 20% of citations (1 of 5), exceeding the 10% limit on purpose — reason: {REASON}"
        )),
        "{text}"
    );
    assert!(!text.contains("state-media-share"), "{text}");
    assert!(text.contains("\nCompliant: 0 errors"), "{text}");

    let output = workbench(&["check", path_str(&file), "--json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(json["compliant"], true);
    let special: Vec<&serde_json::Value> = json["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .filter(|v| v["rule"] == "special-edition")
        .collect();
    assert_eq!(special.len(), 1, "{json}");
    assert_eq!(special[0]["severity"], "warning");
}

#[test]
fn check_fails_a_special_edition_without_a_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved(&special_edition("   "), dir.path());
    let output = workbench(&["check", path_str(&file), "--json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(json["compliant"], false);
    let rules: Vec<(&str, &str)> = json["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .filter_map(|v| Some((v["rule"].as_str()?, v["severity"].as_str()?)))
        .filter(|(rule, _)| rule.contains("special-edition") || *rule == "state-media-share")
        .collect();
    assert_eq!(
        rules,
        [
            ("special-edition-without-reason", "warning"),
            ("state-media-share", "error")
        ]
    );
}

#[test]
fn a_special_edition_with_a_reason_is_published_without_an_override() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved(&special_edition(REASON), dir.path());
    let before = std::fs::read(&file).expect("read");
    let email = dir.path().join("issue-15.email.html");
    let output = workbench(&[
        "export",
        path_str(&file),
        "--html",
        path_str(&dir.path().join("issue-15.html")),
        "--markdown",
        path_str(&dir.path().join("issue-15.md")),
        "--email",
        path_str(&email),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(!said.contains("override"), "{said}");
    // The publisher hears why the share may exceed the limit.
    assert!(
        said.contains(&format!(
            "note: {}: Special edition: state media make up 20% of citations (1 of 5), exceeding \
             the 10% limit on purpose — reason: {REASON}",
            file.display()
        )),
        "{said}"
    );
    // Nothing was overridden, so nothing was added to the file.
    assert_eq!(std::fs::read(&file).expect("read"), before);
    let page = std::fs::read_to_string(dir.path().join("issue-15.html")).expect("html");
    assert!(
        page.contains(&format!(
            "<p class=\"special-edition\"><strong>{READERS_SEE}</strong></p>"
        )),
        "{page}"
    );
    // The note that precedes it still gives the figures and the usual limit.
    assert!(page.contains("1 of 5 citations (20%); our limit is 10%."));
    let markdown = std::fs::read_to_string(dir.path().join("issue-15.md")).expect("markdown");
    assert!(
        markdown.contains("***This special edition draws on state media"),
        "{markdown}"
    );
    let text = std::fs::read_to_string(dir.path().join("issue-15.email.txt")).expect("text");
    let unwrapped = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(unwrapped.contains(READERS_SEE), "{text}");
    // The reason is for reviewers and the record, not for readers.
    for export in [&page, &markdown, &text] {
        assert!(!export.contains("anniversary issue quotes"), "{export}");
    }
}

#[test]
fn a_special_edition_without_a_reason_is_refused_like_any_issue_over_the_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved(&special_edition(""), dir.path());
    let html = dir.path().join("issue-15.html");
    let output = workbench(&["export", path_str(&file), "--html", path_str(&html)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("not ready for publication: 1 error finding"),
        "{}",
        stderr(&output)
    );
    assert!(!html.exists());
}

#[test]
fn pandoc_reads_the_special_editions_disclaimer_as_written() {
    let Some(_) = support::require_tool("pandoc", support::tool("pandoc")) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = special_edition(REASON);
    // Markdown's and TeX's own characters stay text.
    issue.policy.special_edition = Some(SpecialEdition {
        reason: REASON.to_owned(),
        disclaimer: "*Special* edition: {share} > {limit} #1 [see](x) 50% \\today".to_owned(),
    });
    let markdown = monitor_workbench::export::markdown(
        &issue,
        &Registry::builtin(),
        &monitor_workbench::export::ExportOptions::default(),
    );
    let plain = support::pandoc_plain(&markdown, dir.path());
    assert!(
        plain.contains("*Special* edition: 20% > 10% #1 [see](x) 50% \\today"),
        "{plain}"
    );
}

#[test]
fn the_reviewers_report_says_plainly_why_the_limit_is_exceeded() {
    let registry = Registry::builtin();
    let page = monitor_workbench::export::review_report(&special_edition(REASON), &registry);
    assert!(
        page.contains(&format!(
            "<strong>Special edition: exceeds the limit on purpose — reason: {REASON}</strong>"
        )),
        "{page}"
    );
    assert!(
        page.contains("over the limit on purpose (special edition)"),
        "{page}"
    );
    assert!(
        page.contains(&format!("Readers see: {}", READERS_SEE)),
        "{page}"
    );
    assert!(page.contains("verdict ok"), "{page}");

    let page = monitor_workbench::export::review_report(&special_edition(""), &registry);
    assert!(
        page.contains("Special edition without a reason: the share above the limit stays an error"),
        "{page}"
    );
    assert!(page.contains("verdict bad"), "{page}");
}

/// The PDF the workbench typesets says it too, after the methodology note.
#[cfg(feature = "pdf")]
#[test]
fn the_pdf_carries_the_special_editions_disclaimer() {
    let Some(pdftotext) = support::require_tool("pdftotext", support::tool("pdftotext")) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved(&special_edition(REASON), dir.path());
    let pdf = dir.path().join("issue-15.pdf");
    let output = workbench(&["export", path_str(&file), "--pdf", path_str(&pdf)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = support::output_of(pdftotext, &[pdf.as_os_str(), "-".as_ref()]);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Hyphenation may break a long word across lines; the start is enough.
    assert!(
        words.contains("This special edition draws on state media for 20%"),
        "{text}"
    );
    assert!(!words.contains("anniversary issue quotes"), "{text}");
}
