//! The fonts the PDF is set in: Typst's own, embedded in the program
//! (Libertinus Serif, New Computer Modern, DejaVu Sans Mono), then the
//! system's, for the scripts those lack (Chinese, Japanese, Korean, Arabic…).
//! Found once per run of the program: a second export costs no search.

use std::sync::OnceLock;

use typst::text::FontBook;
use typst_kit::fonts::{FontStore, embedded, system};

pub(super) fn fonts() -> &'static FontStore {
    static FONTS: OnceLock<FontStore> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut store = FontStore::new();
        store.extend(embedded());
        store.extend(system());
        store
    })
}

/// Whether any font can set `c`.
pub(super) fn can_set(book: &FontBook, c: char) -> bool {
    (0..)
        .map_while(|index| book.info(index))
        .any(|info| info.coverage.contains(u32::from(c)))
}
