//! Markdown drafts into issues (README, "`import`").
//!
//! The first `#` heading is the masthead (series, number, title); each `##`
//! heading starts a section; each paragraph (or list item) under a section is
//! one entry. Every link in it becomes a citation: the link text stays in the
//! body, the URL leaves it; a headline becomes the source's title, and an
//! attribution after a finished sentence leaves the body too. Text before the
//! first `##` becomes the summary.

mod attribution;
mod block;
mod csl;
mod fold;
mod link_text;
mod masthead;
mod pointer;
mod tidy;
pub use csl::{CslError, CslImport, sources_from_csl_json};

use std::collections::HashMap;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};

use crate::model::{Citation, Entry, EntryId, Issue, Section, SectionId, Source, SourceId};
use crate::sourcing::{guess_kind, normalize_url};
use crate::text::TextPosition;

use block::{BlockBuilder, LinkSpan};
use link_text::LinkText;

/// Something the importer did that the editor should know about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportNote {
    pub at: TextPosition,
    pub message: String,
}

#[derive(Debug)]
pub struct Imported {
    pub issue: Issue,
    pub notes: Vec<ImportNote>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Without a `##` heading there is no section to put entries in; guessing
    /// one would silently turn the whole draft into a summary.
    #[error(
        "{origin}: no section found: start each section of the draft with a `## Heading` line (for example `## Russia`)"
    )]
    NoSection { origin: String },
    /// A NUL byte is no text an editor typed: a damaged file, or not a
    /// draft at all. Kept, it would cut the URL or word it falls in.
    #[error(
        "{origin}:{at}: the draft holds a NUL byte, which no text has; is it damaged, or not a Markdown draft?"
    )]
    NulByte { origin: String, at: TextPosition },
}

/// Converts a Markdown draft; `origin` names it in messages.
pub fn import_markdown(text: &str, origin: &str) -> Result<Imported, ImportError> {
    if let Some(offset) = text.find('\0') {
        return Err(ImportError::NulByte {
            origin: origin.to_owned(),
            at: TextPosition::of_offset(text, offset),
        });
    }
    let mut importer = Importer::new(text);
    for (event, range) in Parser::new(text).into_offset_iter() {
        importer.event(event, range);
    }
    importer.finish(origin)
}

struct Heading {
    level: HeadingLevel,
    text: String,
    start: usize,
}

struct Importer<'t> {
    text: &'t str,
    issue: Issue,
    /// Byte offsets and messages; turned into line and column at the end, in
    /// one pass over the text (one pass per note is quadratic on a big draft).
    notes: Vec<(usize, String)>,
    summary: Vec<String>,
    heading: Option<Heading>,
    /// Whether the first `#` heading has given the masthead; its title may be empty.
    masthead_read: bool,
    block: Option<BlockBuilder<'t>>,
    /// Nesting of paragraphs and list items inside the open block.
    block_depth: usize,
    /// Normalized URL → the source created for it.
    sources_by_url: HashMap<String, SourceId>,
    /// The last ids given out: a draft's ids count up from 1.
    last_section: u32,
    last_entry: u32,
    last_source: u32,
}

impl<'t> Importer<'t> {
    fn new(text: &'t str) -> Self {
        // A draft has no disclaimer: the imported issue starts with the
        // standing one, which states the policy, for the editor to reword.
        let mut issue = Issue::default();
        issue.disclaimer = issue.policy.standing_disclaimer();
        Self {
            text,
            issue,
            notes: Vec::new(),
            summary: Vec::new(),
            heading: None,
            masthead_read: false,
            block: None,
            block_depth: 0,
            sources_by_url: HashMap::new(),
            last_section: 0,
            last_entry: 0,
            last_source: 0,
        }
    }

    fn note(&mut self, offset: usize, message: impl Into<String>) {
        self.notes.push((offset, message.into()));
    }

