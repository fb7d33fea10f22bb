//! Applies an [`Edit`] to an issue. Every change to an issue goes through here.

use super::fields::text_field;
use super::{Edit, SourceDate, TextField};
use crate::model::{
    Citation, Entry, EntryId, HistoryNote, Issue, PageField, Section, SectionId, SectionStatus,
    Source, SourceId,
};
use crate::sourcing::{guess_kind, is_web_url, normalize_url};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("section #{0} is not in the issue")]
    NoSection(u32),
    #[error("entry #{0} is not in the issue")]
    NoEntry(u32),
    #[error("source #{0} is not in the library")]
    NoSource(u32),
    #[error("an empty URL cites nothing")]
    EmptyUrl,
    #[error("“{0}” is not a web address (http or https)")]
    NotWebUrl(String),
    #[error("source #{0} has no state-media override to give a reason for")]
    NoOverride(u32),
    #[error("a section cannot go from {from} to {to}")]
    Transition {
        from: &'static str,
        to: &'static str,
    },
    #[error("entry #{0} has no comment thread {1}")]
    NoThread(u32, usize),
    #[error("entry #{0} has no open suggestion {1}")]
    NoSuggestion(u32, usize),
    #[error("the suggestion is the text as it stands")]
    SameText,
    #[error("entry #{0} carries no declaration flag")]
    NotFlagged(u32),
    #[error("a note is needed")]
    EmptyNote,
    #[error(transparent)]
    Settle(#[from] crate::merge::SettleError),
}

/// Applies `edit`; on error the issue is left exactly as it was. Returns the
/// approved sections whose content the edit changed: they are back in review.
pub fn apply(issue: &mut Issue, edit: Edit) -> Result<Vec<SectionId>, EditError> {
    let mut touched = Vec::new();
    content_sections(issue, &edit, &mut touched);
    // An approved section goes back to review only when its content really
    // changed: setting a title to itself is no edit.
    let before: Vec<Section> = touched
        .iter()
        .filter_map(|id| issue.section(*id))
        .filter(|section| section.status == SectionStatus::Approved)
        .cloned()
        .collect();
    // Deleting the newest object, or restoring an older version, never
    // makes an id that was given out free again.
    let given = issue.ids_reserved();
    change(issue, edit)?;
    issue.keep_ids_given(given);
    let mut reopened = Vec::new();
    for old in before {
        if let Some(section) = issue.sections.iter_mut().find(|s| s.id == old.id)
            && section.status == SectionStatus::Approved
            && (section.title != old.title || section.entries != old.entries)
        {
            let id = section.id;
            section.status = SectionStatus::InReview;
            section.approval = None;
            reopened.push(id);
        }
    }
    Ok(reopened)
}

/// The sections whose text or sourcing `edit` changes (review actions change none).
fn content_sections(issue: &Issue, edit: &Edit, out: &mut Vec<SectionId>) {
    let holder = |entry: EntryId| {
        issue
            .sections
            .iter()
            .find(|s| s.entries.iter().any(|e| e.id == entry))
            .map(|s| s.id)
    };
    let mut add = |id: Option<SectionId>| {
        if let Some(id) = id
            && !out.contains(&id)
        {
            out.push(id);
        }
    };
    match edit {
        Edit::SetText {
            field: TextField::EntryBody(entry),
            ..
        }
        | Edit::RemoveEntry(entry)
        | Edit::CiteUrl { entry, .. }
        | Edit::Cite { entry, .. }
        | Edit::Uncite { entry, .. }
        | Edit::ResolveConflict { entry, .. }
        | Edit::AcceptSuggestion { entry, .. } => add(holder(*entry)),
        Edit::SetText {
            field: TextField::SectionTitle(section),
            ..
        }
        | Edit::AddEntry { section, .. } => {
            add(Some(*section));
        }
        Edit::MoveEntry { entry, section, .. } => {
            add(holder(*entry));
            add(Some(*section));
        }
        Edit::RemoveSource(source) => {
            for section in &issue.sections {
                if section.entries.iter().any(|e| e.cites(*source)) {
                    add(Some(section.id));
                }
            }
        }
        Edit::Batch(edits) => {
            for edit in edits {
                content_sections(issue, edit, out);
            }
        }
        _ => {}
    }
}

