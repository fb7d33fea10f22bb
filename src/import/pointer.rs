//! Sentences that only point at their link ("See the bill text.", "Más
//! detalles aquí."): once the link is a citation, the sentence points at
//! nothing, so it leaves with the link. A sentence that says more stays whole.

use std::ops::Range;

/// Words of a sentence that only points at a link, in the languages of the
/// drafts: English, Spanish, Portuguese.
const POINTER_WORDS: &[&str] = &[
    "see", "read", "more", "details", "here", "full", "text", "also", "via", "source", "ver",
    "véase", "vea", "lea", "leer", "más", "detalles", "aquí", "texto", "completo", "fuente",
    "veja", "leia", "mais", "detalhes", "aqui", "íntegra", "fonte", "en", "em", "el", "la", "o",
    "a",
];

/// The sentences of `body` that hold a link of `links` and, besides it, only
/// pointer words and punctuation; each with the space before it.
pub(super) fn pointing_sentences(body: &str, links: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for link in links {
        let sentence = sentence_around(body, link);
        if found.last().is_some_and(|last| last.end > sentence.start) {
            continue;
        }
        let outside = format!(
            "{} {}",
            body.get(sentence.start..link.start).unwrap_or_default(),
            body.get(link.end..sentence.end).unwrap_or_default()
        );
        let words: Vec<String> = outside
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect();
        let pointer = !words.is_empty()
            && words
                .iter()
                .all(|word| POINTER_WORDS.contains(&word.as_str()))
            && words.iter().any(|word| is_verb_or_label(word));
        if pointer {
            found.push(sentence);
        }
    }
    found
}

/// What makes a sentence a pointer rather than a phrase of articles.
fn is_verb_or_label(word: &str) -> bool {
    !matches!(word, "en" | "em" | "el" | "la" | "o" | "a" | "the")
}

/// `body` without `sentences`; the links' ranges moved to match, a link in a
/// removed sentence gone.
pub(super) fn remove(
    body: &str,
    sentences: &[Range<usize>],
    links: &[Range<usize>],
) -> (String, Vec<Range<usize>>) {
    let mut kept = String::with_capacity(body.len());
    let mut at = 0;
    for sentence in sentences {
        kept.push_str(&body[at..sentence.start]);
        at = sentence.end;
    }
    kept.push_str(&body[at..]);
    let shifted = links
        .iter()
        .filter(|link| {
            !sentences
                .iter()
                .any(|s| s.start <= link.start && link.end <= s.end)
        })
        .map(|link| {
            let before: usize = sentences
                .iter()
                .filter(|s| s.end <= link.start)
                .map(|s| s.len())
                .sum();
            link.start - before..link.end - before
        })
        .collect();
    (kept, shifted)
}

/// The sentence holding `link`: from after the end of the sentence before
/// (the space before included) to its own closing mark.
fn sentence_around(body: &str, link: &Range<usize>) -> Range<usize> {
    let before = &body[..link.start];
    let start = before
        .char_indices()
        .filter(|&(index, c)| {
            matches!(c, '.' | '!' | '?' | '…')
                && before[index + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .map(|(index, c)| index + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    let after = &body[link.end..];
    let end = after
        .char_indices()
        .find(|&(index, c)| {
            matches!(c, '.' | '!' | '?' | '…')
                && after[index + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        })
        .map_or(body.len(), |(index, c)| link.end + index + c.len_utf8());
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `marked` with `[...]` as the link; the body left.
    fn without_pointers(marked: &str) -> String {
        let open = marked.find('[').expect("a link");
        let close = marked.find(']').expect("closed");
        let body = format!(
            "{}{}{}",
            &marked[..open],
            &marked[open + 1..close],
            &marked[close + 1..]
        );
        let link = open..close - 1;
        let sentences = pointing_sentences(&body, std::slice::from_ref(&link));
        remove(&body, &sentences, &[link]).0
    }

    #[test]
    fn a_sentence_that_only_points_leaves_with_its_link() {
        assert_eq!(
            without_pointers("Congress passed the bill. See [the bill text]."),
            "Congress passed the bill."
        );
        assert_eq!(
            without_pointers("El Congreso aprobó la ley. Más detalles [aquí]."),
            "El Congreso aprobó la ley."
        );
        assert_eq!(
            without_pointers("O Congresso aprovou. Leia [a íntegra]. Depois votou."),
            "O Congresso aprovou. Depois votou."
        );
    }

    #[test]
    fn a_sentence_that_says_more_stays_whole() {
        for marked in [
            "Congress passed [the bill] on Monday.",
            "See how [Reuters] reported it.",
            "Lima hosted the talks, according to [El Comercio].",
        ] {
            let whole = marked.replace(['[', ']'], "");
            assert_eq!(without_pointers(marked), whole, "{marked}");
        }
    }
}
