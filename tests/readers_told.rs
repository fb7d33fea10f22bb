//! Readers are told the truth: an issue published over its limit with an
//! override says so in its methodology note, with the figure; a kept
//! opinion piece carries its mark in every format; the standing disclaimer's
//! policy sentence is followed by the departure it would otherwise hide.

mod support;

use monitor_workbench::model::SourceKind;
use monitor_workbench::sample::sample_issue;
use support::binary::{stderr, workbench};

#[test]
fn an_issue_published_over_its_limit_says_so_in_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = sample_issue();
    // 7 of 37 citations (18.9%) against a 15% limit, no special edition.
    issue.policy.limit = 0.15;
    issue.disclaimer = issue.policy.standing_disclaimer();
    let column = issue
        .sources
        .iter_mut()
        .find(|s| s.url.contains("elcomercio"))
        .expect("the sample cites El Comercio");
    column.kind = SourceKind::Opinion;
    let path = dir.path().join("issue.ron");
    monitor_workbench::store::save(&path, &issue).expect("save");
    let out = |name: &str| dir.path().join(name).display().to_string();
    let run = workbench(&[
        "export",
        &path.display().to_string(),
        "--override",
        "the editor's decision",
        "--html",
        &out("issue.html"),
        "--markdown",
        &out("issue.md"),
        "--email",
        &out("issue.email.html"),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    for name in ["issue.html", "issue.md", "issue.email.txt"] {
        let text = std::fs::read_to_string(dir.path().join(name))
            .expect("written")
            .replace("\\", "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(
                "This issue exceeds our 15% limit: 18.9% of its citations are state media."
            ),
            "{name}"
        );
        assert!(text.contains("[opinion]"), "{name}: the column's mark");
        assert!(
            text.contains("This issue departs from that policy; the methodology note says how."),
            "{name}: the disclaimer's policy sentence is not left alone"
        );
    }
}
