use chrono::NaiveDate;

use super::*;
use crate::model::{
    Citation, DeclarationFlag, Entry, Issue, OutsidePeriodSeverity, Period, Section, SectionStatus,
    ShareMetric, Source, SourceId, SourceKind,
};

const STATE: &str = "https://actualidad.rt.com/actualidad/1";
const STATE_2: &str = "https://spanish.news.cn/2026/x.htm";
const INDEPENDENT: &str = "https://www.reuters.com/world/americas/1";
const INDEPENDENT_2: &str = "https://efe.com/mundo/2";
const INDEPENDENT_3: &str = "https://www.infobae.com/america/3";
const INDEPENDENT_4: &str = "https://www.eltiempo.com/mundo/4";

/// Builds issues entry by entry: `entry(section, body, urls)`; equal URLs share a source.
struct Builder {
    issue: Issue,
}

impl Builder {
    fn new() -> Self {
        // A complete masthead, so that only what a test builds makes findings.
        let issue = Issue {
            series: "VRIC Monitor".to_owned(),
            published: Some(day(16)),
            coverage: Some(Period {
                from: day(1),
                to: day(15),
            }),
            publisher: "Hemisphere Security Forum".to_owned(),
            disclaimer: "The views of the sources are not the publisher's.".to_owned(),
            ..Issue::default()
        };
        Self { issue }
    }

    fn source(&mut self, url: &str) -> SourceId {
        if let Some(source) = self.issue.sources.iter().find(|s| s.url == url) {
            return source.id;
        }
        let id = self.issue.next_source_id();
        let mut source = Source::new(id, url);
        source.published = Some(day(5));
        self.issue.sources.push(source);
        id
    }

    fn entry(mut self, section: &str, body: &str, urls: &[&str]) -> Self {
        let ids: Vec<SourceId> = urls.iter().map(|url| self.source(url)).collect();
        let entry_id = self.issue.next_entry_id();
        if self
            .issue
            .sections
            .last()
            .is_none_or(|s| s.title != section)
        {
            let id = self.issue.next_section_id();
            let mut new = Section::new(id, section);
            new.status = SectionStatus::Approved;
            self.issue.sections.push(new);
        }
        let mut entry = Entry::new(entry_id, body);
        entry.citations = ids.into_iter().map(|source| Citation { source }).collect();
        if let Some(last) = self.issue.sections.last_mut() {
            last.entries.push(entry);
        }
        self
    }

    fn build(self) -> Issue {
        self.issue
    }
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("valid day")
}

fn report(issue: &Issue) -> Report {
    check(issue, &Registry::builtin())
}

fn rules(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.rule.name()).collect()
}

fn only(report: &Report, rule: Rule) -> Vec<&Finding> {
    report.findings.iter().filter(|f| f.rule == rule).collect()
}

#[test]
fn an_issue_with_no_citations_has_share_zero() {
    let issue = Builder::new()
        .entry("Russia", "No source yet.", &[])
        .build();
    let report = report(&issue);
    for metric in ShareMetric::ALL {
        assert_eq!(report.shares.ratio(metric), 0.0);
    }
    assert_eq!(report.shares.citations.total, 0);
    assert!(only(&report, Rule::StateMediaShare).is_empty());
    assert_eq!(report.share(), 0.0);
    let empty = self::report(&Issue::default());
    assert_eq!(empty.share(), 0.0);
    assert!(only(&empty, Rule::StateMediaShare).is_empty());
}

#[test]
fn citations_metric_counts_entry_source_pairs() {
    // 1 state citation of 5: exactly the 20% limit.
    let issue = Builder::new()
        .entry("Russia", "One two three four.", &[STATE, INDEPENDENT])
        .entry("Russia", "Five six.", &[INDEPENDENT, INDEPENDENT_2])
        .entry("China", "Seven.", &[INDEPENDENT_3])
        .build();
    let report = report(&issue);
    assert_eq!(report.shares.citations, Ratio { state: 1, total: 5 });
    assert_eq!(report.shares.citations.ratio(), 0.2);
}

