//! Attribution links after a finished sentence ("… talks. [EFE](url)"): the
//! citation number carries them, so the entry text ends with the sentence.

use std::ops::Range;

use super::tidy::is_only_a_label;

/// What may stand between and after trailing attributions: "[EFE](…), [RT](…).",
/// "([EFE](…))", "*[EFE](…)*".
fn is_gap(c: char) -> bool {
    c.is_whitespace() || ",;/|·()[].–—-*_".contains(c)
}

/// What may close a sentence after its final mark: quotes, brackets, emphasis.
const CLOSERS: &[char] = &['”', '"', '»', '’', '\'', ')', ']', '*', '_'];

/// `body` without the attributions at its end that follow a finished sentence
/// (or a label such as "Sources:"), and without what separated them.
/// `attributions` are the body ranges of links read as attributions (an
/// outlet's name, a short label), in body order. A link that is part of the sentence ("according to [EFE](…).")
/// stays.
pub(super) fn strip_trailing(body: &str, attributions: &[Range<usize>]) -> String {
    // The links that end the body with nothing but gaps between and after them.
    let mut end = body.len();
    let mut first = attributions.len();
    for (index, link) in attributions.iter().enumerate().rev() {
        let only_gaps = body
            .get(link.end..end)
            .is_some_and(|gap| gap.chars().all(is_gap));
        if !only_gaps {
            break;
        }
        first = index;
        end = link.start;
    }
    // The earliest of them that follows a finished sentence, and all after it, go.
    for link in &attributions[first..] {
        let Some(before) = body.get(..link.start) else {
            continue;
        };
        let before = before.trim_end_matches(|c: char| c.is_whitespace() || "([–—-|·".contains(c));
        if ends_a_sentence(before) || is_only_a_label(before) {
            return before.to_owned();
        }
    }
    body.to_owned()
}

fn ends_a_sentence(text: &str) -> bool {
    text.trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body with each `[name]` as a link's text, and the links' ranges.
    fn strip(marked: &str) -> String {
        let mut body = String::new();
        let mut links = Vec::new();
        let mut rest = marked;
        while let Some(open) = rest.find('[') {
            body.push_str(&rest[..open]);
            let Some(close) = rest[open..].find(']') else {
                break;
            };
            let start = body.len();
            body.push_str(&rest[open + 1..open + close]);
            links.push(start..body.len());
            rest = &rest[open + close + 1..];
        }
        body.push_str(rest);
        strip_trailing(&body, &links)
    }

    #[test]
    fn an_attribution_after_the_full_stop_leaves() {
        assert_eq!(
            strip("Lima hosted the talks. [El Comercio]"),
            "Lima hosted the talks."
        );
        assert_eq!(
            strip("Lima hosted the talks. [El Comercio]."),
            "Lima hosted the talks."
        );
        assert_eq!(
            strip("Lima hosted the talks. ([EFE])"),
            "Lima hosted the talks."
        );
        assert_eq!(
            strip("Lima hosted the talks. — [EFE]"),
            "Lima hosted the talks."
        );
        assert_eq!(
            strip("Lima hosted the talks! [EFE]"),
            "Lima hosted the talks!"
        );
        assert_eq!(strip("He said “enough.” [EFE]"), "He said “enough.”");
        assert_eq!(
            strip("*Lima hosted the talks.* [EFE]"),
            "*Lima hosted the talks.*"
        );
    }

    #[test]
    fn several_attributions_leave_together() {
        assert_eq!(
            strip("Lima hosted the talks. [EFE], [Reuters]."),
            "Lima hosted the talks."
        );
        assert_eq!(
            strip("Lima hosted the talks. [EFE] [Reuters] [RT]"),
            "Lima hosted the talks."
        );
        assert_eq!(
            strip("Lima hosted the talks, said [EFE]. [Reuters]"),
            "Lima hosted the talks, said EFE."
        );
    }

    #[test]
    fn an_attribution_in_the_sentence_stays() {
        for body in [
            "Lima hosted the talks, according to [El Comercio].",
            "Lima hosted the talks, según [El Comercio]",
            "Lima hosted the talks ([EFE]).",
            "[EFE] reported that Lima hosted the talks.",
            "Two agencies reported it: [EFE] and [Reuters].",
        ] {
            assert_eq!(strip(body), body.replace(['[', ']'], ""), "{body}");
        }
    }

    #[test]
    fn a_paragraph_of_attributions_leaves_its_label_or_nothing() {
        assert_eq!(strip("[EFE]"), "");
        assert_eq!(strip("[EFE], [Reuters]."), "");
        assert_eq!(strip("Fuentes: [EFE], [Reuters]"), "Fuentes:");
    }

    #[test]
    fn text_without_attributions_is_unchanged() {
        assert_eq!(strip("Lima hosted the talks."), "Lima hosted the talks.");
        assert_eq!(strip(""), "");
    }
}
