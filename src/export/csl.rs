//! The issue's library as CSL JSON, which Zotero imports ("File → Import…" or
//! "Import from Clipboard") and [`crate::import::sources_from_csl_json`] reads
//! back. The fields are the ones Zotero itself writes, so a reviewer can keep
//! the monitor's sources next to the rest of their references.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::model::{Issue, Source, SourceKind};
use crate::registry::Registry;
use crate::sourcing::classify_source;

/// One CSL item; empty fields are left out, as Zotero leaves them out.
#[derive(Serialize)]
struct CslItem {
    id: String,
    #[serde(rename = "type")]
    item_type: &'static str,
    #[serde(skip_serializing_if = "String::is_empty")]
    title: String,
    #[serde(rename = "container-title", skip_serializing_if = "String::is_empty")]
    container_title: String,
    #[serde(rename = "URL", skip_serializing_if = "String::is_empty")]
    url: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<CslName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<CslDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accessed: Option<CslDate>,
    #[serde(skip_serializing_if = "String::is_empty")]
    language: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    genre: Option<&'static str>,
    /// Who keeps the archived copy ("Internet Archive"): Zotero's "Archive".
    #[serde(skip_serializing_if = "String::is_empty")]
    archive: String,
    /// The archived copy's address: Zotero's "Loc. in Archive".
    #[serde(skip_serializing_if = "String::is_empty")]
    archive_location: String,
}

/// The author field as written: one name, possibly several people joined
/// with commas, which splitting into family and given names would garble.
#[derive(Serialize)]
struct CslName {
    literal: String,
}

#[derive(Serialize)]
struct CslDate {
    #[serde(rename = "date-parts")]
    date_parts: [[i64; 3]; 1],
}

impl CslDate {
    fn of(day: NaiveDate) -> Self {
        Self {
            date_parts: [[
                i64::from(day.year()),
                i64::from(day.month()),
                i64::from(day.day()),
            ]],
        }
    }
}

/// The library of `issue`, in library order, as a pretty-printed CSL JSON list
/// ending with a newline. Same issue, same bytes.
pub fn csl_json(issue: &Issue, registry: &Registry) -> String {
    let items: Vec<CslItem> = issue
        .sources
        .iter()
        .map(|source| item(source, issue, registry))
        .collect();
    // Structs of strings and integers always serialize; should that ever
    // change, the error is written where Zotero will refuse it loudly.
    let mut json = serde_json::to_string_pretty(&items).unwrap_or_else(|error| {
        format!(
            "{{\"error\": {}}}",
            serde_json::Value::String(error.to_string())
        )
    });
    json.push('\n');
    json
}