#[test]
fn the_limit_exactly_reached_is_compliant_and_one_more_is_not() {
    let at_limit = Builder::new()
        .entry("Russia", "a", &[STATE])
        .entry("Russia", "b", &[INDEPENDENT])
        .entry("Russia", "c", &[INDEPENDENT_2])
        .entry("Russia", "d", &[INDEPENDENT_3])
        .entry("Russia", "e", &[INDEPENDENT_4])
        .build();
    let report = report(&at_limit);
    assert_eq!(report.share(), 0.2);
    assert!(
        only(&report, Rule::StateMediaShare).is_empty(),
        "{:?}",
        rules(&report)
    );
    assert!(report.is_compliant(), "{:?}", rules(&report));

    let over = Builder::new()
        .entry("Russia", "a", &[STATE])
        .entry("Russia", "b", &[STATE_2])
        .entry("Russia", "c", &[INDEPENDENT_2])
        .entry("Russia", "d", &[INDEPENDENT_3])
        .entry("Russia", "e", &[INDEPENDENT_4])
        .build();
    let report = self::report(&over);
    let findings = only(&report, Rule::StateMediaShare);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Error);
    assert!(
        findings[0].message.contains("40%") && findings[0].message.contains("2 of 5"),
        "{}",
        findings[0].message
    );
    assert!(!report.is_compliant());
}

#[test]
fn words_metric_reaching_the_limit_through_sums_is_compliant() {
    // 1/10 + 1/10 of the words = 20%: the float sum must not tip it over.
    let mut issue = Builder::new()
        .entry(
            "Russia",
            "one two three four five",
            &[
                STATE,
                INDEPENDENT,
                INDEPENDENT_2,
                INDEPENDENT_3,
                INDEPENDENT_4,
            ],
        )
        .entry(
            "Russia",
            "one two three four five",
            &[
                INDEPENDENT,
                INDEPENDENT_2,
                INDEPENDENT_3,
                INDEPENDENT_4,
                STATE_2,
            ],
        )
        .build();
    issue.policy.metric = ShareMetric::Words;
    let report = report(&issue);
    assert!((report.share() - 0.2).abs() < 1e-12);
    assert!(only(&report, Rule::StateMediaShare).is_empty());
}

#[test]
fn a_source_cited_twice_in_one_entry_counts_once() {
    let mut issue = Builder::new()
        .entry("Russia", "a b", &[STATE, INDEPENDENT])
        .build();
    let duplicate = issue.sections[0].entries[0].citations[0];
    issue.sections[0].entries[0].citations.push(duplicate);
    let report = report(&issue);
    assert_eq!(report.shares.citations, Ratio { state: 1, total: 2 });
}

#[test]
fn the_same_source_cited_by_two_entries_counts_twice() {
    let issue = Builder::new()
        .entry("Russia", "a", &[STATE])
        .entry("Russia", "b", &[STATE, INDEPENDENT])
        .build();
    let report = report(&issue);
    assert_eq!(report.shares.citations, Ratio { state: 2, total: 3 });
}

#[test]
fn entries_metric_counts_entries_with_any_state_citation() {
    let issue = Builder::new()
        .entry("Russia", "a", &[STATE, INDEPENDENT])
        .entry("Russia", "b", &[INDEPENDENT])
        .entry("Russia", "c", &[INDEPENDENT_2])
        .entry("Russia", "unsourced", &[])
        .build();
    let report = report(&issue);
    assert_eq!(report.shares.entries, Ratio { state: 1, total: 3 });
}

#[test]
fn words_metric_weights_each_entry_by_its_state_citations() {
    // 4 words, half state → 2; 6 words, none → 0; total 10 → 20%.
    let issue = Builder::new()
        .entry("Russia", "uno dos tres cuatro", &[STATE, INDEPENDENT])
        .entry("Russia", "one two three four five six", &[INDEPENDENT_2])
        .entry("Russia", "uncited words do not count at all", &[])
        .build();
    let report = report(&issue);
    assert_eq!(report.shares.words.total, 10);
    assert!((report.shares.words.ratio() - 0.2).abs() < 1e-12);
}

#[test]
fn shares_are_also_computed_per_section() {
    let issue = Builder::new()
        .entry("Russia", "a", &[STATE])
        .entry("China", "b", &[INDEPENDENT])
        .entry("China", "c", &[INDEPENDENT_2])
        .build();
    let report = report(&issue);
    assert_eq!(report.sections.len(), 2);
    assert_eq!(
        report.sections[0].shares.citations,
        Ratio { state: 1, total: 1 }
    );
    assert_eq!(
        report.sections[1].shares.citations,
        Ratio { state: 0, total: 2 }
    );
    assert_eq!(report.sections[1].title, "China");
}

