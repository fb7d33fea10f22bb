//! The self-contained HTML page: inline CSS, no script, no remote fetch.
//! maud escapes every piece of text; links pass through `safe_link`.

use maud::{DOCTYPE, Markup, PreEscaped, html as markup};
use rayon::prelude::*;

use super::colophon;
use super::dates::{iso, long_date};
use super::labels::{Labels, for_language, language_tag, source_language};
use super::links::safe_link;
use super::marks::Listing;
use super::masthead::{editor_names, heading};
use super::numbering::{CITED_RUN, CITED_SEPARATOR, Cited, Numbering, cited_parts};
use super::{ExportOptions, Paper, SourceList};
use crate::compliance::{self, Report, Severity, percent};
use crate::model::{Entry, EntryId, Issue, Section, SourceId};
use crate::registry::Registry;
use crate::text::{Run, runs, typographic, typographic_runs};

const STYLE: &str = include_str!("issue.css");
const REL: &str = "noopener noreferrer";
/// A line break between blocks, so exported files diff line by line.
const NL: PreEscaped<&str> = PreEscaped("\n");

/// The issue as one HTML5 document.
pub fn html(issue: &Issue, registry: &Registry, options: &ExportOptions) -> String {
    html_with_report(
        issue,
        registry,
        options,
        &compliance::check(issue, registry),
    )
}

/// [`html`] with the issue's compliance report already made (the command
/// line checks before it exports; checking twice doubled the cost).
pub fn html_with_report(
    issue: &Issue,
    registry: &Registry,
    options: &ExportOptions,
    report: &Report,
) -> String {
    let sections = html_sections(issue, registry, options);
    html_with_sections(issue, options, report, sections)
}

/// The issue's sections as HTML, with what the rest of the page takes from
/// them (the sources' numbers, the legend of their marks). None of it
/// depends on the compliance report, so the command line writes it while it
/// checks the issue.
pub struct HtmlSections {
    /// Printable already (see [`super::printable`]).
    sections: Vec<String>,
    numbering: Numbering,
    listing: Listing,
}

/// Writes every section of the page, on all cores: sections do not depend
/// on one another (their sources are numbered before), and most of a large
/// page's time is spent here.
pub fn html_sections(issue: &Issue, registry: &Registry, options: &ExportOptions) -> HtmlSections {
    let numbering = Numbering::of(issue);
    let listing = Listing::of(issue, registry, &numbering, for_language(&issue.language));
    let page = Page::new(issue, options, numbering, listing);
    let sections = issue
        .sections
        .par_iter()
        .filter(|section| !section.entries.is_empty())
        .map(|section| super::printable(page.section(section).into_string()))
        .collect();
    HtmlSections {
        sections,
        numbering: page.numbering,
        listing: page.listing,
    }
}

/// The page around sections written by [`html_sections`] for the same
/// issue and options, with `report` in its methodology note and summary.
pub fn html_with_sections(
    issue: &Issue,
    options: &ExportOptions,
    report: &Report,
    written: HtmlSections,
) -> String {
    let page = Page::new(issue, options, written.numbering, written.listing);
    // Unprintable characters can only come from the issue's text (maud
    // escapes the rest), so dropping them leaves the markup as it is; the
    // sections were cleaned as they were written, on all cores.
    let shell = super::printable(page.document(report).into_string());
    // The sections go into one string of the final size: grown piece by
    // piece, a large page was copied and its memory touched twice over.
    let (before, after) = shell.split_once(SECTIONS_HERE).unwrap_or((&shell, ""));
    let sections_len: usize = written.sections.iter().map(|s| s.len() + 1).sum();
    let mut document = String::with_capacity(shell.len() + sections_len);
    document.push_str(before);
    for section in &written.sections {
        document.push_str(section);
        document.push('\n');
    }
    document.push_str(after);
    document
}

/// Where the sections go in the page around them: a comment no text of the
/// issue can produce, since maud escapes its `<`.
const SECTIONS_HERE: &str = "<!--sections-->";

struct Page<'a> {
    issue: &'a Issue,
    options: &'a ExportOptions,
    labels: &'static Labels,
    numbering: Numbering,
    listing: Listing,
}

impl<'a> Page<'a> {
    fn new(
        issue: &'a Issue,
        options: &'a ExportOptions,
        numbering: Numbering,
        listing: Listing,
    ) -> Self {
        Self {
            issue,
            options,
            labels: for_language(&issue.language),
            numbering,
            listing,
        }
    }
}