fn change(issue: &mut Issue, edit: Edit) -> Result<(), EditError> {
    if let Some((id, field)) = edit.text_field().and_then(super::page::page_field_of) {
        super::page::confirm_field(issue, id, field);
    }
    if let Edit::SetText {
        field: TextField::SourceUrl(id),
        text,
    } = &edit
    {
        super::page::url_changed(issue, *id, text);
    }
    match edit {
        Edit::SetText {
            field: TextField::SourceOutlet(id),
            text,
        } => {
            // An empty outlet means "from the registry" again.
            source_mut(issue, id)?.outlet = (!text.trim().is_empty()).then_some(text);
        }
        Edit::SetText { field, text } => *text_field(issue, field)? = text,
        Edit::SetNumber(number) => issue.number = number,
        Edit::SetPublished(date) => issue.published = date,
        Edit::SetCoverage(period) => issue.coverage = period,
        Edit::SetEditors(editors) => issue.editors = editors,
        Edit::SetQuotes(quotes) => issue.quotes = quotes,
        Edit::SetPolicy(policy) => issue.policy = policy,
        Edit::AddSection { index, title } => {
            let section = Section::new(issue.new_section_id(), title);
            let index = index.min(issue.sections.len());
            issue.sections.insert(index, section);
        }
        Edit::RemoveSection(id) => {
            let index = section_index(issue, id)?;
            issue.sections.remove(index);
        }
        Edit::MoveSection { section, index } => {
            let from = section_index(issue, section)?;
            let moved = issue.sections.remove(from);
            let index = index.min(issue.sections.len());
            issue.sections.insert(index, moved);
        }
        Edit::SetSectionStatus {
            section,
            status,
            approval,
        } => {
            let index = section_index(issue, section)?;
            let section = &mut issue.sections[index];
            if !section.status.can_become(status) {
                return Err(EditError::Transition {
                    from: section.status.name(),
                    to: status.name(),
                });
            }
            section.status = status;
            section.approval = if status == SectionStatus::Approved {
                approval
            } else {
                None
            };
        }
        Edit::AddEntry {
            section,
            index,
            body,
        } => {
            let target = section_index(issue, section)?;
            let id = issue.new_entry_id();
            let entries = &mut issue.sections[target].entries;
            entries.insert(index.min(entries.len()), Entry::new(id, body));
        }
        Edit::RemoveEntry(id) => {
            let (section, index) = entry_position(issue, id)?;
            issue.sections[section].entries.remove(index);
        }
        Edit::MoveEntry {
            entry,
            section,
            index,
        } => {
            let target = section_index(issue, section)?;
            let (from_section, from_index) = entry_position(issue, entry)?;
            let moved = issue.sections[from_section].entries.remove(from_index);
            let entries = &mut issue.sections[target].entries;
            entries.insert(index.min(entries.len()), moved);
        }
        Edit::CiteUrl { entry, url } => {
            let url = url.trim();
            if url.is_empty() {
                return Err(EditError::EmptyUrl);
            }
            if !is_web_url(url) {
                return Err(EditError::NotWebUrl(url.to_owned()));
            }
            entry_position(issue, entry)?;
            let source = library_source_for(issue, url);
            cite(issue, entry, source)?;
        }
        Edit::Cite { entry, source } => {
            issue.source(source).ok_or(EditError::NoSource(source.0))?;
            cite(issue, entry, source)?;
        }
        Edit::Uncite { entry, source } => {
            entry_mut(issue, entry)?
                .citations
                .retain(|citation| citation.source != source);
        }
        Edit::SetSourceKind { source, kind } => {
            let source = source_mut(issue, source)?;
            source.kind = kind;
            source.kind_from = crate::model::KindOrigin::Editor;
        }
        Edit::SetSourceDate {
            source,
            which,
            date,
        } => {
            let source = source_mut(issue, source)?;
            match which {
                SourceDate::Published => {
                    source.published = date;
                    source.fetched.retain(|f| *f != PageField::Published);
                }
                SourceDate::Accessed => source.accessed = date,
            }
        }
        Edit::SetStateMedia { source, value } => source_mut(issue, source)?.state_media = value,
        Edit::RemoveSource(id) => {
            let index = issue
                .sources
                .iter()
                .position(|s| s.id == id)
                .ok_or(EditError::NoSource(id.0))?;
            issue.sources.remove(index);
            for section in &mut issue.sections {
                for entry in &mut section.entries {
                    entry.citations.retain(|citation| citation.source != id);
                }
            }
        }
        Edit::SetVerified {
            source,
            verification,
        } => source_mut(issue, source)?.verification = verification,
        Edit::SetEntryLanguage { entry, language } => {
            let language = language
                .map(|tag| tag.trim().to_owned())
                .filter(|tag| !tag.is_empty());
            entry_mut(issue, entry)?.language = language;
        }
        Edit::SetSpellingIgnored { word, ignored } => {
            let word = word.trim();
            if ignored && !word.is_empty() {
                issue.spelling_ignored.insert(word.to_owned());
            } else {
                issue.spelling_ignored.remove(word);
            }
        }
        Edit::FlagDeclaration { entry, flag } => entry_mut(issue, entry)?.declaration = Some(flag),
        Edit::ClearDeclaration { entry, resolution } => {
            if resolution.text.trim().is_empty() {
                return Err(EditError::EmptyNote);
            }
            let entry = entry_mut(issue, entry)?;
            let flag = entry
                .declaration
                .take()
                .ok_or(EditError::NotFlagged(entry.id.0))?;
            let text = format!(
                "Declaration flag cleared: {} (flagged by {}: {})",
                resolution.text.trim(),
                if flag.by.is_empty() {
                    "unknown"
                } else {
                    &flag.by
                },
                flag.note
            );
            entry.history.push(HistoryNote { text, ..resolution });
        }
        Edit::AddComment { entry, comment } => {
            if comment.text.trim().is_empty() {
                return Err(EditError::EmptyNote);
            }
            entry_mut(issue, entry)?.comments.push(comment);
        }
        Edit::Reply {
            entry,
            thread,
            reply,
        } => {
            if reply.text.trim().is_empty() {
                return Err(EditError::EmptyNote);
            }
            let entry = entry_mut(issue, entry)?;
            let id = entry.id.0;
            entry
                .comments
                .get_mut(thread)
                .ok_or(EditError::NoThread(id, thread))?
                .replies
                .push(reply);
        }
        Edit::SetThreadResolved {
            entry,
            thread,
            resolved,
        } => {
            let entry = entry_mut(issue, entry)?;
            let id = entry.id.0;
            entry
                .comments
                .get_mut(thread)
                .ok_or(EditError::NoThread(id, thread))?
                .resolved = resolved;
        }
        Edit::AddSuggestion { entry, suggestion } => {
            let entry = entry_mut(issue, entry)?;
            if suggestion.text == entry.body {
                return Err(EditError::SameText);
            }
            entry.suggestions.push(suggestion);
        }
        Edit::AcceptSuggestion { entry, index } => {
            let entry = entry_mut(issue, entry)?;
            let id = entry.id.0;
            let suggestion = entry
                .suggestions
                .get_mut(index)
                .filter(|s| s.is_open())
                .ok_or(EditError::NoSuggestion(id, index))?;
            suggestion.outcome = Some(crate::model::SuggestionOutcome::Accepted);
            entry.body = suggestion.text.clone();
        }
        Edit::RejectSuggestion { entry, index } => {
            let entry = entry_mut(issue, entry)?;
            let id = entry.id.0;
            entry
                .suggestions
                .get_mut(index)
                .filter(|s| s.is_open())
                .ok_or(EditError::NoSuggestion(id, index))?
                .outcome = Some(crate::model::SuggestionOutcome::Rejected);
        }
        Edit::RecordExportOverride(record) => issue.export_overrides.push(record),
        Edit::ReplaceIssue(replacement) => *issue = *replacement,
        Edit::SettleField { field, take_theirs } => {
            crate::merge::settle(issue, &field, take_theirs)?;
        }
        Edit::ResolveConflict { entry, body } => {
            let (section, index) = entry_position(issue, entry)?;
            let entry = &mut issue.sections[section].entries[index];
            entry.body = body;
            entry.conflict = None;
        }
        Edit::AddSources(sources) => {
            // Checked before anything changes: a refused list leaves the issue as it was.
            if sources.iter().any(|s| s.url.trim().is_empty()) {
                return Err(EditError::EmptyUrl);
            }
            for incoming in sources {
                let id = library_source_for(issue, incoming.url.trim());
                if let Some(source) = issue.source_mut(id) {
                    fill_empty_fields(source, incoming);
                }
            }
        }
        Edit::FillFromPage { source, page } => super::page::fill_from_page(issue, source, page)?,
        Edit::ConfirmFetched(id) => source_mut(issue, id)?.fetched.clear(),
        Edit::SetArchived { source, copy } => source_mut(issue, source)?.archived = copy,
        Edit::SetLinkChecks(checks) => {
            // Checked before anything changes, like every list edit.
            for (id, _) in &checks {
                source_mut(issue, *id)?;
            }
            for (id, check) in checks {
                source_mut(issue, id)?.link = Some(check);
            }
        }
        Edit::Batch(edits) => {
            // All or nothing: apply to a copy, keep it only if every edit applies.
            let mut copy = issue.clone();
            for edit in edits {
                change(&mut copy, edit)?;
            }
            *issue = copy;
        }
    }
    Ok(())
}

