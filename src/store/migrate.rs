//! Reading files of any format version this build knows.

use std::path::Path;

use serde::Deserialize;

use super::error::LoadError;
use crate::model::{FORMAT_VERSION, Issue};
use crate::text::TextPosition;

/// Just enough of a file to know which format it is in; other fields are skipped.
#[derive(Deserialize)]
#[serde(rename = "Issue")] // the name messages about a foreign file show
struct VersionProbe {
    format_version: u32,
}

pub(super) fn parse_any_version(text: &str, origin: &Path) -> Result<Issue, LoadError> {
    let version = match ron::from_str::<VersionProbe>(text) {
        Ok(probe) => probe.format_version,
        Err(error) if is_missing_version(&error.code) => {
            return Err(LoadError::Foreign {
                path: origin.to_owned(),
                at: TextPosition { line: 1, column: 1 },
            });
        }
        Err(error) => return Err(syntax(origin, text, &error)),
    };
    if version > FORMAT_VERSION {
        return Err(LoadError::TooNew {
            path: origin.to_owned(),
            at: position_of(text, "format_version"),
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    // Version 1 named the policy's classes in the six classes of its time
    // (state-owned, state-affiliated, public-service …); version 2 names the
    // State Media Monitor's models. The policy's list is migrated as it is
    // read (`registry::deserialize_policy_classes`): an older class becomes
    // every model it meant, so a file counts what it counted before.
    let mut issue: Issue = ron::from_str(text).map_err(|error| syntax(origin, text, &error))?;
    issue.format_version = FORMAT_VERSION;
    Ok(issue)
}

fn is_missing_version(code: &ron::Error) -> bool {
    matches!(code, ron::Error::MissingStructField { field, .. } if *field == "format_version")
}

fn syntax(origin: &Path, text: &str, error: &ron::error::SpannedError) -> LoadError {
    let at = TextPosition {
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
    };
    let mut message = error.code.to_string();
    let end = TextPosition {
        line: error.span.end.line,
        column: error.span.end.col,
    };
    let text_end = [
        TextPosition::of_end(text),
        TextPosition::of_end(text.trim_end()),
    ];
    if text_end.contains(&at) || text_end.contains(&end) {
        message.push_str(" (the file ends early: is it truncated?)");
    }
    LoadError::Syntax {
        path: origin.to_owned(),
        at,
        message,
    }
}

fn position_of(text: &str, needle: &str) -> TextPosition {
    let offset = text.find(needle).unwrap_or(0);
    TextPosition::of_end(&text[..offset])
}
