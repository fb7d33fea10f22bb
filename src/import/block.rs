//! One paragraph or list item of a draft, rebuilt as entry text plus the URLs it cites.

use std::ops::Range;

use linkify::{LinkFinder, LinkKind};
use pulldown_cmark::{Event, LinkType, Tag, TagEnd};

use super::cites_target;

enum Link {
    /// `[text](url)`: the text stays; the index of its [`LinkSpan`] when it cites.
    Keep(Option<usize>),
    /// `<url>` or `<address@host>`: the text is the target, so it leaves with it.
    Drop,
    /// `![description](url)`: the description stays, the URL is no source.
    Image,
}

/// A cited `[text](url)` link as it ended up in the body.
pub(super) struct LinkSpan {
    pub url: String,
    /// Its text without Markdown, as a title would read.
    pub text: String,
    /// Where its text is in the body.
    pub body: Range<usize>,
}

/// What a block becomes: entry text, the URLs it cites in order, and its cited links.
pub(super) struct Block {
    pub body: String,
    pub urls: Vec<String>,
    pub links: Vec<LinkSpan>,
    /// Where the body lost a bare URL or an `<autolink>` with its text.
    pub removed: Vec<usize>,
}

pub(super) struct BlockBuilder<'t> {
    source: &'t str,
    start: usize,
    body: String,
    urls: Vec<String>,
    links: Vec<Link>,
    spans: Vec<LinkSpan>,
    removed: Vec<usize>,
    /// Consecutive text events, merged so a bare URL split by the parser is whole.
    pending_text: Option<Range<usize>>,
}

impl<'t> BlockBuilder<'t> {
    pub(super) fn new(source: &'t str, start: usize) -> Self {
        Self {
            source,
            start,
            body: String::new(),
            urls: Vec::new(),
            links: Vec::new(),
            spans: Vec::new(),
            removed: Vec::new(),
            pending_text: None,
        }
    }

    pub(super) fn start(&self) -> usize {
        self.start
    }

    /// A paragraph boundary inside one list item.
    pub(super) fn separate(&mut self) {
        self.flush_text();
        self.body.push(' ');
    }

    fn dropping(&self) -> bool {
        self.links.iter().any(|link| matches!(link, Link::Drop))
    }

    /// The cited link whose text is being read, if any.
    fn open_span(&mut self) -> Option<&mut LinkSpan> {
        let index = self.links.iter().rev().find_map(|link| match link {
            Link::Keep(span) => *span,
            _ => None,
        })?;
        self.spans.get_mut(index)
    }

    pub(super) fn event(&mut self, event: Event<'t>, range: Range<usize>) {
        match &event {
            Event::Text(text) | Event::Code(text) => {
                if let Some(span) = self.open_span() {
                    span.text.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(span) = self.open_span() {
                    span.text.push(' ');
                }
            }
            _ => {}
        }
        if let Event::Text(_) = event {
            if self.dropping() {
                return;
            }
            // Kept as written (escapes included): the body is Markdown too.
            // The parser leaves the backslash of an escape (`\*`) out of every
            // event; take it back so the body keeps its escapes.
            let start = if self.source[..range.start].ends_with('\\') {
                range.start - 1
            } else {
                range.start
            };
            match &mut self.pending_text {
                Some(pending) if pending.end >= start => pending.end = range.end,
                _ => {
                    self.flush_text();
                    self.pending_text = Some(start..range.end);
                }
            }
            return;
        }
        self.flush_text();
        if self.dropping() && !matches!(event, Event::End(TagEnd::Link)) {
            return;
        }
        match event {
            Event::Code(_) | Event::InlineHtml(_) | Event::Html(_) => self.push_raw(range),
            Event::SoftBreak | Event::HardBreak => self.body.push(' '),
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => self.body.push('*'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => self.body.push_str("**"),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                let mut span = None;
                if cites_target(link_type) {
                    self.urls.push(dest_url.to_string());
                    if !autolink {
                        span = Some(self.spans.len());
                        let at = self.body.len();
                        self.spans.push(LinkSpan {
                            url: dest_url.to_string(),
                            text: String::new(),
                            body: at..at,
                        });
                    }
                } else {
                    // An e-mail address is text, not a source.
                    self.body.push_str(&dest_url);
                }
                if autolink {
                    self.removed.push(self.body.len());
                }
                self.links.push(if autolink {
                    Link::Drop
                } else {
                    Link::Keep(span)
                });
            }
            Event::Start(Tag::Image { .. }) => self.links.push(Link::Image),
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some(Link::Keep(Some(index))) = self.links.pop() {
                    let end = self.body.len();
                    if let Some(span) = self.spans.get_mut(index) {
                        span.body.end = end;
                    }
                }
            }
            _ => {}
        }
    }

    fn push_raw(&mut self, range: Range<usize>) {
        if let Some(raw) = self.source.get(range) {
            self.body.push_str(raw);
        }
    }

    /// Moves pending text into the body, taking bare `http(s)://` URLs out of it.
    fn flush_text(&mut self) {
        let Some(range) = self.pending_text.take() else {
            return;
        };
        let Some(raw) = self.source.get(range) else {
            return;
        };
        let mut finder = LinkFinder::new();
        finder.kinds(&[LinkKind::Url]);
        let mut kept = 0;
        for link in finder.links(raw) {
            let url = link.as_str();
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("http://") || lower.starts_with("https://")) {
                continue;
            }
            self.body.push_str(&raw[kept..link.start()]);
            self.removed.push(self.body.len());
            self.urls.push(url.to_owned());
            kept = link.end();
        }
        self.body.push_str(&raw[kept..]);
    }

    pub(super) fn finish(mut self) -> Block {
        self.flush_text();
        Block {
            body: self.body,
            urls: self.urls,
            links: self.spans,
            removed: self.removed,
        }
    }
}
