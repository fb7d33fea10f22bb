//! The Alliance for Securing Democracy's State Media Profiles (MIT licence,
//! `assets/reference/asd/`): one row per media asset with its country,
//! company, web address and State Media Monitor model. Read into outlets of
//! the registry, one per company and model, each holding its assets' hosts.

use std::collections::{BTreeMap, HashMap};

use super::{Classification, Outlet, RegistryError, host_of, normalize_host};

/// The columns this reader needs, by their names in the file's header.
const COLUMNS: [&str; 6] = [
    "Country",
    "Media company",
    "Main assets",
    "URL",
    "Typology",
    "Status",
];

/// A release of the file, read.
#[derive(Debug, Clone, Default)]
pub struct AsdRelease {
    pub outlets: Vec<Outlet>,
    /// Hosts that rows of different models share, and how each was decided.
    pub ties: Vec<Tie>,
    /// Rows left out because they name no model, as "Country: asset".
    pub unrated: Vec<String>,
}

/// A host listed by rows of different models; the strictest model wins it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    pub host: String,
    /// Each claiming outlet with its model, in the file's order.
    pub claims: Vec<(String, Classification)>,
    pub winner: Classification,
}

/// One company's assets of one model in one country.
struct Group {
    country: String,
    company: String,
    classification: Classification,
    assets: Vec<String>,
    hosts: Vec<String>,
    notes: Vec<String>,
}

/// Reads the file's text; `origin` names it in errors, `release` in every
/// outlet's evidence (e.g. "ASD State Media Profiles, February 2024").
pub fn read(text: &str, origin: &str, release: &str) -> Result<AsdRelease, RegistryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
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
    let mut index = [0; 6];
    for (slot, name) in index.iter_mut().zip(COLUMNS) {
        *slot = headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                error(
                    1,
                    format!(
                        "not a State Media Profiles file: the header has no \"{name}\" column (it needs {})",
                        COLUMNS.join(", ")
                    ),
                )
            })?;
    }
    let [country, company, asset, url, typology, status] = index;
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<(String, String, Classification), usize> = HashMap::new();
    let mut unrated = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            error(line, e.to_string())
        })?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim().to_owned();
        let (country, company, asset) = (field(country), field(company), field(asset));
        let Some(classification) =
            Classification::from_name(&field(typology)).filter(|c| c.is_state_tied_media())
        else {
            unrated.push(format!("{country}: {asset}"));
            continue;
        };
        let key = (country.clone(), company.clone(), classification);
        let at = *by_key.entry(key).or_insert_with(|| {
            groups.push(Group {
                country,
                company,
                classification,
                assets: Vec::new(),
                hosts: Vec::new(),
                notes: Vec::new(),
            });
            groups.len() - 1
        });
        let group = &mut groups[at];
        group.assets.push(asset);
        if field(typology).ends_with('?') {
            group
                .notes
                .push(format!("rated \"{}\" in the file", field(typology)));
        }
        let status = field(status);
        if !status.is_empty() && !status.to_ascii_lowercase().starts_with("merged") {
            group.notes.push(status);
        }
        if let Some(host) = host_of(&field(url)).and_then(|h| normalize_host(&h))
            && !group.hosts.contains(&host)
        {
            group.hosts.push(host);
        }
    }
    let ties = settle_shared_hosts(&mut groups);
    let outlets = groups.into_iter().map(|g| outlet(g, release)).collect();
    Ok(AsdRelease {
        outlets,
        ties,
        unrated,
    })
}

/// A host listed by several groups goes to the strictest model, the first
/// in the file among equals; the others keep the asset but not the host.
fn settle_shared_hosts(groups: &mut [Group]) -> Vec<Tie> {
    let mut claims: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (at, group) in groups.iter().enumerate() {
        for host in &group.hosts {
            claims.entry(host.clone()).or_default().push(at);
        }
    }
    let strictness = |c: Classification| Classification::ALL.iter().position(|x| *x == c);
    let mut ties = Vec::new();
    for (host, claimants) in claims.into_iter().filter(|(_, c)| c.len() > 1) {
        let Some(&winner) = claimants
            .iter()
            .min_by_key(|&&at| (strictness(groups[at].classification), at))
        else {
            continue;
        };
        let models: Vec<Classification> = claimants
            .iter()
            .map(|&at| groups[at].classification)
            .collect();
        if models.iter().any(|m| *m != models[0]) {
            ties.push(Tie {
                host: host.clone(),
                claims: claimants
                    .iter()
                    .map(|&at| (name_of(&groups[at]), groups[at].classification))
                    .collect(),
                winner: groups[winner].classification,
            });
        }
        for &at in claimants.iter().filter(|&&at| at != winner) {
            groups[at].hosts.retain(|h| *h != host);
            groups[at].notes.push(format!(
                "{host} is listed under {}",
                name_of(&groups[winner])
            ));
        }
    }
    ties
}