    fn event(&mut self, event: Event<'t>, range: std::ops::Range<usize>) {
        if let Some(heading) = &mut self.heading {
            match event {
                Event::End(TagEnd::Heading(_)) => self.end_heading(),
                Event::Text(text) | Event::Code(text) => heading.text.push_str(&text),
                Event::SoftBreak | Event::HardBreak => heading.text.push(' '),
                // Markup a title cannot hold is said, not dropped unsaid.
                Event::InlineHtml(html) | Event::Html(html) => self.notes.push((
                    range.start,
                    format!("HTML in a heading left out: {}", html.trim()),
                )),
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some(Heading {
                    level,
                    text: String::new(),
                    start: range.start,
                });
            }
            Event::Start(Tag::Paragraph | Tag::Item) => {
                if self.block.is_none() {
                    self.block = Some(BlockBuilder::new(self.text, range.start));
                } else if let Some(block) = &mut self.block {
                    block.separate();
                }
                self.block_depth += 1;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                self.block_depth = self.block_depth.saturating_sub(1);
                if self.block_depth == 0 {
                    self.end_block(range.end);
                }
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.note(range.start, "code block left out: entries hold prose")
            }
            Event::Html(_) if self.block.is_none() => self.note(range.start, "HTML block left out"),
            Event::Rule | Event::Start(Tag::Table(_)) => {}
            event => {
                if let Some(block) = &mut self.block {
                    if let Event::Start(Tag::Image { .. }) = &event {
                        self.notes.push((
                            range.start,
                            "image left out; its description is kept as text".to_owned(),
                        ));
                    }
                    block.event(event, range);
                }
            }
        }
    }

    fn end_heading(&mut self) {
        let Some(heading) = self.heading.take() else {
            return;
        };
        let title = tidy::tidy(&heading.text);
        match heading.level {
            HeadingLevel::H1 if !self.masthead_read && self.issue.sections.is_empty() => {
                // An empty `#` line gives nothing; the next `#` heading still may.
                self.masthead_read = !title.is_empty();
                let masthead = masthead::parse(&title);
                self.issue.series = masthead.series;
                self.issue.number = masthead.number;
                self.issue.title = masthead.title;
            }
            HeadingLevel::H1 | HeadingLevel::H2 => {
                if heading.level == HeadingLevel::H1 {
                    self.note(
                        heading.start,
                        "a second `#` heading starts a section, like `##`",
                    );
                }
                self.last_section += 1;
                let id = SectionId(self.last_section);
                self.issue.sections.push(Section::new(id, title));
            }
            _ => {
                self.note(
                    heading.start,
                    "entries have no headings: this heading is kept as an entry of its own",
                );
                self.add_entry(title, Vec::new(), heading.start);
            }
        }
    }

    fn end_block(&mut self, end: usize) {
        let Some(block) = self.block.take() else {
            return;
        };
        let start = block.start();
        if self.issue.sections.is_empty() {
            // Before the first section: summary text, links and all.
            self.summary.push(tidy::tidy(&self.text[start..end]));
            return;
        }
        let block = block.finish();
        let readings: Vec<LinkText> = block
            .links
            .iter()
            .map(|link| link_text::read(&link.text, &link.url))
            .collect();
        let attributions: Vec<_> = block
            .links
            .iter()
            .zip(&readings)
            .filter(|(_, reading)| matches!(reading, LinkText::Attribution | LinkText::Name(_)))
            .map(|(link, _)| link.body.clone())
            .collect();
        // Cited links keep their text; a bare URL or an autolink leaves none.
        let mut links: Vec<_> = block.links.iter().map(|link| link.body.clone()).collect();
        links.extend(block.removed.iter().map(|&at| at..at));
        links.sort_by_key(|link| link.start);
        let pointing = pointer::pointing_sentences(&block.body, &links);
        for sentence in &pointing {
            let said = block.body[sentence.clone()].trim().to_owned();
            self.note(
                start,
                format!("“{said}” only pointed at its link, now a citation: it was left out"),
            );
        }
        let (text, attributions) = pointer::remove(&block.body, &pointing, &attributions);
        let whole = tidy::tidy(&text);
        let body = tidy::tidy(&attribution::strip_trailing(&text, &attributions));
        let urls = block.urls;
        let previous_exists = self
            .issue
            .sections
            .last()
            .is_some_and(|s| !s.entries.is_empty());
        if tidy::is_only_a_label(&body) && !urls.is_empty() && previous_exists {
            self.note(
                start,
                "a paragraph of links only: its links are cited by the entry before it",
            );
            self.cite_in_last_entry(&urls);
            self.title_sources(&block.links, readings);
            return;
        }
        // With no entry before to cite them, the attributions are all the text there is.
        let body = if tidy::is_only_a_label(&body) {
            whole
        } else {
            body
        };
        if body.is_empty() && urls.is_empty() {
            return;
        }
        self.add_entry(body, urls, start);
        self.title_sources(&block.links, readings);
    }

