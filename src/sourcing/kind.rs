use unicode_normalization::UnicodeNormalization;
use url::Url;

use crate::model::SourceKind;

/// Path segments that mark an opinion piece (README, "A source's kind"),
/// written without accents and in lower case.
const OPINION_SEGMENTS: &[&str] = &[
    "opinion",
    "opiniones",
    "columnistas",
    "columnas",
    "columna",
    "columns",
    "editorial",
    "editoriales",
    "op-ed",
    "commentisfree",
    "blogs",
];

/// The kind a source starts with, guessed from its URL *path* only: the domain
/// never decides (`opinion.com.bo` is a newspaper). Everything else is news.
pub fn guess_kind(url: &str) -> SourceKind {
    let Ok(parsed) = Url::parse(url.trim()) else {
        return SourceKind::News;
    };
    let Some(segments) = parsed.path_segments() else {
        return SourceKind::News;
    };
    let is_opinion = segments.map(fold_segment).any(|segment| {
        OPINION_SEGMENTS.contains(&segment.as_str())
            || segment
                .split_once('-')
                .is_some_and(|(first, _)| OPINION_SEGMENTS.contains(&first))
    });
    if is_opinion {
        SourceKind::Opinion
    } else {
        SourceKind::News
    }
}

/// A path segment percent-decoded, lower-cased and stripped of accents: "Opini%C3%B3n" → "opinion".
fn fold_segment(segment: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
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
