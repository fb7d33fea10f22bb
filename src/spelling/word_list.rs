//! The publication's own word list: a plain file, one word per line (lines
//! starting with `#` are comments), kept per publication in the user's
//! config folder (`words/SERIES.txt` beside `outlets.ron`), and the same
//! format for import and export.

use std::path::{Path, PathBuf};

use crate::store::{SaveError, write_atomically};

#[derive(Debug, thiserror::Error)]
pub enum WordListError {
    #[error("{}", crate::t!(
        "spelling-problem-word-list-unreadable",
        path = .path.display().to_string(),
        error = .source.to_string()
    ))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", crate::t!(
        "spelling-problem-word-list-not-a-list",
        path = .path.display().to_string(),
        error = .source.to_string()
    ))]
    Import {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", crate::t!("spelling-problem-word-list-not-saved", error = .0.to_string()))]
    Save(#[from] SaveError),
    #[error("{}", crate::t!(
        "spelling-problem-word-list-no-folder",
        path = .path.display().to_string(),
        error = .source.to_string()
    ))]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Where the word list of the publication named `series` lives:
/// `~/.config/monitor-workbench/words/vric-monitor.txt` on Linux, the
/// platform's equivalent elsewhere; `None` without a home folder.
pub fn word_list_path(series: &str) -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "monitor-workbench")
        .map(|dirs| dirs.config_dir().join("words").join(file_name(series)))
}

/// `VRIC Monitor` → `vric-monitor.txt`; an unnamed publication's is `default.txt`.
fn file_name(series: &str) -> String {
    let mut slug = String::new();
    for c in series.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "default.txt".to_owned()
    } else {
        format!("{slug}.txt")
    }
}

/// The words of a word-per-line text: trimmed, blank lines and `#` comments
/// skipped, duplicates dropped, in order.
pub fn parse_word_list(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for line in text.lines() {
        let word = line.trim().trim_start_matches('\u{feff}');
        if word.is_empty() || word.starts_with('#') || words.iter().any(|w| w == word) {
            continue;
        }
        words.push(word.to_owned());
    }
    words
}

/// Words one per line, sorted, without duplicates.
pub fn format_word_list(words: &[String]) -> String {
    let mut sorted: Vec<&str> = words
        .iter()
        .map(|word| word.trim())
        .filter(|word| !word.is_empty())
        .collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut text = sorted.join("\n");
    text.push('\n');
    text
}

/// The word list at `path`; empty when the file does not exist yet.
pub fn read_word_list(path: &Path) -> Result<Vec<String>, WordListError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(parse_word_list(&text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(WordListError::Read {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Saves the word list atomically, creating its folder if needed.
pub fn write_word_list(path: &Path, words: &[String]) -> Result<(), WordListError> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|source| WordListError::Folder {
            path: folder.to_owned(),
            source,
        })?;
    }
    // A list exported over an issue file would lose the issue.
    if crate::store::is_issue_file(path) {
        return Err(SaveError::WouldReplaceIssue {
            path: path.to_owned(),
        }
        .into());
    }
    write_atomically(path, format_word_list(words).as_bytes(), false)?;
    Ok(())
}

/// The words of a word-per-line file chosen for import (a missing or
/// unreadable file is an error naming it).
pub fn import_word_list(path: &Path) -> Result<Vec<String>, WordListError> {
    std::fs::read_to_string(path)
        .map(|text| parse_word_list(&text))
        .map_err(|source| WordListError::Import {
            path: path.to_owned(),
            source,
        })
}

/// `words` with those of `incoming` it lacks (compared as written) added;
/// how many were new.
pub fn merge_words(words: &mut Vec<String>, incoming: Vec<String>) -> usize {
    let mut added = 0;
    for word in incoming {
        let word = word.trim();
        if !word.is_empty() && !words.iter().any(|known| known == word) {
            words.push(word.to_owned());
            added += 1;
        }
    }
    added
}
