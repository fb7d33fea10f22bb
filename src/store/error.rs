use std::path::PathBuf;

use crate::text::TextPosition;

/// Why an issue file could not be opened. Every message names the file; those
/// about its content also name the line and column.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{at}: the file is not UTF-8 text; is it an issue file?", path.display())]
    NotUtf8 { path: PathBuf, at: TextPosition },
    #[error(
        "{}:{at}: the file holds a NUL byte, which no issue file has; it may be damaged (try its .bak copy)",
        path.display()
    )]
    NulByte { path: PathBuf, at: TextPosition },
    #[error("{}:{at}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        at: TextPosition,
        message: String,
    },
    #[error(
        "{}:{at}: not a Monitor Workbench issue file (it has no `format_version`)",
        path.display()
    )]
    Foreign { path: PathBuf, at: TextPosition },
    #[error(
        "{}:{at}: written by a newer Monitor Workbench (format {found}; this one reads up to {supported}); update the program to open it",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        at: TextPosition,
        found: u32,
        supported: u32,
    },
    #[error(
        "{}:{at}: `{field}`{} is not a field this Monitor Workbench knows: a newer one wrote the file; open it with that version or update this one (saving here would drop it)",
        path.display(),
        outer.as_deref().map(|outer| format!(" (in {outer})")).unwrap_or_default()
    )]
    UnknownField {
        path: PathBuf,
        at: TextPosition,
        field: String,
        /// The object it was found in, as the file names it ("Source").
        outer: Option<String>,
    },
}

impl LoadError {
    /// Where in the file the problem is, when it is about the content.
    pub fn position(&self) -> Option<TextPosition> {
        match self {
            Self::Io { .. } => None,
            Self::NotUtf8 { at, .. }
            | Self::NulByte { at, .. }
            | Self::Syntax { at, .. }
            | Self::Foreign { at, .. }
            | Self::TooNew { at, .. }
            | Self::UnknownField { at, .. } => Some(*at),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}: cannot write the issue: {message}", path.display())]
    Serialize { path: PathBuf, message: String },
    #[error("{}: cannot save: the folder {} does not exist", path.display(), folder.display())]
    NoFolder { path: PathBuf, folder: PathBuf },
    #[error(
        "{}: holds an issue file, which an export, a report or a list never replaces: choose another name",
        path.display()
    )]
    WouldReplaceIssue { path: PathBuf },
    #[error("{}: cannot save: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}
