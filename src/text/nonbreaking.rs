//! Where a line must not break, as a typesetter keeps it: a no-break space
//! (U+00A0) joins what a reader reads as one (a date, "No. 14", an initial
//! and its surname). Every format carries U+00A0: HTML and Typst set it,
//! Pandoc writes it to LaTeX as `~`.

/// The no-break space.
pub const NBSP: char = '\u{A0}';

/// The words of `text` joined by no-break spaces: "1 January 2022".
pub fn unbroken(text: &str) -> String {
    text.split(' ')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(&NBSP.to_string())
}

/// A person's name with each initial bound to the words beside it, so that
/// "Joseph M. Humire" never leaves "M." at a line's end or "Humire" alone
/// after it: "Joseph M. Humire". Names without initials are as given.
pub fn person_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out = String::with_capacity(name.len());
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            let bound = is_initial(words[index - 1]) || is_initial(word);
            out.push(if bound { NBSP } else { ' ' });
        }
        out.push_str(word);
    }
    out
}

/// "M.", "J.-P.", "M.A.": letters each followed by a full stop.
fn is_initial(word: &str) -> bool {
    let mut letters = 0;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_alphabetic() || chars.next() != Some('.') {
            return false;
        }
        letters += 1;
        if chars.peek() == Some(&'-') {
            chars.next();
        }
    }
    letters > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers_hold_together() {
        assert_eq!(unbroken("1 January 2022"), "1\u{A0}January\u{A0}2022");
        assert_eq!(unbroken("No. 14"), "No.\u{A0}14");
    }

    #[test]
    fn initials_hold_to_the_names_beside_them() {
        assert_eq!(
            person_name("Joseph M. Humire"),
            "Joseph\u{A0}M.\u{A0}Humire"
        );
        assert_eq!(person_name("J.-P. Sartre"), "J.-P.\u{A0}Sartre");
        assert_eq!(person_name("Marta Ruiz"), "Marta Ruiz");
        assert_eq!(
            person_name("Ana María López Obrador"),
            "Ana María López Obrador"
        );
        assert_eq!(
            person_name("Mr. Smith"),
            "Mr. Smith",
            "an abbreviation is no initial"
        );
    }
}
