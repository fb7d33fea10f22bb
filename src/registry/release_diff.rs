//! What a newer release of the State Media Profiles changes, host by host,
//! shown before it replaces the release in use.

use std::collections::BTreeMap;

use super::{Classification, Outlet, Registry};
use crate::t;

/// One host's outlet and model in a release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    pub outlet: String,
    pub country: String,
    pub classification: Classification,
}

/// A host whose listing differs between the releases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub host: String,
    pub before: Listing,
    pub after: Listing,
}

/// What the new release adds, changes and removes, and which of those the
/// curated layer or the user's outlets override (so nothing changes for them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReleaseChanges {
    pub added: Vec<(String, Listing)>,
    pub changed: Vec<Changed>,
    pub removed: Vec<(String, Listing)>,
    /// Hosts among the above that a curated or user outlet decides.
    pub overridden: Vec<String>,
    /// Outlets (with or without hosts) in each release.
    pub outlets_before: usize,
    pub outlets_after: usize,
}

impl ReleaseChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }

    /// "adds 12 hosts, changes 3, removes 2" (or "changes nothing").
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return t!("outlets-cli-release-changes-nothing");
        }
        t!(
            "outlets-cli-release-changes",
            count = self.added.len(),
            changed = self.changed.len(),
            removed = self.removed.len()
        )
    }

    /// The whole list, one line per host, for the command line and the window.
    pub fn lines(&self) -> Vec<String> {
        let ours = format!(" {}", t!("outlets-cli-release-host-kept"));
        let kept = |host: &str| {
            if self.overridden.iter().any(|h| h == host) {
                ours.as_str()
            } else {
                ""
            }
        };
        let listing = |l: &Listing| {
            format!(
                "{} ({}), {}",
                l.outlet,
                l.country,
                l.classification.code().unwrap_or(l.classification.name())
            )
        };
        let mut lines = Vec::new();
        for (host, l) in &self.added {
            lines.push(format!("+ {host}: {}{}", listing(l), kept(host)));
        }
        for c in &self.changed {
            lines.push(format!(
                "~ {}: {} → {}{}",
                c.host,
                listing(&c.before),
                listing(&c.after),
                kept(&c.host)
            ));
        }
        for (host, l) in &self.removed {
            lines.push(format!("- {host}: {}{}", listing(l), kept(host)));
        }
        lines
    }
}

fn by_host(outlets: &[Outlet]) -> BTreeMap<String, Listing> {
    let mut hosts = BTreeMap::new();
    for outlet in outlets {
        for host in &outlet.domains {
            hosts.insert(
                host.clone(),
                Listing {
                    outlet: outlet.name.clone(),
                    country: outlet.country.clone(),
                    classification: outlet.classification,
                },
            );
        }
    }
    hosts
}

/// Compares two releases' outlets. `over` is the registry the user's
/// classifications come from above the release (the curated layer and the
/// user's outlets): a host one of its outlets lists is reported as overridden.
pub fn compare(before: &[Outlet], after: &[Outlet], over: &Registry) -> ReleaseChanges {
    let (old, new) = (by_host(before), by_host(after));
    let mut changes = ReleaseChanges {
        outlets_before: before.len(),
        outlets_after: after.len(),
        ..ReleaseChanges::default()
    };
    for (host, listing) in &new {
        match old.get(host) {
            None => changes.added.push((host.clone(), listing.clone())),
            Some(was) if was != listing => changes.changed.push(Changed {
                host: host.clone(),
                before: was.clone(),
                after: listing.clone(),
            }),
            Some(_) => {}
        }
    }
    for (host, listing) in &old {
        if !new.contains_key(host) {
            changes.removed.push((host.clone(), listing.clone()));
        }
    }
    let touched = changes
        .added
        .iter()
        .map(|(h, _)| h)
        .chain(changes.changed.iter().map(|c| &c.host))
        .chain(changes.removed.iter().map(|(h, _)| h));
    changes.overridden = touched
        .filter(|host| over.match_host(host).is_some())
        .cloned()
        .collect();
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outlet(name: &str, hosts: &[&str], class: Classification) -> Outlet {
        Outlet::new(name, "X", hosts, class)
    }

    #[test]
    fn adds_changes_and_removes_are_listed_with_what_our_outlets_override() {
        use Classification::{CapturedPublic, StateControlled};
        let before = [
            outlet("A", &["a.example"], StateControlled),
            outlet("B", &["b.example", "gone.example"], StateControlled),
        ];
        let after = [
            outlet("A", &["a.example"], CapturedPublic),
            outlet("B", &["b.example"], StateControlled),
            outlet("C", &["c.example"], StateControlled),
        ];
        let ours = Registry::from_outlets(vec![outlet(
            "Ours",
            &["a.example"],
            Classification::Independent,
        )])
        .expect("valid");
        let changes = compare(&before, &after, &ours);
        assert_eq!(changes.summary(), "adds 1 host, changes 1, removes 1");
        assert_eq!(
            changes.lines(),
            [
                "+ c.example: C (X), SC",
                "~ a.example: A (X), SC → A (X), CaPu (our outlets decide this host; it stays as it is)",
                "- gone.example: B (X), SC",
            ]
        );
        assert!(compare(&after, &after, &ours).is_empty());
    }
}
