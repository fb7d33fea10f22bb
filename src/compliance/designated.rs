//! Official designations of the cited outlets (README, "Official
//! designations"): named in the report, and a finding when the registry does
//! not classify a designated outlet as state media.

use std::collections::HashMap;

use super::{Known, Rule, Severity};
use crate::model::{Issue, Source, SourceId, StateMediaOverride};
use crate::registry::Designated;

/// A cited source whose outlet an official act designated.
#[derive(Debug, Clone, PartialEq)]
pub struct DesignatedSource {
    pub source: SourceId,
    pub url: String,
    /// Oldest first.
    pub designations: Vec<Designated<'static>>,
}

/// The cited sources of designated outlets, in library order.
pub(super) fn designated_sources(
    issue: &Issue,
    known: &HashMap<SourceId, Known<'_>>,
) -> Vec<DesignatedSource> {
    let cited: std::collections::HashSet<SourceId> = issue
        .entries()
        .flat_map(|(_, entry)| entry.citations.iter().map(|c| c.source))
        .collect();
    issue
        .sources
        .iter()
        .filter(|s| cited.contains(&s.id))
        // The memo looked the designations up once per address.
        .filter_map(|source| {
            let designations = &known.get(&source.id)?.facts.designations;
            (!designations.is_empty()).then(|| DesignatedSource {
                source: source.id,
                url: source.url.clone(),
                designations: designations.clone(),
            })
        })
        .collect()
}

/// `designated-not-state-media`: the outlet at `source`'s address is
/// designated, but the registry does not classify it as state media (or
/// does not know it), and no editor marked the source state media.
pub(super) fn designation_finding(
    source: &Source,
    known: &Known<'_>,
    designated: &DesignatedSource,
) -> Option<(Rule, Severity, String)> {
    let first = designated.designations.first()?;
    if matches!(source.state_media, StateMediaOverride::Yes { .. }) {
        return None;
    }
    let more = match designated.designations.len() {
        1 => String::new(),
        n => crate::t!("designation-more", count = n - 1),
    };
    let by = crate::t!(
        "designation-by",
        outlet = &first.outlet.name,
        authority = &first.designation.authority,
        act = first.short(),
        more = more
    );
    let message = match (known.class.outlet, known.class.rating) {
        (Some(outlet), Some(rating)) if !rating.classification.is_state_tied_media() => crate::t!(
            "finding-designated-classified-otherwise",
            designated = by,
            outlet = &outlet.name,
            class = rating.classification.name()
        ),
        (Some(_), Some(_)) => return None,
        _ => crate::t!(
            "finding-designated-unknown",
            designated = by,
            host = known
                .facts
                .host
                .as_deref()
                .unwrap_or(designated.url.as_str())
        ),
    };
    Some((Rule::DesignatedNotStateMedia, Severity::Warning, message))
}
