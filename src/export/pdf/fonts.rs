//! The fonts the PDF is set in: Typst's own, embedded in the program
//! (Libertinus Serif, New Computer Modern, DejaVu Sans Mono), and, only when
//! the issue needs a script those lack (Chinese, Japanese, Korean, Arabic…),
//! the system's too. Each set is gathered once per run of the program.

use std::sync::OnceLock;

use typst::text::FontBook;
use typst_kit::fonts::{FontStore, embedded, system};

/// The fonts that can set every character of `text`, preferring the embedded
/// ones: searching the system's fonts costs more than typesetting a short
/// issue, so an issue in Latin, Greek or Cyrillic never pays for it.
pub(super) fn for_text<'t>(
    text: impl Iterator<Item = &'t str> + Clone,
    mainfont: Option<&str>,
) -> &'static FontStore {
    let own = own_fonts();
    if mainfont.is_some_and(|family| !has_family(own.book(), family)) {
        return with_system_fonts();
    }
    let covered = text
        .flat_map(str::chars)
        .all(|c| c.is_whitespace() || can_set(own.book(), c));
    if covered { own } else { with_system_fonts() }
}

fn own_fonts() -> &'static FontStore {
    static FONTS: OnceLock<FontStore> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut store = FontStore::new();
        store.extend(embedded());
        store
    })
}

fn with_system_fonts() -> &'static FontStore {
    static FONTS: OnceLock<FontStore> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut store = FontStore::new();
        store.extend(embedded());
        store.extend(system());
        store
    })
}

/// Whether any font of `book` can set `c`.
pub(super) fn can_set(book: &FontBook, c: char) -> bool {
    (0..)
        .map_while(|index| book.info(index))
        .any(|info| info.coverage.contains(u32::from(c)))
}

/// Whether `book` has the family `name` (as Typst matches names: in any case).
pub(super) fn has_family(book: &FontBook, name: &str) -> bool {
    book.contains_family(&name.trim().to_lowercase())
}
