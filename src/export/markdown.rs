//! Pandoc Markdown ready for `pandoc --pdf-engine=xelatex`: YAML metadata,
//! `##` per section, each entry's source numbers as one superscript and the
//! sources as numbered lists, after each section or at the end, with the
//! numbers of the HTML (not footnotes, which Pandoc would number per
//! citation). Every character of user text that Markdown or TeX would
//! interpret is escaped, so Pandoc reads back exactly the text the editor sees.

use std::fmt::Write as _;

use super::dates::long_date;
use super::findings;
use super::labels::{for_language, language_tag};
use super::links::safe_link;
use super::marks::{Listed, Listing};
use super::numbering::{CITED_SEPARATOR_PANDOC, Numbering, cited_text};
use super::{ExportOptions, SourceList};
use crate::compliance;
use crate::model::{Issue, SourceId};
use crate::registry::Registry;
use crate::text::{Run, runs, typographic, typographic_runs};

/// The issue as one Pandoc Markdown document.
pub fn markdown(issue: &Issue, registry: &Registry, options: &ExportOptions) -> String {
    let labels = for_language(&issue.language);
    let style = issue.quote_style();
    let numbering = Numbering::of(issue);
    let listing = Listing::of(issue, registry, &numbering, labels);
    let mut out = String::new();
    metadata(&mut out, issue, options, labels);
    if options.draft {
        let _ = writeln!(out, "**{}**\n", escape_text(labels.draft));
    }
    for paragraph in issue
        .summary
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let _ = writeln!(
            out,
            "{}\n",
            inline(&typographic_runs(runs(paragraph), style))
        );
    }
    if options.compliance_summary {
        compliance_summary(&mut out, issue, registry, labels);
    }
    for (index, section) in super::published_sections(issue).enumerate() {
        if index > 0 && options.page_breaks {
            out.push_str("\\newpage\n\n");
        }
        let _ = writeln!(
            out,
            "## {}\n",
            escape_heading(&typographic(&section.title, style))
        );
        for entry in &section.entries {
            let mut paragraph = inline(&typographic_runs(runs(&entry.body), style));
            let numbers = numbering.of_entry(entry);
            if !numbers.is_empty() {
                // One superscript: "talks.^3, 10^". Pandoc ends a superscript
                // at a space, not at the narrow no-break space, which LaTeX
                // sets as a thin space and never breaks.
                let cited = cited_text(&numbers, CITED_SEPARATOR_PANDOC);
                let _ = write!(paragraph, "^{cited}^");
            }
            let _ = writeln!(out, "{paragraph}\n");
        }
        if options.source_list == SourceList::PerSection {
            let listed = numbering.listed_with(issue, section);
            source_list(&mut out, "###", &listed, issue, &listing, options);
        }
    }
    if options.source_list == SourceList::AtEnd {
        let all: Vec<(usize, SourceId)> = numbering.all().collect();
        source_list(&mut out, "##", &all, issue, &listing, options);
    }
    // The marks' legend, the disclaimer and the methodology note close the issue.
    out.push_str("---\n\n");
    if let Some(legend) = listing.legend(labels) {
        let _ = writeln!(out, "{}\n", escape_text(&legend));
    }
    let report = compliance::check(issue, registry);
    let disclaimer = super::methodology::disclaimer(issue, &report, labels);
    for paragraph in disclaimer
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let paragraph = typographic(&collapse(paragraph), style);
        let _ = writeln!(out, "*{}*\n", escape_text(&paragraph));
    }
    let note = super::methodology::note(issue, &report, labels);
    let _ = writeln!(
        out,
        "{}\n",
        escape_text(&typographic(&collapse(&note), style))
    );
    if let Some(notice) = super::methodology::special_notice(issue, &report, labels) {
        let _ = writeln!(
            out,
            "***{}***\n",
            escape_text(&typographic(&collapse(&notice), style))
        );
    }
    // One final newline, whatever the last block was.
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

