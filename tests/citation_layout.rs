//! Citation numbers as a reader's browser lays them out: headless Chromium
//! opens the exported page and the email at 1000 and 390 px, a small script
//! added to the test's copy measures every citation link's box, and the test
//! holds that the boxes of different numbers never overlap, that each is a
//! 24 px target, and that each citation group sits on one line; and that no
//! date is broken across lines. On the bundled sample and on an issue of 30
//! sources with two-digit pairs and runs.

mod support;

use std::path::Path;
use std::process::Command;

use monitor_workbench::export::{ExportOptions, email_html, html};
use monitor_workbench::model::{
    Citation, Entry, EntryId, Issue, Section, SectionId, Source, SourceId,
};
use monitor_workbench::registry::Registry;
use monitor_workbench::sample::sample_issue;
use support::require_tool;

const CHROMIUM: &str = "chromium-headless-shell";

/// Measures each citation group's link boxes once the page has laid out,
/// and writes them into the page as JSON for `--dump-dom` to print.
const PROBE: &str = r#"<script>
addEventListener('load', () => {
  const groups = [...document.querySelectorAll('sup.cite')].map(sup =>
    [...sup.querySelectorAll('a')].map(a => {
      const r = a.getBoundingClientRect();
      return [a.textContent, r.left, r.top, r.right, r.bottom];
    }));
  // A date set on more than one line has more than one box.
  const dates = [...document.querySelectorAll('time')]
    .filter(t => t.getClientRects().length > 1)
    .map(t => t.textContent);
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({groups, dates});
  document.body.appendChild(out);
});
</script>"#;

/// A link's box: its number and left, top, right, bottom in CSS pixels.
type Measured = (String, f64, f64, f64, f64);

fn chromium() -> bool {
    let found = Command::new(CHROMIUM)
        .arg("--version")
        .output()
        .ok()
        .filter(|output| output.status.success());
    require_tool(
        "chromium-headless-shell (Debian: chromium-headless-shell)",
        found,
    )
    .is_some()
}

/// What the probe found: each citation group's link boxes, and the dates
/// set across a line break.
#[derive(serde::Deserialize)]
struct Layout {
    groups: Vec<Vec<Measured>>,
    dates: Vec<String>,
}

/// The citation groups and broken dates of `page` in a window `width` px wide.
fn measure(page: &str, width: u32, dir: &Path, name: &str) -> Layout {
    let probed = page.replacen("</body>", &format!("{PROBE}</body>"), 1);
    assert_ne!(probed, page, "{name} has a body");
    let file = dir.join(format!("{name}-{width}.html"));
    std::fs::write(&file, probed).expect("write the page");
    let output = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            &format!("--window-size={width},900"),
            "--dump-dom",
        ])
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom.find("<pre id=\"probe\">").unwrap_or_else(|| {
        panic!(
            "{name} at {width} px: no measurement\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let json = &dom[start + "<pre id=\"probe\">".len()..];
    let json = &json[..json.find("</pre>").expect("closed")];
    let json = json.replace("&quot;", "\"").replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|error| panic!("{error}: {json}"))
}

fn overlap(a: &Measured, b: &Measured) -> f64 {
    let width = a.3.min(b.3) - a.1.max(b.1);
    let height = a.4.min(b.4) - a.2.max(b.2);
    width.max(0.0) * height.max(0.0)
}

