//! The one-click PDF (feature `pdf`): the issue typeset in-process by Typst,
//! from a fixed publication layout (`issue.typ`) that reads the issue as
//! data. No LaTeX, no Pandoc, no file read or written but the PDF itself.

#[cfg(feature = "pdf")]
mod data;
#[cfg(feature = "pdf")]
mod fonts;
#[cfg(feature = "pdf")]
mod source_links;
#[cfg(feature = "pdf")]
mod world;

use std::fmt;

use super::ExportOptions;
use crate::model::Issue;
use crate::registry::Registry;

/// Why no PDF was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// No font on this machine has a character the issue uses: the PDF would
    /// show a blank box, so none is made.
    MissingGlyph {
        character: char,
        /// Where a reader would find it: "section “Russia”, entry 3".
        place: String,
    },
    /// Typst could not lay the issue out (a defect of the template, never of
    /// the issue's text, which reaches Typst only as data).
    Typeset(String),
    /// The main font asked for (`--mainfont`) is not installed.
    NoSuchFont(String),
    /// The program was built without its typesetter (cargo feature `pdf`).
    NotBuilt,
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingGlyph { character, place } => {
                let code = u32::from(*character);
                // A private-use character means something only to the font
                // that defined it: it is named by its code point alone.
                let private = matches!(code, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
                if private {
                    write!(
                        f,
                        "no font on this computer can set the private-use character U+{code:04X}"
                    )?;
                } else {
                    write!(
                        f,
                        "no font on this computer can set “{character}” (U+{code:04X})"
                    )?;
                }
                write!(
                    f,
                    " in {place}; install a font that covers it (for Chinese, Japanese or \
                     Korean, e.g. Noto Sans CJK; for Arabic, Noto Naskh Arabic) and export \
                     again, or change the text"
                )
            }
            Self::Typeset(message) => write!(f, "the PDF could not be typeset: {message}"),
            Self::NoSuchFont(family) => write!(
                f,
                "the font “{family}” is not installed on this computer; install it, or \
                 leave out --mainfont to use the built-in Libertinus Serif"
            ),
            Self::NotBuilt => write!(
                f,
                "this build of Monitor Workbench has no PDF typesetter (it was built without \
                 the cargo feature `pdf`); export the Markdown and run Pandoc, or use a build \
                 with the feature"
            ),
        }
    }
}

impl std::error::Error for PdfError {}

/// Without the typesetter, every PDF is refused with the reason.
#[cfg(not(feature = "pdf"))]
pub fn pdf(
    _issue: &Issue,
    _registry: &Registry,
    _options: &ExportOptions,
) -> Result<Vec<u8>, PdfError> {
    Err(PdfError::NotBuilt)
}

/// The issue as a PDF: masthead, sections, sources, legend, disclaimer and
/// methodology note, numbered as in the HTML and the Markdown.
#[cfg(feature = "pdf")]
pub fn pdf(
    issue: &Issue,
    registry: &Registry,
    options: &ExportOptions,
) -> Result<Vec<u8>, PdfError> {
    use typst::diag::Severity;
    use typst::foundations::Smart;
    use typst_layout::PagedDocument;
    use typst_pdf::PdfOptions;

    let (document, placed) = data::document(issue, registry, options);
    let texts: Vec<String> = placed
        .iter()
        .map(|piece| super::printable(piece.text.clone()))
        .collect();
    let mainfont = options.mainfont.as_deref().filter(|f| !f.trim().is_empty());
    let fonts = fonts::for_text(texts.iter().map(String::as_str), mainfont);
    if let Some(family) = mainfont.filter(|family| !fonts::has_family(fonts.book(), family)) {
        return Err(PdfError::NoSuchFont(family.trim().to_owned()));
    }
    for (piece, text) in placed.iter().zip(&texts) {
        let missing = text
            .chars()
            .find(|c| !c.is_whitespace() && !fonts::can_set(fonts.book(), *c));
        if let Some(character) = missing {
            return Err(PdfError::MissingGlyph {
                character,
                place: piece.place.clone(),
            });
        }
    }
    let json = serde_json::to_vec(&document)
        .map_err(|error| PdfError::Typeset(format!("the issue's data: {error}")))?;
    let world = world::IssueWorld::new(fonts, json)
        .ok_or_else(|| PdfError::Typeset("the template's paths".to_owned()))?;
    let compiled = typst::compile::<PagedDocument>(&world);
    // Typst memoizes layouts between compilations: the window keeps what
    // the last few exports used (a re-export after an edit is faster) and
    // frees the rest, so a long session's memory does not grow.
    typst::comemo::evict(3);
    let laid_out = compiled.output.map_err(|errors| {
        PdfError::Typeset(
            errors
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    // Each citation number is pointed at its source now that the pages
    // are laid out (the template linked it to a stand-in address).
    let prefix = source_links::stand_in_prefix(super::labels::for_language(&issue.language));
    let laid_out = source_links::point_at_sources(laid_out, &prefix);
    let pdf_options = PdfOptions {
        creator: Smart::Custom(Some(format!(
            "Monitor Workbench {} (Typst)",
            env!("CARGO_PKG_VERSION")
        ))),
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&laid_out, &pdf_options).map_err(|errors| {
        PdfError::Typeset(
            errors
                .iter()
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}
