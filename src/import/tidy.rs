//! Clean-up of entry text once its URLs have left it.

/// Collapses whitespace, removes brackets left empty by a removed URL and the
/// space before punctuation: "said ( https://x ) ." → "said."
pub(super) fn tidy(text: &str) -> String {
    let mut out = collapse_whitespace(text);
    loop {
        let before = out.len();
        for empty in ["()", "( )", "[]", "[ ]", "<>", "< >"] {
            out = out.replace(empty, "");
        }
        out = collapse_whitespace(&out);
        if out.len() == before {
            break;
        }
    }
    for mark in [",", ".", ";", ":", "!", "?", ")"] {
        out = out.replace(&format!(" {mark}"), mark);
    }
    out.trim().to_owned()
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
