use std::path::PathBuf;

use crate::model::Issue;
use crate::sample::sample_issue;

/// The open issue, where it came from, and how often it has changed.
pub struct Document {
    pub issue: Issue,
    /// `None` for the bundled sample, which has no file of its own.
    pub path: Option<PathBuf>,
    /// Bumped by every change; derived figures are cached against it.
    pub revision: u64,
}

impl Document {
    pub fn from_file(issue: Issue, path: PathBuf) -> Self {
        Self {
            issue,
            path: Some(path),
            revision: 0,
        }
    }

    pub fn sample() -> Self {
        Self {
            issue: sample_issue(),
            path: None,
            revision: 0,
        }
    }

    /// The name shown in the title bar and status bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => "Sample issue (bundled)".to_owned(),
        }
    }
}
