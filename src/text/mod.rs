//! Text helpers: words of entry text, as the `words` share metric counts them
//! (see the README, "How the share is measured"), positions in text files for error messages, and dates as editors
//! type them.

mod blocks;
mod count;
mod date;
mod inline;
mod nonbreaking;
mod position;
mod typography;
mod words;

pub use blocks::protect_blocks;
pub use count::counted;
pub use date::{DATE_HINT, DateError, TypedDate, format_date, parse_typed_date};
pub use inline::{Run, runs};
pub use nonbreaking::{NBSP, person_name, unbroken};
pub use position::{TextPosition, decode_utf8};
pub use typography::{QuoteStyle, Typographer, typographic, typographic_runs};

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

/// The visible text of an entry body: its inline Markdown without markup and
/// without link targets (an autolink's text is its target, so it is dropped too).
pub fn plain_text(body: &str) -> String {
    let mut text = String::with_capacity(body.len());
    let mut autolink_depth = 0usize;
    for event in Parser::new(&protect_blocks(body)) {
        match event {
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => autolink_depth += 1,
            Event::End(TagEnd::Link) if autolink_depth > 0 => autolink_depth -= 1,
            Event::Text(chunk) | Event::Code(chunk) if autolink_depth == 0 => text.push_str(&chunk),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => text.push(' '),
            _ => {}
        }
    }
    text
}

/// `text` on one line as a message quotes it: at most `max` characters, an
/// ellipsis where it was cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = one_line.chars();
    let mut quoted: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        quoted.truncate(quoted.trim_end().len());
        quoted.push('…');
    }
    quoted
}

/// Unicode words (UAX #29) of an entry body's visible text.
pub fn word_count(body: &str) -> usize {
    words::count_words(&plain_text(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_unicode_words_not_punctuation() {
        assert_eq!(word_count("Jeanine Añez — la expresidenta — habló."), 5);
        assert_eq!(word_count("El 3,5 % del PIB"), 4);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn markup_and_link_targets_are_not_words() {
        assert_eq!(word_count("*Emphasis* and **strong** words"), 4);
        assert_eq!(
            word_count("See [the report](https://www.reuters.com/a/very/long/path) today"),
            4
        );
        assert_eq!(word_count("Bare <https://example.com/one/two> link"), 2);
    }
}
