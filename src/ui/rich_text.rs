//! Entry text as plain text, for previews and accessible names.

use crate::text::Run;

/// The runs as one line of plain text.
pub fn plain(runs: &[Run]) -> String {
    runs.iter().map(|run| run.text.as_str()).collect()
}
