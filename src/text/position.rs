use std::fmt;

/// A 1-based line and column (in characters) in a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPosition {
    pub line: usize,
    pub column: usize,
}

impl TextPosition {
    /// The position just after the end of `text`.
    pub fn of_end(text: &str) -> Self {
        let line = text.matches('\n').count() + 1;
        let last_line = text.rsplit('\n').next().unwrap_or("");
        Self {
            line,
            column: last_line.chars().count() + 1,
        }
    }

    /// The position of byte `offset` in `text` (clamped to the text).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        Self::of_end(&text[..offset])
    }
}

impl fmt::Display for TextPosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Decodes a file's bytes as UTF-8, or says where the first invalid byte is.
/// A byte-order mark (some Windows editors write one) is dropped: it is not text.
pub fn decode_utf8(mut bytes: Vec<u8>) -> Result<String, TextPosition> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // Everything before the bad byte is valid UTF-8, so its position is exact.
        TextPosition::of_end(&String::from_utf8_lossy(valid))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        assert_eq!(
            TextPosition::of_end("añez\nbé"),
            TextPosition { line: 2, column: 3 }
        );
        assert_eq!(
            TextPosition::of_offset("añez", 2),
            TextPosition { line: 1, column: 2 }
        );
    }

    #[test]
    fn invalid_utf8_is_located() {
        let at = decode_utf8(b"ok\nab\xffcd".to_vec()).expect_err("invalid");
        assert_eq!(at, TextPosition { line: 2, column: 3 });
    }
}
