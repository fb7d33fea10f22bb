//! Official designations of outlets (`assets/designations/`): acts by which
//! the EU or a government named an outlet as controlled by a foreign state.
//! They are dated records beside the classifications, not classifications:
//! the workbench names them as evidence wherever it explains a source.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{RegistryError, host_of, normalize_host};
use crate::i18n::long_date;

const DESIGNATIONS: &str = include_str!("../../assets/designations/designations.ron");
const ORIGIN: &str = "assets/designations/designations.ron";

/// One legal act or announcement and the outlets it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Designation {
    /// Who designated: "Council of the European Union", "US Department of State".
    pub authority: String,
    /// The act: "Council Regulation (EU) 2022/350".
    pub act: String,
    /// What the act does to the outlets it names.
    pub measure: String,
    /// The day it was adopted or announced.
    pub date: NaiveDate,
    /// The day it took effect, when that is another day.
    #[serde(default)]
    pub applies_from: Option<NaiveDate>,
    /// Where to read it: its address, or the announcement as it was made.
    pub source: String,
    pub outlets: Vec<DesignatedOutlet>,
}

/// An outlet as the act names it, with the hosts it publishes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesignatedOutlet {
    pub name: String,
    pub hosts: Vec<String>,
}

/// One designation of the outlet at an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Designated<'d> {
    pub designation: &'d Designation,
    pub outlet: &'d DesignatedOutlet,
}