fn metadata(
    out: &mut String,
    issue: &Issue,
    options: &ExportOptions,
    labels: &super::labels::Labels,
) {
    out.push_str("---\n");
    let style = issue.quote_style();
    let issue_title = typographic(&issue.title, style);
    let masthead = super::masthead::masthead_lines(issue, labels);
    let title = if masthead.series.trim().is_empty() {
        issue_title.clone()
    } else {
        masthead.series.clone()
    };
    let _ = writeln!(out, "title: {}", yaml_markdown(&title));
    if !issue_title.trim().is_empty() && title != issue_title {
        let _ = writeln!(out, "subtitle: {}", yaml_markdown(&issue_title));
    }
    // The masthead's dates as the PDF sets them under the title ("Published
    // … · Covering … – …"), the publisher on a line of its own; and each as
    // a field of its own for other templates.
    let publisher = issue.publisher.trim();
    let dated: Vec<&str> = [masthead.dates.as_str(), publisher]
        .into_iter()
        .filter(|line| !line.is_empty())
        .collect();
    if !dated.is_empty() {
        let _ = writeln!(out, "date: {}", yaml_markdown_lines(&dated));
    }
    if !publisher.is_empty() {
        let _ = writeln!(out, "publisher: {}", yaml_markdown(publisher));
    }
    if let Some(number) = issue.number {
        let _ = writeln!(out, "number: {number}");
    }
    if let Some(period) = issue.coverage {
        let _ = writeln!(
            out,
            "coverage: {}",
            yaml_markdown(&format!(
                "{} – {}",
                long_date(period.from, labels),
                long_date(period.to, labels)
            ))
        );
    }
    let authors = super::masthead::authors(issue);
    if !authors.is_empty() {
        out.push_str("author:\n");
        for author in authors {
            let _ = writeln!(out, "  - {}", yaml_markdown(&author));
        }
    }
    let lang = language_tag(&issue.language);
    let _ = writeln!(out, "lang: {}", yaml_plain(lang));
    let _ = writeln!(out, "geometry: {}", yaml_plain(&options.geometry));
    let _ = writeln!(out, "fontsize: {}", yaml_plain(&options.fontsize));
    if options.contents {
        // Pandoc's own table of contents, under the issue's words for it.
        out.push_str("toc: true\ntoc-depth: 1\n");
        let _ = writeln!(out, "toc-title: {}", yaml_plain(labels.contents));
    }
    if options.paper == super::Paper::Letter {
        out.push_str("papersize: letter\n");
    } else {
        out.push_str("papersize: a4\n");
    }
    // Latin Modern, LaTeX's default, has no Greek, Cyrillic, Chinese or
    // Arabic: an issue that uses them names the installed fonts that have
    // them (chosen by the caller, `export::installed_fonts`), so XeLaTeX
    // loses no text.
    let fonts = &options.pandoc_fonts;
    let mainfont = options
        .mainfont
        .as_deref()
        .or(fonts.get(super::Script::Alphabetic));
    if let Some(font) = mainfont {
        let _ = writeln!(out, "mainfont: {}", yaml_plain(font));
    }
    if let Some(font) = fonts.get(super::Script::Cjk) {
        let _ = writeln!(out, "CJKmainfont: {}", yaml_plain(font));
    }
    let babel_fonts = fonts.babel_fonts();
    if !babel_fonts.is_empty() {
        // Raw LaTeX, for babel, which Pandoc loads for XeLaTeX.
        out.push_str("header-includes:\n  - |\n    ```{=latex}\n");
        for line in babel_fonts {
            let _ = writeln!(out, "    {line}");
        }
        out.push_str("    ```\n");
    }
    out.push_str("---\n\n");
}

/// A heading and the sources as an ordered list whose numbers are the
/// sources' own (they run on, so Pandoc's list numbering keeps them).
fn source_list(
    out: &mut String,
    heading: &str,
    sources: &[(usize, SourceId)],
    issue: &Issue,
    listing: &Listing,
    options: &ExportOptions,
) {
    if sources.is_empty() {
        return;
    }
    let labels = for_language(&issue.language);
    let _ = writeln!(out, "{heading} {}\n", escape_text(labels.sources));
    for (number, id) in sources {
        let _ = writeln!(
            out,
            "{number}. {}",
            source_line(issue, listing.get(*number), *id, labels, options)
        );
    }
    out.push('\n');
}

/// The reviewer's copy: the share and every finding, as in the HTML.
fn compliance_summary(
    out: &mut String,
    issue: &Issue,
    registry: &Registry,
    labels: &super::labels::Labels,
) {
    let report = compliance::check(issue, registry);
    let _ = writeln!(out, "## {}\n", escape_text(labels.compliance));
    let _ = writeln!(out, "{}\n", escape_text(&findings::share_line(&report)));
    for line in findings::finding_lines(&report) {
        let _ = writeln!(out, "- {}", escape_text(&collapse(&line)));
    }
    out.push('\n');
}

