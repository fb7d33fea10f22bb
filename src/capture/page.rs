//! Reads what a news page says about itself from its markup: JSON-LD
//! (`NewsArticle`, `Article`…), `citation_*` and Dublin Core meta tags, Open
//! Graph, `<title>` and `<html lang>`.
//!
//! The page goes through html5gum, a WHATWG-conformant HTML tokenizer, never
//! through regular expressions: character references, comments, `<script>`
//! bodies and odd quoting are read the way a browser reads them. Every piece of
//! metadata sits in a start tag's attributes or in the text of `<title>` and
//! `<script type="application/ld+json">`, so the token stream is enough and no
//! document tree is built (a 2 MB page, the most the fetcher reads, takes
//! about 15 ms: BENCHMARKS.md).

use chrono::{DateTime, FixedOffset, NaiveDate};
use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::dates::{page_date, page_moment};
use super::jsonld::{self, Article};
use crate::model::{DeclaredKind, SourceKind};
use crate::sourcing::kind_of_section;

/// Where a piece of metadata came from, most trusted first: structured data
/// written for search engines beats tags written for link previews.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    JsonLd,
    Citation,
    DublinCore,
    OpenGraph,
    Twitter,
    Meta,
    TitleTag,
    HtmlLang,
}

impl Origin {
    pub fn name(self) -> &'static str {
        match self {
            Self::JsonLd => "JSON-LD",
            Self::Citation => "citation tags",
            Self::DublinCore => "Dublin Core",
            Self::OpenGraph => "Open Graph",
            Self::Twitter => "Twitter card",
            Self::Meta => "meta tags",
            Self::TitleTag => "<title>",
            Self::HtmlLang => "<html lang>",
        }
    }
}

/// One value the page gave, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub origin: Origin,
}

/// What a page says about itself. Each field holds the most trusted value;
/// `dates` keeps every publication date found, for the conflict note.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMetadata {
    pub title: Option<Found<String>>,
    pub site_name: Option<Found<String>>,
    pub authors: Option<Found<Vec<String>>>,
    pub published: Option<Found<NaiveDate>>,
    pub language: Option<Found<String>>,
    /// Every publication date the page gave, most trusted first.
    pub dates: Vec<Found<NaiveDate>>,
    /// Those of them given with a time and a zone, as moments.
    pub moments: Vec<Found<DateTime<FixedOffset>>>,
    /// What kind of piece the page declares itself.
    pub kind: Option<Found<KindSaid>>,
    /// Blocks of structured data that could not be read, said in words.
    pub problems: Vec<String>,
}

/// A kind the page declares, and the words it used ("@type
/// OpinionNewsArticle", "article:section “Opinión”").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSaid {
    pub kind: SourceKind,
    pub said: String,
    strength: Strength,
}

/// How plainly a page states its kind, plainest first: a specific schema.org
/// type, then a section that names a kind. The generic `NewsArticle` says
/// nothing: many sites stamp every page so, their columns included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    SpecificType,
    Section,
}

impl Found<KindSaid> {
    /// The declaration as the source keeps it, with where the page said it.
    pub fn declared(&self) -> DeclaredKind {
        DeclaredKind {
            kind: self.value.kind,
            evidence: format!("{} {}", self.origin.name(), self.value.said),
        }
    }
}

impl PageMetadata {
    /// The publication dates that disagree with the one taken, if any. A
    /// date that names the same moment in another zone (`21:45-04:00` and
    /// `01:45Z` the next day) agrees.
    pub fn conflicting_dates(&self) -> Vec<&Found<NaiveDate>> {
        let Some(taken) = &self.published else {
            return Vec::new();
        };
        let moments = |date: &Found<NaiveDate>| {
            let (origin, day) = (date.origin, date.value);
            self.moments
                .iter()
                .filter(move |m| m.origin == origin && m.value.date_naive() == day)
                .map(|m| m.value)
        };
        self.dates
            .iter()
            .filter(|d| d.value != taken.value)
            .filter(|d| !moments(d).any(|moment| moments(taken).any(|t| t == moment)))
            .collect()
    }

    /// Takes `value` unless something more trusted was found already.
    fn offer<T>(slot: &mut Option<Found<T>>, value: T, origin: Origin) {
        if slot.as_ref().is_none_or(|found| origin < found.origin) {
            *slot = Some(Found { value, origin });
        }
    }

