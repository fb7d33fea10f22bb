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
    // Version 1 named the policy's classes in the six classes of its time
    // (state-owned, state-affiliated, public-service …); version 2 names the
    // State Media Monitor's models. The policy's list is migrated as it is
    // read (`registry::deserialize_policy_classes`): an older class becomes
    // every model it meant, so a file counts what it counted before.
    //
    // The file is parsed once; only a file that does not parse is read again
    // for its version, to say "newer program" or "not an issue file" rather
    // than a syntax error (a second parse of every file cost a quarter of an
    // export's time).
    match ron::from_str::<Issue>(text) {
        Ok(mut issue) => {
            if issue.format_version > FORMAT_VERSION {
                return Err(too_new(text, origin, issue.format_version));
            }
            if issue.format_version < 5 {
                kinds_chosen_before_5(&mut issue);
            }
            issue.format_version = FORMAT_VERSION;
            Ok(issue)
        }
        Err(error) => Err(explain_failure(text, origin, &error)),
    }
}

/// Before format 5 a file did not say who decided a source's kind: one the
/// address would not give was chosen by a person (the editor, or a genre in
/// the reference manager), so a fetched page must not overwrite it.
fn kinds_chosen_before_5(issue: &mut Issue) {
    for source in &mut issue.sources {
        if source.kind != crate::sourcing::guess_kind(&source.url) {
            source.kind_from = crate::model::KindOrigin::Editor;
        }
    }
}

/// Why a file did not parse: not an issue file at all, an issue from a newer
/// program (a newer format, or a field this build does not know), or a
/// syntax error at a place.
fn explain_failure(text: &str, origin: &Path, error: &ron::error::SpannedError) -> LoadError {
    let probe = ron::from_str::<VersionProbe>(text);
    match (&probe, &error.code) {
        (Ok(probe), _) if probe.format_version > FORMAT_VERSION => {
            too_new(text, origin, probe.format_version)
        }
        (Err(probe_error), _) if is_missing_version(&probe_error.code) => LoadError::Foreign {
            path: origin.to_owned(),
            at: TextPosition { line: 1, column: 1 },
        },
        // Of a format this build reads, yet with a field it does not know:
        // written by a newer build that forgot to raise the format, or by
        // hand. Refused, so that saving here cannot drop it.
        (_, ron::Error::NoSuchStructField { found, outer, .. }) => LoadError::UnknownField {
            path: origin.to_owned(),
            at: TextPosition {
                line: error.span.start.line.max(1),
                column: error.span.start.col.max(1),
            },
            field: found.clone(),
            outer: outer.clone(),
        },
        _ => syntax(origin, text, error),
    }
}

fn too_new(text: &str, origin: &Path, found: u32) -> LoadError {
    LoadError::TooNew {
        path: origin.to_owned(),
        at: position_of(text, "format_version"),
        found,
        supported: FORMAT_VERSION,
    }
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
