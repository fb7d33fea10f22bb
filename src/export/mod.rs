//! Exports for readers (README, "`export`"): one self-contained HTML page and one
//! Pandoc Markdown file. Pure functions of the issue: no I/O, same input,
//! same bytes.

mod colophon;
mod countries;
mod csl;
mod dates;
mod email;
mod findings;
mod gate;
mod html;
pub mod installed_fonts;
mod labels;
mod links;
mod markdown;
mod marks;
mod masthead;
mod methodology;
mod numbering;
mod pdf;
mod plain;
mod review;
mod scripts;

pub use csl::csl_json;
pub use email::email_html;
pub use gate::Gate;
pub use html::{HtmlSections, html, html_sections, html_with_report, html_with_sections};
pub use links::safe_link;
pub use markdown::{escape_markdown, markdown};
pub use methodology::{PLACEHOLDERS, methodology_note, special_edition_notice};
pub use pdf::{PdfError, pdf};
pub use plain::plain_text;
pub use review::{review_report, review_report_with};
pub use scripts::{PandocFonts, Script, ScriptsUsed};

/// Control characters (other than tab and newline) and Unicode noncharacters,
/// which a paste can carry in from a PDF or a word processor. They show as
/// nothing, HTML calls them a parse error and TeX refuses them, so no export
/// writes them.
/// The archived copy of `source` to link beside the original, when the
/// options ask for it and its address is a safe link.
/// The sections readers get: a section without entries is left out of every
/// reader's format (a bare heading over nothing), and `check` warns of it
/// (`empty-section`). The reviewer's report keeps every section.
pub(crate) fn published_sections(
    issue: &crate::model::Issue,
) -> impl Iterator<Item = &crate::model::Section> {
    issue
        .sections
        .iter()
        .filter(|section| !section.entries.is_empty())
}

pub(crate) fn archived_link<'s>(
    source: &'s crate::model::Source,
    options: &ExportOptions,
) -> Option<(String, &'s crate::model::ArchivedCopy)> {
    let copy = source
        .archived
        .as_ref()
        .filter(|_| options.archived_links)?;
    safe_link(&copy.url).map(|href| (href, copy))
}

pub(crate) fn is_unprintable(c: char) -> bool {
    let code = u32::from(c);
    let noncharacter = (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE;
    (c.is_control() && !matches!(c, '\n' | '\t')) || noncharacter
}

/// Whether `text` has bytes that can begin an unprintable character: a C0
/// control other than newline and tab, DEL, a C1 control (0xC2 0x80–0x9F),
/// the noncharacters' blocks (0xEF 0xB7 and 0xEF 0xBF) or a lead byte of
/// the supplementary planes (0xF0 and up). Accented letters, «», ¿ and typographic punctuation have
/// none, so a whole page is cleared at the speed of a byte scan.
fn may_hold_unprintable(text: &str) -> bool {
    // Blocks are first tested without branches (which the compiler turns into
    // vector instructions); only a block with a suspect byte is read closely.
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    bytes.chunks(BLOCK).enumerate().any(|(block, chunk)| {
        let suspect = chunk.iter().fold(false, |any, &byte| {
            any | ((byte < 0x20) & (byte != b'\n') & (byte != b'\t'))
                | (byte == 0x7F)
                | (byte == 0xC2)
                | (byte >= 0xEF)
        });
        suspect && (0..chunk.len()).any(|at| begins_unprintable(bytes, block * BLOCK + at))
    })
}

/// Whether the byte at `at` may begin an unprintable character.
fn begins_unprintable(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        b'\n' | b'\t' => false,
        0..=0x1F | 0x7F | 0xF0.. => true,
        0xC2 => bytes.get(at + 1).is_some_and(|next| *next < 0xA0),
        // U+FDC0–U+FDFF and U+FFC0–U+FFFF; not the variation selectors (0xB8).
        0xEF => matches!(bytes.get(at + 1), Some(0xB7 | 0xBF)),
        _ => false,
    }
}

/// `text` without [`is_unprintable`] characters.
pub(crate) fn printable(mut text: String) -> String {
    if may_hold_unprintable(&text) && text.contains(is_unprintable) {
        text.retain(|c| !is_unprintable(c));
    }
    text
}

/// Where the list of sources goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SourceList {
    /// After each section, the sources its entries cite.
    #[default]
    PerSection,
    /// One list after the last section.
    AtEnd,
}

/// What an export contains beyond the issue itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    pub source_list: SourceList,
    /// A compliance summary for a reviewer's copy; never in a reader's copy.
    pub compliance_summary: bool,
    /// Sections start on a new page when printed (HTML) or typeset (`\newpage` in Markdown).
    pub page_breaks: bool,
    /// The PDF's main font, in the workbench's PDF and in Pandoc's
    /// (`mainfont`); `None` keeps each one's default. The HTML keeps its own.
    pub mainfont: Option<String>,
    /// The installed fonts the Markdown names for the scripts beyond Latin
    /// the issue uses (`installed_fonts::for_pandoc` finds them); none by
    /// default, which suits an issue in Latin script.
    pub pandoc_fonts: PandocFonts,
    /// Pandoc's `fontsize`, e.g. `11pt`.
    pub fontsize: String,
    /// Pandoc's `geometry`, e.g. `margin=2.5cm`.
    pub geometry: String,
    /// A preview, not for publication: says so at the top (on every page of a PDF).
    pub draft: bool,
    /// The printed page: the PDF's paper and the HTML's print size.
    pub paper: Paper,
    /// An "In this issue" list of the sections after the masthead.
    pub contents: bool,
    /// Each source's archived copy (when it has one) linked beside the
    /// original: on unless the publisher leaves it out, so a citation outlives
    /// the page it cites.
    pub archived_links: bool,
}

/// The paper a PDF is set on and an HTML page prints on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            source_list: SourceList::PerSection,
            compliance_summary: false,
            page_breaks: false,
            mainfont: None,
            pandoc_fonts: PandocFonts::default(),
            fontsize: "11pt".to_owned(),
            geometry: "margin=2.5cm".to_owned(),
            draft: false,
            paper: Paper::A4,
            contents: false,
            archived_links: true,
        }
    }
}

#[cfg(test)]
mod tests;