#[test]
fn government_sites_do_not_count_as_state_media() {
    let issue = Builder::new()
        .entry(
            "Russia",
            "a",
            &["https://www.congress.gov/bill/119th-congress/house-bill/1"],
        )
        .entry("Russia", "b", &["https://mid.ru/es/foreign_policy/news/1/"])
        .build();
    let report = report(&issue);
    assert_eq!(report.shares.citations, Ratio { state: 0, total: 2 });
    assert!(only(&report, Rule::UnclassifiedOutlet).is_empty());
}

#[test]
fn opinion_sources_are_errors_when_the_policy_forbids_them() {
    let mut issue = Builder::new()
        .entry("Venezuela", "a", &[INDEPENDENT])
        .entry("Venezuela", "b", &[INDEPENDENT])
        .build();
    issue.sources[0].kind = SourceKind::Opinion;
    let report = report(&issue);
    let findings = only(&report, Rule::OpinionSource);
    assert_eq!(findings.len(), 2, "one per citing entry");
    assert_eq!(findings[1].entry_position, Some(2));
    assert_eq!(findings[1].source_url.as_deref(), Some(INDEPENDENT));
    assert_eq!(findings[0].severity, Severity::Error);
    issue.policy.forbid_opinion = false;
    assert!(only(&self::report(&issue), Rule::OpinionSource).is_empty());
}

#[test]
fn unsourced_entries_are_errors_located_by_position() {
    let issue = Builder::new()
        .entry("Iran", "a", &[INDEPENDENT])
        .entry("Iran", "no source", &[])
        .build();
    let report = report(&issue);
    let findings = only(&report, Rule::UnsourcedEntry);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Error);
    assert_eq!(findings[0].location(), "Iran, entry 2");
}

#[test]
fn invalid_urls_are_errors() {
    let issue = Builder::new()
        .entry("Iran", "a", &["javascript:alert(1)"])
        .entry("Iran", "b", &["www.reuters.com/no-scheme"])
        .entry("Iran", "c", &["ftp://reuters.com/file"])
        .entry("Iran", "d", &[INDEPENDENT])
        .build();
    let report = report(&issue);
    let findings = only(&report, Rule::InvalidUrl);
    assert_eq!(findings.len(), 3);
    assert!(findings.iter().all(|f| f.severity == Severity::Error));
    assert!(
        only(&report, Rule::UnclassifiedOutlet).is_empty(),
        "an invalid URL is not also unclassified"
    );
}

#[test]
fn flagged_declarations_are_errors() {
    let mut issue = Builder::new().entry("Russia", "a", &[INDEPENDENT]).build();
    issue.sections[0].entries[0].declaration = Some(DeclarationFlag {
        note: "quotes an anti-US statement".to_owned(),
        by: "reviewer".to_owned(),
        at: None,
    });
    let report = report(&issue);
    let findings = only(&report, Rule::FlaggedDeclaration);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Error);
    assert!(findings[0].message.contains("quotes an anti-US statement"));
}

#[test]
fn each_open_suggestion_is_a_warning_at_its_entry() {
    use crate::model::{Suggestion, SuggestionOutcome};
    let mut issue = Builder::new()
        .entry("Russia", "a", &[INDEPENDENT])
        .entry("Russia", "b", &[INDEPENDENT])
        .build();
    let suggestion = |text: &str, outcome| Suggestion {
        author: "Marta".to_owned(),
        at: chrono::DateTime::parse_from_rfc3339("2026-11-18T10:00:00Z")
            .expect("time")
            .with_timezone(&chrono::Utc),
        text: text.to_owned(),
        outcome,
    };
    issue.sections[0].entries[1].suggestions = vec![
        suggestion("x", None),
        suggestion("y", Some(SuggestionOutcome::Rejected)),
        suggestion("z", None),
        suggestion("w", Some(SuggestionOutcome::Accepted)),
    ];
    let report = report(&issue);
    let findings = only(&report, Rule::OpenSuggestion);
    assert_eq!(findings.len(), 2, "one per open suggestion");
    for finding in findings {
        assert_eq!(finding.severity, Severity::Warning);
        assert_eq!(finding.entry, Some(issue.sections[0].entries[1].id));
        assert_eq!(finding.entry_position, Some(2));
        assert!(finding.message.contains("Marta"), "{}", finding.message);
    }
}

