//! What a link's text says about its source: a headline, kept as the source's
//! title; an attribution (the outlet's name, a word or two), which the
//! citation carries; or a phrase of the sentence.

use url::{Host, Url};

use super::fold::fold;

/// What a link's text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum LinkText {
    /// A headline, tidied: the source's title.
    Title(String),
    /// The outlet's name as the editor wrote it ("Detroit News", "La Prensa
    /// Nicaragua"): no title, and no loss when it leaves the end of the
    /// entry; the source's outlet where no registry knows the host.
    Name(String),
    /// A short label ("Fuente", "aquí"): no title, and no loss when it
    /// leaves the end of the entry.
    Attribution,
    /// Words of the sentence ("signed a deal with Caracas last Monday").
    Phrase,
}

/// The words of a headline: fewer are a phrase of the sentence ("reported",
/// "this study") rather than the title of what it links to.
const TITLE_WORDS: usize = 3;

/// An outlet's name with a word or two around it ("Agencia EFE", "según
/// Reuters") is still only the name; longer text is a headline or a phrase.
const NAME_WORDS: usize = 4;

/// Short words and outlet words that may surround an outlet's name without
/// making it more ("RT en español", "según El Comercio", "BBC News Mundo"), folded.
const FILLERS: &[&str] = &[
    "a", "agencia", "agency", "al", "and", "by", "con", "da", "das", "de", "del", "diario", "do",
    "dos", "e", "el", "em", "en", "from", "in", "la", "las", "los", "na", "news", "no", "noticias",
    "of", "on", "per", "radio", "segun", "the", "tv", "via", "y",
];

/// Second-level labels that are not a name: `eldeber.com.bo`, `bbc.co.uk`.
const GENERIC_LABELS: &[&str] = &[
    "ac", "co", "com", "edu", "gob", "gov", "mil", "net", "nom", "or", "org",
];

/// Host labels that name no outlet: `www.`, mobile and AMP editions.
const EDITION_LABELS: &[&str] = &["www", "m", "amp", "mobile"];

/// Reads a link's `text` against its `url`'s host.
pub(super) fn read(text: &str, url: &str) -> LinkText {
    let title = tidy_title(text);
    let words = title
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count();
    if names_the_outlet(&title, &host_names(url)) {
        return LinkText::Name(title);
    }
    // A headline starts with a capital (or a digit, or a script without
    // case); "signed a deal with Caracas" is the sentence going on.
    let capitalised = title
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase());
    if words >= TITLE_WORDS && capitalised {
        LinkText::Title(title)
    } else if words <= NAME_WORDS {
        LinkText::Attribution
    } else {
        LinkText::Phrase
    }
}

/// The source's title from its link's text, when the text is a headline.
#[cfg(test)]
fn link_title(text: &str, url: &str) -> Option<String> {
    match read(text, url) {
        LinkText::Title(title) => Some(title),
        LinkText::Name(_) | LinkText::Attribution | LinkText::Phrase => None,
    }
}

/// One line, without the quotes around a quoted headline or a closing period.
fn tidy_title(text: &str) -> String {
    let mut title = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (open, close) in [
        ('“', '”'),
        ('"', '"'),
        ('«', '»'),
        ('‘', '’'),
        ('\'', '\''),
        ('„', '“'),
    ] {
        if let Some(inner) = title
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
        {
            title = inner.trim().to_owned();
            break;
        }
    }
    // An ellipsis ("...") is part of the headline; a single period is not.
    if !title.ends_with("..") {
        title = title.trim_end_matches([',', ';', ':', '.']).to_owned();
    }
    title
}

