//! The issue as plain text: the alternative an email carries beside its
//! HTML, for mail clients and readers that show no HTML. The page's numbers,
//! words, marks, methodology note and typography, its sources listed where
//! the page lists them; an entry ends with its numbers ("talks.[3,10]"),
//! a link's address follows its text in angle brackets. Lines are wrapped at
//! 72 characters, as mail is read, never inside a word or an address.

use super::colophon;
use super::dates::long_date;
use super::findings;
use super::labels::{Labels, for_language};
use super::links::safe_link;
use super::marks::Listing;
use super::masthead::masthead_lines;
use super::numbering::{CITED_SEPARATOR, Numbering, cited_text};
use super::{ExportOptions, SourceList};
use crate::compliance::{self, Report};
use crate::model::{Issue, SourceId};
use crate::registry::Registry;
use crate::text::{Run, runs, typographic, typographic_runs};

/// Where lines are wrapped.
const WIDTH: usize = 72;

/// The issue as plain text.
pub fn plain_text(issue: &Issue, registry: &Registry, options: &ExportOptions) -> String {
    let labels = for_language(&issue.language);
    let numbering = Numbering::of(issue);
    let writer = Writer {
        issue,
        options,
        labels,
        listing: Listing::of(issue, registry, &numbering, labels),
        numbering,
        out: String::new(),
    };
    super::printable(writer.write(&compliance::check(issue, registry)))
}

struct Writer<'a> {
    issue: &'a Issue,
    options: &'a ExportOptions,
    labels: &'static Labels,
    numbering: Numbering,
    /// Each cited source's name and mark, by number.
    listing: Listing,
    out: String,
}

