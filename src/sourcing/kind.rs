use unicode_normalization::UnicodeNormalization;
use url::Url;

use crate::model::SourceKind;

/// Words that mark an opinion piece, in a path segment or a page's section
/// (README, "A source's kind"), written without accents and in lower case:
/// English, Spanish and Portuguese.
const OPINION_WORDS: &[&str] = &[
    "opinion",
    "opiniones",
    "opiniao",
    "opinioes",
    "columnistas",
    "colunistas",
    "articulistas",
    "columnas",
    "colunas",
    "columna",
    "coluna",
    "columns",
    "columnists",
    "editorial",
    "editoriales",
    "editoriais",
    "tribuna",
    "op-ed",
    "commentisfree",
    "commentary",
    "blogs",
];

/// Words of a page's section that mark analysis.
const ANALYSIS_WORDS: &[&str] = &["analisis", "analise", "analysis", "explainer"];

/// Words of a page's section that mark a press release.
const PRESS_RELEASE_WORDS: &[&str] = &[
    "comunicados",
    "comunicado",
    "press-releases",
    "press-release",
];

/// The kind a source starts with, guessed from its URL *path* only: the domain
/// never decides (`opinion.com.bo` is a newspaper). Everything else is news.
pub fn guess_kind(url: &str) -> SourceKind {
    if opinion_segment(url).is_some() {
        SourceKind::Opinion
    } else {
        SourceKind::News
    }
}

/// The path segment that marks `url` as opinion ("opinion" in
/// `/opinion/columnistas/x`), as written in the URL.
pub fn opinion_segment(url: &str) -> Option<String> {
    let parsed = Url::parse(url.trim()).ok()?;
    let mut segments = parsed.path_segments()?;
    segments
        .find(|segment| {
            let folded = fold(segment);
            OPINION_WORDS.contains(&folded.as_str())
                || folded
                    .split_once('-')
                    .is_some_and(|(first, _)| OPINION_WORDS.contains(&first))
        })
        .map(|segment| {
            percent_encoding::percent_decode_str(segment)
                .decode_utf8_lossy()
                .into_owned()
        })
}

/// The kind a page's section names ("Opinión", "Colunistas", "Análisis",
/// "Opinión y análisis"): opinion when any of its words says so, then
/// analysis, then press release; `None` for a section of news ("Política").
pub fn kind_of_section(section: &str) -> Option<SourceKind> {
    let folded = fold(section);
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join("-");
    let any =
        |list: &[&str]| words.iter().any(|w| list.contains(w)) || list.contains(&joined.as_str());
    if any(OPINION_WORDS) || words.windows(2).any(|pair| pair == ["op", "ed"]) {
        Some(SourceKind::Opinion)
    } else if any(ANALYSIS_WORDS) {
        Some(SourceKind::Analysis)
    } else if any(PRESS_RELEASE_WORDS)
        || joined.contains("press-release")
        || joined.contains("notas-de-prensa")
    {
        Some(SourceKind::PressRelease)
    } else {
        None
    }
}

/// Percent-decoded, lower-cased and stripped of accents: "Opini%C3%B3n" → "opinion".
fn fold(text: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(text).decode_utf8_lossy();
    decoded
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(url: &str) -> SourceKind {
        guess_kind(url)
    }

    #[test]
    fn opinion_segments_make_opinion() {
        for url in [
            "https://www.infobae.com/opinion/2026/11/03/x/",
            "https://www.eltiempo.com/opinion/columnistas/x",
            "https://elcomercio.pe/opinion/columnistas/x/",
            "https://www.lanacion.com.ar/opinion/x",
            "https://www.theguardian.com/commentisfree/2026/nov/03/x",
            "https://www.semana.com/opinión/articulo/x",
            "https://www.semana.com/Opini%C3%B3n/articulo/x",
            "https://www.semana.com/OPINIONES/x",
            "https://www.prensa.com/editorial/x",
            "https://www.elnacional.com/opinion-y-analisis/x",
            "https://x.com/Op-Ed/y",
            "https://x.com/blogs/y",
            "https://x.com/columna/y",
        ] {
            assert_eq!(kind(url), SourceKind::Opinion, "{url}");
        }
    }

    #[test]
    fn spanish_and_portuguese_opinion_paths_make_opinion() {
        for url in [
            "https://www1.folha.uol.com.br/colunas/fulano/2026/11/x.shtml",
            "https://oglobo.globo.com/opiniao/noticia/2026/11/x.ghtml",
            "https://www.estadao.com.br/opiniao/colunistas/x/",
            "https://elpais.com/opinion/tribunas/x.html",
            "https://www.clarin.com/opinion/tribuna/x.html",
            "https://www.eluniverso.com/opinion/columnistas/x/",
            "https://x.com/articulistas/y",
            "https://x.com/editoriais/y",
        ] {
            assert_eq!(kind(url), SourceKind::Opinion, "{url}");
        }
        assert_eq!(
            opinion_segment("https://oglobo.globo.com/Opini%C3%A3o/x").as_deref(),
            Some("Opinião")
        );
    }

    #[test]
    fn sections_name_their_kind() {
        for (section, expected) in [
            ("Opinión", Some(SourceKind::Opinion)),
            ("Opinião", Some(SourceKind::Opinion)),
            ("Colunistas", Some(SourceKind::Opinion)),
            ("Columnas de opinión", Some(SourceKind::Opinion)),
            ("Editorial", Some(SourceKind::Opinion)),
            ("Op-Ed", Some(SourceKind::Opinion)),
            ("Opinión y análisis", Some(SourceKind::Opinion)),
            ("Análisis", Some(SourceKind::Analysis)),
            ("Análise", Some(SourceKind::Analysis)),
            ("Comunicados", Some(SourceKind::PressRelease)),
            ("Press releases", Some(SourceKind::PressRelease)),
            ("Política", None),
            ("Mundo", None),
            ("", None),
        ] {
            assert_eq!(kind_of_section(section), expected, "{section}");
        }
    }

    #[test]
    fn the_domain_never_decides() {
        assert_eq!(
            kind("https://www.opinion.com.bo/articulo/pais/x.html"),
            SourceKind::News
        );
        assert_eq!(kind("https://opinion.example.com/news/x"), SourceKind::News);
    }

    #[test]
    fn other_segments_and_partial_words_stay_news() {
        assert_eq!(kind("https://x.com/opinionated-story"), SourceKind::News);
        assert_eq!(
            kind("https://x.com/news/opinion-poll?x=1"),
            SourceKind::Opinion
        );
        assert_eq!(
            kind("https://x.com/news/story?section=opinion"),
            SourceKind::News
        );
        assert_eq!(
            kind("https://x.com/america/venezuela/2026/x"),
            SourceKind::News
        );
        assert_eq!(kind("not a url"), SourceKind::News);
    }
}
