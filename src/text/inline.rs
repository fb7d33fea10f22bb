//! Entry text as styled runs: the inline Markdown an entry may hold
//! (`*emphasis*`, `**strong**`, `` `code` ``, links), parsed once for every view.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Run {
    pub text: String,
    pub emphasis: bool,
    pub strong: bool,
    pub code: bool,
    /// The target when the run is link text.
    pub link: Option<String>,
}

/// The runs of an entry body, in order; paragraph and line breaks become spaces.
pub fn runs(body: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut emphasis = 0usize;
    let mut strong = 0usize;
    let mut links: Vec<String> = Vec::new();
    for event in Parser::new(&super::protect_blocks(body)) {
        let style = |text: &str, code: bool| Run {
            text: text.to_owned(),
            emphasis: emphasis > 0,
            strong: strong > 0,
            code,
            link: links.last().cloned(),
        };
        let run = match event {
            Event::Text(text) => style(&text, false),
            Event::Code(text) => style(&text, true),
            // Raw HTML in an entry is text the editor typed, not markup.
            Event::InlineHtml(text) | Event::Html(text) => style(&text, false),
            Event::SoftBreak | Event::HardBreak => style(" ", false),
            // A body should be one paragraph; blocks that slipped in are run together.
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Item
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_),
            ) => {
                if runs.is_empty() {
                    continue;
                }
                style(" ", false)
            }
            Event::Start(Tag::Emphasis) => {
                emphasis += 1;
                continue;
            }
            Event::End(TagEnd::Emphasis) => {
                emphasis = emphasis.saturating_sub(1);
                continue;
            }
            Event::Start(Tag::Strong) => {
                strong += 1;
                continue;
            }
            Event::End(TagEnd::Strong) => {
                strong = strong.saturating_sub(1);
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                let target = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.to_string(),
                };
                links.push(target);
                continue;
            }
            Event::End(TagEnd::Link) => {
                links.pop();
                continue;
            }
            _ => continue,
        };
        // Merge with the previous run when the style is the same.
        match runs.last_mut() {
            Some(last) if same_style(last, &run) => last.text.push_str(&run.text),
            _ => runs.push(run),
        }
    }
    runs
}

fn same_style(a: &Run, b: &Run) -> bool {
    a.emphasis == b.emphasis && a.strong == b.strong && a.code == b.code && a.link == b.link
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Run {
        Run {
            text: text.to_owned(),
            ..Run::default()
        }
    }

    #[test]
    fn styles_become_runs() {
        let runs = runs("A *new* **deal** with `code`, [EFE](https://efe.com/x).");
        assert_eq!(runs[0], plain("A "));
        assert_eq!(runs[1].text, "new");
        assert!(runs[1].emphasis);
        assert!(runs[3].strong);
        assert!(runs[5].code);
        assert_eq!(runs[7].link.as_deref(), Some("https://efe.com/x"));
        assert_eq!(runs[8], plain("."));
    }

    #[test]
    fn escapes_and_html_are_plain_text() {
        let runs = runs("an escaped \\*star\\* and <b>tag</b>");
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "an escaped *star* and <b>tag</b>");
        assert!(runs.iter().all(|r| !r.emphasis && !r.strong));
    }

    #[test]
    fn lines_that_start_like_blocks_stay_text() {
        let text: String = runs("# Not a heading\n\n- item\n1. one")
            .iter()
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(text, "# Not a heading - item 1. one");
    }
}
