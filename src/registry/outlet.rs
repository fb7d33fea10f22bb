use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Classification, normalize_host};

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
    /// Set on a curated record that overrides the reference file (the State
    /// Media Profiles) for its hosts: what the file says and why it is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<String>,
    /// Who decided `classification`: a release of the State Media Profiles,
    /// a government designation, a sanctions act, "editor". Empty: the
    /// evidence says.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decided_by: String,
    /// The first day `classification` holds. Before it, a record of
    /// `earlier` that covers the day decides; with none, `classification`
    /// holds as far back as anyone knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    /// How the outlet was classified before `since`, each for its period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<PastClassification>,
}

/// A classification that held for a period before the current one: an
/// outlet that was independent until it was captured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastClassification {
    pub classification: Classification,
    pub decided_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    #[serde(default)]
    pub evidence: String,
}

impl PastClassification {
    fn covers(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= day) && self.until.is_none_or(|until| day <= until)
    }
}

/// The classification that decides for one day, and the record behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating<'o> {
    pub classification: Classification,
    pub decided_by: &'o str,
    pub evidence: &'o str,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Outlet {
    /// An outlet with nothing but its name, country, hosts and classification.
    pub fn new(
        name: &str,
        country: &str,
        domains: &[&str],
        classification: Classification,
    ) -> Self {
        Self {
            name: name.to_owned(),
            country: country.to_owned(),
            domains: domains.iter().map(|d| (*d).to_owned()).collect(),
            classification,
            languages: Vec::new(),
            evidence: String::new(),
            reader_name: None,
            site_names: Vec::new(),
            corrects: None,
            decided_by: String::new(),
            since: None,
            earlier: Vec::new(),
        }
    }

    /// The classification that held on `day` (a source's publication date,
    /// else its issue's coverage): the current one, unless `day` falls
    /// before `since` and an earlier record covers it. `None` asks for today.
    pub fn rating_on(&self, day: Option<NaiveDate>) -> Rating<'_> {
        let past = day
            .filter(|day| self.since.is_some_and(|since| *day < since))
            .and_then(|day| self.earlier.iter().find(|p| p.covers(day)));
        match past {
            Some(past) => Rating {
                classification: past.classification,
                decided_by: &past.decided_by,
                evidence: &past.evidence,
                from: past.from,
                until: past.until,
            },
            None => Rating {
                classification: self.classification,
                decided_by: &self.decided_by,
                evidence: &self.evidence,
                from: self.since,
                until: None,
            },
        }
    }

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
