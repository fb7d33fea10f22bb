//! The issue as the PDF template reads it: every text already as readers see
//! it (numbers, names, marks, dates, typographic punctuation), so the
//! template only lays it out. The template receives this as JSON data and
//! never evaluates any of it as Typst markup.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::super::dates::long_date;
use super::super::findings;
use super::super::labels::{Labels, for_language, language_tag};
use super::super::links::safe_link;
use super::super::marks::Listing;
use super::super::masthead::masthead_lines;
use super::super::numbering::{Cited, Numbering, cited_parts};
use super::super::{ExportOptions, Paper, SourceList};
use crate::compliance;
use crate::model::{Issue, SourceId};
use crate::registry::Registry;
use crate::text::{Run, runs, typographic, typographic_runs};

/// About one line of the running header at its 8.5 pt size.
const RUNNING_HEADER_CHARS: usize = 110;

#[derive(Serialize)]
pub(super) struct Document {
    meta: Meta,
    lang: String,
    region: Option<String>,
    /// The font asked for, tried before the template's own list.
    mainfont: Option<String>,
    paper: &'static str,
    draft: bool,
    contents: bool,
    page_breaks: bool,
    labels: TemplateLabels,
    running_header: String,
    /// What each citation number links to until the pages are laid out
    /// ("source " and the number; `source_links`).
    cite_prefix: String,
    masthead: Masthead,
    summary: Vec<Vec<TextRun>>,
    compliance: Option<Compliance>,
    sections: Vec<SectionData>,
    sources_at_end: Vec<SourceData>,
    legend: Option<String>,
    disclaimer: Vec<String>,
    methodology: String,
    /// A special edition's disclaimer, after the note, when its share is above the limit.
    special_edition: Option<String>,
}

#[derive(Serialize)]
struct Meta {
    title: String,
    authors: Vec<String>,
    description: String,
    keywords: Vec<String>,
    /// The publication date, year-month-day, for the PDF's creation date.
    date: Option<[u32; 3]>,
}

#[derive(Serialize)]
struct TemplateLabels {
    draft: &'static str,
    page: &'static str,
    of: &'static str,
    contents: &'static str,
    sources: &'static str,
    summary: &'static str,
}

#[derive(Serialize)]
struct Masthead {
    series: String,
    title: String,
    dates: String,
    byline: String,
}

#[derive(Serialize)]
struct Compliance {
    heading: &'static str,
    lines: Vec<String>,
}

#[derive(Serialize)]
struct SectionData {
    title: String,
    entries: Vec<EntryData>,
    sources: Vec<SourceData>,
}

#[derive(Serialize)]
struct EntryData {
    runs: Vec<TextRun>,
    /// The parts of the citation group, `[first, last]` each: equal for one
    /// number, a run of three or more otherwise ("22–24").
    cites: Vec<[usize; 2]>,
}

#[derive(Serialize)]
struct TextRun {
    text: String,
    emph: bool,
    strong: bool,
    code: bool,
    link: Option<String>,
}

#[derive(Serialize)]
struct SourceData {
    number: usize,
    name: String,
    mark: Option<String>,
    title: Option<String>,
    /// The title's language when it has one, as Typst's `lang`.
    title_lang: Option<String>,
    date: Option<String>,
    url: String,
    link: Option<String>,
    /// "archived copy, 5 November 2026" and its link, when the options ask.
    archived: Option<(String, String)>,
}

/// A piece of the issue's text and where a reader would find it, so that a
/// character no font can set is reported with its place.
pub(super) struct Placed {
    pub place: String,
    pub text: String,
}

