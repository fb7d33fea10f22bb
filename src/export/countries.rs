//! Country names in the language of the issue. The registry names countries
//! in English; a Spanish or Portuguese issue tells readers "El Comercio
//! (Perú)" and "medios estatales de Rusia", from `assets/country-names.csv`
//! (English, Spanish, Portuguese), read once per run.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::labels::Labels;

const NAMES: &str = include_str!("../../assets/country-names.csv");

/// English name → [Spanish, Portuguese].
fn table() -> &'static HashMap<&'static str, [&'static str; 2]> {
    static TABLE: OnceLock<HashMap<&'static str, [&'static str; 2]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        NAMES
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut fields = line.split(',').map(str::trim);
                let english = fields.next()?;
                let spanish = fields.next()?;
                let portuguese = fields.next()?;
                Some((english, [spanish, portuguese]))
            })
            .collect()
    })
}

/// `english` as the issue's language names the country; a name the table
/// does not know is kept as it is.
pub(super) fn country_name<'a>(english: &'a str, labels: &Labels) -> &'a str {
    let column = match labels.language {
        "es" => 0,
        "pt" => 1,
        _ => return english,
    };
    table()
        .get(english.trim())
        .map_or(english, |names| names[column])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::labels::for_language;

    #[test]
    fn countries_are_named_in_the_issues_language() {
        assert_eq!(country_name("Peru", for_language("es")), "Perú");
        assert_eq!(country_name("Peru", for_language("pt-BR")), "Peru");
        assert_eq!(country_name("Russia", for_language("pt")), "Rússia");
        assert_eq!(country_name("Russia", for_language("en")), "Russia");
        assert_eq!(country_name("Atlantis", for_language("es")), "Atlantis");
    }

    #[test]
    fn every_row_has_three_names_and_every_registry_country_is_there() {
        for line in NAMES.lines() {
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), 3, "{line}");
            assert!(fields.iter().all(|f| !f.trim().is_empty()), "{line}");
        }
        let registry = crate::registry::Registry::builtin();
        for outlet in registry.outlets() {
            let country = outlet.country.trim();
            if !country.is_empty() {
                assert!(
                    table().contains_key(country),
                    "{country} has no Spanish or Portuguese name"
                );
            }
        }
    }
}
