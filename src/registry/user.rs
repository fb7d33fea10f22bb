//! The user's additions and corrections to the built-in registry, kept in a
//! file of their own (in the platform's config folder) so that an upgrade,
//! which replaces the built-in list, never loses them.

use serde::{Deserialize, Serialize};

use super::{Classification, Outlet, Registry, RegistryError};

/// What the user changed: outlets added or corrected, built-in outlets hidden.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UserOutlets {
    /// An outlet with the name of a built-in one replaces it; any other is added.
    /// Its domains win over the built-in ones.
    #[serde(default)]
    pub outlets: Vec<Outlet>,
    /// Names of built-in outlets the user does not want matched.
    #[serde(default)]
    pub hidden: Vec<String>,
}

/// The columns of `assets/reference/state-media-outlets.csv`, which the CSV
/// import and export keep so that a user's list can be compared with that list
/// or contributed back to it.
const CSV_HEADER: [&str; 7] = [
    "outlet",
    "country",
    "domains",
    "classification",
    "language",
    "evidence",
    // Optional: the name readers see, when `outlet` is a label for editors.
    "reader_name",
];

impl UserOutlets {
    pub fn is_empty(&self) -> bool {
        self.outlets.is_empty() && self.hidden.is_empty()
    }

    /// Adds `outlet`, or replaces the user's outlet of the same name.
    pub fn upsert(&mut self, outlet: Outlet) {
        match self.outlets.iter_mut().find(|o| o.name == outlet.name) {
            Some(existing) => *existing = outlet,
            None => self.outlets.push(outlet),
        }
    }

    /// Saves an outlet from the editor. `replacing` is the name it had when
    /// the form opened: renamed, the old entry goes, and a built-in outlet of
    /// the old name is hidden so that it no longer lists or matches beside
    /// its correction.
    pub fn save_outlet(&mut self, builtin: &Registry, replacing: Option<&str>, outlet: Outlet) {
        if let Some(old) = replacing.filter(|old| *old != outlet.name) {
            self.remove(old);
            if builtin.outlets().iter().any(|o| o.name == old) {
                self.set_hidden(old, true);
            }
        }
        self.upsert(outlet);
    }

    /// Removes the user's outlet called `name` (a built-in one of that name shows again).
    pub fn remove(&mut self, name: &str) {
        self.outlets.retain(|o| o.name != name);
    }

    pub fn set_hidden(&mut self, name: &str, hidden: bool) {
        self.hidden.retain(|h| h != name);
        if hidden {
            self.hidden.push(name.to_owned());
        }
    }

    pub fn is_hidden(&self, name: &str) -> bool {
        self.hidden.iter().any(|h| h == name)
    }

    /// The file's text: RON, like the built-in list.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new().struct_names(false);
        let mut text = ron::ser::to_string_pretty(self, config)?;
        text.push('\n');
        Ok(text)
    }

    pub fn from_ron(text: &str, origin: &str) -> Result<Self, RegistryError> {
        ron::from_str(text).map_err(|error| RegistryError::Parse {
            origin: origin.to_owned(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
        })
    }

    /// The user's outlets as CSV in the reference list's columns; lists are
    /// joined with `|`. Hidden built-ins are not outlets and are left out.
    pub fn to_csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut rows = vec![CSV_HEADER.map(str::to_owned).to_vec()];
        for outlet in &self.outlets {
            rows.push(vec![
                outlet.name.clone(),
                outlet.country.clone(),
                outlet.domains.join("|"),
                outlet.classification.name().to_owned(),
                outlet.languages.join("|"),
                outlet.evidence.clone(),
                outlet.reader_name.clone().unwrap_or_default(),
            ]);
        }
        for row in rows {
            // Writing to memory cannot fail.
            let _ = writer.write_record(&row);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }

    /// Reads outlets from CSV in the reference list's columns (header required,
    /// columns in any order). Errors name the file and the line.
    pub fn outlets_from_csv(text: &str, origin: &str) -> Result<Vec<Outlet>, RegistryError> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let error = |line: u64, message: String| RegistryError::Parse {
            origin: origin.to_owned(),
            line: line as usize,
            column: 1,
            message,
        };
        let headers = reader
            .headers()
            .map_err(|e| error(1, e.to_string()))?
            .clone();
        let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
        let [
            outlet,
            country,
            domains,
            classification,
            language,
            evidence,
            reader_name,
        ] = CSV_HEADER.map(column);
        let (Some(outlet), Some(domains), Some(classification)) = (outlet, domains, classification)
        else {
            return Err(error(
                1,
                format!(
                    "the header must name the columns {} (and may name {})",
                    CSV_HEADER[..6].join(","),
                    CSV_HEADER[6]
                ),
            ));
        };
        let mut outlets = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                error(line, e.to_string())
            })?;
            let line = record.position().map_or(0, |p| p.line());
            let field = |index: Option<usize>| {
                index
                    .and_then(|i| record.get(i))
                    .unwrap_or_default()
                    .to_owned()
            };
            let list = |index: Option<usize>| -> Vec<String> {
                field(index)
                    .split('|')
                    .map(str::trim)
                    .filter(|part| !part.is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            let name = field(Some(outlet));
            let class_name = field(Some(classification));
            let Some(class) = Classification::from_name(&class_name) else {
                let known: Vec<&str> = Classification::ALL.iter().map(|c| c.name()).collect();
                return Err(error(
                    line,
                    format!(
                        "\"{name}\": unknown classification \"{class_name}\" (one of {})",
                        known.join(", ")
                    ),
                ));
            };
            let outlet = Outlet {
                name,
                country: field(country),
                domains: list(Some(domains)),
                classification: class,
                languages: list(language),
                evidence: field(evidence),
                reader_name: Some(field(reader_name)).filter(|r| !r.is_empty()),
                site_names: Vec::new(),
                corrects: None,
                decided_by: String::new(),
                since: None,
                earlier: Vec::new(),
            };
            if let Some(bad) = outlet
                .domains
                .iter()
                .find(|d| super::normalize_host(d).is_none())
            {
                return Err(error(
                    line,
                    format!("\"{}\": \"{bad}\" is not a host name", outlet.name),
                ));
            }
            outlets.push(outlet);
        }
        Ok(outlets)
    }
}