impl Writer<'_> {
    fn write(mut self, report: &Report) -> String {
        let (issue, options) = (self.issue, self.options);
        if options.draft {
            self.block(&self.labels.draft.to_uppercase());
        }
        self.masthead();
        for paragraph in paragraphs(&issue.summary) {
            self.block(&self.inline(paragraph));
        }
        if options.compliance_summary {
            self.compliance(report);
        }
        for section in super::published_sections(issue) {
            self.heading(&self.typo(&section.title), '=');
            for entry in &section.entries {
                let numbers = self.numbering.of_entry(entry);
                let mut text = self.inline(&entry.body);
                if !numbers.is_empty() {
                    // The thin space is no place to wrap: a group stays on one line.
                    text.push_str(&format!("[{}]", cited_text(&numbers, CITED_SEPARATOR)));
                }
                self.block(&text);
            }
            if options.source_list == SourceList::PerSection {
                let listed = self.numbering.listed_with(issue, section);
                self.sources(&listed);
            }
        }
        if options.source_list == SourceList::AtEnd {
            let all: Vec<(usize, SourceId)> = self.numbering.all().collect();
            self.sources(&all);
        }
        self.out.push_str(&"-".repeat(WIDTH));
        self.out.push_str("\n\n");
        if let Some(legend) = self.listing.legend(self.labels) {
            self.block(&legend);
        }
        let disclaimer = super::methodology::disclaimer(issue, report, self.labels);
        for paragraph in paragraphs(&disclaimer) {
            self.block(&self.typo(paragraph));
        }
        let note = super::methodology::note(issue, report, self.labels);
        self.block(&self.typo(&note));
        if let Some(notice) = super::methodology::special_notice(issue, report, self.labels) {
            self.block(&self.typo(&notice));
        }
        if let Some(citation) = colophon::suggested_citation(issue, self.labels) {
            let url = colophon::citation_url(issue);
            self.block(&format!(
                "{}: {citation} {url}",
                self.labels.suggested_citation
            ));
        }
        if !issue.licence.trim().is_empty() {
            self.block(&format!(
                "{}: {}",
                self.labels.licence,
                self.inline(issue.licence.trim())
            ));
        }
        let end = self.out.trim_end().len();
        self.out.truncate(end);
        self.out.push('\n');
        self.out
    }

    fn masthead(&mut self) {
        let issue = self.issue;
        let shown = masthead_lines(issue, self.labels);
        let lines = [
            shown.series,
            self.typo(issue.title.trim()),
            shown.dates,
            shown.byline,
        ];
        let masthead: Vec<String> = lines
            .iter()
            .filter(|line| !line.trim().is_empty())
            .map(|line| wrap(line, "", ""))
            .collect();
        if !masthead.is_empty() {
            self.out.push_str(&masthead.join("\n"));
            self.out.push_str("\n\n");
        }
    }

    /// "1. Reuters, Title, 3 November 2026. https://…", the number hanging.
    fn sources(&mut self, sources: &[(usize, SourceId)]) {
        if sources.is_empty() {
            return;
        }
        self.heading(self.labels.sources, '-');
        for (number, id) in sources {
            let (Some(source), Some(listed)) = (self.issue.source(*id), self.listing.get(*number))
            else {
                continue;
            };
            let mut line = listed.name.clone();
            if let Some(mark) = &listed.mark {
                line.push_str(&format!(" [{mark}]"));
            }
            if !source.title.trim().is_empty() {
                line.push_str(&format!(", {}", self.typo(source.title.trim())));
            }
            if let Some(published) = source.published {
                line.push_str(&format!(", {}", long_date(published, self.labels)));
            }
            line.push_str(&format!(". {}", source.url.trim()));
            if let Some((href, copy)) = super::archived_link(source, self.options) {
                line.push_str(&format!(
                    " ({}, {}: {href})",
                    self.labels.archived,
                    long_date(copy.taken.date_naive(), self.labels)
                ));
            }
            let first = format!("{number}. ");
            let rest = " ".repeat(first.chars().count());
            self.out.push_str(&wrap(&line, &first, &rest));
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    /// The reviewer's copy: the share and every finding, worded as on the page.
    fn compliance(&mut self, report: &Report) {
        self.heading(self.labels.compliance, '-');
        self.block(&findings::share_line(report));
        for line in findings::finding_lines(report) {
            self.out.push_str(&wrap(&line, "- ", "  "));
            self.out.push('\n');
        }
        if !report.findings.is_empty() {
            self.out.push('\n');
        }
    }

    /// A title underlined with `rule`, as plain text marks a heading.
    fn heading(&mut self, title: &str, rule: char) {
        let title = one_line(title);
        let underline: String =
            std::iter::repeat_n(rule, title.chars().count().min(WIDTH)).collect();
        self.out.push_str(&format!("{title}\n{underline}\n\n"));
    }

    /// A wrapped paragraph and a blank line.
    fn block(&mut self, text: &str) {
        let text = wrap(text, "", "");
        if !text.is_empty() {
            self.out.push_str(&text);
            self.out.push_str("\n\n");
        }
    }

    fn typo(&self, text: &str) -> String {
        typographic(text, self.issue.quote_style())
    }

    /// Inline Markdown as readers read it: the text, typographic, each safe
    /// link's address after its text.
    fn inline(&self, text: &str) -> String {
        run_text(&typographic_runs(runs(text), self.issue.quote_style()))
    }
}

/// Runs as plain text: `text <https://…>` for a link whose text is not its
/// address, the bare address for one whose text is.
fn run_text(runs: &[Run]) -> String {
    let mut out = String::new();
    let mut link_text = String::new();
    for (index, run) in runs.iter().enumerate() {
        out.push_str(&run.text);
        let Some(link) = run.link.as_deref() else {
            continue;
        };
        link_text.push_str(&run.text);
        let link_ends = runs.get(index + 1).and_then(|next| next.link.as_deref()) != Some(link);
        if link_ends {
            if let Some(href) = safe_link(link).filter(|_| link_text.trim() != link.trim()) {
                out.push_str(&format!(" <{href}>"));
            }
            link_text.clear();
        }
    }
    out
}

/// Paragraphs of a plain text field, split on blank lines.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// `text` with every run of spaces, tabs and line breaks as one space (a
/// no-break space stays: it is there to keep two words together).
fn one_line(text: &str) -> String {
    text.split([' ', '\t', '\n', '\r'])
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` in lines of at most `WIDTH` characters where words allow, the first
/// line after `first`, the others after `rest`.
fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::from(first);
    let mut line_length = first.chars().count();
    let mut line_empty = true;
    for word in one_line(text).split(' ').filter(|word| !word.is_empty()) {
        let length = word.chars().count();
        if !line_empty && line_length + 1 + length > WIDTH {
            out.push('\n');
            out.push_str(rest);
            line_length = rest.chars().count();
            line_empty = true;
        }
        if !line_empty {
            out.push(' ');
            line_length += 1;
        }
        out.push_str(word);
        line_length += length;
        line_empty = false;
    }
    if line_empty && out == first {
        return String::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_wrap_between_words_and_never_inside_an_address() {
        let url = format!("https://example.org/{}", "a".repeat(80));
        let text = format!("one two three {url} four");
        let wrapped = wrap(&text, "1. ", "   ");
        assert_eq!(wrapped, format!("1. one two three\n   {url}\n   four"));
        let long = "word ".repeat(40);
        assert!(
            wrap(&long, "", "")
                .lines()
                .all(|line| line.chars().count() <= WIDTH)
        );
        assert_eq!(wrap("  ", "x", "y"), "");
        assert_eq!(wrap("a\u{a0}b", "", ""), "a\u{a0}b");
    }

    #[test]
    fn a_links_address_follows_its_text_once() {
        let text = run_text(&runs(
            "see [the *port's* note](https://prensa.com/x) and <https://efe.com/y>, \
             [bad](javascript:alert(1)).",
        ));
        assert_eq!(
            text,
            "see the port's note <https://prensa.com/x> and https://efe.com/y, bad."
        );
    }
}
