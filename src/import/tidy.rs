//! Clean-up of entry text once its URLs have left it.

/// Collapses whitespace, removes brackets left empty by a removed URL and the
/// space before punctuation: "said ( https://x ) ." → "said."
pub(super) fn tidy(text: &str) -> String {
    let mut out = collapse_whitespace(&without_empty_brackets(text));
    for mark in [",", ".", ";", ":", "!", "?", ")"] {
        out = out.replace(&format!(" {mark}"), mark);
    }
    out.trim().to_owned()
}

/// `text` without brackets that hold only whitespace, nested ones included
/// ("( < > )"), in one pass: a closer that meets its opener across nothing
/// but whitespace takes both away. A draft can nest thousands.
fn without_empty_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let opener = match c {
            ')' => '(',
            ']' => '[',
            '>' => '<',
            _ => {
                out.push(c);
                continue;
            }
        };
        let content = out.trim_end().len();
        if out[..content].ends_with(opener) {
            out.truncate(content - opener.len_utf8());
        } else {
            out.push(c);
        }
    }
    out
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Sources:", "Fuente:", "" — what remains of a paragraph that only listed links.
pub(super) fn is_only_a_label(body: &str) -> bool {
    let words = body.split_whitespace().count();
    body.is_empty() || (words <= 2 && body.ends_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_what_a_removed_url_leaves_behind() {
        assert_eq!(tidy("Lula spoke ( ) today ."), "Lula spoke today.");
        assert_eq!(tidy("  two\n lines  "), "two lines");
        assert_eq!(tidy("kept (brackets) stay"), "kept (brackets) stay");
        assert_eq!(tidy("said ( [ < > ] ) ."), "said.");
        assert_eq!(tidy("a (<b>) c"), "a (<b>) c");
    }

    /// Regression: each nesting level used to cost a pass over the whole
    /// text, so 50,000 nested brackets took a minute. One pass takes
    /// milliseconds; a quadratic one would take far longer than the test.
    #[test]
    fn deeply_nested_empty_brackets_go_in_one_pass() {
        let depth = 50_000;
        let text = format!("said {}{} today.", "<".repeat(depth), ">".repeat(depth));
        assert_eq!(tidy(&text), "said today.");
    }

    #[test]
    fn labels_of_link_lists() {
        assert!(is_only_a_label("Sources:"));
        assert!(is_only_a_label("Fuentes adicionales:"));
        assert!(is_only_a_label(""));
        assert!(!is_only_a_label("Moscow said so:"));
        assert!(!is_only_a_label("Sources"));
    }
}