/// Every box 24 px at least; no two boxes of different numbers overlapping;
/// every group on one line.
fn assert_set_as_a_typesetter_would(groups: &[Vec<Measured>], what: &str) {
    assert!(!groups.is_empty(), "{what}: no citation");
    for group in groups {
        for link in group {
            let (width, height) = (link.3 - link.1, link.4 - link.2);
            assert!(
                width >= 23.9 && height >= 23.9,
                "{what}: citation {} is a {width}×{height} target",
                link.0
            );
        }
        let top = group[0].2;
        assert!(
            group.iter().all(|link| (link.2 - top).abs() < 1.0),
            "{what}: the group {:?} breaks across lines",
            group.iter().map(|link| &link.0).collect::<Vec<_>>()
        );
    }
    let links: Vec<&Measured> = groups.iter().flatten().collect();
    for (index, a) in links.iter().enumerate() {
        for b in &links[index + 1..] {
            assert!(
                a.0 == b.0 || overlap(a, b) < 0.5,
                "{what}: citations {} and {} overlap: {a:?} {b:?}",
                a.0,
                b.0
            );
        }
    }
}

/// Thirty sources cited in pairs and runs across long paragraphs, so that
/// two-digit pairs (22, 23 · 26, 27 · 28, 29) fall at every place of a line.
fn thirty_sources() -> Issue {
    let mut issue = sample_issue();
    issue.sections.truncate(1);
    let outlets = [
        "https://www.reuters.com/world/americas/",
        "https://efe.com/mundo/",
        "https://www.infobae.com/america/",
        "https://www.eltiempo.com/mundo/",
        "https://apnews.com/article/",
    ];
    issue.sources = (1..=30)
        .map(|id| {
            let outlet = outlets[id as usize % outlets.len()];
            Source::new(SourceId(id), format!("{outlet}report-{id}"))
        })
        .collect();
    let groups: [&[u32]; 14] = [
        &[1, 2],
        &[3, 4, 5, 6],
        &[7, 8],
        &[9, 10],
        &[11, 12],
        &[13, 14, 15],
        &[16, 17],
        &[18, 19],
        &[20, 21],
        &[22, 23],
        &[24, 25],
        &[26, 27],
        &[28, 29],
        &[30, 1, 5],
    ];
    let sentence = "Officials in Lima, Quito and Bogotá described the talks as routine";
    let mut section = Section::new(SectionId(1), "Rusia");
    for (index, ids) in groups.iter().enumerate() {
        let id = index as u32 + 1;
        // Bodies of different lengths put the numbers at different places.
        let body = format!("{}.", vec![sentence; 1 + index % 4].join(", and "));
        let mut entry = Entry::new(EntryId(id), body);
        entry.citations = ids
            .iter()
            .map(|&source| Citation {
                source: SourceId(source),
            })
            .collect();
        section.entries.push(entry);
    }
    issue.sections = vec![section];
    issue
}

#[test]
fn citations_never_overlap_and_citations_and_dates_never_break() {
    if !chromium() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let registry = Registry::builtin();
    let options = ExportOptions {
        draft: true,
        ..ExportOptions::default()
    };
    for (issue_name, issue) in [("sample", sample_issue()), ("thirty", thirty_sources())] {
        for (format, page) in [
            ("page", html(&issue, &registry, &options)),
            ("email", email_html(&issue, &registry, &options)),
        ] {
            for width in [1000, 390] {
                let name = format!("{issue_name}-{format}");
                let layout = measure(&page, width, dir.path(), &name);
                let what = format!("{name} at {width} px");
                assert_set_as_a_typesetter_would(&layout.groups, &what);
                assert!(
                    layout.dates.is_empty(),
                    "{what}: dates broken across lines: {:?}",
                    layout.dates
                );
            }
        }
    }
}

/// The runs the thirty-source issue was built to have are written as ranges.
#[test]
fn runs_of_three_are_ranges_in_the_page() {
    let page = html(
        &thirty_sources(),
        &Registry::builtin(),
        &ExportOptions {
            draft: true,
            ..ExportOptions::default()
        },
    );
    let dash = "<span class=\"sep\">\u{2013}</span>";
    assert_eq!(page.matches(dash).count(), 2, "3–6 and 13–15");
    assert!(page.contains("href=\"#src-3\""));
    assert!(
        page.contains("id=\"cite-2-4\""),
        "a number inside a run keeps its place"
    );
}