fn item(source: &Source, issue: &Issue, registry: &Registry) -> CslItem {
    let class = classify_source(source, registry, issue);
    let named_by_hand = source
        .outlet
        .as_deref()
        .is_some_and(|outlet| !outlet.trim().is_empty());
    // Without a known outlet the container is only the bare host: a web page.
    let item_type = if named_by_hand || class.outlet.is_some() {
        "article-newspaper"
    } else {
        "webpage"
    };
    let text = |text: &str| super::printable(text.trim().to_owned());
    let author = text(&source.author);
    CslItem {
        id: format!("source-{}", source.id.0),
        item_type,
        title: text(&source.title),
        // A reference manager keeps a host as it is written, not as a name.
        container_title: text(&class.editor_name(source)),
        url: text(&source.url),
        author: if author.is_empty() {
            Vec::new()
        } else {
            vec![CslName { literal: author }]
        },
        issued: source.published.map(CslDate::of),
        accessed: source.accessed.map(CslDate::of),
        language: text(&source.language),
        genre: (source.kind == SourceKind::Opinion).then_some("opinion"),
        archive: source
            .archived
            .as_ref()
            .map(|copy| text(&copy.keeper()))
            .unwrap_or_default(),
        archive_location: source
            .archived
            .as_ref()
            .map(|copy| text(&copy.url))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::import::sources_from_csl_json;
    use crate::model::SourceId;

    fn day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, month, day)
    }

    /// An RT piece with every field; an opinion column with an outlet typed
    /// by hand; a page on a host the registry does not know, with no more than a URL.
    fn issue() -> Issue {
        let mut rt = Source::new(
            SourceId(3),
            "https://actualidad.rt.com/actualidad/512345-rusia-venezuela",
        );
        rt.title = "Rusia y Venezuela firman un acuerdo".to_owned();
        rt.author = "Ana Pérez".to_owned();
        rt.published = day(2026, 11, 3);
        rt.accessed = day(2026, 11, 20);
        rt.language = "es".to_owned();
        rt.archived = crate::model::ArchivedCopy::from_address(
            "https://web.archive.org/web/20261103120000/https://actualidad.rt.com/actualidad/512345-rusia-venezuela",
        );
        let mut column = Source::new(SourceId(7), "https://diario-local.example/columnas/x");
        column.title = "La diplomacia de los préstamos".to_owned();
        column.outlet = Some("Diario Local".to_owned());
        column.author = "John Smith, Marta Oliveira".to_owned();
        column.published = day(2026, 11, 4);
        column.language = "pt-BR".to_owned();
        column.kind = SourceKind::Opinion;
        let bare = Source::new(SourceId(12), "https://blog.example.org/post");
        Issue {
            sources: vec![rt, column, bare],
            ..Issue::default()
        }
    }

    fn parse(json: &str) -> Value {
        serde_json::from_str(json).expect("valid JSON")
    }

    #[test]
    fn fields_are_the_ones_zotero_writes() {
        let json = parse(&csl_json(&issue(), &Registry::builtin()));
        assert_eq!(
            json,
            json!([
                {
                    "id": "source-3",
                    "type": "article-newspaper",
                    "title": "Rusia y Venezuela firman un acuerdo",
                    "container-title": "RT en Español",
                    "URL": "https://actualidad.rt.com/actualidad/512345-rusia-venezuela",
                    "author": [{"literal": "Ana Pérez"}],
                    "issued": {"date-parts": [[2026, 11, 3]]},
                    "accessed": {"date-parts": [[2026, 11, 20]]},
                    "language": "es",
                    "archive": "Internet Archive",
                    "archive_location": "https://web.archive.org/web/20261103120000/https://actualidad.rt.com/actualidad/512345-rusia-venezuela"
                },
                {
                    "id": "source-7",
                    "type": "article-newspaper",
                    "title": "La diplomacia de los préstamos",
                    "container-title": "Diario Local",
                    "URL": "https://diario-local.example/columnas/x",
                    "author": [{"literal": "John Smith, Marta Oliveira"}],
                    "issued": {"date-parts": [[2026, 11, 4]]},
                    "language": "pt-BR",
                    "genre": "opinion"
                },
                {
                    "id": "source-12",
                    "type": "webpage",
                    "container-title": "blog.example.org",
                    "URL": "https://blog.example.org/post"
                }
            ])
        );
    }

    #[test]
    fn same_issue_same_bytes_ending_with_a_newline() {
        let registry = Registry::builtin();
        let first = csl_json(&issue(), &registry);
        assert_eq!(first, csl_json(&issue(), &registry));
        assert!(first.ends_with("}\n]\n"), "{first}");
        // Fields in a fixed order, not a map's.
        let id = first.find("\"id\"").expect("id");
        let kind = first.find("\"type\"").expect("type");
        let url = first.find("\"URL\"").expect("URL");
        assert!(id < kind && kind < url);
        assert_eq!(csl_json(&Issue::default(), &registry), "[]\n");
    }

    #[test]
    fn unprintable_characters_are_left_out() {
        let mut issue = issue();
        issue.sources[0].title = "Rusia\u{7} y\u{FFFF} Venezuela".to_owned();
        let json = csl_json(&issue, &Registry::builtin());
        assert_eq!(parse(&json)[0]["title"], "Rusia y Venezuela");
        assert!(!json.contains("\\u0007"), "{json}");
    }

    #[test]
    fn round_trip_through_the_importer() {
        let issue = issue();
        let json = csl_json(&issue, &Registry::builtin());
        let import = sources_from_csl_json(&json, "export.json").expect("imports");
        assert!(import.notes.is_empty(), "{:#?}", import.notes);
        assert_eq!(import.sources.len(), issue.sources.len());
        let expected_outlets = [
            Some("RT en Español"),
            Some("Diario Local"),
            Some("blog.example.org"),
        ];
        for ((back, sent), outlet) in import
            .sources
            .iter()
            .zip(&issue.sources)
            .zip(expected_outlets)
        {
            assert_eq!(back.id, SourceId(0));
            assert_eq!(back.url, sent.url);
            assert_eq!(back.title, sent.title);
            assert_eq!(back.outlet.as_deref(), outlet);
            assert_eq!(back.author, sent.author);
            assert_eq!(back.published, sent.published);
            assert_eq!(back.accessed, sent.accessed);
            assert_eq!(back.language, sent.language);
            assert_eq!(back.kind, sent.kind);
            assert_eq!(back.archived, sent.archived);
        }
        // The opinion column's URL alone would say so too; a genre must suffice.
        let mut issue = issue;
        issue.sources[1].url = "https://diario-local.example/mundo/x".to_owned();
        let json = csl_json(&issue, &Registry::builtin());
        let import = sources_from_csl_json(&json, "export.json").expect("imports");
        assert_eq!(import.sources[1].kind, SourceKind::Opinion);
    }
}