/// The SMM prefixes that say what kind of asset a row is ("News agency: Xinhua").
const ASSET_KINDS: [&str; 9] = [
    "News agency:",
    "Print media:",
    "Print:",
    "Television:",
    "TV:",
    "Radio:",
    "Online:",
    "Online media:",
    "Website:",
];

fn without_kind(asset: &str) -> &str {
    ASSET_KINDS
        .iter()
        .find_map(|kind| asset.strip_prefix(kind))
        .map_or(asset, str::trim)
}

/// An outlet of one asset is named after it; of several, after its company.
fn name_of(group: &Group) -> String {
    match group.assets.as_slice() {
        [one] if !one.is_empty() => without_kind(one).to_owned(),
        _ if !group.company.is_empty() => group.company.clone(),
        _ => group.assets.first().cloned().unwrap_or_default(),
    }
}

fn outlet(group: Group, release: &str) -> Outlet {
    let name = name_of(&group);
    let assets: Vec<&str> = group.assets.iter().map(|a| without_kind(a)).collect();
    let mut evidence = format!(
        "{} ({}), {}",
        group.company,
        assets.join("; "),
        group.classification.code().unwrap_or_default()
    );
    if !group.notes.is_empty() {
        evidence.push_str(&format!(" [{}]", group.notes.join("; ")));
    }
    Outlet {
        name,
        country: group.country,
        domains: group.hosts,
        classification: group.classification,
        languages: Vec::new(),
        evidence,
        reader_name: None,
        site_names: Vec::new(),
        corrects: None,
        decided_by: release.to_owned(),
        since: None,
        earlier: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "Region,Country,Media company,Main assets,URL,Typology,Status,Notes\n";

    fn read_rows(rows: &str) -> AsdRelease {
        read(&format!("{HEADER}{rows}"), "test.csv", "ASD test").expect("reads")
    }

    #[test]
    fn assets_of_one_company_and_model_are_one_outlet_with_their_hosts() {
        let release = read_rows(
            "Latin America,Cuba,Prensa Latina,News agency: Prensa Latina,http://www.prensa-latina.cu/,SC,,\n\
             Latin America,Cuba,Prensa Latina,Print media: Orbe,http://www.prensa-latina.cu/,SC,,\n\
             Latin America,Cuba,Prensa Latina,News agency: Prensa Latina (English),https://plenglish.com/,SC,,\n\
             Latin America,Nicaragua,CODISA,Radio Sandino,,SC,,\n",
        );
        assert_eq!(release.outlets.len(), 2);
        let prensa = &release.outlets[0];
        assert_eq!(prensa.name, "Prensa Latina");
        assert_eq!(prensa.domains, ["prensa-latina.cu", "plenglish.com"]);
        assert_eq!(prensa.classification, Classification::StateControlled);
        assert!(
            prensa
                .evidence
                .starts_with("Prensa Latina (Prensa Latina; Orbe;")
        );
        assert_eq!(prensa.decided_by, "ASD test");
        // A row without a URL is an outlet without domains.
        assert_eq!(release.outlets[1].name, "Radio Sandino");
        assert!(release.outlets[1].domains.is_empty());
    }

    #[test]
    fn a_host_of_two_models_goes_to_the_stricter_and_is_reported() {
        let release = read_rows(
            "Europe,Serbia,RTV,Radio Novi Sad,http://www.rtv.rs/,ISFM,,\n\
             Europe,Serbia,RTV,RTV1,http://www.rtv.rs/,CaPr,,\n\
             Europe,Moldova,TRM,TV Moldova,http://trm.md/,ISFM?,,\n\
             Europe,Moldova,X,Unrated,http://x.md/,,,\n",
        );
        assert_eq!(
            release.ties,
            vec![Tie {
                host: "rtv.rs".to_owned(),
                claims: vec![
                    (
                        "Radio Novi Sad".to_owned(),
                        Classification::IndependentStateFundedManaged
                    ),
                    ("RTV1".to_owned(), Classification::CapturedPrivate),
                ],
                winner: Classification::CapturedPrivate,
            }]
        );
        assert!(release.outlets[0].domains.is_empty());
        assert_eq!(release.outlets[1].domains, ["rtv.rs"]);
        assert_eq!(
            release.outlets[2].classification,
            Classification::IndependentStateFundedManaged
        );
        assert!(release.outlets[2].evidence.contains("ISFM?"));
        assert_eq!(release.unrated, ["Moldova: Unrated"]);
    }

    #[test]
    fn a_file_without_the_columns_is_refused_by_name() {
        let error = read("a,b\n1,2\n", "other.csv", "x").expect_err("refused");
        let message = error.to_string();
        assert!(message.starts_with("other.csv:1:"), "{message}");
        assert!(message.contains("\"Country\""), "{message}");
    }
}
