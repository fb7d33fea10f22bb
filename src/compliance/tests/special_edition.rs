//! A special edition exceeds the limit on purpose (README, "Special editions").

use super::*;
use crate::model::SpecialEdition;

/// Two state-media citations of four: 50%, over the 20% limit (no entry
/// cites state media alone, so no other rule speaks).
fn over_the_limit() -> Issue {
    Builder::new()
        .entry("Russia", "a", &[STATE, INDEPENDENT])
        .entry("Russia", "b", &[STATE_2, INDEPENDENT_2])
        .build()
}

fn special(reason: &str) -> Option<SpecialEdition> {
    Some(SpecialEdition {
        reason: reason.to_owned(),
        disclaimer: String::new(),
    })
}

#[test]
fn a_special_edition_with_a_reason_exceeds_the_limit_as_a_warning_not_an_error() {
    let mut issue = over_the_limit();
    issue.policy.special_edition =
        special("  Kremlin speeches quoted at length for the anniversary.  ");
    let report = report(&issue);
    assert!(
        only(&report, Rule::StateMediaShare).is_empty(),
        "{:?}",
        rules(&report)
    );
    let findings = only(&report, Rule::SpecialEdition);
    assert_eq!(findings.len(), 1, "{:?}", rules(&report));
    assert_eq!(findings[0].severity, Severity::Warning);
    assert_eq!(
        findings[0].message,
        "Special edition: state media make up 50% of citations (2 of 4), exceeding the 20% \
         limit on purpose — reason: Kremlin speeches quoted at length for the anniversary."
    );
    assert!(report.is_compliant(), "{:?}", rules(&report));
    assert!(report.exceeds_on_purpose());
    assert_eq!(report.warning_count(), 1);
}

#[test]
fn a_special_edition_without_a_reason_is_warned_and_the_excess_stays_an_error() {
    for reason in ["", " \n "] {
        let mut issue = over_the_limit();
        issue.policy.special_edition = special(reason);
        let report = report(&issue);
        let missing = only(&report, Rule::SpecialEditionWithoutReason);
        assert_eq!(missing.len(), 1, "{:?}", rules(&report));
        assert_eq!(missing[0].severity, Severity::Warning);
        assert!(
            missing[0].message.contains("gives no reason"),
            "{}",
            missing[0].message
        );
        let share = only(&report, Rule::StateMediaShare);
        assert_eq!(share.len(), 1);
        assert_eq!(share[0].severity, Severity::Error);
        assert!(only(&report, Rule::SpecialEdition).is_empty());
        assert!(!report.is_compliant());
        assert!(!report.exceeds_on_purpose());
    }
}

#[test]
fn within_the_limit_the_mark_says_nothing() {
    // One state-media citation of five: exactly the limit.
    let mut issue = Builder::new()
        .entry("Russia", "a", &[STATE, INDEPENDENT])
        .entry("Russia", "b", &[INDEPENDENT_2, INDEPENDENT_3])
        .entry("Russia", "c", &[INDEPENDENT_4])
        .build();
    issue.policy.special_edition = special("A reason no longer needed.");
    let report = report(&issue);
    assert!(report.findings.is_empty(), "{:?}", rules(&report));
    assert!(!report.exceeds_on_purpose());
    // The mark without a reason is still worth a word: it is half filled in.
    issue.policy.special_edition = special("");
    assert_eq!(
        rules(&self::report(&issue)),
        ["special-edition-without-reason"]
    );
}

#[test]
fn an_ordinary_issue_over_the_limit_is_unchanged() {
    let report = report(&over_the_limit());
    assert_eq!(rules(&report), ["state-media-share"]);
    assert!(!report.exceeds_on_purpose());
}

#[test]
fn check_json_names_the_special_edition_and_stays_compliant() {
    let mut issue = over_the_limit();
    issue.policy.special_edition = special("Anniversary issue.");
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&report(&issue), &issue.policy)).expect("valid JSON");
    assert_eq!(json["compliant"], true);
    let violations = json["violations"].as_array().expect("violations");
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0]["rule"], "special-edition");
    assert_eq!(violations[0]["severity"], "warning");
    assert_eq!(violations[0]["section"], serde_json::Value::Null);
    assert!(
        violations[0]["message"]
            .as_str()
            .is_some_and(|m| m.ends_with("reason: Anniversary issue.")),
        "{}",
        violations[0]["message"]
    );
}
