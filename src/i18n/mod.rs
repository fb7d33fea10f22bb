//! The interface's words in English, Spanish and Portuguese, through Fluent.
//!
//! Every message the window, the command line and the reports show a person
//! is an id in `assets/i18n/{en,es,pt}.ftl` (embedded), looked up with
//! [`t!`](crate::t) in the interface's language. That language is the
//! program's, not the issue's: an issue's own language decides how its
//! exports, spelling and typography read (`Issue::language`), while this one
//! decides the words around them. It follows the system unless the user
//! chooses (`--lang`, Preferences), and can change while the window runs.

mod dates;
mod language;
mod messages;
mod numbers;

pub use dates::{long_date, long_date_in};
pub use language::Language;
pub use messages::{Arg, message, message_in};
pub use numbers::{decimal, local_percent, percent};

use std::sync::atomic::{AtomicU8, Ordering};

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The interface's language now.
pub fn current() -> Language {
    Language::ALL[usize::from(CURRENT.load(Ordering::Relaxed)).min(Language::ALL.len() - 1)]
}

/// Change the interface's language; what is drawn or printed next speaks it.
pub fn set_current(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    CURRENT.store(index as u8, Ordering::Relaxed);
}

/// A message of the interface in its current language: `t!("id")`, or
/// `t!("id", count = 3, name = outlet)` with the message's placeables.
/// `t!(in language, "id", …)` gives it in another language than the
/// interface's (an export's, which speaks its issue's).
#[macro_export]
macro_rules! t {
    (in $language:expr, $id:literal) => {
        $crate::i18n::message_in($language, $id, &[])
    };
    (in $language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message_in(
            $language,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
