//! The text fields of an issue, to read and to write by `TextField`.

use super::TextField;
use super::apply::{EditError, entry_mut, section_mut, source_mut};
use crate::model::{Issue, SectionId, SourceId, SpecialEdition, StateMediaOverride};

pub(super) fn text_field(issue: &mut Issue, field: TextField) -> Result<&mut String, EditError> {
    Ok(match field {
        TextField::Series => &mut issue.series,
        TextField::Title => &mut issue.title,
        TextField::Publisher => &mut issue.publisher,
        TextField::Language => &mut issue.language,
        TextField::Summary => &mut issue.summary,
        TextField::Disclaimer => &mut issue.disclaimer,
        TextField::Methodology => &mut issue.methodology,
        TextField::CanonicalUrl => &mut issue.canonical_url,
        TextField::Licence => &mut issue.licence,
        TextField::SectionTitle(id) => &mut section_mut(issue, id)?.title,
        TextField::SectionNotes(id) => &mut section_mut(issue, id)?.reviewer_notes,
        TextField::EntryBody(id) => &mut entry_mut(issue, id)?.body,
        TextField::SourceUrl(id) => &mut source_mut(issue, id)?.url,
        TextField::SourceTitle(id) => &mut source_mut(issue, id)?.title,
        TextField::SourceAuthor(id) => &mut source_mut(issue, id)?.author,
        TextField::SourceLanguage(id) => &mut source_mut(issue, id)?.language,
        TextField::SourceNotes(id) => &mut source_mut(issue, id)?.notes,
        // `apply` sets the outlet itself, so that an empty one becomes `None`.
        TextField::SourceOutlet(id) => source_mut(issue, id)?
            .outlet
            .get_or_insert_with(String::new),
        TextField::SourceStateMediaReason(id) => match &mut source_mut(issue, id)?.state_media {
            StateMediaOverride::Yes { reason } | StateMediaOverride::No { reason } => reason,
            StateMediaOverride::Auto => return Err(EditError::NoOverride(id.0)),
        },
        TextField::SpecialEditionReason => &mut special_edition(issue).reason,
        TextField::SpecialEditionDisclaimer => &mut special_edition(issue).disclaimer,
    })
}

/// The text a field holds now; `None` when its section, entry or source is gone.
pub fn field_text(issue: &Issue, field: TextField) -> Option<&str> {
    let source = |id: SourceId| issue.source(id);
    let section = |id: SectionId| issue.section(id);
    Some(match field {
        TextField::Series => &issue.series,
        TextField::Title => &issue.title,
        TextField::Publisher => &issue.publisher,
        TextField::Language => &issue.language,
        TextField::Summary => &issue.summary,
        TextField::Disclaimer => &issue.disclaimer,
        TextField::Methodology => &issue.methodology,
        TextField::CanonicalUrl => &issue.canonical_url,
        TextField::Licence => &issue.licence,
        TextField::SectionTitle(id) => &section(id)?.title,
        TextField::SectionNotes(id) => &section(id)?.reviewer_notes,
        TextField::EntryBody(id) => &issue.entries().find(|(_, e)| e.id == id)?.1.body,
        TextField::SourceUrl(id) => &source(id)?.url,
        TextField::SourceTitle(id) => &source(id)?.title,
        TextField::SourceAuthor(id) => &source(id)?.author,
        TextField::SourceLanguage(id) => &source(id)?.language,
        TextField::SourceNotes(id) => &source(id)?.notes,
        TextField::SourceOutlet(id) => source(id)?.outlet.as_deref().unwrap_or_default(),
        TextField::SourceStateMediaReason(id) => match &source(id)?.state_media {
            StateMediaOverride::Yes { reason } | StateMediaOverride::No { reason } => reason,
            StateMediaOverride::Auto => return None,
        },
        TextField::SpecialEditionReason => &issue.policy.special_edition.as_ref()?.reason,
        TextField::SpecialEditionDisclaimer => &issue.policy.special_edition.as_ref()?.disclaimer,
    })
}

/// The issue's special-edition record, made when a field of it is typed into.
fn special_edition(issue: &mut Issue) -> &mut SpecialEdition {
    issue
        .policy
        .special_edition
        .get_or_insert_with(SpecialEdition::default)
}
