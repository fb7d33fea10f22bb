use serde::{Deserialize, Serialize};

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
}