/// The names a host spells, without accents or punctuation: `elcomercio` for
/// `elcomercio.pe`, `rt` and `actualidad` and `actualidadrt` for `actualidad.rt.com`.
fn host_names(url: &str) -> Vec<String> {
    let Ok(parsed) = Url::parse(url.trim()) else {
        return Vec::new();
    };
    let Some(Host::Domain(host)) = parsed.host() else {
        return Vec::new();
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let mut labels: Vec<&str> = host.split('.').collect();
    labels.pop();
    if labels.len() > 1 && labels.last().is_some_and(|l| GENERIC_LABELS.contains(l)) {
        labels.pop();
    }
    labels.retain(|label| !EDITION_LABELS.contains(label));
    let labels: Vec<String> = labels.iter().map(|label| label.replace('-', "")).collect();
    let mut names = labels.clone();
    if labels.len() > 1 {
        names.push(labels.concat());
    }
    names.retain(|name| name.len() >= 2);
    names
}

/// Whether `text` is the outlet's name as one of `names` spells it: a short
/// text whose words, run together, spell a name ("El Comercio", "Agencia
/// EFE"), start one ("Sputnik" for `sputniknews`) or are its initials
/// ("Deutsche Welle" for `dw`).
fn names_the_outlet(text: &str, names: &[String]) -> bool {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    if words.is_empty() || words.len() > NAME_WORDS || names.is_empty() {
        return false;
    }
    // A host may add a country's code to the name: `laprensani` is "La
    // Prensa" of Nicaragua.
    let is_name = |spelled: &str| {
        names.iter().any(|name| {
            name.strip_prefix(spelled)
                .is_some_and(|code| code.is_empty() || (spelled.len() >= 5 && code.len() == 2))
        })
    };
    for start in 0..words.len() {
        for end in start + 1..=words.len() {
            if !is_name(&words[start..end].concat()) {
                continue;
            }
            let others = words[..start]
                .iter()
                .chain(&words[end..])
                .filter(|word| !FILLERS.contains(word))
                .count();
            if others <= 1 {
                return true;
            }
        }
    }
    let together = words.concat();
    let initials: String = words
        .iter()
        .filter_map(|word| word.chars().next())
        .collect();
    names.iter().any(|name| name.starts_with(&together)) || (words.len() > 1 && is_name(&initials))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_becomes_the_title() {
        assert_eq!(
            link_title(
                "Russia and Venezuela sign energy deal",
                "https://www.reuters.com/world/x"
            )
            .as_deref(),
            Some("Russia and Venezuela sign energy deal")
        );
        assert_eq!(
            link_title(
                "Rusia y Venezuela firman un acuerdo energético",
                "https://elcomercio.pe/mundo/x/"
            )
            .as_deref(),
            Some("Rusia y Venezuela firman un acuerdo energético")
        );
    }

    #[test]
    fn a_title_is_tidied() {
        let url = "https://efe.com/x";
        for (text, title) in [
            (
                "“China opens a port in Chancay”",
                "China opens a port in Chancay",
            ),
            (
                "\"China opens a port in Chancay.\"",
                "China opens a port in Chancay",
            ),
            (
                "«China abre un puerto en Chancay»",
                "China abre un puerto en Chancay",
            ),
            (
                "China opens a port\n   in Chancay.",
                "China opens a port in Chancay",
            ),
            ("Who wins in Chancay?", "Who wins in Chancay?"),
            ("China opens a port...", "China opens a port..."),
        ] {
            assert_eq!(link_title(text, url).as_deref(), Some(title), "{text}");
        }
    }

    #[test]
    fn the_outlets_name_is_no_title() {
        for (text, url) in [
            ("Reuters", "https://www.reuters.com/world/x"),
            ("El Comercio", "https://elcomercio.pe/mundo/x/"),
            ("EL COMERCIO", "https://elcomercio.pe/mundo/x/"),
            ("El Deber", "https://eldeber.com.bo/pais/x"),
            ("El País", "https://elpais.com/internacional/x"),
            ("Diario El Comercio", "https://elcomercio.pe/x"),
            ("Agencia EFE", "https://efe.com/mundo/x"),
            ("según la Agencia EFE", "https://efe.com/mundo/x"),
            ("Reuters reported", "https://www.reuters.com/x"),
            ("RT en español", "https://actualidad.rt.com/x"),
            ("Actualidad RT", "https://actualidad.rt.com/x"),
            ("Prensa Latina", "https://www.prensa-latina.cu/x"),
            ("Sputnik", "https://sputniknews.lat/x"),
            ("teleSUR", "https://www.telesurtv.net/x"),
            ("BBC News Mundo", "https://www.bbc.com/mundo/x"),
            ("The Guardian", "https://www.theguardian.com/world/x"),
            ("Deutsche Welle", "https://www.dw.com/es/x"),
            ("China Radio International", "https://espanol.cri.cn/x"),
            ("Global Times en español", "https://www.globaltimes.cn/x"),
        ] {
            assert_eq!(link_title(text, url), None, "{text} {url}");
        }
    }

    #[test]
    fn short_phrases_are_no_title() {
        for text in [
            "a",
            "reported",
            "this study",
            "Xinhua",
            "Putin–Maduro summit",
            "",
        ] {
            assert_eq!(
                link_title(text, "https://spanish.news.cn/x"),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn outlets_and_short_labels_are_attributions_and_long_phrases_are_not() {
        let url = "https://elcomercio.pe/x/";
        assert_eq!(
            read("El Comercio", url),
            LinkText::Name("El Comercio".to_owned())
        );
        assert_eq!(read("Fuente", url), LinkText::Attribution);
        assert_eq!(read("aquí", url), LinkText::Attribution);
        assert_eq!(
            read("signed a deal with Caracas last Monday", url),
            LinkText::Phrase
        );
        assert_eq!(
            read("Lima hosts the talks", url),
            LinkText::Title("Lima hosts the talks".to_owned())
        );
    }

    /// The outlet's name with its country, or spelled by a host that adds a
    /// country's code, is the name, not a headline.
    #[test]
    fn an_outlets_name_with_its_country_is_no_headline() {
        assert_eq!(
            read(
                "La Prensa Nicaragua",
                "https://www.laprensani.com/2026/11/12/x"
            ),
            LinkText::Name("La Prensa Nicaragua".to_owned())
        );
        assert_eq!(
            read("Detroit News", "https://www.detroitnews.com/story/x"),
            LinkText::Name("Detroit News".to_owned())
        );
        assert_eq!(
            read(
                "Lima prepares new ports law",
                "https://www.laprensani.com/x"
            ),
            LinkText::Title("Lima prepares new ports law".to_owned())
        );
    }

    #[test]
    fn a_phrase_of_the_sentence_is_no_title() {
        assert_eq!(
            link_title("signed a deal with Caracas", "https://efe.com/x"),
            None
        );
        assert_eq!(
            link_title("“signed a deal with Caracas”", "https://efe.com/x"),
            None
        );
        assert_eq!(
            link_title("中国与秘鲁 签署 协议", "https://efe.com/x").as_deref(),
            Some("中国与秘鲁 签署 协议")
        );
    }

    #[test]
    fn a_headline_naming_the_host_is_still_a_headline() {
        assert_eq!(
            link_title(
                "Venezuela signs a gas deal",
                "https://www.venezuela.gob.ve/x"
            )
            .as_deref(),
            Some("Venezuela signs a gas deal")
        );
        assert_eq!(
            link_title("Lula visits Beijing", "annex.html").as_deref(),
            Some("Lula visits Beijing")
        );
    }
}
