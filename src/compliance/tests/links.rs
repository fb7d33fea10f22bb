//! The last link check's findings (README, "Rules": `link-*`).

use chrono::{TimeZone, Utc};

use super::*;
use crate::model::{ArchivedCopy, LinkCheck, LinkHealth, StateMediaOverride};

fn checked(health: LinkHealth) -> LinkCheck {
    LinkCheck {
        at: Utc
            .with_ymd_and_hms(2026, 11, 20, 9, 30, 0)
            .single()
            .unwrap_or_default(),
        health,
    }
}

/// An issue whose first source was checked (and archived, so that only
/// its health speaks).
fn issue_with(url: &str, health: LinkHealth) -> Issue {
    let mut issue = Builder::new()
        .entry("Russia", "a", &[url, INDEPENDENT_2])
        .build();
    issue.sources[0].link = Some(checked(health));
    issue.sources[0].archived = Some(copy());
    issue
}

fn copy() -> ArchivedCopy {
    ArchivedCopy {
        url: "https://web.archive.org/web/20261105000000/x".into(),
        taken: Utc::now(),
    }
}

#[test]
fn an_alive_archived_link_or_no_check_says_nothing() {
    let alive = issue_with(INDEPENDENT, LinkHealth::Alive { status: 200 });
    assert_eq!(rules(&report(&alive)), Vec::<&str>::new());
    let mut unchecked = alive.clone();
    unchecked.sources[0].link = None;
    unchecked.sources[0].archived = None;
    assert_eq!(rules(&report(&unchecked)), Vec::<&str>::new());
}

/// The link check readies an issue for readers: a cited page without an
/// archived copy is then a warning placed at the citing entry.
#[test]
fn a_checked_link_without_an_archived_copy_is_a_warning() {
    let mut alive = issue_with(INDEPENDENT, LinkHealth::Alive { status: 200 });
    alive.sources[0].archived = None;
    let report = report(&alive);
    assert_eq!(rules(&report), vec!["not-archived"]);
    let found = only(&report, Rule::NotArchived);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].source_url.as_deref(), Some(INDEPENDENT));
    assert!(found[0].entry.is_some(), "placed at the citing entry");
    assert!(
        found[0].message.contains("export --archive-missing"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_dead_link_is_a_warning_with_the_time_and_the_reason() {
    let issue = issue_with(
        INDEPENDENT,
        LinkHealth::Dead {
            reason: "the server answered 404 (not found)".into(),
        },
    );
    let report = report(&issue);
    let found = only(&report, Rule::LinkDead);
    assert_eq!(found.len(), 1, "{:?}", rules(&report));
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        found[0].message.contains("2026-11-20 09:30 UTC"),
        "{}",
        found[0].message
    );
    assert!(found[0].message.contains("404 (not found)"));
    assert!(found[0].message.contains("archived copy exists"));
    assert_eq!(found[0].source_url.as_deref(), Some(INDEPENDENT));
    assert!(found[0].entry.is_some(), "placed at the citing entry");
}

#[test]
fn a_link_moved_to_another_independent_site_is_a_warning() {
    let issue = issue_with(
        INDEPENDENT,
        LinkHealth::Moved {
            to: "https://www.infobae.com/america/3".into(),
            status: 200,
        },
    );
    let report = report(&issue);
    assert_eq!(rules(&report), ["link-moved"]);
    assert_eq!(report.findings[0].severity, Severity::Warning);
}

#[test]
fn a_link_moved_to_state_media_is_an_error_because_the_share_counted_the_original() {
    let issue = issue_with(
        INDEPENDENT,
        LinkHealth::Moved {
            to: "https://actualidad.rt.com/x".into(),
            status: 0,
        },
    );
    let report = report(&issue);
    assert_eq!(rules(&report), ["link-moved-to-state-media"]);
    let finding = &report.findings[0];
    assert_eq!(finding.severity, Severity::Error);
    assert!(
        finding.message.contains("could not be reached"),
        "{}",
        finding.message
    );
    assert!(!report.is_compliant());
}

#[test]
fn state_media_moving_to_state_media_or_an_override_is_only_moved() {
    let already = issue_with(
        STATE,
        LinkHealth::Moved {
            to: "https://actualidad-rt.com/x".into(),
            status: 200,
        },
    );
    assert!(only(&report(&already), Rule::LinkMovedToStateMedia).is_empty());
    let mut decided = issue_with(
        INDEPENDENT,
        LinkHealth::Moved {
            to: "https://actualidad.rt.com/x".into(),
            status: 200,
        },
    );
    decided.sources[0].state_media = StateMediaOverride::No {
        reason: "the Reuters original was cited".into(),
    };
    assert_eq!(rules(&report(&decided)), ["link-moved"]);
}
