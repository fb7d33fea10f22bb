use serde::{Deserialize, Serialize};

use super::normalize_host;

/// How an outlet relates to a state (README, "How a source is classified"; the
/// typology of the State Media Monitor, as `assets/reference/README.md` explains).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Classification {
    StateControlled,
    StateOwned,
    StateAffiliated,
    /// Ministries, presidencies: not media, never state media unless a policy says so.
    GovernmentOfficial,
    /// State-funded with editorial independence (BBC, DW, France 24, EFE).
    PublicService,
    Independent,
}

impl Classification {
    pub const ALL: [Classification; 6] = [
        Self::StateControlled,
        Self::StateOwned,
        Self::StateAffiliated,
        Self::GovernmentOfficial,
        Self::PublicService,
        Self::Independent,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::StateControlled => "state-controlled",
            Self::StateOwned => "state-owned",
            Self::StateAffiliated => "state-affiliated",
            Self::GovernmentOfficial => "government-official",
            Self::PublicService => "public-service",
            Self::Independent => "independent",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    pub name: String,
    pub country: String,
    /// Hosts the outlet publishes on; each also covers its subdomains.
    pub domains: Vec<String>,
    pub classification: Classification,
    pub languages: Vec<String>,
    /// Where the classification comes from.
    pub evidence: String,
    /// The name readers see, when `name` is the registry's label for
    /// editors: "RT" for "RT (RT International)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reader_name: Option<String>,
    /// Names readers see per site, for an entry that groups several
    /// ("kremlin.ru" → "Kremlin"): the longest matching domain wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub site_names: Vec<(String, String)>,
}

impl Outlet {
    /// The name a reader sees for a page on `host`: the site's own name in a
    /// grouping entry, else the reader name, else the registry name. `None`
    /// for a site of a grouping entry that names no site on that host: its
    /// label ("US federal government sites") is not a name for readers.
    pub fn name_for_readers(&self, host: &str) -> Option<&str> {
        let host = normalize_host(host).unwrap_or_else(|| host.to_ascii_lowercase());
        let site = self
            .site_names
            .iter()
            .filter(|(domain, _)| {
                let domain = domain.trim().to_ascii_lowercase();
                host == domain || host.ends_with(&format!(".{domain}"))
            })
            .max_by_key(|(domain, _)| domain.len())
            .map(|(_, name)| name.as_str());
        match (site, &self.reader_name) {
            (Some(name), _) => Some(name),
            (None, _) if !self.site_names.is_empty() => None,
            (None, Some(name)) => Some(name),
            (None, None) => Some(&self.name),
        }
    }
}
