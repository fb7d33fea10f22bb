//! The issue file (README, "Files"): pretty, deterministic RON with a `format_version`,
//! written atomically with the previous version kept as `NAME.ron.bak`.

mod atomic;
mod error;
mod integrity;
mod migrate;
mod outlets;

use std::path::Path;

use ron::ser::PrettyConfig;

use crate::model::Issue;
use crate::text::decode_utf8;

pub use atomic::{
    is_issue_file, same_file, sweep_stale_temporaries, write_atomically, write_cache, write_derived,
};
pub use error::{LoadError, SaveError};
pub use integrity::repair;
pub use outlets::{
    PendingRelease, RELEASE_FILE, UserRegistry, load_release, load_user_outlets, registry_for_cli,
    save_user_outlets, user_outlets_path,
};

/// The issue as the text of its file. Same issue, same bytes.
pub fn to_ron(issue: &Issue) -> Result<String, ron::Error> {
    let config = PrettyConfig::new()
        .indentor("    ".to_owned())
        .new_line("\n".to_owned())
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let mut text = ron::ser::to_string_pretty(issue, config)?;
    text.push('\n');
    Ok(text)
}

/// Reads an issue from the text of a file; `origin` names the file in errors.
pub fn from_ron(text: &str, origin: &Path) -> Result<Issue, LoadError> {
    // RON would accept a NUL inside a string, but in an issue file it means
    // damage (a disk that lost blocks fills them with zeros), not text.
    if let Some(offset) = text.find('\0') {
        return Err(LoadError::NulByte {
            path: origin.to_owned(),
            at: crate::text::TextPosition::of_offset(text, offset),
        });
    }
    migrate::parse_any_version(text, origin)
}

/// Reads an issue file. The file is only read, never written, whatever its state.
pub fn load(path: &Path) -> Result<Issue, LoadError> {
    read_issue(path, |_| ()).map(|(issue, ())| issue)
}

/// What a file held when it was read or written, to notice later that
/// someone else changed it (another editor, a `git pull`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    len: usize,
    hash: u64,
}

impl Stamp {
    pub fn of_bytes(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self {
            len: bytes.len(),
            hash: hasher.finish(),
        }
    }

    /// The stamp of the file now; `None` when it cannot be read (gone, moved).
    pub fn of_file(path: &Path) -> Option<Self> {
        std::fs::read(path).ok().map(|bytes| Self::of_bytes(&bytes))
    }
}

/// Reads an issue file and stamps what it held.
pub fn load_stamped(path: &Path) -> Result<(Issue, Stamp), LoadError> {
    read_issue(path, Stamp::of_bytes)
}

/// Reads and parses the file, with what `look` makes of its bytes (a stamp
/// costs a pass over them, which the command line does not need).
fn read_issue<T>(path: &Path, look: impl FnOnce(&[u8]) -> T) -> Result<(Issue, T), LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_owned(),
        source,
    })?;
    let seen = look(&bytes);
    let text = decode_utf8(bytes).map_err(|at| LoadError::NotUtf8 {
        path: path.to_owned(),
        at,
    })?;
    Ok((from_ron(&text, path)?, seen))
}

/// Saves atomically: `path` holds either the old or the new issue, never a mix;
/// the old file, if any, is kept as `NAME.ron.bak`.
pub fn save(path: &Path, issue: &Issue) -> Result<(), SaveError> {
    save_stamped(path, issue).map(|_| ())
}

/// Saves like [`save`] and stamps what was written.
pub fn save_stamped(path: &Path, issue: &Issue) -> Result<Stamp, SaveError> {
    let text = to_ron(issue).map_err(|error| SaveError::Serialize {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    write_atomically(path, text.as_bytes(), true)?;
    Ok(Stamp::of_bytes(text.as_bytes()))
}

#[cfg(test)]
mod format_tests;
#[cfg(test)]
mod tests;