fn section_index(issue: &Issue, id: SectionId) -> Result<usize, EditError> {
    issue
        .sections
        .iter()
        .position(|s| s.id == id)
        .ok_or(EditError::NoSection(id.0))
}

pub(super) fn section_mut(issue: &mut Issue, id: SectionId) -> Result<&mut Section, EditError> {
    let index = section_index(issue, id)?;
    Ok(&mut issue.sections[index])
}

fn entry_position(issue: &Issue, id: EntryId) -> Result<(usize, usize), EditError> {
    issue
        .sections
        .iter()
        .enumerate()
        .find_map(|(s, section)| {
            section
                .entries
                .iter()
                .position(|e| e.id == id)
                .map(|e| (s, e))
        })
        .ok_or(EditError::NoEntry(id.0))
}

pub(super) fn entry_mut(issue: &mut Issue, id: EntryId) -> Result<&mut Entry, EditError> {
    let (section, index) = entry_position(issue, id)?;
    Ok(&mut issue.sections[section].entries[index])
}

pub(super) fn source_mut(issue: &mut Issue, id: SourceId) -> Result<&mut Source, EditError> {
    issue.source_mut(id).ok_or(EditError::NoSource(id.0))
}

fn cite(issue: &mut Issue, entry: EntryId, source: SourceId) -> Result<(), EditError> {
    let entry = entry_mut(issue, entry)?;
    if !entry.cites(source) {
        entry.citations.push(Citation { source });
    }
    Ok(())
}