    fn offer_text(slot: &mut Option<Found<String>>, value: &str, origin: Origin) {
        let value = tidy(value);
        if !value.is_empty() {
            Self::offer(slot, value, origin);
        }
    }

    fn offer_date(&mut self, text: &str, origin: Origin) {
        if let Some(date) = page_date(text) {
            Self::offer(&mut self.published, date, origin);
            let found = Found {
                value: date,
                origin,
            };
            if !self.dates.contains(&found) {
                self.dates.push(found);
                self.dates.sort_by_key(|d| d.origin);
            }
            if let Some(moment) = page_moment(text) {
                let found = Found {
                    value: moment,
                    origin,
                };
                if !self.moments.contains(&found) {
                    self.moments.push(found);
                    self.moments.sort_by_key(|m| m.origin);
                }
            }
        }
    }

    fn offer_authors(&mut self, names: Vec<String>, origin: Origin) {
        let names: Vec<String> = names
            .iter()
            .map(|n| tidy(n))
            .filter(|n| !n.is_empty() && !n.starts_with("http"))
            .collect();
        if names.is_empty() {
            return;
        }
        // Several tags of one kind (`citation_author`) add up to one list.
        match &mut self.authors {
            Some(found) if found.origin == origin => {
                for name in names {
                    if !found.value.contains(&name) {
                        found.value.push(name);
                    }
                }
            }
            _ => Self::offer(&mut self.authors, names, origin),
        }
    }

    fn offer_kind(&mut self, kind: SourceKind, said: String, strength: Strength, origin: Origin) {
        let plainer = self
            .kind
            .as_ref()
            .is_none_or(|found| (strength, origin) < (found.value.strength, found.origin));
        if plainer {
            self.kind = Some(Found {
                value: KindSaid {
                    kind,
                    said,
                    strength,
                },
                origin,
            });
        }
    }

    fn offer_section(&mut self, key: &str, section: &str, origin: Origin) {
        let section = tidy(section);
        if let Some(kind) = kind_of_section(&section) {
            let said = format!("{key} “{section}”");
            self.offer_kind(kind, said, Strength::Section, origin);
        }
    }

    fn offer_article(&mut self, article: Article) {
        for name in &article.types {
            let (kind, strength) = match name.as_str() {
                // A review is a critic's judgement: opinion, for the policy.
                "OpinionNewsArticle" | "ReviewNewsArticle" => {
                    (SourceKind::Opinion, Strength::SpecificType)
                }
                "AnalysisNewsArticle" | "BackgroundNewsArticle" => {
                    (SourceKind::Analysis, Strength::SpecificType)
                }
                "ReportageNewsArticle" => (SourceKind::News, Strength::SpecificType),
                _ => continue,
            };
            self.offer_kind(kind, format!("@type {name}"), strength, Origin::JsonLd);
        }
        for section in &article.sections {
            self.offer_section("articleSection", section, Origin::JsonLd);
        }
        if let Some(headline) = &article.headline {
            Self::offer_text(&mut self.title, headline, Origin::JsonLd);
        }
        if let Some(date) = &article.date_published {
            self.offer_date(date, Origin::JsonLd);
        }
        self.offer_authors(article.authors, Origin::JsonLd);
        if let Some(publisher) = &article.publisher {
            Self::offer_text(&mut self.site_name, publisher, Origin::JsonLd);
        }
        if let Some(language) = article.language.as_deref().and_then(language_subtag) {
            Self::offer(&mut self.language, language, Origin::JsonLd);
        }
    }
}