#[test]
fn entries_citing_only_state_media_are_warned() {
    let issue = Builder::new()
        .entry("China", "a", &[STATE, STATE_2])
        .entry("China", "b", &[STATE, INDEPENDENT])
        .build();
    let report = report(&issue);
    let findings = only(&report, Rule::StateMediaOnlyEntry);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Warning);
    assert_eq!(findings[0].entry_position, Some(1));
}

#[test]
fn an_address_host_is_named_in_its_finding() {
    let issue = Builder::new()
        .entry("China", "a", &["http://127.0.0.1:8765/page.html"])
        .entry("China", "b", &["http://[::1]/page.html"])
        .build();
    let report = report(&issue);
    let messages: Vec<&str> = only(&report, Rule::UnclassifiedOutlet)
        .iter()
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].starts_with("127.0.0.1 is an address"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("[::1] is an address"),
        "{messages:?}"
    );
}

#[test]
fn unclassified_outlets_are_warned_until_overridden() {
    let mut issue = Builder::new()
        .entry("China", "a", &["https://www.csis.org/analysis/x"])
        .build();
    let report = report(&issue);
    let findings = only(&report, Rule::UnclassifiedOutlet);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Warning);
    assert!(
        findings[0].message.starts_with("csis.org"),
        "{}",
        findings[0].message
    );
    issue.sources[0].state_media = crate::model::StateMediaOverride::No {
        reason: "think tank".to_owned(),
    };
    assert!(only(&self::report(&issue), Rule::UnclassifiedOutlet).is_empty());
}

/// Unknown is not clean: unreviewed citations are counted apart from the
/// share, issue-wide and per section, and the policy can make them block.
#[test]
fn unreviewed_citations_are_counted_apart_and_may_block_publication() {
    let mut issue = Builder::new()
        .entry(
            "China",
            "a",
            &[
                "https://www.csis.org/analysis/x",
                "https://www.reuters.com/x",
            ],
        )
        .entry("China", "b", &["https://www.csis.org/analysis/x"])
        .entry("Russia", "c", &["https://actualidad.rt.com/x"])
        .build();
    let report = self::report(&issue);
    assert_eq!(report.shares.unreviewed, 2);
    assert_eq!(report.shares.citations.total, 4);
    assert_eq!(
        report.shares.unreviewed_note().as_deref(),
        Some("2 citations unreviewed")
    );
    let per_section: Vec<usize> = report
        .sections
        .iter()
        .map(|s| s.shares.unreviewed)
        .collect();
    assert_eq!(per_section, [2, 0]);
    let warned = report.error_count();
    assert!(
        only(&report, Rule::UnclassifiedOutlet)
            .iter()
            .all(|f| f.severity == Severity::Warning)
    );

    issue.policy.unreviewed = crate::model::UnreviewedSeverity::Error;
    let blocked = self::report(&issue);
    let findings = only(&blocked, Rule::UnclassifiedOutlet);
    assert!(findings.iter().all(|f| f.severity == Severity::Error));
    assert_eq!(blocked.error_count(), warned + findings.len());
    assert!(!blocked.is_compliant());
}

#[test]
fn sources_published_outside_the_period_are_warned_or_errors_per_policy() {
    let mut issue = Builder::new()
        .entry("Iran", "a", &[INDEPENDENT])
        .entry("Iran", "b", &[INDEPENDENT_2])
        .build();
    issue.sources[0].published = Some(NaiveDate::from_ymd_opt(2026, 10, 27).expect("date"));
    issue.sources[1].published = Some(day(15));
    let report = report(&issue);
    let findings = only(&report, Rule::OutsidePeriod);
    assert_eq!(findings.len(), 1, "the last day of the period is inside it");
    assert_eq!(findings[0].severity, Severity::Warning);
    issue.policy.outside_period = OutsidePeriodSeverity::Error;
    assert_eq!(
        only(&self::report(&issue), Rule::OutsidePeriod)[0].severity,
        Severity::Error
    );
    issue.coverage = None;
    assert!(
        only(&self::report(&issue), Rule::OutsidePeriod).is_empty(),
        "no period, nothing to compare"
    );
}

