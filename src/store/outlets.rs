//! The user's outlet file (`outlets.ron` in the platform's config folder)
//! and, beside it, the release of the State Media Profiles the user imported
//! (`state-media-profiles.csv`) in place of the built-in one: read at start
//! by the window and the command line, written atomically.

use std::path::{Path, PathBuf};

use super::{SaveError, write_atomically};
use crate::registry::asd::AsdRelease;
use crate::registry::release_diff::{ReleaseChanges, compare};
use crate::registry::{Outlet, Registry, RegistryError, UserOutlets};

/// The file name of an imported release, beside the user's `outlets.ron`.
pub const RELEASE_FILE: &str = "state-media-profiles.csv";

/// Where the user's outlets live: `~/.config/monitor-workbench/outlets.ron`
/// on Linux, the platform's equivalent elsewhere.
pub fn user_outlets_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "monitor-workbench")
        .map(|dirs| dirs.config_dir().join("outlets.ron"))
}

/// The user's outlets; none when the file does not exist yet.
pub fn load_user_outlets(path: &Path) -> Result<UserOutlets, RegistryError> {
    match std::fs::read_to_string(path) {
        Ok(text) => UserOutlets::from_ron(&text, &path.display().to_string()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(UserOutlets::default()),
        Err(error) => Err(RegistryError::Parse {
            origin: path.display().to_string(),
            line: 0,
            column: 0,
            message: format!("cannot read the file: {error}"),
        }),
    }
}

/// Saves the user's outlets atomically, creating the config folder if needed.
pub fn save_user_outlets(path: &Path, outlets: &UserOutlets) -> Result<(), SaveError> {
    let text = outlets.to_ron().map_err(|error| SaveError::Serialize {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|source| SaveError::Io {
            path: path.to_owned(),
            source,
        })?;
    }
    write_atomically(path, text.as_bytes(), true)
}

/// The evidence label of an imported release's outlets.
fn imported_label(path: &Path) -> String {
    let day = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .map(|t| {
            chrono::DateTime::<chrono::Utc>::from(t)
                .format("%Y-%m-%d")
                .to_string()
        })
        .unwrap_or_else(|| "an unknown day".to_owned());
    format!(
        "{} (SMM typology), the release imported on {day}",
        crate::registry::REFERENCE_NAME
    )
}

/// The release the user imported, if there is one at `path`.
pub fn load_release(path: &Path) -> Result<Option<AsdRelease>, RegistryError> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            crate::registry::asd::read(&text, &path.display().to_string(), &imported_label(path))
                .map(Some)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(RegistryError::Parse {
            origin: path.display().to_string(),
            line: 0,
            column: 0,
            message: format!("cannot read the file: {error}"),
        }),
    }
}

/// The imported release at `path` as the registry's reference layer, or
/// `None` for the one the program ships; a damaged file is reported (the
/// text says so) and the shipped release is used.
fn imported_layer(path: &Path) -> (Option<Vec<Outlet>>, Option<String>) {
    match load_release(path) {
        Ok(release) => (release.map(|release| release.outlets), None),
        Err(error) => (
            None,
            Some(format!(
                "{error}\nThe built-in State Media Profiles are used; the file is left as it is."
            )),
        ),
    }
}

/// A newer release read from a file, with what it would change, waiting
/// for the user's word before it replaces the release in use.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingRelease {
    pub text: String,
    pub origin: String,
    pub changes: ReleaseChanges,
    /// Rows left out because they name no model.
    pub unrated: usize,
}

/// The built-in outlets, the user's additions and corrections, and where
/// those are kept: what the window classifies with and edits.
pub struct UserRegistry {
    /// The built-in registry (with the imported release when there is one),
    /// kept to list (and un-hide) built-in outlets.
    pub builtin: Registry,
    /// The reference layer's outlets when the user imported a release;
    /// `None`: the release the program ships.
    imported: Option<Vec<Outlet>>,
    pub outlets: UserOutlets,
    /// Where the user's outlets are saved; `None` keeps them for this run only.
    pub path: Option<PathBuf>,
}

impl UserRegistry {
    /// Only the built-in outlets, nothing saved (tests, the bundled sample).
    pub fn in_memory() -> Self {
        Self {
            builtin: Registry::builtin(),
            imported: None,
            outlets: UserOutlets::default(),
            path: None,
        }
    }

    /// The user's outlets at `path` and the release imported beside them.
    fn with_files(outlets: UserOutlets, path: PathBuf) -> (Self, Option<String>) {
        let (imported, problem) = imported_layer(&path.with_file_name(RELEASE_FILE));
        let mut user = Self {
            outlets,
            path: Some(path),
            ..Self::in_memory()
        };
        user.use_reference(imported);
        (user, problem)
    }

