//! The languages the interface speaks.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    #[serde(rename = "pt")]
    Portuguese,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::Spanish, Language::Portuguese];

    /// The BCP 47 primary subtag: `en`, `es`, `pt`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::Portuguese => "pt",
        }
    }

    /// The language's name in itself, as a language menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::Portuguese => "Português",
        }
    }

    /// The language of a locale as systems and users write it: `es`,
    /// `es-AR`, `pt_BR.UTF-8`, `PT`; `None` for one the interface does not
    /// speak (`C`, `POSIX`, `fr_FR`).
    pub fn from_locale(locale: &str) -> Option<Language> {
        let primary = locale
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The system's language when the interface speaks it, else English.
    /// On Linux this reads `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order.
    pub fn from_system() -> Language {
        std::env::var("LC_ALL")
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| std::env::var("LC_MESSAGES").ok().filter(|v| !v.is_empty()))
            .or_else(|| std::env::var("LANG").ok().filter(|v| !v.is_empty()))
            .or_else(sys_locale::get_locale)
            .and_then(|locale| Language::from_locale(&locale))
            .unwrap_or_default()
    }

    /// Whether numbers take a decimal comma and a space before "%".
    pub fn decimal_comma(self) -> bool {
        !matches!(self, Language::English)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.native_name())
    }
}
