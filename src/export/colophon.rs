//! What a published issue says about itself, from Issue details: where it
//! lives (the canonical URL, which link previews read through Open Graph),
//! how to cite it and under which licence. The citation is derived from the
//! masthead each time, never stored, so it cannot drift from it.

use super::dates::long_date;
use super::labels::Labels;
use super::links::safe_link;
use crate::model::Issue;
use crate::text::{plain_text, typographic};

/// The canonical URL as a link target: an `http` or `https` address, as a
/// page's address must be; `None` when unset or anything else.
pub(super) fn canonical(issue: &Issue) -> Option<String> {
    safe_link(&issue.canonical_url).filter(|url| url.starts_with("http"))
}

/// The issue as readers should cite it, up to its address: "Hemisphere
/// Security Forum, “Influence in Latin America”, VRIC Monitor No. 14,
/// 20 November 2026." `None` without a canonical URL: a citation needs a
/// place to find the issue.
pub(super) fn suggested_citation(issue: &Issue, labels: &Labels) -> Option<String> {
    if issue.canonical_url.trim().is_empty() {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    let publisher = issue.publisher.trim();
    if !publisher.is_empty() {
        parts.push(publisher.to_owned());
    }
    let title = issue.title.trim();
    if !title.is_empty() {
        // Straight quotes, so the language's own marks replace them.
        parts.push(format!("\"{title}\""));
    }
    let series = issue.series.trim();
    match (series.is_empty(), issue.number) {
        (false, Some(number)) => parts.push(format!(
            "{series} {}",
            crate::text::unbroken(&format!("{} {number}", labels.number))
        )),
        (false, None) => parts.push(series.to_owned()),
        (true, _) => {}
    }
    if let Some(published) = issue.published {
        parts.push(long_date(published, labels));
    }
    let text = if parts.is_empty() {
        String::new()
    } else {
        format!("{}.", parts.join(", "))
    };
    Some(typographic(&text, issue.quote_style()))
}

/// The URL the citation ends with, as the editor typed it.
pub(super) fn citation_url(issue: &Issue) -> &str {
    issue.canonical_url.trim()
}

/// What a link preview shows under the title: the summary's first paragraph
/// as plain text.
pub(super) fn description(issue: &Issue) -> Option<String> {
    let first = issue
        .summary
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty())?;
    let text = plain_text(first);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(typographic(&text, issue.quote_style()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::labels::for_language;
    use crate::sample::sample_issue;

    #[test]
    fn the_citation_follows_the_masthead_in_the_issues_language() {
        let mut issue = sample_issue();
        assert_eq!(suggested_citation(&issue, for_language("en")), None);
        issue.canonical_url = " https://example.org/vric/12 ".to_owned();
        issue.title = "Influence in Latin America".to_owned();
        issue.publisher = "Hemisphere Security Forum".to_owned();
        issue.number = Some(12);
        issue.published = chrono::NaiveDate::from_ymd_opt(2026, 11, 20);
        let series = issue.series.clone();
        assert_eq!(
            suggested_citation(&issue, for_language("en")).as_deref(),
            Some(
                format!(
                    "Hemisphere Security Forum, “Influence in Latin America”, {series} No.\u{A0}12, 20\u{A0}November\u{A0}2026."
                )
                .as_str()
            )
        );
        assert_eq!(citation_url(&issue), "https://example.org/vric/12");
        assert_eq!(
            canonical(&issue).as_deref(),
            Some("https://example.org/vric/12")
        );
        issue.language = "es".to_owned();
        let spanish = suggested_citation(&issue, for_language("es")).unwrap_or_default();
        assert!(
            spanish.contains(", «Influence in Latin America», "),
            "{spanish}"
        );
        assert!(
            spanish.ends_with("N.º\u{A0}12, 20\u{A0}de\u{A0}noviembre\u{A0}de\u{A0}2026."),
            "{spanish}"
        );
    }

    #[test]
    fn only_a_web_address_is_canonical() {
        let mut issue = sample_issue();
        for bad in [
            "javascript:alert(1)",
            "mailto:desk@example.org",
            "example.org/x",
            "",
        ] {
            issue.canonical_url = bad.to_owned();
            assert_eq!(canonical(&issue), None, "{bad}");
        }
    }

    #[test]
    fn the_description_is_the_summarys_first_paragraph_in_plain_text() {
        let mut issue = sample_issue();
        issue.summary = "\n\nA *quiet*\nfortnight, see [here](https://x.org).\n\nMore.".to_owned();
        assert_eq!(
            description(&issue).as_deref(),
            Some("A quiet fortnight, see here.")
        );
        issue.summary.clear();
        assert_eq!(description(&issue), None);
    }
}