    /// Classifies with `imported` as the reference layer (`None`: the shipped one).
    fn use_reference(&mut self, imported: Option<Vec<Outlet>>) {
        self.builtin = match &imported {
            Some(outlets) => crate::registry::under_curated(outlets.clone())
                .unwrap_or_else(|_| Registry::builtin()),
            None => Registry::builtin(),
        };
        self.imported = imported;
    }

    /// Where an imported release is kept; `None` for a registry kept in memory.
    pub fn release_path(&self) -> Option<PathBuf> {
        self.path.as_ref().map(|p| p.with_file_name(RELEASE_FILE))
    }

    /// Reads a release of the State Media Profiles and says what it would
    /// change; nothing changes until [`Self::apply_release`].
    pub fn preview_release(
        &self,
        text: String,
        origin: &str,
    ) -> Result<PendingRelease, RegistryError> {
        let release = crate::registry::asd::read(&text, origin, crate::registry::REFERENCE_NAME)?;
        let curated = crate::registry::curated()?;
        let over = Registry::with_user(&curated, &self.outlets);
        let shipped;
        let in_use = match &self.imported {
            Some(outlets) => outlets,
            None => {
                shipped = crate::registry::reference()?.outlets;
                &shipped
            }
        };
        let changes = compare(in_use, &release.outlets, &over);
        Ok(PendingRelease {
            text,
            origin: origin.to_owned(),
            changes,
            unrated: release.unrated.len(),
        })
    }

    /// Keeps `pending` beside the user's outlets and classifies with it from
    /// now on; the curated layer and the user's outlets still win.
    pub fn apply_release(&mut self, pending: &PendingRelease) -> Result<(), SaveError> {
        let Some(path) = self.release_path() else {
            return Err(SaveError::Io {
                path: PathBuf::from(RELEASE_FILE),
                source: std::io::Error::other("this session keeps no files (no config folder)"),
            });
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|source| SaveError::Io {
                path: path.clone(),
                source,
            })?;
        }
        write_atomically(&path, pending.text.as_bytes(), false)?;
        let (imported, _) = imported_layer(&path);
        self.use_reference(imported);
        Ok(())
    }

    /// The user's file at `path`; a damaged file is left as it is, never
    /// overwritten, and the text says what is wrong with it.
    pub fn from_file(path: PathBuf) -> (Self, Option<String>) {
        match load_user_outlets(&path) {
            Ok(outlets) => Self::with_files(outlets, path),
            Err(error) => (
                Self::in_memory(),
                Some(format!(
                    "{error}\nThe built-in outlets are used; the file is left as it is."
                )),
            ),
        }
    }

    /// The registry to classify with: built-in outlets with the user's applied.
    pub fn registry(&self) -> Registry {
        Registry::with_user(&self.builtin, &self.outlets)
    }

    /// Writes the user's outlets to their file, if they have one.
    pub fn save(&self) -> Result<(), SaveError> {
        match &self.path {
            Some(path) => save_user_outlets(path, &self.outlets),
            None => Ok(()),
        }
    }
}

/// The registry the command line classifies with: the built-in one with the
/// user's file applied. A damaged user file is reported and left alone, and
/// the built-in registry is used.
pub fn registry_for_cli() -> (Registry, Option<String>) {
    let Some(path) = user_outlets_path() else {
        return (Registry::builtin(), None);
    };
    let (user, problem) = UserRegistry::from_file(path);
    (user.registry(), problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::{Classification, Outlet};

    #[test]
    fn the_user_file_round_trips_and_a_missing_one_is_empty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("config/outlets.ron");
        assert_eq!(
            load_user_outlets(&path).expect("missing is fine"),
            UserOutlets::default()
        );
        let mut user = UserOutlets::default();
        user.upsert(Outlet {
            languages: vec!["es".to_owned()],
            evidence: "Owned by the ministry, per its masthead".to_owned(),
            ..Outlet::new(
                "Diario Ejemplo",
                "Venezuela",
                &["ejemplo.com.ve"],
                Classification::CapturedPublic,
            )
        });
        user.set_hidden("TeleSUR", true);
        save_user_outlets(&path, &user).expect("saves");
        assert_eq!(load_user_outlets(&path).expect("loads"), user);
    }

    #[test]
    fn a_damaged_user_file_names_its_line() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("outlets.ron");
        std::fs::write(&path, "(\n  outlets: [ oops ],\n)").expect("write");
        let error = load_user_outlets(&path).expect_err("damaged");
        assert!(error.to_string().contains("outlets.ron:2:"), "{error}");
    }
}