/// Reads the metadata of an HTML page.
pub fn read_page(html: &str) -> PageMetadata {
    let mut meta = PageMetadata::default();
    let mut emitter = DefaultEmitter::default();
    // Switches to raw text inside <script>, <style> and <title>, as a browser's
    // tree builder tells its tokenizer to.
    emitter.naively_switch_states(true);
    let mut inside: Option<Inside> = None;
    let mut text = String::new();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name);
                let attr = |key: &str| {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|v| String::from_utf8_lossy(v).into_owned())
                };
                match name.as_ref() {
                    "html" => {
                        if let Some(lang) = attr("lang").as_deref().and_then(language_subtag) {
                            PageMetadata::offer(&mut meta.language, lang, Origin::HtmlLang);
                        }
                    }
                    "meta" => {
                        let key = attr("property")
                            .or_else(|| attr("name"))
                            .or_else(|| attr("itemprop"));
                        if let (Some(key), Some(content)) = (key, attr("content")) {
                            read_meta(&mut meta, &key.to_ascii_lowercase(), &content);
                        }
                    }
                    "title"
                        if meta
                            .title
                            .as_ref()
                            .is_none_or(|t| t.origin > Origin::TitleTag) =>
                    {
                        inside = Some(Inside::Title);
                        text.clear();
                    }
                    "script"
                        if attr("type").is_some_and(|t| {
                            t.trim().eq_ignore_ascii_case("application/ld+json")
                        }) =>
                    {
                        inside = Some(Inside::JsonLd);
                        text.clear();
                    }
                    _ => {}
                }
            }
            Token::String(s) if inside.is_some() => text.push_str(&String::from_utf8_lossy(&s)),
            Token::EndTag(tag) => match (inside, tag.name.as_slice()) {
                (Some(Inside::Title), b"title") => {
                    PageMetadata::offer_text(&mut meta.title, &text, Origin::TitleTag);
                    inside = None;
                }
                (Some(Inside::JsonLd), b"script") => {
                    match jsonld::articles(&text) {
                        Ok(articles) => articles.into_iter().for_each(|a| meta.offer_article(a)),
                        Err(problem) => meta.problems.push(problem),
                    }
                    inside = None;
                }
                _ => {}
            },
            _ => {}
        }
    }
    meta
}

#[derive(Debug, Clone, Copy)]
enum Inside {
    Title,
    JsonLd,
}

/// One `<meta>` tag, by its lower-cased `property`, `name` or `itemprop`.
fn read_meta(meta: &mut PageMetadata, key: &str, content: &str) {
    use Origin::*;
    match key {
        "citation_title" => PageMetadata::offer_text(&mut meta.title, content, Citation),
        "dc.title" | "dcterms.title" => {
            PageMetadata::offer_text(&mut meta.title, content, DublinCore)
        }
        "og:title" => PageMetadata::offer_text(&mut meta.title, content, OpenGraph),
        "twitter:title" => PageMetadata::offer_text(&mut meta.title, content, Twitter),

        "citation_author" => meta.offer_authors(vec![content.to_owned()], Citation),
        "dc.creator" | "dcterms.creator" => {
            meta.offer_authors(vec![content.to_owned()], DublinCore)
        }
        "article:author" => meta.offer_authors(vec![content.to_owned()], OpenGraph),
        "author" | "byl" => meta.offer_authors(vec![content.to_owned()], Meta),

        "citation_publication_date" | "citation_date" | "citation_online_date" => {
            meta.offer_date(content, Citation)
        }
        "dc.date" | "dc.date.issued" | "dcterms.date" | "dcterms.issued" | "dcterms.created" => {
            meta.offer_date(content, DublinCore)
        }
        "article:published_time" | "og:published_time" => meta.offer_date(content, OpenGraph),
        "datepublished" | "date" | "pubdate" | "publish-date" | "publication_date"
        | "sailthru.date" | "parsely-pub-date" => meta.offer_date(content, Meta),

        "citation_journal_title" | "citation_publisher" => {
            PageMetadata::offer_text(&mut meta.site_name, content, Citation)
        }
        "dc.publisher" | "dcterms.publisher" => {
            PageMetadata::offer_text(&mut meta.site_name, content, DublinCore)
        }
        "og:site_name" => PageMetadata::offer_text(&mut meta.site_name, content, OpenGraph),
        "application-name" => PageMetadata::offer_text(&mut meta.site_name, content, Meta),

        "article:section" => meta.offer_section("article:section", content, OpenGraph),
        "section" | "article.section" | "parsely-section" | "sailthru.section" => {
            meta.offer_section(key, content, Meta)
        }

        "citation_language" | "dc.language" | "dcterms.language" | "og:locale" => {
            let origin = match key {
                "citation_language" => Citation,
                "og:locale" => OpenGraph,
                _ => DublinCore,
            };
            if let Some(lang) = language_subtag(content) {
                PageMetadata::offer(&mut meta.language, lang, origin);
            }
        }
        _ => {}
    }
}

/// Runs of white space as one space, trimmed: titles come with line breaks.
fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The primary language subtag, lower case: `es-VE`, `es_ES`, `ES` → `es`.
/// Anything that is not two or three letters is no language tag.
fn language_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    let letters = primary.len();
    ((2..=3).contains(&letters) && primary.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| primary.to_ascii_lowercase())
}

#[cfg(test)]
mod tests;