impl Designated<'_> {
    /// "Council of the European Union, Council Regulation (EU) 2022/350,
    /// 1 March 2022 (in force 2 March 2022): RT – Russia Today Spanish,
    /// broadcasting suspended in the EU (…)".
    pub fn describe(&self) -> String {
        let d = self.designation;
        let in_force = d
            .applies_from
            .map(|day| crate::t!("designation-in-force", date = long_date(day)))
            .unwrap_or_default();
        crate::t!(
            "designation-describe",
            authority = &d.authority,
            act = &d.act,
            date = long_date(d.date),
            in_force = in_force,
            outlet = &self.outlet.name,
            measure = &d.measure
        )
    }

    /// "Council Regulation (EU) 2022/350, 1 March 2022": short enough for a
    /// table cell.
    pub fn short(&self) -> String {
        crate::t!(
            "designation-short",
            act = &self.designation.act,
            date = long_date(self.designation.date)
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DesignationsFile {
    designations: Vec<Designation>,
}

/// The designations, indexed by host for whole-label suffix matching.
#[derive(Debug, Clone, Default)]
pub struct Designations {
    records: Vec<Designation>,
    /// Normalized host → (record, outlet) pairs that list it.
    by_host: HashMap<String, Vec<(usize, usize)>>,
}

static BUILTIN: LazyLock<Result<Designations, RegistryError>> =
    LazyLock::new(|| Designations::from_ron(DESIGNATIONS, ORIGIN));

impl Designations {
    /// The designations shipped with the program; none if the asset does not
    /// read (a build defect the unit tests catch).
    pub fn builtin() -> &'static Designations {
        static EMPTY: LazyLock<Designations> = LazyLock::new(Designations::default);
        BUILTIN.as_ref().unwrap_or(&EMPTY)
    }

    pub fn from_ron(text: &str, origin: &str) -> Result<Self, RegistryError> {
        let file: DesignationsFile =
            ron::from_str(text).map_err(|error| RegistryError::of_ron(&error, origin))?;
        let mut by_host: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (record, designation) in file.designations.iter().enumerate() {
            for (index, outlet) in designation.outlets.iter().enumerate() {
                for host in &outlet.hosts {
                    let Some(key) = normalize_host(host) else {
                        return Err(RegistryError::BadDomain {
                            origin: origin.to_owned(),
                            outlet: outlet.name.clone(),
                            domain: host.clone(),
                        });
                    };
                    by_host.entry(key).or_default().push((record, index));
                }
            }
        }
        Ok(Self {
            records: file.designations,
            by_host,
        })
    }

    pub fn records(&self) -> &[Designation] {
        &self.records
    }

    /// The designations of the outlet at `host` (any case, with or without
    /// `www.`), as [`Self::for_url`].
    pub fn for_host(&self, host: &str) -> Vec<Designated<'_>> {
        normalize_host(host)
            .map(|host| self.for_normalized_host(&host))
            .unwrap_or_default()
    }

    /// The designations of the outlet at `url`, oldest first: of each act,
    /// the outlet whose host is the longest suffix of the address's
    /// ("actualidad.rt.com" is RT Spanish, not RT English, in 2022/350).
    pub fn for_url(&self, url: &str) -> Vec<Designated<'_>> {
        host_of(url)
            .map(|host| self.for_host(&host))
            .unwrap_or_default()
    }

    fn for_normalized_host(&self, host: &str) -> Vec<Designated<'_>> {
        let mut found: Vec<Designated<'_>> = Vec::new();
        // Longest suffix first, so an act's first hit is its most specific.
        for (record, outlet) in self.suffixes(host).flatten() {
            if found
                .iter()
                .any(|d| std::ptr::eq(d.designation, &self.records[*record]))
            {
                continue;
            }
            let designation = &self.records[*record];
            found.push(Designated {
                designation,
                outlet: &designation.outlets[*outlet],
            });
        }
        found.sort_by_key(|d| d.designation.date);
        found
    }

    /// The index entries of `host` and of every domain above it, longest first.
    fn suffixes<'a>(&'a self, host: &'a str) -> impl Iterator<Item = &'a Vec<(usize, usize)>> {
        let mut rest = Some(host);
        std::iter::from_fn(move || {
            while let Some(domain) = rest {
                rest = domain.split_once('.').map(|(_, parent)| parent);
                if let Some(hits) = self.by_host.get(domain) {
                    return Some(hits);
                }
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;

    fn builtin() -> &'static Designations {
        match BUILTIN.as_ref() {
            Ok(designations) => designations,
            Err(error) => panic!("{error}"),
        }
    }

    #[test]
    fn every_record_reads_names_outlets_and_is_dated_in_order() {
        let records = builtin().records();
        assert!(records.len() >= 7);
        for record in records {
            assert!(!record.outlets.is_empty(), "{}", record.act);
            assert!(!record.source.trim().is_empty(), "{}", record.act);
            assert!(
                record.applies_from.is_none_or(|day| day >= record.date),
                "{}",
                record.act
            );
        }
    }

    #[test]
    fn an_address_finds_each_act_once_with_its_most_specific_outlet() {
        let found = builtin().for_url("https://actualidad.rt.com/actualidad/1-x");
        let named: Vec<(&str, &str)> = found
            .iter()
            .map(|d| (d.designation.act.as_str(), d.outlet.name.as_str()))
            .collect();
        assert_eq!(
            named,
            vec![
                (
                    "Council Regulation (EU) 2022/350",
                    "RT – Russia Today Spanish"
                ),
                (
                    "Foreign Missions Act designation of Rossiya Segodnya and its subsidiaries",
                    "RT"
                ),
            ]
        );
        assert_eq!(
            found[0].describe(),
            "Council of the European Union, Council Regulation (EU) 2022/350, 1 March 2022 \
             (in force 2 March 2022): RT – Russia Today Spanish, broadcasting suspended in the \
             EU (Annex XV to Regulation (EU) No 833/2014)"
        );
        assert_eq!(
            found[1].short(),
            "Foreign Missions Act designation of Rossiya Segodnya and its subsidiaries, 13 September 2024"
        );
        // Whole labels only, as the registry matches.
        assert!(builtin().for_url("https://art.com/x").is_empty());
        assert!(builtin().for_url("https://www.efe.com/x").is_empty());
        assert_eq!(builtin().for_host("WWW.Ria.Ru").len(), 2);
    }

    /// The registry's keepers' check: a designated outlet the built-in
    /// registry knows is classified there as state media.
    #[test]
    fn every_designated_host_the_registry_knows_is_state_media_there() {
        let registry = Registry::builtin();
        let mut wrong = Vec::new();
        for record in builtin().records() {
            for outlet in &record.outlets {
                for host in &outlet.hosts {
                    if let Some(known) = registry.outlet_for_host(host)
                        && !known.classification.is_state_tied_media()
                    {
                        wrong.push(format!(
                            "{host} ({}, {}): {}",
                            outlet.name,
                            record.act,
                            known.classification.name()
                        ));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn a_bad_host_is_refused_by_name() {
        let text = r#"(designations: [(authority: "A", act: "B", measure: "C", date: "2024-01-01",
            source: "D", outlets: [(name: "E", hosts: ["not a host"])])])"#;
        let error = Designations::from_ron(text, "test.ron").expect_err("refused");
        assert!(error.to_string().contains("not a host"), "{error}");
        let error = Designations::from_ron("(designations: [(", "test.ron").expect_err("refused");
        assert!(error.to_string().starts_with("test.ron:1:"), "{error}");
    }
}
