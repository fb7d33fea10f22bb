//! An entry body is one paragraph of inline Markdown. A line that happens to
//! start like a block (`1.`, `- `, `#`, `>`) is text the editor typed, so it is
//! escaped before parsing instead of turning into a list or heading.

use std::borrow::Cow;

/// `body` with every block marker at a line start backslash-escaped.
pub fn protect_blocks(body: &str) -> Cow<'_, str> {
    if !body
        .lines()
        .any(|line| block_marker(line.trim_start()).is_some())
        && !body.starts_with([' ', '\t'])
    {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len() + 8);
    for (index, line) in body.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        // Leading spaces would make an indented code block.
        let line = line.trim_start();
        match block_marker(line) {
            Some(at) => {
                out.push_str(&line[..at]);
                out.push('\\');
                out.push_str(&line[at..]);
            }
            None => out.push_str(line),
        }
    }
    Cow::Owned(out)
}

/// The byte position of the character that makes `line` start a block.
fn block_marker(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    let second = line[first.len_utf8()..].chars().next();
    match first {
        '#' | '>' | '=' | '|' | '~' | '`' => Some(0),
        // A bullet needs a space after it; `---` and `***` alone on a line are rules.
        '-' | '+' | '*' if second.is_none_or(char::is_whitespace) || is_rule(line, first) => {
            Some(0)
        }
        '0'..='9' => {
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            let after = line[digits..].chars().next();
            (digits <= 9 && matches!(after, Some('.' | ')'))).then_some(digits)
        }
        _ => None,
    }
}

fn is_rule(line: &str, marker: char) -> bool {
    let marks = line.chars().filter(|&c| c == marker).count();
    marks >= 3 && line.chars().all(|c| c == marker || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_starts_are_escaped() {
        assert_eq!(protect_blocks("1. first"), "1\\. first");
        assert_eq!(protect_blocks("2026) year"), "2026\\) year");
        assert_eq!(protect_blocks("- dash"), "\\- dash");
        assert_eq!(protect_blocks("# hash"), "\\# hash");
        assert_eq!(protect_blocks("> quote"), "\\> quote");
        assert_eq!(protect_blocks("text\n---"), "text\n\\---");
        assert_eq!(protect_blocks("    indented"), "indented");
    }

    #[test]
    fn inline_markup_at_a_line_start_stays() {
        assert_eq!(protect_blocks("*emphasis* first"), "*emphasis* first");
        assert_eq!(protect_blocks("**strong** first"), "**strong** first");
        assert_eq!(protect_blocks("1,500 officials"), "1,500 officials");
        assert_eq!(protect_blocks("-5% growth"), "-5% growth");
        assert!(matches!(protect_blocks("plain"), Cow::Borrowed(_)));
    }
}
