//! What the last link check found, as findings: a dead link and a link that
//! now leads to another site are warnings; a link that now leads to state
//! media when the original did not is an error, because the share counted
//! the original. A checked link with no archived copy is a warning too: the
//! check is the moment the issue is readied for readers, and a citation
//! without a copy dies with its page.

use super::{Rule, Severity};
use crate::model::{Issue, LinkHealth, Source, StateMediaOverride};
use crate::registry::Registry;
use crate::sourcing::classify_source;

/// The findings of `source`'s last link check; `counted` is whether the
/// original counts as state media.
pub(super) fn link_findings(
    source: &Source,
    counted: bool,
    issue: &Issue,
    registry: &Registry,
) -> Vec<(Rule, Severity, String)> {
    let Some(check) = &source.link else {
        return Vec::new();
    };
    let mut found = health_findings(source, check, counted, issue, registry);
    if source.archived.is_none() {
        found.push((
            Rule::NotArchived,
            Severity::Warning,
            crate::t!("finding-not-archived"),
        ));
    }
    found
}

fn health_findings(
    source: &Source,
    check: &crate::model::LinkCheck,
    counted: bool,
    issue: &Issue,
    registry: &Registry,
) -> Vec<(Rule, Severity, String)> {
    let when = check.at.format("%Y-%m-%d %H:%M UTC");
    let archived = source
        .archived
        .as_ref()
        .map(|copy| crate::t!("link-archived-copy-exists", url = &copy.url))
        .unwrap_or_default();
    match &check.health {
        LinkHealth::Alive { .. } => Vec::new(),
        LinkHealth::Dead { reason } => vec![(
            Rule::LinkDead,
            Severity::Warning,
            crate::t!(
                "finding-link-dead",
                when = when.to_string(),
                reason = reason,
                archived = archived
            ),
        )],
        LinkHealth::Moved { to, status } => {
            let landing = match status {
                0 => crate::t!("link-landing-unreachable"),
                400.. => crate::t!("link-landing-status", status = *status),
                _ => String::new(),
            };
            let mut moved = source.clone();
            moved.url = to.clone();
            let now_counted = source.state_media == StateMediaOverride::Auto
                && classify_source(&moved, registry, issue).is_state_media;
            if now_counted && !counted {
                vec![(
                    Rule::LinkMovedToStateMedia,
                    Severity::Error,
                    crate::t!(
                        "finding-link-moved-to-state-media",
                        to = to,
                        landing = landing,
                        when = when.to_string()
                    ),
                )]
            } else {
                vec![(
                    Rule::LinkMoved,
                    Severity::Warning,
                    crate::t!(
                        "finding-link-moved",
                        to = to,
                        landing = landing,
                        when = when.to_string(),
                        archived = archived
                    ),
                )]
            }
        }
    }
}