/// The template's data and every text it will set, with its place.
pub(super) fn document(
    issue: &Issue,
    registry: &Registry,
    options: &ExportOptions,
) -> (Document, Vec<Placed>) {
    let labels = for_language(&issue.language);
    let style = issue.quote_style();
    let typo = |text: &str| typographic(text.trim(), style);
    let inline = |text: &str| -> Vec<TextRun> {
        typographic_runs(runs(text), style)
            .iter()
            .map(text_run)
            .collect()
    };
    let numbering = Numbering::of(issue);
    let listing = Listing::of(issue, registry, &numbering, labels);
    let report = compliance::check(issue, registry);
    let mut placed = Vec::new();
    let mut place = |place: String, text: &str| {
        placed.push(Placed {
            place,
            text: text.to_owned(),
        });
    };

    let tag = language_tag(&issue.language);
    let (lang, region) = split_tag(tag);
    let masthead = masthead(issue, labels);
    place("the masthead".to_owned(), &masthead.series);
    place("the title".to_owned(), &masthead.title);
    place("the masthead".to_owned(), &masthead.byline);
    let heading = super::super::masthead::heading(issue, labels);

    let summary: Vec<Vec<TextRun>> = paragraphs(&issue.summary)
        .map(|paragraph| {
            place("the summary".to_owned(), paragraph);
            inline(paragraph)
        })
        .collect();

    let source_data = |listed: &[(usize, SourceId)], place: &mut dyn FnMut(String, &str)| {
        listed
            .iter()
            .filter_map(|(number, id)| {
                let source = issue.source(*id)?;
                let shown = listing.get(*number)?;
                let title = Some(typo(&source.title)).filter(|t| !t.is_empty());
                place(format!("source {number}"), &shown.name);
                if let Some(title) = &title {
                    place(format!("the title of source {number}"), title);
                }
                Some(SourceData {
                    number: *number,
                    name: shown.name.clone(),
                    mark: shown.mark.clone(),
                    title_lang: (title.is_some() && !source.language.trim().is_empty())
                        .then(|| split_tag(language_tag(&source.language)).0),
                    title,
                    date: source.published.map(|day| long_date(day, labels)),
                    url: source.url.clone(),
                    link: safe_link(&source.url),
                    archived: crate::export::archived_link(source, options).map(|(href, copy)| {
                        let day = long_date(copy.taken.date_naive(), labels);
                        (format!("{}, {day}", labels.archived), href)
                    }),
                })
            })
            .collect::<Vec<_>>()
    };

    let per_section = options.source_list == SourceList::PerSection;
    let mut sections = Vec::new();
    for section in super::super::published_sections(issue) {
        let title = typo(&section.title);
        place(format!("the heading of section “{title}”"), &title);
        let entries = section
            .entries
            .iter()
            .enumerate()
            .map(|(index, entry)| {
                place(
                    format!("section “{title}”, entry {}", index + 1),
                    &entry.body,
                );
                EntryData {
                    runs: inline(&entry.body),
                    cites: cited_parts(&numbering.of_entry(entry))
                        .into_iter()
                        .map(|part| match part {
                            Cited::One(number) => [number, number],
                            Cited::Run(first, last) => [first, last],
                        })
                        .collect(),
                }
            })
            .collect();
        let sources = if per_section {
            source_data(&numbering.listed_with(issue, section), &mut place)
        } else {
            Vec::new()
        };
        sections.push(SectionData {
            title,
            entries,
            sources,
        });
    }
    let sources_at_end = if per_section {
        Vec::new()
    } else {
        source_data(&numbering.all().collect::<Vec<_>>(), &mut place)
    };

    let readers_disclaimer = super::super::methodology::disclaimer(issue, &report, labels);
    let disclaimer: Vec<String> = paragraphs(&readers_disclaimer).map(typo).collect();
    for paragraph in &disclaimer {
        place("the disclaimer".to_owned(), paragraph);
    }
    let methodology = typo(&super::super::methodology::note(issue, &report, labels));
    place("the methodology note".to_owned(), &methodology);
    let special_edition = super::super::methodology::special_notice(issue, &report, labels)
        .map(|notice| typo(&notice));
    if let Some(notice) = &special_edition {
        place("the special edition's disclaimer".to_owned(), notice);
    }

    let compliance = options.compliance_summary.then(|| Compliance {
        heading: labels.compliance,
        lines: std::iter::once(findings::share_line(&report))
            .chain(findings::finding_lines(&report))
            .collect(),
    });

    let authors = super::super::masthead::authors(issue);
    let description = paragraphs(&issue.summary)
        .next()
        .map(|first| crate::text::excerpt(&typo(first), 300))
        .unwrap_or_else(|| heading.clone());
    let keywords = std::iter::once(issue.series.trim().to_owned())
        .chain(sections.iter().map(|s| s.title.clone()))
        .filter(|k| !k.is_empty())
        .collect();

    let document = Document {
        meta: Meta {
            title: if heading.is_empty() {
                "Untitled issue".to_owned()
            } else {
                heading.clone()
            },
            authors,
            description,
            keywords,
            date: issue.published.and_then(ymd),
        },
        lang: lang.to_owned(),
        region,
        mainfont: options
            .mainfont
            .as_deref()
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_owned),
        paper: match options.paper {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        },
        draft: options.draft,
        contents: options.contents,
        page_breaks: options.page_breaks,
        labels: TemplateLabels {
            draft: labels.draft,
            page: labels.page,
            of: labels.of,
            contents: labels.contents,
            sources: labels.sources,
            summary: labels.summary,
        },
        // The header repeats on every page: a long title is shortened there
        // (it is set whole in the masthead), or each page sets it again.
        running_header: running_header(&heading),
        cite_prefix: super::source_links::stand_in_prefix(labels),
        masthead,
        summary,
        compliance,
        sections,
        sources_at_end,
        legend: listing.legend(labels),
        disclaimer,
        methodology,
        special_edition,
    };
    (document, placed)
}

fn masthead(issue: &Issue, labels: &Labels) -> Masthead {
    let lines = masthead_lines(issue, labels);
    Masthead {
        series: lines.series,
        title: typographic(issue.title.trim(), issue.quote_style()),
        dates: lines.dates,
        byline: lines.byline,
    }
}

