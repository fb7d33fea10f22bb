//! Numbers as the interface's language writes them.

use super::Language;

/// 0.226 → "22.6%" in English, "22,6 %" (a no-break space) in Spanish and
/// Portuguese; whole numbers without decimals: 0.2 → "20%", "20 %".
pub fn percent(language: Language, ratio: f64) -> String {
    let figure = decimal(language, ratio * 100.0);
    if language.decimal_comma() {
        format!("{figure}\u{A0}%")
    } else {
        format!("{figure}%")
    }
}

/// A figure with at most one decimal, the decimal sign the language's:
/// 24.25 → "24.3", "24,3"; 20.0 → "20".
pub fn decimal(language: Language, value: f64) -> String {
    let text = if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round())
    } else {
        format!("{value:.1}")
    };
    if language.decimal_comma() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// A share in the interface's current language.
pub fn local_percent(ratio: f64) -> String {
    percent(super::current(), ratio)
}
