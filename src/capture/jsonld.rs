//! The articles described by a page's JSON-LD (schema.org): a block may hold
//! one object, a list of them, or a `@graph`; an article's author, publisher
//! and language may each be a string, an object or a list.

use serde_json::Value;

/// The schema.org types that describe a news page's main piece.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
    "LiveBlogPosting",
];

/// What one article object says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub language: Option<String>,
    /// Its schema.org types ("OpinionNewsArticle"), without a `schema:` prefix.
    pub types: Vec<String>,
    /// Its `articleSection`s ("Opinión").
    pub sections: Vec<String>,
}

/// The articles of one `<script type="application/ld+json">` block; a block
/// that is not JSON is a problem said in words, never a failure of the page.
pub fn articles(block: &str) -> Result<Vec<Article>, String> {
    let value: Value = serde_json::from_str(block.trim()).map_err(|error| {
        crate::t!(
            "capture-summary-json-ld-unreadable",
            line = error.line(),
            column = error.column(),
            error = error.to_string()
        )
    })?;
    let mut found = Vec::new();
    collect(&value, &mut found, 0);
    Ok(found)
}

/// Nested graphs deeper than this are no page's metadata.
const MAX_DEPTH: usize = 8;

fn collect(value: &Value, found: &mut Vec<Article>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect(v, found, depth + 1)),
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                collect(graph, found, depth + 1);
            }
            if is_article(object.get("@type")) {
                found.push(article(object));
            }
        }
        _ => {}
    }
}

fn is_article(kind: Option<&Value>) -> bool {
    let named = |name: &str| ARTICLE_TYPES.contains(&name.trim_start_matches("schema:"));
    match kind {
        Some(Value::String(name)) => named(name),
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).any(named),
        _ => false,
    }
}

fn article(object: &serde_json::Map<String, Value>) -> Article {
    Article {
        headline: object
            .get("headline")
            .or_else(|| object.get("name"))
            .and_then(text),
        date_published: object
            .get("datePublished")
            .or_else(|| object.get("dateCreated"))
            .and_then(text),
        authors: object.get("author").map(names).unwrap_or_default(),
        publisher: object
            .get("publisher")
            .or_else(|| object.get("sourceOrganization"))
            .and_then(|p| names(p).into_iter().next()),
        language: object.get("inLanguage").and_then(|l| match l {
            Value::Object(o) => o
                .get("alternateName")
                .or_else(|| o.get("name"))
                .and_then(text),
            other => text(other),
        }),
        types: match object.get("@type") {
            Some(Value::String(name)) => vec![type_name(name)],
            Some(Value::Array(names)) => names
                .iter()
                .filter_map(Value::as_str)
                .map(type_name)
                .collect(),
            _ => Vec::new(),
        },
        sections: match object.get("articleSection") {
            Some(Value::String(section)) => vec![section.clone()],
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            _ => Vec::new(),
        },
    }
}

fn type_name(name: &str) -> String {
    name.trim_start_matches("schema:").to_owned()
}

/// A plain value as text: a string, or the first string of a list.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(text),
        _ => None,
    }
}

/// People or organisations: names as strings, `{ "name": … }` objects, lists of either.
fn names(value: &Value) -> Vec<String> {
    match value {
        Value::String(name) => vec![name.clone()],
        Value::Object(object) => object.get("name").and_then(text).into_iter().collect(),
        Value::Array(items) => items.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_graph_with_a_news_article_and_its_people() {
        let block = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},
            {"@type":["NewsArticle"],"headline":"Title","datePublished":"2026-11-03T10:00:00Z",
             "author":[{"@type":"Person","name":"Ana"},"Luis"],
             "publisher":{"@type":"Organization","name":"Reuters"},"inLanguage":"en-US"}]}"#;
        let found = articles(block).expect("valid JSON");
        assert_eq!(
            found,
            vec![Article {
                headline: Some("Title".into()),
                date_published: Some("2026-11-03T10:00:00Z".into()),
                authors: vec!["Ana".into(), "Luis".into()],
                publisher: Some("Reuters".into()),
                language: Some("en-US".into()),
                types: vec!["NewsArticle".into()],
                sections: Vec::new(),
            }]
        );
    }

    #[test]
    fn a_broken_block_says_where() {
        let problem = articles("{\"@type\": \"NewsArticle\",, }").expect_err("broken");
        assert!(problem.contains("line 1, column"), "{problem}");
    }

    #[test]
    fn objects_that_are_no_article_give_nothing() {
        let found = articles(r#"[{"@type":"BreadcrumbList"},{"@type":"Organization","name":"X"}]"#);
        assert_eq!(found, Ok(Vec::new()));
    }
}