fn text_run(run: &Run) -> TextRun {
    TextRun {
        text: run.text.clone(),
        emph: run.emphasis,
        strong: run.strong,
        code: run.code,
        link: run.link.as_deref().and_then(safe_link),
    }
}

/// "pt-BR" → ("pt", Some("BR")): Typst takes the language and the region apart.
fn split_tag(tag: &str) -> (String, Option<String>) {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("en").to_ascii_lowercase();
    let region = parts
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase);
    // Typst knows two- and three-letter codes only.
    let lang = if (2..=3).contains(&lang.len()) {
        lang
    } else {
        "en".to_owned()
    };
    (lang, region)
}

/// The heading as the running header sets it: whole when it fits a line,
/// else cut at a word with an ellipsis.
fn running_header(heading: &str) -> String {
    let cut = crate::text::excerpt(heading, RUNNING_HEADER_CHARS);
    let Some(shortened) = cut.strip_suffix('…') else {
        return cut;
    };
    let at_word = shortened
        .rsplit_once(' ')
        .map_or(shortened, |(words, _)| words)
        .trim_end_matches([' ', ',', '—', '–', ':', ';']);
    format!("{at_word} …")
}

/// The PDF's metadata date, which Typst takes for years 0–9999 only; a date
/// outside them (a typo such as +10000-01-01) is left out of the metadata,
/// never a reason the PDF cannot be set. The masthead still prints it.
fn ymd(day: NaiveDate) -> Option<[u32; 3]> {
    let year = u32::try_from(day.year())
        .ok()
        .filter(|year| *year <= 9999)?;
    Some([year, day.month(), day.day()])
}

/// Paragraphs of a plain text field, split on blank lines.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_split_for_typst() {
        assert_eq!(split_tag("pt-BR"), ("pt".to_owned(), Some("BR".to_owned())));
        assert_eq!(split_tag("es"), ("es".to_owned(), None));
        assert_eq!(
            split_tag("zh-Hans-CN"),
            ("zh".to_owned(), Some("CN".to_owned()))
        );
    }

    #[test]
    fn a_special_editions_disclaimer_follows_the_note_only_over_the_limit() {
        let mut issue = crate::sample::sample_issue();
        issue.policy.limit = 0.10;
        issue.policy.special_edition = Some(crate::model::SpecialEdition {
            reason: "Anniversary issue".to_owned(),
            disclaimer: "This special edition quotes state media at length ({share}).".to_owned(),
        });
        let registry = Registry::builtin();
        let (data, placed) = document(&issue, &registry, &ExportOptions::default());
        assert_eq!(
            data.special_edition.as_deref(),
            Some("This special edition quotes state media at length (18.9%).")
        );
        assert!(
            placed
                .iter()
                .any(|p| p.text.contains("quotes state media at length"))
        );
        // The reason is for reviewers: readers never see it.
        let json = serde_json::to_string(&data).expect("json");
        assert!(!json.contains("Anniversary issue"), "{json}");
        issue.policy.limit = 0.20;
        let (within, _) = document(&issue, &registry, &ExportOptions::default());
        assert_eq!(within.special_edition, None);
    }

    #[test]
    fn suggestions_never_reach_the_pdf() {
        let mut issue = crate::sample::sample_issue();
        issue.sections[0].entries[0]
            .suggestions
            .push(crate::model::Suggestion {
                author: "Marta".to_owned(),
                at: chrono::Utc::now(),
                text: "Secret suggested wording".to_owned(),
                outcome: None,
            });
        let (data, placed) = document(&issue, &Registry::builtin(), &ExportOptions::default());
        let json = serde_json::to_string(&data).expect("json");
        assert!(!json.contains("Secret suggested wording"));
        assert!(placed.iter().all(|p| !p.text.contains("Secret suggested")));
    }

    /// The header repeats on every page: a 300 KB title once set it on each
    /// of hundreds of pages (34 s, 5.8 GB). The masthead keeps it whole.
    #[test]
    fn a_long_title_is_shortened_in_the_running_header() {
        let mut issue = crate::sample::sample_issue();
        issue.title = "Influence ".repeat(30_000);
        let (data, _) = document(&issue, &Registry::builtin(), &ExportOptions::default());
        assert!(data.running_header.chars().count() <= RUNNING_HEADER_CHARS + 1);
        assert!(
            data.running_header.ends_with('…'),
            "{}",
            data.running_header
        );
        assert!(data.masthead.title.len() > 290_000);
    }

    #[test]
    fn a_date_typst_cannot_hold_stays_out_of_the_metadata() {
        let far = NaiveDate::from_ymd_opt(10_000, 1, 1);
        assert_eq!(far.and_then(ymd), None);
        let day = NaiveDate::from_ymd_opt(2026, 11, 20);
        assert_eq!(day.and_then(ymd), Some([2026, 11, 20]));
    }
}
