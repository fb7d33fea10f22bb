//! Typographic punctuation for readers: straight quotes, apostrophes and
//! hyphens typed on a keyboard become the quotes and dashes of the issue's
//! language, the same in every export. (TeX reads a straight `"` as a closing
//! quote, which is how ”Bolivarian Shield” reached a PDF.)

use serde::{Deserialize, Serialize};

/// Which quotation marks a publication uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteStyle {
    /// “double” and ‘single’: English, and Brazilian Portuguese usage.
    Curly,
    /// «angle» outside and “curly” inside: Spanish (the RAE's
    /// recommendation) and European Portuguese.
    Angle,
}

impl QuoteStyle {
    pub const ALL: [QuoteStyle; 2] = [Self::Curly, Self::Angle];

    /// The usual style of a language (BCP 47 tag).
    pub fn for_language(tag: &str) -> Self {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "es" | "fr" | "it" | "ca" | "ru" => Self::Angle,
            "pt" if tag.ends_with("pt") || tag.ends_with("ao") || tag.ends_with("mz") => {
                Self::Angle
            }
            _ => Self::Curly,
        }
    }

    /// Opening and closing marks for a `"` (outer) and a `'` (inner) quotation.
    fn marks(self) -> [(char, char); 2] {
        match self {
            Self::Curly => [('“', '”'), ('‘', '’')],
            Self::Angle => [('«', '»'), ('“', '”')],
        }
    }

    pub fn example(self) -> &'static str {
        match self {
            Self::Curly => "“double” and ‘single’",
            Self::Angle => "«angle» and “curly”",
        }
    }
}

/// Converts text piece by piece (the styled runs of a paragraph), keeping
/// what came before so that a quote is opened or closed by its neighbours
/// even across runs.
pub struct Typographer {
    style: QuoteStyle,
    /// The last character seen (converted or not).
    previous: Option<char>,
}

impl Typographer {
    pub fn new(style: QuoteStyle) -> Self {
        Self {
            style,
            previous: None,
        }
    }

    /// `text` with typographic quotes, apostrophes and dashes.
    pub fn convert(&mut self, text: &str) -> String {
        let [(open, close), (inner_open, inner_close)] = self.style.marks();
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() + 8);
        let mut index = 0;
        while let Some(&c) = chars.get(index) {
            let next = chars.get(index + 1).copied();
            let converted = match c {
                '"' if opens(self.previous, false) => open,
                '"' => close,
                // An apostrophe between letters (or before a year: ’90s).
                '\'' if self.previous.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric) =>
                {
                    '’'
                }
                '\'' if opens(self.previous, true) && next.is_some_and(|n| n.is_ascii_digit()) => {
                    '’'
                }
                '\'' if opens(self.previous, true) => inner_open,
                '\'' if self.style == QuoteStyle::Curly => '’',
                '\'' => inner_close,
                '-' if next == Some('-') => {
                    // "---" an em dash, "--" an en dash.
                    let triple = chars.get(index + 2) == Some(&'-');
                    index += if triple { 2 } else { 1 };
                    if triple { '—' } else { '–' }
                }
                // A hyphen standing alone between spaces is a dash.
                '-' if self.previous.is_some_and(char::is_whitespace)
                    && next.is_some_and(char::is_whitespace) =>
                {
                    '–'
                }
                other => other,
            };
            // A spaced dash never starts a line: the space before it holds.
            if matches!(converted, '–' | '—')
                && chars.get(index + 1).is_some_and(|n| n.is_whitespace())
                && out.ends_with(' ')
            {
                out.pop();
                out.push(super::NBSP);
            }
            out.push(converted);
            self.previous = Some(converted);
            index += 1;
        }
        out
    }

    /// Notes text that is not converted (code, a URL) as what came before.
    pub fn pass(&mut self, text: &str) {
        if let Some(last) = text.chars().last() {
            self.previous = Some(last);
        }
    }
}

/// A paragraph's styled runs, converted as one text: code and a bare URL
/// (an autolink's text) stay as typed.
pub fn typographic_runs(runs: Vec<super::Run>, style: QuoteStyle) -> Vec<super::Run> {
    let mut typographer = Typographer::new(style);
    runs.into_iter()
        .map(|mut run| {
            if run.code || run.link.as_deref() == Some(run.text.as_str()) {
                typographer.pass(&run.text);
            } else {
                run.text = typographer.convert(&run.text);
            }
            run
        })
        .collect()
}

/// `text` on its own (a title, a summary paragraph), converted.
pub fn typographic(text: &str, style: QuoteStyle) -> String {
    Typographer::new(style).convert(text)
}

/// A quote after nothing, a space, an opening bracket or a dash opens;
/// an inner quote also opens right after an outer opening one (`"'`);
/// anywhere else it closes (so `""` is an empty quotation, not two openings).
fn opens(previous: Option<char>, inner: bool) -> bool {
    previous.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/')
            || (inner && matches!(p, '“' | '«'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_quotes_apostrophes_and_dashes() {
        let style = QuoteStyle::Curly;
        assert_eq!(
            typographic(
                "He called it \"Bolivarian Shield\" - it's 'new' -- 1990--2000",
                style
            ),
            "He called it “Bolivarian Shield”\u{A0}– it’s ‘new’\u{A0}– 1990–2000",
            "a spaced dash holds to the word before it"
        );
        assert_eq!(
            typographic("the '90s---and after", style),
            "the ’90s—and after"
        );
        assert_eq!(typographic("(\"quoted\")", style), "(“quoted”)");
        assert_eq!(typographic("Chávez's men", style), "Chávez’s men");
    }

    #[test]
    fn spanish_and_portuguese_use_their_marks() {
        let spanish = QuoteStyle::for_language("es");
        assert_eq!(
            typographic("el llamado \"Escudo Bolivariano\"", spanish),
            "el llamado «Escudo Bolivariano»"
        );
        assert_eq!(
            typographic("\"dijo 'basta' ayer\"", spanish),
            "«dijo “basta” ayer»"
        );
        assert_eq!(QuoteStyle::for_language("pt-BR"), QuoteStyle::Curly);
        assert_eq!(QuoteStyle::for_language("pt-PT"), QuoteStyle::Angle);
        assert_eq!(QuoteStyle::for_language("en-GB"), QuoteStyle::Curly);
    }

    #[test]
    fn a_quote_across_styled_runs_opens_and_closes() {
        // `"*historic*"`: the quotes and the word are three runs.
        let mut typographer = Typographer::new(QuoteStyle::Curly);
        let text: String = ["called it \"", "historic", "\"."]
            .iter()
            .map(|run| typographer.convert(run))
            .collect();
        assert_eq!(text, "called it “historic”.");
    }

    #[test]
    fn nothing_is_ever_two_closing_quotes_and_plain_text_stays() {
        for text in ["\"a\" \"b\"", "x \" y", "\"'x'\""] {
            let out = typographic(text, QuoteStyle::Curly);
            assert!(!out.contains("””") && !out.contains('"'), "{text} → {out}");
        }
        assert_eq!(typographic("\"\"", QuoteStyle::Curly), "“”");
        assert_eq!(typographic("\"'x'\"", QuoteStyle::Curly), "“‘x’”");
        assert_eq!(typographic("a-b, 3-4", QuoteStyle::Curly), "a-b, 3-4");
        assert_eq!(typographic("", QuoteStyle::Curly), "");
    }
}
