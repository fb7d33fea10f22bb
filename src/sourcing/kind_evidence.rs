//! Where a source's kind came from, in words a reviewer can check, and when
//! the page and its address disagree about opinion.

use super::opinion_segment;
use crate::model::{KindOrigin, Source, SourceKind};

/// "Kind: opinion, as the page declares it (JSON-LD @type OpinionNewsArticle)".
pub fn kind_reason(source: &Source) -> String {
    let kind = source.kind.name();
    match source.kind_from {
        KindOrigin::Page => match &source.page_kind {
            Some(declared) => crate::t!(
                "explain-kind-page",
                kind = kind,
                evidence = &declared.evidence
            ),
            None => crate::t!("explain-kind-page-declared", kind = kind),
        },
        KindOrigin::Editor => match source.page_kind.as_ref().filter(|d| d.kind != source.kind) {
            Some(declared) => crate::t!(
                "explain-kind-editor-page-differs",
                kind = kind,
                declared = declared.kind.name(),
                evidence = &declared.evidence
            ),
            None => crate::t!("explain-kind-editor", kind = kind),
        },
        KindOrigin::Address => match opinion_segment(&source.url) {
            Some(segment) => crate::t!("explain-kind-address", kind = kind, segment = segment),
            None => crate::t!("explain-kind-address-no-opinion", kind = kind),
        },
    }
}

/// A page that declares itself opinion at an address that does not say so,
/// or the reverse, said with both signals and the kind that stands.
pub fn kind_disagreement(source: &Source) -> Option<String> {
    let declared = source.page_kind.as_ref()?;
    let segment = opinion_segment(&source.url);
    let page_says_opinion = declared.kind == SourceKind::Opinion;
    if page_says_opinion == segment.is_some() {
        return None;
    }
    let kind = source.kind.name();
    let standing = match source.kind_from {
        KindOrigin::Editor => crate::t!("kind-standing-editor", kind = kind),
        KindOrigin::Page => crate::t!("kind-standing-page", kind = kind),
        KindOrigin::Address => crate::t!("kind-standing-address", kind = kind),
    };
    Some(match &segment {
        Some(segment) => crate::t!(
            "finding-kind-address-says-opinion",
            segment = segment.to_string(),
            kind = declared.kind.name(),
            evidence = &declared.evidence,
            standing = standing
        ),
        None => crate::t!(
            "finding-kind-page-says-opinion",
            evidence = &declared.evidence,
            standing = standing
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DeclaredKind, SourceId};

    fn source(url: &str, kind: SourceKind, from: KindOrigin, page: Option<SourceKind>) -> Source {
        let mut source = Source::new(SourceId(1), url);
        source.kind = kind;
        source.kind_from = from;
        source.page_kind = page.map(|kind| DeclaredKind {
            kind,
            evidence: format!("JSON-LD @type {kind:?}NewsArticle"),
        });
        source
    }

    #[test]
    fn a_column_at_a_news_address_is_named_with_both_signals() {
        let column = source(
            "https://www.example.com/politica/x",
            SourceKind::Opinion,
            KindOrigin::Page,
            Some(SourceKind::Opinion),
        );
        let said = kind_disagreement(&column).expect("they disagree");
        assert!(
            said.contains("The page declares it opinion (JSON-LD @type OpinionNewsArticle)"),
            "{said}"
        );
        assert!(
            said.contains("it counts as opinion, as the page says"),
            "{said}"
        );
        assert_eq!(
            kind_reason(&column),
            "Kind: opinion, as the page declares it (JSON-LD @type OpinionNewsArticle)"
        );
    }

    #[test]
    fn news_under_an_opinion_path_names_the_segment() {
        let news = source(
            "https://oglobo.globo.com/opiniao/x",
            SourceKind::Opinion,
            KindOrigin::Editor,
            Some(SourceKind::News),
        );
        let said = kind_disagreement(&news).expect("they disagree");
        assert!(
            said.contains("Its address marks it opinion (/opiniao/) but the page declares it news"),
            "{said}"
        );
        assert!(said.contains("the editor chose opinion"), "{said}");
        assert!(
            kind_reason(&news)
                .starts_with("Kind: opinion, chosen by the editor; the page declares it news")
        );
    }

    #[test]
    fn agreeing_signals_or_no_page_say_nothing() {
        let agree = source(
            "https://x.com/opinion/y",
            SourceKind::Opinion,
            KindOrigin::Page,
            Some(SourceKind::Opinion),
        );
        assert_eq!(kind_disagreement(&agree), None);
        let unread = source(
            "https://x.com/opinion/y",
            SourceKind::Opinion,
            KindOrigin::Address,
            None,
        );
        assert_eq!(kind_disagreement(&unread), None);
        assert_eq!(
            kind_reason(&unread),
            "Kind: opinion, from its address (/opinion/)"
        );
    }
}
