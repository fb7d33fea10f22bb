use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn value<T: Clone>(found: &Option<Found<T>>) -> Option<T> {
    found.as_ref().map(|f| f.value.clone())
}

#[test]
fn json_ld_beats_open_graph_beats_the_title_tag() {
    let page = read_page(
        r#"<!doctype html><html lang="en-GB"><head>
        <title>Page title | Site</title>
        <meta property="og:title" content="Preview title">
        <meta property="og:site_name" content="Site">
        <script type="application/ld+json">
        {"@type":"NewsArticle","headline":"The headline","datePublished":"2026-11-03T09:00:00-05:00",
         "author":{"@type":"Person","name":"Jane Roe"},"publisher":{"name":"Reuters"}}
        </script></head><body></body></html>"#,
    );
    assert_eq!(value(&page.title).as_deref(), Some("The headline"));
    assert_eq!(value(&page.site_name).as_deref(), Some("Reuters"));
    assert_eq!(value(&page.authors), Some(vec!["Jane Roe".to_owned()]));
    assert_eq!(value(&page.published), Some(day(2026, 11, 3)));
    assert_eq!(value(&page.language).as_deref(), Some("en"));
}

#[test]
fn character_references_and_odd_quoting_read_as_a_browser_reads_them() {
    let page = read_page(
        "<meta property=og:title content='Lula &amp; Petro: &#8220;paz&#8221;'>\
         <META NAME=\"author\" CONTENT=\"Ana  P&eacute;rez\">",
    );
    assert_eq!(value(&page.title).as_deref(), Some("Lula & Petro: “paz”"));
    assert_eq!(value(&page.authors), Some(vec!["Ana Pérez".to_owned()]));
}

#[test]
fn a_title_inside_a_script_or_a_comment_is_no_title() {
    let page = read_page(
        "<script>document.write('<title>fake</title>')</script>\
         <!-- <title>commented</title> --><title>Real</title>",
    );
    assert_eq!(value(&page.title).as_deref(), Some("Real"));
}

#[test]
fn citation_authors_add_up_and_links_are_no_names() {
    let page = read_page(
        r#"<meta name="citation_author" content="Roe, Jane">
        <meta name="citation_author" content="Doe, John">
        <meta property="article:author" content="https://facebook.com/someone">"#,
    );
    assert_eq!(
        value(&page.authors),
        Some(vec!["Roe, Jane".to_owned(), "Doe, John".to_owned()])
    );
}

#[test]
fn two_dates_keep_the_most_trusted_and_say_the_other() {
    let page = read_page(
        r#"<meta property="article:published_time" content="2026-11-03T10:00:00Z">
        <meta name="DC.date" content="2026-11-05">"#,
    );
    assert_eq!(value(&page.published), Some(day(2026, 11, 5)));
    let others: Vec<NaiveDate> = page.conflicting_dates().iter().map(|d| d.value).collect();
    assert_eq!(others, vec![day(2026, 11, 3)]);
}

#[test]
fn one_moment_in_two_zones_is_one_date() {
    let page = read_page(
        r#"<meta property="article:published_time" content="2026-11-04T01:45:00Z">
        <script type="application/ld+json">
        {"@type":"NewsArticle","datePublished":"2026-11-03T21:45:00-04:00"}
        </script>"#,
    );
    assert_eq!(value(&page.published), Some(day(2026, 11, 3)));
    assert_eq!(page.dates.len(), 2);
    assert!(page.conflicting_dates().is_empty(), "{:?}", page.dates);
}

#[test]
fn a_broken_json_ld_block_leaves_the_other_tags_and_is_reported() {
    let page = read_page(
        r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",,}</script>
        <meta property="og:title" content="From Open Graph">"#,
    );
    assert_eq!(value(&page.title).as_deref(), Some("From Open Graph"));
    assert_eq!(page.problems.len(), 1, "{:?}", page.problems);
}

#[test]
fn languages_are_primary_subtags() {
    for (tag, expected) in [
        ("es-VE", Some("es")),
        ("pt_BR", Some("pt")),
        ("x", None),
        ("", None),
    ] {
        assert_eq!(language_subtag(tag).as_deref(), expected, "{tag}");
    }
}

#[test]
fn an_empty_or_binary_page_gives_nothing() {
    assert_eq!(read_page(""), PageMetadata::default());
    assert_eq!(read_page("\u{0}\u{1}<<<>>>&&&"), PageMetadata::default());
}

fn declared(html: &str) -> Option<(crate::model::SourceKind, String)> {
    read_page(html).kind.map(|found| {
        let declared = found.declared();
        (declared.kind, declared.evidence)
    })
}

#[test]
fn the_page_says_what_kind_of_piece_it_is() {
    use crate::model::SourceKind::*;
    let typed = r#"<script type="application/ld+json">
        {"@type":"OpinionNewsArticle","headline":"x","articleSection":"Política"}</script>"#;
    assert_eq!(
        declared(typed),
        Some((Opinion, "JSON-LD @type OpinionNewsArticle".to_owned()))
    );
    // A generic NewsArticle says nothing; its section does.
    let sectioned = r#"<script type="application/ld+json">
        {"@type":"NewsArticle","headline":"x","articleSection":["Opinião"]}</script>"#;
    assert_eq!(
        declared(sectioned),
        Some((Opinion, "JSON-LD articleSection “Opinião”".to_owned()))
    );
    let open_graph = r#"<meta property="article:section" content=" Columnistas ">"#;
    assert_eq!(
        declared(open_graph),
        Some((
            Opinion,
            "Open Graph article:section “Columnistas”".to_owned()
        ))
    );
    // The specific type beats a section, whatever the order.
    let both = r#"<meta property="article:section" content="Opinión">
        <script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"x"}</script>"#;
    assert_eq!(
        declared(both),
        Some((News, "JSON-LD @type ReportageNewsArticle".to_owned()))
    );
    assert_eq!(
        declared(r#"<meta name="parsely-section" content="Análisis">"#).map(|d| d.0),
        Some(Analysis)
    );
    let plain = r#"<meta property="article:section" content="Política">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>"#;
    assert_eq!(declared(plain), None);
}
