//! The user's outlet file (`outlets.ron` in the platform's config folder):
//! read at start by the window and the command line, written atomically.

use std::path::{Path, PathBuf};

use super::{SaveError, write_atomically};
use crate::registry::{Registry, RegistryError, UserOutlets};

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

/// The built-in outlets, the user's additions and corrections, and where
/// those are kept: what the window classifies with and edits.
pub struct UserRegistry {
    /// The built-in registry, kept to list (and un-hide) built-in outlets.
    pub builtin: Registry,
    pub outlets: UserOutlets,
    /// Where the user's outlets are saved; `None` keeps them for this run only.
    pub path: Option<PathBuf>,
}

impl UserRegistry {
    /// Only the built-in outlets, nothing saved (tests, the bundled sample).
    pub fn in_memory() -> Self {
        Self {
            builtin: Registry::builtin(),
            outlets: UserOutlets::default(),
            path: None,
        }
    }

    /// The user's file at `path`; a damaged file is left as it is, never
    /// overwritten, and the text says what is wrong with it.
    pub fn from_file(path: PathBuf) -> (Self, Option<String>) {
        match load_user_outlets(&path) {
            Ok(outlets) => (
                Self {
                    outlets,
                    path: Some(path),
                    ..Self::in_memory()
                },
                None,
            ),
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
pub fn registry_for_cli() -> (Registry, Option<RegistryError>) {
    let builtin = Registry::builtin();
    let Some(path) = user_outlets_path() else {
        return (builtin, None);
    };
    match load_user_outlets(&path) {
        Ok(user) if user.is_empty() => (builtin, None),
        Ok(user) => (Registry::with_user(&builtin, &user), None),
        Err(error) => (builtin, Some(error)),
    }
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
            name: "Diario Ejemplo".to_owned(),
            country: "Venezuela".to_owned(),
            domains: vec!["ejemplo.com.ve".to_owned()],
            classification: Classification::StateOwned,
            languages: vec!["es".to_owned()],
            evidence: "Owned by the ministry, per its masthead".to_owned(),
            reader_name: None,
            site_names: Vec::new(),
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
