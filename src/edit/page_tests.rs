//! What the web said about a source, through the one door for changes.

use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::model::{LinkHealth, PageField};

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 11, d)
}

fn with_source(title: &str) -> (Document, SourceId) {
    let mut issue = Issue::default();
    let mut source = Source::new(SourceId(1), "https://www.reuters.com/world/x");
    source.title = title.to_owned();
    issue.sources.push(source);
    (Document::new(issue, None), SourceId(1))
}

fn page() -> PageFill {
    PageFill {
        title: Some("From the page".into()),
        outlet: Some("Reuters".into()),
        author: Some("Jane Roe".into()),
        published: day(3),
        language: Some("en".into()),
        accessed: day(29),
        kind: None,
    }
}

#[test]
fn a_fill_takes_only_empty_fields_marks_them_and_undoes_in_one_step() {
    let (mut doc, id) = with_source("Typed by the editor");
    doc.apply(Edit::FillFromPage {
        source: id,
        page: page(),
    })
    .expect("applies");
    let source = doc.issue().source(id).expect("source");
    assert_eq!(source.title, "Typed by the editor");
    assert_eq!(source.author, "Jane Roe");
    assert_eq!(source.published, day(3));
    assert_eq!(source.accessed, day(29));
    assert_eq!(
        source.fetched,
        [
            PageField::Outlet,
            PageField::Author,
            PageField::Published,
            PageField::Language
        ]
    );
    assert!(doc.undo().is_some());
    let source = doc.issue().source(id).expect("source");
    assert!(source.author.is_empty() && source.fetched.is_empty() && source.accessed.is_none());
}

#[test]
fn typing_in_a_fetched_field_or_confirming_clears_its_mark() {
    let (mut doc, id) = with_source("");
    doc.apply(Edit::FillFromPage {
        source: id,
        page: page(),
    })
    .expect("applies");
    doc.apply(Edit::SetText {
        field: TextField::SourceTitle(id),
        text: "From the page, corrected".into(),
    })
    .expect("applies");
    doc.apply(Edit::SetSourceDate {
        source: id,
        which: SourceDate::Published,
        date: day(4),
    })
    .expect("applies");
    let fetched = &doc.issue().source(id).expect("source").fetched;
    assert!(!fetched.contains(&PageField::Title) && !fetched.contains(&PageField::Published));
    assert!(fetched.contains(&PageField::Author));
    doc.apply(Edit::ConfirmFetched(id)).expect("applies");
    assert!(doc.issue().source(id).expect("source").fetched.is_empty());
}

#[test]
fn a_new_address_forgets_the_old_one_s_check_and_copy() {
    let (mut doc, id) = with_source("");
    let at = Utc
        .with_ymd_and_hms(2026, 11, 20, 9, 0, 0)
        .single()
        .unwrap_or_default();
    doc.apply(Edit::SetLinkChecks(vec![(
        id,
        LinkCheck {
            at,
            health: LinkHealth::Alive { status: 200 },
        },
    )]))
    .expect("applies");
    doc.apply(Edit::SetArchived {
        source: id,
        copy: Some(ArchivedCopy {
            url: "https://web.archive.org/web/20261120090000/x".into(),
            taken: at,
        }),
    })
    .expect("applies");
    // The same page written another way keeps them.
    doc.apply(Edit::SetText {
        field: TextField::SourceUrl(id),
        text: "https://reuters.com/world/x/".into(),
    })
    .expect("applies");
    assert!(
        doc.issue()
            .source(id)
            .is_some_and(|s| s.link.is_some() && s.archived.is_some())
    );
    doc.apply(Edit::SetText {
        field: TextField::SourceUrl(id),
        text: "https://www.reuters.com/world/y".into(),
    })
    .expect("applies");
    assert!(
        doc.issue()
            .source(id)
            .is_some_and(|s| s.link.is_none() && s.archived.is_none())
    );
}

#[test]
fn link_checks_for_a_missing_source_change_nothing() {
    let (mut doc, id) = with_source("");
    let check = LinkCheck {
        at: Utc::now(),
        health: LinkHealth::Dead {
            reason: "gone".into(),
        },
    };
    let result = doc.apply(Edit::SetLinkChecks(vec![
        (id, check.clone()),
        (SourceId(9), check),
    ]));
    assert!(result.is_err());
    assert!(doc.issue().source(id).is_some_and(|s| s.link.is_none()));
}

/// The page's word on its kind decides, unless the editor chose one; a new
/// address forgets it and guesses again.
#[test]
fn the_kind_follows_the_page_unless_the_editor_chose_it() {
    use crate::model::{DeclaredKind, KindOrigin, SourceKind};
    let opinion = || PageFill {
        kind: Some(DeclaredKind {
            kind: SourceKind::Opinion,
            evidence: "JSON-LD @type OpinionNewsArticle".into(),
        }),
        ..page()
    };
    let (mut doc, id) = with_source("");
    doc.apply(Edit::FillFromPage {
        source: id,
        page: opinion(),
    })
    .expect("fill");
    let source = doc.issue().source(id).expect("source");
    assert_eq!(
        (source.kind, source.kind_from),
        (SourceKind::Opinion, KindOrigin::Page)
    );
    assert!(source.page_kind.is_some());

    doc.apply(Edit::SetText {
        field: TextField::SourceUrl(id),
        text: "https://oglobo.globo.com/opiniao/x".into(),
    })
    .expect("new address");
    let source = doc.issue().source(id).expect("source");
    assert_eq!(
        (source.kind, source.kind_from),
        (SourceKind::Opinion, KindOrigin::Address)
    );
    assert_eq!(source.page_kind, None);

    doc.apply(Edit::SetSourceKind {
        source: id,
        kind: SourceKind::News,
    })
    .expect("the editor's word");
    doc.apply(Edit::FillFromPage {
        source: id,
        page: opinion(),
    })
    .expect("fill again");
    let source = doc.issue().source(id).expect("source");
    assert_eq!(
        (source.kind, source.kind_from),
        (SourceKind::News, KindOrigin::Editor)
    );
    assert_eq!(
        source.page_kind.as_ref().map(|d| d.kind),
        Some(SourceKind::Opinion)
    );
}
