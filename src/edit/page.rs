//! Edits that carry what the web said about a source: fields filled from its
//! page (marked until the editor confirms them), its archived copy, its
//! link's health.

use super::TextField;
use super::apply::{EditError, source_mut};
use crate::model::{Issue, KindOrigin, PageField, PageFill, Source, SourceId};
use crate::sourcing::{guess_kind, normalize_url};

/// Fills the fields of `id` that are still empty from `page` and marks them
/// as fetched; a field the editor typed, even since the fetch began, stays.
pub(super) fn fill_from_page(
    issue: &mut Issue,
    id: SourceId,
    page: PageFill,
) -> Result<(), EditError> {
    let source = source_mut(issue, id)?;
    let Source {
        title,
        author,
        language,
        fetched,
        ..
    } = source;
    fill_text(PageField::Title, page.title, title, fetched);
    fill_text(PageField::Author, page.author, author, fetched);
    fill_text(PageField::Language, page.language, language, fetched);
    if source.outlet.is_none()
        && let Some(outlet) = page.outlet.filter(|v| !v.trim().is_empty())
    {
        source.outlet = Some(outlet);
        mark(&mut source.fetched, PageField::Outlet);
    }
    if source.published.is_none() && page.published.is_some() {
        source.published = page.published;
        mark(&mut source.fetched, PageField::Published);
    }
    if source.accessed.is_none() {
        source.accessed = page.accessed;
    }
    // The page's word on its kind is kept, and decides unless the editor did.
    if let Some(declared) = page.kind {
        if source.kind_from != KindOrigin::Editor {
            source.kind = declared.kind;
            source.kind_from = KindOrigin::Page;
        }
        source.page_kind = Some(declared);
    }
    Ok(())
}

fn fill_text(
    field: PageField,
    value: Option<String>,
    slot: &mut String,
    fetched: &mut Vec<PageField>,
) {
    if let Some(value) = value.filter(|v| !v.trim().is_empty())
        && slot.trim().is_empty()
    {
        *slot = value;
        mark(fetched, field);
    }
}

fn mark(fetched: &mut Vec<PageField>, field: PageField) {
    if !fetched.contains(&field) {
        fetched.push(field);
        fetched.sort();
    }
}

/// The page field a text field edits, if any: typing in it is the editor's word.
pub(super) fn page_field_of(field: TextField) -> Option<(SourceId, PageField)> {
    match field {
        TextField::SourceTitle(id) => Some((id, PageField::Title)),
        TextField::SourceOutlet(id) => Some((id, PageField::Outlet)),
        TextField::SourceAuthor(id) => Some((id, PageField::Author)),
        TextField::SourceLanguage(id) => Some((id, PageField::Language)),
        _ => None,
    }
}

/// The editor took `field` of `id` in hand: it is no longer "fetched".
pub(super) fn confirm_field(issue: &mut Issue, id: SourceId, field: PageField) {
    if let Some(source) = issue.source_mut(id) {
        source.fetched.retain(|f| *f != field);
    }
}

/// A source whose URL now names another page keeps no link check, archived
/// copy or declared kind of the old one; a kind the editor did not choose is
/// guessed again from the new address.
pub(super) fn url_changed(issue: &mut Issue, id: SourceId, url: &str) {
    if let Some(source) = issue.source_mut(id)
        && normalize_url(&source.url) != normalize_url(url)
    {
        source.link = None;
        source.archived = None;
        source.page_kind = None;
        if source.kind_from != KindOrigin::Editor {
            source.kind = guess_kind(url);
            source.kind_from = KindOrigin::Address;
        }
    }
}
