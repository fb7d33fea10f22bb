//! Text compared the way editors mean it: "Número" is "numero", "El País" is "el pais".

use unicode_normalization::UnicodeNormalization;

/// Lower case without accents. Ordinal marks ("º") are not accents and survive.
pub(super) fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_case_and_accents_only() {
        assert_eq!(fold("Número"), "numero");
        assert_eq!(fold("El País, São Paulo"), "el pais, sao paulo");
        assert_eq!(fold("Nº"), "nº");
    }
}
