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
            "No archived copy of this page: when it moves or goes, readers lose the source. Ask for one (Archive on the source, or `export --archive-missing`); the exports then link it beside the original.".to_owned(),
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
        .map(|copy| format!(" An archived copy exists: {}.", copy.url))
        .unwrap_or_default();
    match &check.health {
        LinkHealth::Alive { .. } => Vec::new(),
        LinkHealth::Dead { reason } => vec![(
            Rule::LinkDead,
            Severity::Warning,
            format!(
                "The link was dead when checked on {when}: {reason}.{archived} Readers cannot open it: cite an archived copy or another report."
            ),
        )],
        LinkHealth::Moved { to, status } => {
            let landing = match status {
                0 => " (that page could not be reached)".to_owned(),
                400.. => format!(" (that page answered {status})"),
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
                    format!(
                        "The link now redirects to {to}{landing}, a state-media outlet under the policy, when checked on {when}; the share counts the original as independent, so it would be wrong. Cite the article where it first appeared, or set the source's state-media override."
                    ),
                )]
            } else {
                vec![(
                    Rule::LinkMoved,
                    Severity::Warning,
                    format!(
                        "The link now leads to another site, {to}{landing}, when checked on {when}.{archived} Check that it still shows what the entry cites."
                    ),
                )]
            }
        }
    }
}