#[test]
fn duplicate_sources_are_found_by_normalized_url() {
    let issue = Builder::new()
        .entry("Iran", "a", &["https://www.reuters.com/world/x/"])
        .entry("Iran", "b", &["http://reuters.com/world/x#comments"])
        .build();
    let report = report(&issue);
    let findings = only(&report, Rule::DuplicateSource);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].source, Some(SourceId(2)));
    assert_eq!(findings[0].severity, Severity::Warning);
}

#[test]
fn unused_sources_are_warned() {
    let mut issue = Builder::new().entry("Iran", "a", &[INDEPENDENT]).build();
    issue.sources.push(Source::new(SourceId(9), INDEPENDENT_2));
    let report = report(&issue);
    let findings = only(&report, Rule::UnusedSource);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].source, Some(SourceId(9)));
    assert_eq!(findings[0].section, None);
}

#[test]
fn sections_not_approved_are_warned() {
    let mut issue = Builder::new()
        .entry("Iran", "a", &[INDEPENDENT])
        .entry("China", "b", &[INDEPENDENT_2])
        .build();
    issue.sections[1].status = SectionStatus::InReview;
    let report = report(&issue);
    let findings = only(&report, Rule::SectionNotApproved);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].section_title.as_deref(), Some("China"));
    assert_eq!(findings[0].severity, Severity::Warning);
}

#[test]
fn a_clean_issue_has_no_findings() {
    let issue = Builder::new()
        .entry("Russia", "a", &[STATE, INDEPENDENT])
        .entry(
            "Russia",
            "b",
            &[INDEPENDENT_2, INDEPENDENT_3, INDEPENDENT_4],
        )
        .build();
    let report = report(&issue);
    assert!(report.findings.is_empty(), "{:?}", rules(&report));
    assert!(report.is_compliant());
}

#[test]
fn every_rule_has_its_documented_severity() {
    use Severity::{Error, Warning};
    let expected = [
        (Rule::StateMediaShare, Error),
        (Rule::OpinionSource, Error),
        (Rule::UnsourcedEntry, Error),
        (Rule::InvalidUrl, Error),
        (Rule::FlaggedDeclaration, Error),
        (Rule::StateMediaOnlyEntry, Warning),
        (Rule::UnclassifiedOutlet, Warning),
        (Rule::DuplicateSource, Warning),
        (Rule::UnusedSource, Warning),
        (Rule::SectionNotApproved, Warning),
    ];
    // An issue that breaks every rule once.
    let mut issue = Builder::new()
        .entry("Russia", "a", &[STATE, STATE_2])
        .entry("Russia", "b", &[])
        .entry(
            "Russia",
            "c",
            &[
                "not a url",
                "https://www.csis.org/x",
                "https://reuters.com/d/",
                "https://www.reuters.com/d",
            ],
        )
        .build();
    issue.sources[0].kind = SourceKind::Opinion;
    issue.sections[0].entries[0].declaration = Some(DeclarationFlag {
        note: String::new(),
        by: String::new(),
        at: None,
    });
    issue.sections[0].status = SectionStatus::Draft;
    issue.sources.push(Source::new(SourceId(99), INDEPENDENT_4));
    let report = report(&issue);
    for (rule, severity) in expected {
        let findings = only(&report, rule);
        assert!(
            !findings.is_empty(),
            "{} not raised: {:?}",
            rule.name(),
            rules(&report)
        );
        assert!(
            findings.iter().all(|f| f.severity == severity),
            "{}",
            rule.name()
        );
    }
}

#[test]
fn json_has_exactly_the_documented_shape() {
    let mut issue = Builder::new()
        .entry("China", "a b", &[STATE])
        .entry("China", "c", &[INDEPENDENT])
        .build();
    issue.sources[1].kind = SourceKind::Opinion;
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&report(&issue), &issue.policy)).expect("valid JSON");
    assert_eq!(json["compliant"], false);
    assert_eq!(
        json["policy"],
        serde_json::json!({
            "metric": "citations",
            "limit": 0.2,
            "models": ["state-controlled", "captured-public", "captured-private"],
            "countries": []
        })
    );
    assert_eq!(
        json["share"]["citations"],
        serde_json::json!({"state": 1, "total": 2, "ratio": 0.5})
    );
    assert_eq!(
        json["share"]["entries"],
        serde_json::json!({"state": 1, "total": 2, "ratio": 0.5})
    );
    assert!(json["share"]["words"]["ratio"].is_f64());
    assert_eq!(json["sections"][0]["title"], "China");
    assert_eq!(json["sections"][0]["share"]["citations"]["total"], 2);
    let opinion = json["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .find(|v| v["rule"] == "opinion-source")
        .expect("opinion violation");
    assert_eq!(opinion["severity"], "error");
    assert_eq!(opinion["section"], "China");
    assert_eq!(opinion["entry"], 2);
    assert_eq!(opinion["source_url"], INDEPENDENT);
    assert!(opinion["message"].is_string());
    assert_eq!(json["designated"][0]["source_url"], STATE);
    let keys: Vec<&String> = json.as_object().expect("object").keys().collect();
    assert_eq!(keys.len(), 6, "{keys:?}");
}