fn source_line(
    issue: &Issue,
    listed: Option<&Listed>,
    id: SourceId,
    labels: &super::labels::Labels,
    options: &ExportOptions,
) -> String {
    let (Some(source), Some(listed)) = (issue.source(id), listed) else {
        return String::new();
    };
    let mut note = escape_text(&listed.name);
    if let Some(mark) = &listed.mark {
        let _ = write!(note, " \\[{}\\]", escape_text(mark));
    }
    if !source.title.trim().is_empty() {
        let title = typographic(source.title.trim(), issue.quote_style());
        let _ = write!(note, ", *{}*", escape_text(&title));
    }
    if let Some(published) = source.published {
        let _ = write!(note, ", {}", escape_text(&long_date(published, labels)));
    }
    note.push_str(". ");
    match safe_link(&source.url) {
        Some(url) => {
            let _ = write!(note, "<{url}>");
        }
        None => note.push_str(&escape_markdown(&source.url)),
    }
    if let Some((href, copy)) = super::archived_link(source, options) {
        let _ = write!(
            note,
            " ([{}, {}](<{href}>))",
            escape_text(labels.archived),
            escape_text(&long_date(copy.taken.date_naive(), labels))
        );
    }
    note
}

/// Entry text as Pandoc Markdown: styled runs keep their style, all text escaped.
fn inline(runs: &[Run]) -> String {
    let mut out = String::new();
    for run in &printable_runs(runs) {
        let text = collapse(&run.text);
        // Emphasis markers must touch the text, so surrounding spaces go outside them.
        let leading = if text.starts_with(' ') { " " } else { "" };
        let trailing = if text.ends_with(' ') && text.len() > 1 {
            " "
        } else {
            ""
        };
        let core = text.trim();
        if core.is_empty() {
            out.push_str(leading);
            continue;
        }
        let mut piece = if run.code {
            code_span(core)
        } else {
            escape_text(core)
        };
        if run.emphasis {
            piece = format!("*{piece}*");
        }
        if run.strong {
            piece = format!("**{piece}**");
        }
        if let Some(url) = run.link.as_deref().and_then(safe_link) {
            piece = format!("[{piece}](<{url}>)");
        }
        out.push_str(leading);
        out.push_str(&piece);
        out.push_str(trailing);
    }
    out
}

/// The runs without unprintable characters, empty runs dropped and neighbours
/// of one style joined: two code spans that only an invisible character kept
/// apart must not be written fence to fence (found by fuzzing).
fn printable_runs(runs: &[Run]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for run in runs {
        let text = super::printable(run.text.clone());
        if text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last)
                if (last.emphasis, last.strong, last.code, &last.link)
                    == (run.emphasis, run.strong, run.code, &run.link) =>
            {
                last.text.push_str(&text)
            }
            _ => out.push(Run {
                text,
                ..run.clone()
            }),
        }
    }
    out
}

/// A code span whose fence is longer than any run of backticks inside it.
fn code_span(code: &str) -> String {
    let code = &super::printable(code.to_owned());
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

/// Text of the issue as Markdown: escaped, and each right-to-left run in a
/// span of its language so that XeLaTeX sets it in its font and direction.
fn escape_text(text: &str) -> String {
    super::scripts::mark_right_to_left(text, escape_markdown)
}

/// Backslash-escapes every ASCII punctuation character that Pandoc Markdown
/// may read as markup (`all_symbols_escapable` reads each back as itself);
/// Pandoc's LaTeX writer then escapes what TeX would interpret
/// (`$ % & # _ { } ~ ^ \`). `, ; ? /` mean nothing to Pandoc and stay bare.
/// Backticks become `&#96;`; unprintable control characters are dropped.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars().filter(|c| !super::is_unprintable(*c)) {
        if c == '`' {
            // An escaped backtick still counts in a neighbouring code span's
            // fence (`` \` `` before ``` ``x`` ``` reads as a longer fence), so
            // text backticks are written as a character reference instead.
            out.push_str("&#96;");
            continue;
        }
        if c.is_ascii_punctuation() && !matches!(c, ',' | ';' | '?' | '/') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A heading's text: escaped, and on one line.
fn escape_heading(text: &str) -> String {
    let text = collapse(text);
    if text.is_empty() {
        "\\ ".to_owned()
    } else {
        escape_text(&text)
    }
}

/// Whitespace runs (newlines included) as single spaces: one paragraph stays
/// one. A no-break space is a character of the text, kept where it stands.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{202F}') {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// A YAML double-quoted string whose content Pandoc reads as Markdown.
fn yaml_markdown(text: &str) -> String {
    yaml_plain(&escape_text(collapse(text).trim()))
}

/// Lines of Markdown in one YAML string, joined by Markdown's hard line break.
fn yaml_markdown_lines(lines: &[&str]) -> String {
    let markdown: Vec<String> = lines
        .iter()
        .map(|line| escape_text(collapse(line).trim()))
        .collect();
    yaml_plain(&markdown.join("\\\n"))
}

/// A YAML double-quoted string.
fn yaml_plain(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if super::is_unprintable(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