/// Fills what `source` lacks from `incoming` (same article, another record of it).
fn fill_empty_fields(source: &mut Source, incoming: Source) {
    let fill = |field: &mut String, value: String| {
        if field.trim().is_empty() {
            *field = value;
        }
    };
    fill(&mut source.title, incoming.title);
    fill(&mut source.author, incoming.author);
    fill(&mut source.language, incoming.language);
    fill(&mut source.notes, incoming.notes);
    if source.outlet.is_none() {
        source.outlet = incoming.outlet;
    }
    source.published = source.published.or(incoming.published);
    source.accessed = source.accessed.or(incoming.accessed);
    if incoming.kind != crate::model::SourceKind::News && source.kind == guess_kind(&source.url) {
        source.kind = incoming.kind;
        source.kind_from = incoming.kind_from;
    }
}

/// The library source for `url`: the one with the same normalized URL, or a new one.
fn library_source_for(issue: &mut Issue, url: &str) -> SourceId {
    let key = normalize_url(url);
    if let Some(existing) = issue
        .sources
        .iter()
        .find(|s| key.is_some() && normalize_url(&s.url) == key)
    {
        return existing.id;
    }
    let id = issue.new_source_id();
    let mut source = Source::new(id, url);
    source.kind = guess_kind(url);
    issue.sources.push(source);
    id
}
