//! The registry shipped with the program: the State Media Profiles file of
//! the Alliance for Securing Democracy (`assets/reference/asd/`), under this
//! project's curated layer (`assets/outlets.ron`), which wins: its corrections
//! of the file, the outlets the file lacks, and the independent outlets a
//! monitor of Latin America cites. Both are compiled into the binary so the
//! program works from any folder, and read once per run.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::{Outlet, Registry, RegistryError, asd, normalize_host};

/// How every outlet of the reference layer's evidence begins.
pub const REFERENCE_NAME: &str = "ASD State Media Profiles";
/// The release of the State Media Profiles the program ships.
pub const ASD_RELEASE: &str = "ASD State Media Profiles (SMM typology), February 2024";
const ASD_FILE: &str = include_str!("../../assets/reference/asd/State_Media_Matrix.csv");
const CURATED: &str = include_str!("../../assets/outlets.ron");

static BUILTIN: LazyLock<Result<Registry, RegistryError>> = LazyLock::new(build);

/// Reads both layers and builds the registry (what the first use of
/// [`builtin`] costs; a benchmark measures it).
pub fn build() -> Result<Registry, RegistryError> {
    under_curated(reference()?.outlets)
}

/// A release of the reference file with the curated layer above it: the
/// built-in registry, or the one made with a release the user imported.
pub fn under_curated(reference: Vec<Outlet>) -> Result<Registry, RegistryError> {
    Ok(layered(reference, curated()?.outlets().to_vec()))
}

/// The built-in registry, or why its assets do not read (a build defect a unit test catches).
pub fn builtin() -> Result<&'static Registry, &'static RegistryError> {
    BUILTIN.as_ref()
}

/// The curated layer alone: the outlets this project lists itself.
pub fn curated() -> Result<Registry, RegistryError> {
    Registry::from_ron(CURATED, "assets/outlets.ron")
}

/// The reference file as shipped, read: its outlets, ties and unrated rows.
pub fn reference() -> Result<asd::AsdRelease, RegistryError> {
    asd::read(
        ASD_FILE,
        "assets/reference/asd/State_Media_Matrix.csv",
        ASD_RELEASE,
    )
}

/// `reference` under `curated`: a host the curated layer lists, and every
/// host under it, is the curated outlet's alone; a reference outlet left
/// with none of its hosts is dropped (the curated one replaces it).
pub fn layered(reference: Vec<Outlet>, curated: Vec<Outlet>) -> Registry {
    let claimed: HashSet<String> = curated
        .iter()
        .flat_map(|o| o.domains.iter().filter_map(|d| normalize_host(d)))
        .collect();
    // A domain is claimed when it or one of its parents (on whole labels) is.
    let is_claimed = |domain: &str| {
        let mut rest = domain;
        loop {
            if claimed.contains(rest) {
                return true;
            }
            match rest.split_once('.') {
                Some((_, parent)) => rest = parent,
                None => return false,
            }
        }
    };
    let mut outlets: Vec<Outlet> = reference
        .into_iter()
        .filter_map(|mut outlet| {
            let had_hosts = !outlet.domains.is_empty();
            // The reference reader stores hosts already normalized.
            outlet.domains.retain(|d| !is_claimed(d));
            (!had_hosts || !outlet.domains.is_empty()).then_some(outlet)
        })
        .collect();
    outlets.extend(curated);
    // Every domain was normalized above or checked by `from_ron`.
    Registry::from_outlets(outlets).unwrap_or_default()
}
