//! Counted nouns in English messages: "1 word", "3 words".

/// `count` followed by `noun`, with an "s" unless the count is one. Only for
/// nouns whose plural is regular (error, warning, note, word).
pub fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(counted(0, "word"), "0 words");
        assert_eq!(counted(1, "word"), "1 word");
        assert_eq!(counted(2, "error"), "2 errors");
    }
}