    /// Gives each source still without a title its link's headline.
    /// Headlines become the sources' titles; the outlet's name as the editor
    /// wrote it becomes the outlet of a source whose host no outlet of the
    /// registry holds ("Detroit News", not the host's "Detroitnews.com").
    fn title_sources(&mut self, links: &[LinkSpan], readings: Vec<LinkText>) {
        for (link, reading) in links.iter().zip(readings) {
            let id = self.source_for(&link.url);
            let Some(source) = self.issue.source_mut(id) else {
                continue;
            };
            match reading {
                LinkText::Title(title) if source.title.is_empty() => source.title = title,
                LinkText::Name(name)
                    if source.outlet.is_none()
                        && crate::registry::Registry::builtin()
                            .match_url(&source.url)
                            .is_none() =>
                {
                    source.outlet = Some(name);
                }
                _ => {}
            }
        }
    }

    fn add_entry(&mut self, body: String, urls: Vec<String>, start: usize) {
        let Some(section) = self.issue.sections.last_mut() else {
            self.note(start, "text before the first section left out");
            return;
        };
        self.last_entry += 1;
        section
            .entries
            .push(Entry::new(EntryId(self.last_entry), body));
        self.cite_in_last_entry(&urls);
    }

    fn cite_in_last_entry(&mut self, urls: &[String]) {
        let ids: Vec<SourceId> = urls.iter().map(|url| self.source_for(url)).collect();
        let Some(entry) = self
            .issue
            .sections
            .last_mut()
            .and_then(|s| s.entries.last_mut())
        else {
            return;
        };
        for id in ids {
            if !entry.cites(id) {
                entry.citations.push(Citation { source: id });
            }
        }
    }

    /// The library source for `url`, created on first sight; equal URLs share one.
    fn source_for(&mut self, url: &str) -> SourceId {
        let url = url.trim();
        let key = normalize_url(url).unwrap_or_else(|| url.to_owned());
        if let Some(&id) = self.sources_by_url.get(&key) {
            return id;
        }
        self.last_source += 1;
        let id = SourceId(self.last_source);
        let mut source = Source::new(id, url);
        source.kind = guess_kind(url);
        self.issue.sources.push(source);
        self.sources_by_url.insert(key, id);
        id
    }

    fn finish(mut self, origin: &str) -> Result<Imported, ImportError> {
        self.end_heading();
        if self.block.is_some() {
            self.end_block(self.text.len());
        }
        if self.issue.sections.is_empty() {
            return Err(ImportError::NoSection {
                origin: origin.to_owned(),
            });
        }
        self.issue.summary = self.summary.join("\n\n");
        let notes = positions(self.text, self.notes);
        Ok(Imported {
            issue: self.issue,
            notes,
        })
    }
}

/// Notes at their line and column, found in one pass over the text.
fn positions(text: &str, mut notes: Vec<(usize, String)>) -> Vec<ImportNote> {
    notes.sort_by_key(|(offset, _)| *offset);
    let mut at = TextPosition { line: 1, column: 1 };
    let mut done = 0;
    notes
        .into_iter()
        .map(|(offset, message)| {
            let mut offset = offset.min(text.len()).max(done);
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            for c in text[done..offset].chars() {
                if c == '\n' {
                    at = TextPosition {
                        line: at.line + 1,
                        column: 1,
                    };
                } else {
                    at.column += 1;
                }
            }
            done = offset;
            ImportNote { at, message }
        })
        .collect()
}

/// Whether a link of this type cites its target (an e-mail address does not).
pub(crate) fn cites_target(link_type: LinkType) -> bool {
    !matches!(link_type, LinkType::Email)
}

#[cfg(test)]
mod tests;