#[test]
fn percentages_read_naturally() {
    assert_eq!(percent(0.2), "20%");
    assert_eq!(percent(0.226), "22.6%");
    assert_eq!(percent(0.0), "0%");
    assert_eq!(percent(1.0), "100%");
}

#[test]
fn the_sample_issue_is_close_to_the_limit_with_a_few_findings() {
    let report = report(&crate::sample::sample_issue());
    let share = report.share();
    assert!(share > 0.15 && share <= 0.2, "{share}");
    assert!(
        (1..=10).contains(&report.findings.len()),
        "{:?}",
        rules(&report)
    );
}

#[test]
fn unverified_sources_are_reported_only_when_the_policy_requires_it() {
    let mut issue = Builder::new()
        .entry("Iran", "a", &[INDEPENDENT])
        .entry("Iran", "b", &[INDEPENDENT_2])
        .build();
    assert!(
        only(&report(&issue), Rule::UnverifiedSource).is_empty(),
        "off by default"
    );
    issue.policy.verification = crate::model::VerificationRule::Warning;
    issue.sources[0].verification = Some(crate::model::Verification {
        by: "Marta".to_owned(),
        at: chrono::DateTime::UNIX_EPOCH,
    });
    let findings = report(&issue)
        .findings
        .into_iter()
        .filter(|f| f.rule == Rule::UnverifiedSource)
        .collect::<Vec<_>>();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].source, Some(issue.sources[1].id));
    assert_eq!(findings[0].severity, Severity::Warning);
    issue.policy.verification = crate::model::VerificationRule::Error;
    assert!(!report(&issue).is_compliant());
}

#[test]
fn a_check_with_a_memo_equals_a_fresh_check_after_every_edit() {
    let registry = Registry::builtin();
    let mut memo = Memo::default();
    let mut issue = crate::sample::sample_issue();
    assert_eq!(
        check_with(&issue, &registry, &mut memo),
        check(&issue, &registry)
    );
    // Typing: a new text per keystroke; the memo must not keep stale counts.
    for letter in ["a", " b", " c d e"] {
        issue.sections[0].entries[0].body.push_str(letter);
        assert_eq!(
            check_with(&issue, &registry, &mut memo),
            check(&issue, &registry)
        );
    }
    issue.sources[0].url = "https://actualidad.rt.com/x".to_owned();
    assert_eq!(
        check_with(&issue, &registry, &mut memo),
        check(&issue, &registry)
    );
    for round in 0..300 {
        issue.sections[1].entries[0].body = format!("round {round}");
        let _ = check_with(&issue, &registry, &mut memo);
    }
    assert_eq!(
        check_with(&issue, &registry, &mut memo),
        check(&issue, &registry)
    );
}

#[test]
fn a_published_issue_needs_its_masthead_and_disclaimer() {
    let mut issue = crate::sample::sample_issue();
    assert!(only(&report(&issue), Rule::MissingMasthead).is_empty());
    issue.series.clear();
    issue.published = None;
    issue.coverage = None;
    issue.publisher = "  ".to_owned();
    issue.disclaimer.clear();
    let report = report(&issue);
    let findings = only(&report, Rule::MissingMasthead);
    let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
    for field in [
        "series",
        "published date",
        "coverage period",
        "publisher",
        "disclaimer",
    ] {
        assert!(
            messages.iter().any(|m| m.contains(&format!("no {field};"))),
            "{field}: {messages:?}"
        );
    }
    assert!(findings.iter().all(|f| f.severity == Severity::Error));
    assert!(!report.is_compliant());
}

mod designations;
mod links;
mod sizes;
mod special_edition;
