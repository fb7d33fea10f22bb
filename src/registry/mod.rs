//! The outlet registry: which outlet publishes on which domains, and how it is
//! classified (README, "How a source is classified").
//!
//! The built-in registry is `assets/outlets.ron`, compiled into the binary so
//! that it works from any folder.

pub mod asd;
mod builtin;
mod designation;
mod host;
mod outlet;
pub mod release_diff;
mod typology;
mod user;

use std::collections::HashMap;

use serde::Deserialize;

pub use builtin::{
    ASD_RELEASE, REFERENCE_NAME, build as build_builtin, curated, layered, reference, under_curated,
};
pub use designation::{Designated, DesignatedOutlet, Designation, Designations};
pub use host::{domain_of, host_of, normalize_host};
pub use outlet::{Outlet, PastClassification, Rating};
pub use typology::{Answer, Answers, Classification, deserialize_policy_classes};
pub use user::UserOutlets;

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{origin}:{line}:{column}: {message}")]
    Parse {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin}: outlet \"{outlet}\" has a domain that is not a host name: \"{domain}\"")]
    BadDomain {
        origin: String,
        outlet: String,
        domain: String,
    },
}

impl RegistryError {
    /// A RON file that does not read, at its line and column.
    fn of_ron(error: &ron::error::SpannedError, origin: &str) -> Self {
        Self::Parse {
            origin: origin.to_owned(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
        }
    }
}

#[derive(Debug, Deserialize)]
struct RegistryFile {
    outlets: Vec<Outlet>,
}

/// Where an outlet of the registry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Origin {
    #[default]
    BuiltIn,
    /// The user's file: an addition, or a correction of a built-in outlet.
    User,
}

/// Which outlet a host matched, and on which of its domains.
#[derive(Debug, Clone, Copy)]
pub struct Match<'r> {
    pub index: usize,
    pub outlet: &'r Outlet,
    /// The registry domain that matched (normalized), e.g. `rt.com` for `actualidad.rt.com`.
    pub domain: &'r str,
    pub origin: Origin,
}

/// Outlets indexed by domain for whole-label, longest-suffix matching.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    outlets: Vec<Outlet>,
    /// Parallel to `outlets`.
    origins: Vec<Origin>,
    /// Normalized (ASCII, lower-case, no `www.`) domain → index in `outlets`.
    by_domain: HashMap<String, usize>,
}

impl Registry {
    /// The registry shipped with the program (see `builtin.rs`).
    pub fn builtin() -> Self {
        // The assets are ours and a unit test reads them, so failure here is a build defect.
        builtin::builtin()
            .cloned()
            .expect("the built-in registry's assets read")
    }

    /// Reads a registry file; `origin` names it in error messages.
    pub fn from_ron(text: &str, origin: &str) -> Result<Self, RegistryError> {
        let file: RegistryFile =
            ron::from_str(text).map_err(|error| RegistryError::of_ron(&error, origin))?;
        Self::from_outlets(file.outlets).map_err(|(outlet, domain)| RegistryError::BadDomain {
            origin: origin.to_owned(),
            outlet,
            domain,
        })
    }

    /// Builds the index; on a domain that is not a host name, returns (outlet, domain).
    pub fn from_outlets(outlets: Vec<Outlet>) -> Result<Self, (String, String)> {
        let mut by_domain = HashMap::new();
        for (index, outlet) in outlets.iter().enumerate() {
            for domain in &outlet.domains {
                let Some(key) = normalize_host(domain) else {
                    return Err((outlet.name.clone(), domain.clone()));
                };
                // Later rows win, so a more specific list appended later corrects an earlier one.
                by_domain.insert(key, index);
            }
        }
        let origins = vec![Origin::BuiltIn; outlets.len()];
        Ok(Self {
            outlets,
            origins,
            by_domain,
        })
    }

    /// The built-in outlets with the user's changes: hidden ones left out,
    /// corrected ones replaced, added ones appended. The user's domains win.
    /// A user's domain that is not a host name is skipped (the editor refuses
    /// them; a hand-edited file may still hold one).
    pub fn with_user(builtin: &Registry, user: &UserOutlets) -> Self {
        let corrected = |name: &str| user.outlets.iter().any(|o| o.name == name);
        let mut outlets: Vec<Outlet> = builtin
            .outlets
            .iter()
            .filter(|o| !user.is_hidden(&o.name) && !corrected(&o.name))
            .cloned()
            .collect();
        let mut origins = vec![Origin::BuiltIn; outlets.len()];
        outlets.extend(user.outlets.iter().cloned());
        origins.resize(outlets.len(), Origin::User);
        let mut by_domain = HashMap::new();
        for (index, outlet) in outlets.iter().enumerate() {
            for key in outlet.domains.iter().filter_map(|d| normalize_host(d)) {
                by_domain.insert(key, index);
            }
        }
        Self {
            outlets,
            origins,
            by_domain,
        }
    }

    /// Countries with state media or government sites, sorted: what a
    /// policy's country scope can name.
    pub fn state_countries(&self) -> Vec<String> {
        let mut countries: Vec<String> = self
            .outlets
            .iter()
            .filter(|o| {
                o.classification.is_state_tied_media()
                    || o.classification == Classification::GovernmentOfficial
            })
            .map(|o| o.country.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect();
        countries.sort();
        countries.dedup();
        countries
    }

    pub fn origin_at(&self, index: usize) -> Origin {
        self.origins.get(index).copied().unwrap_or_default()
    }

    /// The outlet, domain and origin that `url`'s host matches, if any.
    pub fn match_url(&self, url: &str) -> Option<Match<'_>> {
        self.match_host(&host_of(url)?)
    }

    pub fn match_host(&self, host: &str) -> Option<Match<'_>> {
        let host = normalize_host(host)?;
        let mut rest = host.as_str();
        loop {
            if let Some((domain, &index)) = self.by_domain.get_key_value(rest) {
                return Some(Match {
                    index,
                    outlet: self.outlets.get(index)?,
                    domain,
                    origin: self.origin_at(index),
                });
            }
            // Drop the leftmost label: "actualidad.rt.com" → "rt.com" → "com".
            let (_, parent) = rest.split_once('.')?;
            rest = parent;
        }
    }

    pub fn outlets(&self) -> &[Outlet] {
        &self.outlets
    }

    /// The outlet whose domain is the longest whole-label suffix of `host`.
    /// `host` may be in any case, with or without `www.`, Unicode or Punycode.
    pub fn outlet_for_host(&self, host: &str) -> Option<&Outlet> {
        self.outlet_at(self.index_for_host(host)?)
    }

    /// The outlet publishing at `url`, if the URL has a host the registry knows.
    pub fn outlet_for_url(&self, url: &str) -> Option<&Outlet> {
        self.outlet_at(self.index_for_url(url)?)
    }

    /// Position in [`Self::outlets`] of the outlet publishing at `url`
    /// (an index is what a cache of classifications keeps).
    pub fn index_for_url(&self, url: &str) -> Option<usize> {
        self.index_for_host(&host_of(url)?)
    }

    pub fn outlet_at(&self, index: usize) -> Option<&Outlet> {
        self.outlets.get(index)
    }

    pub(crate) fn index_for_host(&self, host: &str) -> Option<usize> {
        self.match_host(host).map(|found| found.index)
    }
}

#[cfg(test)]
mod reference_tests;
#[cfg(test)]
mod tests;