impl Page<'_> {
    /// `report`: the issue's compliance, for the methodology note and the
    /// reviewer's summary.
    fn document(&self, report: &Report) -> Markup {
        let legend = self.listing.legend(self.labels);
        let issue = self.issue;
        let lang = language_tag(&issue.language);
        let title = heading(issue, self.labels);
        let title = if title.is_empty() {
            "Untitled issue".to_owned()
        } else {
            title
        };
        let body_class = self.options.page_breaks.then_some("page-breaks");
        markup! {
            (DOCTYPE) (NL)
            html lang=(lang) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="generator" content=(concat!("Monitor Workbench ", env!("CARGO_PKG_VERSION")));
                    title { (title) }
                    (self.link_preview(&title))
                    style {
                        (NL) (PreEscaped(STYLE))
                        // The style sheet prints on A4; a later rule wins.
                        @if self.options.paper == Paper::Letter {
                            (PreEscaped("@page { size: letter; }\n"))
                        }
                    }
                }
                (NL)
                body class=[body_class] {
                    article class="issue" {
                        (NL)
                        (self.masthead())
                        (NL)
                        @if !issue.summary.trim().is_empty() {
                            section class="summary" aria-label=(self.labels.summary) {
                                @for paragraph in paragraphs(&issue.summary) {
                                    p { (self.inline(paragraph)) }
                                }
                            }
                            (NL)
                        }
                        @if self.options.contents && super::published_sections(issue).next().is_some() {
                            nav class="contents" aria-labelledby="contents-title" {
                                h2 id="contents-title" { (self.labels.contents) }
                                ol {
                                    @for section in super::published_sections(issue) {
                                        li { a href=(format!("#s{}", section.id.0)) { (self.typo(&section.title)) } }
                                    }
                                }
                            }
                            (NL)
                        }
                        @if self.options.compliance_summary {
                            (self.compliance(report))
                        }
                        (PreEscaped(SECTIONS_HERE))
                        @if self.options.source_list == SourceList::AtEnd && self.numbering.all().next().is_some() {
                            section class="sources-all" {
                                h2 { (self.labels.sources) }
                                (self.source_list(&self.numbering.all().collect::<Vec<_>>()))
                            }
                            (NL)
                        }
                        footer class="disclaimer" {
                            @if let Some(legend) = legend {
                                p class="legend" { (legend) }
                            }
                            @for paragraph in paragraphs(&super::methodology::disclaimer(issue, report, self.labels)) {
                                p { (self.typo(paragraph)) }
                            }
                            p class="methodology" {
                                (self.typo(&super::methodology::note(issue, report, self.labels)))
                            }
                            @if let Some(notice) = super::methodology::special_notice(issue, report, self.labels) {
                                p class="special-edition" { strong { (self.typo(&notice)) } }
                            }
                            (self.colophon())
                        }
                        (NL)
                    }
                }
            }
            (NL)
        }
    }

    fn masthead(&self) -> Markup {
        let issue = self.issue;
        let labels = self.labels;
        markup! {
            header class="masthead" {
                @if self.options.draft {
                    p class="draft" { (labels.draft) }
                }
                p class="series" {
                    (self.typo(&issue.series))
                    @if let Some(number) = issue.number {
                        " " span class="number" { (labels.number) "\u{A0}" (number) }
                    }
                }
                @if !issue.title.trim().is_empty() {
                    h1 { (self.typo(&issue.title)) }
                }
                p class="dates" {
                    @if let Some(published) = issue.published {
                        span { (labels.published) " " time datetime=(iso(published)) { (long_date(published, labels)) } }
                    }
                    @if let Some(period) = issue.coverage {
                        @if issue.published.is_some() { " · " }
                        span {
                            (labels.covering) " "
                            time datetime=(iso(period.from)) { (long_date(period.from, labels)) }
                            " – "
                            time datetime=(iso(period.to)) { (long_date(period.to, labels)) }
                        }
                    }
                }
                @if !issue.publisher.trim().is_empty() || !issue.editors.is_empty() {
                    p class="byline" {
                        (issue.publisher)
                        @if !issue.editors.is_empty() {
                            @if !issue.publisher.trim().is_empty() { " · " }
                            (labels.edited_by) " " (editor_names(issue).join(", "))
                        }
                    }
                }
            }
        }
    }

    fn section(&self, section: &Section) -> Markup {
        let list_here = self.options.source_list == SourceList::PerSection;
        let listed = self.numbering.listed_with(self.issue, section);
        markup! {
            section class="section" id=(format!("s{}", section.id.0)) {
                (NL)
                h2 { (self.typo(&section.title)) }
                (NL)
                @for entry in &section.entries {
                    div class="entry" id=(format!("e{}", entry.id.0)) {
                        p {
                            (self.inline(&entry.body))
                            (self.markers(entry))
                        }
                    }
                    (NL)
                }
                @if list_here && !listed.is_empty() {
                    footer class="sources" {
                        h3 { (self.labels.sources) }
                        (self.source_list(&listed))
                    }
                }
            }
        }
    }

    /// The numbers an entry cites, ascending, as one superscript; each links
    /// to its source in the list. The commas are text, so the numbers stay
    /// apart where no style sheet is applied (a mail client, a reader view).
    /// A screen reader hears "source 3: Reuters" rather than "3"; each link
    /// has an id for the source list's link back.
    fn markers(&self, entry: &Entry) -> Markup {
        let numbers = self.numbering.of_entry(entry);
        markup! {
            @if !numbers.is_empty() {
                sup class="cite" {
                    @for (index, part) in cited_parts(&numbers).iter().enumerate() {
                        @if index > 0 { span class="sep" { (CITED_SEPARATOR) } }
                        @match *part {
                            Cited::One(number) => (self.cite_link(entry, number)),
                            Cited::Run(first, last) => {
                                (self.cite_link(entry, first))
                                span class="sep" { (CITED_RUN) }
                                // The numbers inside a run keep their place,
                                // for their sources' links back.
                                @for number in first + 1..last {
                                    span id=(citation_id(entry.id, number)) {}
                                }
                                (self.cite_link(entry, last))
                            }
                        }
                    }
                }
            }
        }
    }

    /// One citation number, linked to its source in the list.
    fn cite_link(&self, entry: &Entry, number: usize) -> Markup {
        markup! {
            a id=(citation_id(entry.id, number)) href=(format!("#src-{number}"))
                role="doc-noteref" aria-label=(self.citation_label(number)) { (number) }
        }
    }

    /// "source 3: Reuters", in the issue's language.
    fn citation_label(&self, number: usize) -> String {
        let outlet = self.listing.get(number).map_or("", |listed| &listed.name);
        format!("{} {number}: {outlet}", self.labels.source)
    }

    /// Links from source `number` back to each place citing it: one "↩", or
    /// "↩ a b c" when several entries cite it.
    fn back_links(&self, number: usize) -> Markup {
        let citing = self.numbering.citing(number);
        let label = format!("{} {number}", self.labels.back_to_citing);
        // U+FE0E keeps the arrow a text glyph, not an emoji, on phones.
        const BACK: &str = "\u{21A9}\u{FE0E}";
        markup! {
            @if let [only] = citing {
                span class="back" {
                    a href=(format!("#{}", citation_id(*only, number))) role="doc-backlink" aria-label=(label) { (BACK) }
                }
            } @else if !citing.is_empty() {
                span class="back" {
                    (BACK)
                    @for (index, entry) in citing.iter().enumerate() {
                        @let letter = place_letter(index);
                        " "
                        a href=(format!("#{}", citation_id(*entry, number))) role="doc-backlink"
                            aria-label=(format!("{label} ({letter})")) { (letter) }
                    }
                }
            }
        }
    }

    /// The head's canonical link and Open Graph tags, when the issue has a
    /// canonical URL: what a link preview shows.
    fn link_preview(&self, title: &str) -> Markup {
        markup! {
            @if let Some(url) = colophon::canonical(self.issue) {
                link rel="canonical" href=(url);
                meta property="og:type" content="article";
                meta property="og:title" content=(title);
                meta property="og:url" content=(url);
                @if let Some(description) = colophon::description(self.issue) {
                    meta property="og:description" content=(description);
                }
            }
        }
    }

    /// The suggested citation and the licence, closing the issue when set.
    fn colophon(&self) -> Markup {
        let issue = self.issue;
        markup! {
            @if let Some(citation) = colophon::suggested_citation(issue, self.labels) {
                p class="citation" {
                    (self.labels.suggested_citation) ": " (citation) " "
                    @match colophon::canonical(issue) {
                        Some(href) => { a href=(href) rel=(REL) { (colophon::citation_url(issue)) } }
                        None => { (colophon::citation_url(issue)) }
                    }
                }
            }
            @if !issue.licence.trim().is_empty() {
                p class="licence" { (self.labels.licence) ": " (self.inline(issue.licence.trim())) }
            }
        }
    }

    /// Sources with their numbers written out, as they are cited.
    fn source_list(&self, sources: &[(usize, SourceId)]) -> Markup {
        markup! {
            ol class="source-list" {
                (NL)
                @for (number, id) in sources {
                    @if let (Some(source), Some(listed)) = (self.issue.source(*id), self.listing.get(*number)) {
                        li id=(format!("src-{number}")) {
                            span class="number" { (number) "." }
                            " "
                            span class="reference" {
                                span class="outlet" { (listed.name) }
                                @if let Some(mark) = &listed.mark {
                                    " " span class="mark" { "[" (mark) "]" }
                                }
                                @if !source.title.trim().is_empty() {
                                    ", " cite lang=(source_language(&source.language, &self.issue.language)) { (self.typo(&source.title)) }
                                }
                                @if let Some(published) = source.published {
                                    ", " time datetime=(iso(published)) { (long_date(published, self.labels)) }
                                }
                                ". "
                                @let archived = super::archived_link(source, self.options);
                                @match safe_link(&source.url) {
                                    // Robust Links: the original carries its archived copy and
                                    // the day it was taken, for readers' tools and link checkers.
                                    Some(href) => { a class="url" href=(href) rel=(REL)
                                        data-versionurl=[archived.as_ref().map(|(copy_href, _)| copy_href)]
                                        data-versiondate=[archived.as_ref().map(|(_, copy)| iso(copy.taken.date_naive()))] { (source.url) } }
                                    None => { span class="url" { (source.url) } }
                                }
                                @if let Some((href, copy)) = &archived {
                                    " (" a class="archived" href=(href) rel=(REL)
                                        data-originalurl=[safe_link(&source.url)]
                                        data-versiondate=(iso(copy.taken.date_naive())) {
                                        (self.labels.archived) ", " time datetime=(iso(copy.taken.date_naive())) { (long_date(copy.taken.date_naive(), self.labels)) }
                                    } ")"
                                }
                                " " (self.back_links(*number))
                            }
                        }
                        (NL)
                    }
                }
            }
        }
    }

    /// A plain text as readers see it: typographic quotes and dashes.
    fn typo(&self, text: &str) -> String {
        typographic(text, self.issue.quote_style())
    }

    /// Entry text with its styles and links, typographic punctuation in its prose.
    fn inline(&self, text: &str) -> Markup {
        inline(&typographic_runs(runs(text), self.issue.quote_style()))
    }

    fn compliance(&self, report: &Report) -> Markup {
        let errors = report.error_count();
        let warnings = report.warning_count();
        markup! {
            aside class="compliance" {
                h2 { (self.labels.compliance) }
                p {
                    "State media: " (percent(report.share())) " of " (report.metric.name())
                    " (limit " (percent(report.limit)) "); "
                    (errors) " error(s), " (warnings) " warning(s)."
                }
                @if !report.findings.is_empty() {
                    ul {
                        @for finding in &report.findings {
                            li class=(if finding.severity == Severity::Error { "error" } else { "warning" }) {
                                strong { (finding.rule.name()) } " "
                                (finding.location()) ": " (finding.message)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Entry text with its emphasis, strong text, code and safe links.
fn inline(runs: &[Run]) -> Markup {
    markup! {
        @for run in runs {
            @let styled = styled(run);
            @match run.link.as_deref().and_then(safe_link) {
                Some(href) => { a href=(href) rel=(REL) { (styled) } }
                None => { (styled) }
            }
        }
    }
}

fn styled(run: &Run) -> Markup {
    let text = markup! { (run.text) };
    let text = if run.code {
        markup! { code { (text) } }
    } else {
        text
    };
    let text = if run.emphasis {
        markup! { em { (text) } }
    } else {
        text
    };
    if run.strong {
        markup! { strong { (text) } }
    } else {
        text
    }
}

/// The id of entry `entry`'s link to source `number`: unique, since an
/// entry shows each number once.
fn citation_id(entry: EntryId, number: usize) -> String {
    format!("cite-{}-{number}", entry.0)
}

/// "a", "b", … "z", "aa", "ab", …: which of a source's citing places a back link leads to.
fn place_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        rest -= 1;
        letters.push(char::from(b'a' + (rest % 26) as u8));
        rest /= 26;
    }
    letters.iter().rev().collect()
}

/// Paragraphs of a plain text field, split on blank lines.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}
