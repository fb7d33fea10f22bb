//! The few words an export prints itself, in the issue's language.

pub(super) struct Labels {
    /// The language's primary subtag: `en`, `es`, `pt`.
    pub language: &'static str,
    pub number: &'static str,
    pub published: &'static str,
    pub covering: &'static str,
    pub edited_by: &'static str,
    pub sources: &'static str,
    pub state_media: &'static str,
    pub summary: &'static str,
    pub compliance: &'static str,
    pub draft: &'static str,
    /// A citation link's accessible name: "source 3: Reuters".
    pub source: &'static str,
    /// A source's link back to where it is cited: "… source 3".
    pub back_to_citing: &'static str,
    pub suggested_citation: &'static str,
    pub licence: &'static str,
    /// The link to a source's archived copy, beside the original.
    pub archived: &'static str,
    /// The methodology note when the issue has no wording of its own; see
    /// `methodology` for the placeholders.
    pub methodology: &'static str,
    /// What readers of a special edition above the limit see after the
    /// methodology note when the issue has no wording of its own (the same
    /// placeholders).
    pub special_edition: &'static str,
    /// `{countries}` when the policy counts the media of every state.
    pub any_state: &'static str,
    /// `{models}`: each class as the policy counts it, in `Classification::ALL`
    /// order, and the phrase around the list (`{list}`).
    pub models: [&'static str; 9],
    pub models_phrase: &'static str,
    /// Joins the last two countries.
    pub and: &'static str,
    /// `{unit}`: citations, entries, words.
    pub units: [&'static str; 3],
    /// `{exclusions}`: with opinion pieces excluded, and without.
    pub exclusions: [&'static str; 2],
    /// The marks after a source's name, in `ReaderMark` order (see `marks`).
    pub marks: [&'static str; 5],
    /// What each mark means, for the legend, in the same order.
    pub mark_meanings: [&'static str; 5],
    /// The mark of an opinion piece, and what it means, for the legend.
    pub opinion_mark: &'static str,
    pub opinion_meaning: &'static str,
    /// Said in the methodology note when the issue exceeds the limit and is
    /// no special edition (published with an override); the note's
    /// placeholders.
    pub over_limit: &'static str,
    /// Said when opinion pieces the policy excludes are cited: `{opinions}`.
    pub opinion_kept: &'static str,
    /// "opinion piece", "opinion pieces": after the number, one and more.
    pub opinion_piece: [&'static str; 2],
    /// After the standing disclaimer's policy sentence, when the issue
    /// departs from that policy.
    pub departs: &'static str,
    /// The PDF's footer: "Page 3 of 7".
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    pub page: &'static str,
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    pub of: &'static str,
    /// The optional list of the sections after the masthead.
    pub contents: &'static str,
}

const EN: Labels = Labels {
    language: "en",
    number: "No.",
    published: "Published",
    covering: "Covering",
    edited_by: "Edited by",
    sources: "Sources",
    state_media: "state media",
    summary: "Summary",
    compliance: "Sourcing compliance (reviewer's copy)",
    draft: "Draft — not for publication",
    source: "source",
    back_to_citing: "back to the text citing source",
    suggested_citation: "Suggested citation",
    licence: "Licence",
    archived: "archived copy",
    methodology: "State media of {countries} ({models}): {state} of {total} {unit} ({share}); our limit is {limit}. Such sources are marked as {mark} in the source lists. {exclusions}",
    special_edition: "This is a special edition: state media make up {share} of its {unit}, above our usual limit of {limit}, by the editors' choice.",
    any_state: "all countries",
    models: [
        "state-controlled",
        "captured public",
        "captured private",
        "independent state-funded and state-managed",
        "independent state-funded",
        "independent state-managed",
        "independent public",
        "government",
        "independent",
    ],
    models_phrase: "{list} media",
    and: "and",
    units: ["citations", "entries", "words"],
    exclusions: [
        "Opinion pieces and anti-US or anti-West declarations are excluded.",
        "Anti-US or anti-West declarations are excluded.",
    ],
    marks: [
        "state-controlled media",
        "state-managed media",
        "state-captured media",
        "state media",
        "government source",
    ],
    mark_meanings: [
        "a state funds and runs the outlet and controls its editorial line",
        "a state runs the outlet and controls its editorial line",
        "privately owned, with its editorial line controlled by a state",
        "counted as state media by our editors",
        "an official site of a government or an intergovernmental body",
    ],
    opinion_mark: "opinion",
    opinion_meaning: "a column, an editorial or an op-ed, giving its author's view rather than news",
    over_limit: "This issue exceeds our {limit} limit: {share} of its {unit} are state media.",
    opinion_kept: "It cites {opinions} (marked as opinion in the source lists) although our policy excludes opinion pieces.",
    opinion_piece: ["opinion piece", "opinion pieces"],
    departs: "This issue departs from that policy; the methodology note says how.",
    page: "Page",
    of: "of",
    contents: "In this issue",
};

const ES: Labels = Labels {
    language: "es",
    number: "N.º",
    published: "Publicado",
    covering: "Período",
    edited_by: "Edición",
    sources: "Fuentes",
    state_media: "medio estatal",
    summary: "Resumen",
    compliance: "Cumplimiento de fuentes (copia de revisión)",
    draft: "Borrador — no publicar",
    source: "fuente",
    back_to_citing: "volver al texto que cita la fuente",
    suggested_citation: "Cita sugerida",
    licence: "Licencia",
    archived: "copia archivada",
    methodology: "Medios estatales de {countries} ({models}): {state} de {total} {unit} ({share}); nuestro límite es {limit}. Esas fuentes se marcan como {mark} en las listas de fuentes. {exclusions}",
    special_edition: "Esta es una edición especial: los medios estatales suman el {share} de sus {unit}, por encima de nuestro límite habitual del {limit}, por decisión de la redacción.",
    any_state: "todos los países",
    models: [
        "controlados por el Estado",
        "públicos capturados",
        "privados capturados",
        "independientes financiados y gestionados por el Estado",
        "independientes financiados por el Estado",
        "independientes gestionados por el Estado",
        "públicos independientes",
        "gubernamentales",
        "independientes",
    ],
    models_phrase: "medios {list}",
    and: "y",
    units: ["citas", "entradas", "palabras"],
    exclusions: [
        "Se excluyen las piezas de opinión y las declaraciones antiestadounidenses o antioccidentales.",
        "Se excluyen las declaraciones antiestadounidenses o antioccidentales.",
    ],
    marks: [
        "medio controlado por el Estado",
        "medio gestionado por el Estado",
        "medio privado capturado por el Estado",
        "medio estatal",
        "fuente gubernamental",
    ],
    mark_meanings: [
        "un Estado lo financia, lo dirige y controla su línea editorial",
        "un Estado lo dirige y controla su línea editorial",
        "de propiedad privada, con la línea editorial controlada por un Estado",
        "contado como medio estatal por la redacción",
        "sitio oficial de un gobierno o de un organismo intergubernamental",
    ],
    opinion_mark: "opinión",
    opinion_meaning: "una columna, un editorial o una tribuna, con la opinión de su autor y no una información",
    over_limit: "Este número supera nuestro límite del {limit}: los medios estatales suman el {share} de sus {unit}.",
    opinion_kept: "Cita {opinions} (con la marca «opinión» en las listas de fuentes), aunque nuestra política excluye los artículos de opinión.",
    opinion_piece: ["artículo de opinión", "artículos de opinión"],
    departs: "Este número se aparta de esa política; la nota metodológica explica cómo.",
    page: "Página",
    of: "de",
    contents: "En este número",
};

const PT: Labels = Labels {
    language: "pt",
    number: "N.º",
    published: "Publicado",
    covering: "Período",
    edited_by: "Edição",
    sources: "Fontes",
    state_media: "mídia estatal",
    summary: "Resumo",
    compliance: "Conformidade das fontes (cópia de revisão)",
    draft: "Rascunho — não publicar",
    source: "fonte",
    back_to_citing: "voltar ao texto que cita a fonte",
    suggested_citation: "Citação sugerida",
    licence: "Licença",
    archived: "cópia arquivada",
    methodology: "Mídia estatal de {countries} ({models}): {state} de {total} {unit} ({share}); nosso limite é {limit}. Essas fontes são marcadas como {mark} nas listas de fontes. {exclusions}",
    special_edition: "Esta é uma edição especial: a mídia estatal soma {share} de suas {unit}, acima do nosso limite habitual de {limit}, por decisão da redação.",
    any_state: "todos os países",
    models: [
        "controlada pelo Estado",
        "pública capturada",
        "privada capturada",
        "independente financiada e gerida pelo Estado",
        "independente financiada pelo Estado",
        "independente gerida pelo Estado",
        "pública independente",
        "governamental",
        "independente",
    ],
    models_phrase: "mídia {list}",
    and: "e",
    units: ["citações", "entradas", "palavras"],
    exclusions: [
        "Excluem-se artigos de opinião e declarações antiamericanas ou antiocidentais.",
        "Excluem-se declarações antiamericanas ou antiocidentais.",
    ],
    marks: [
        "mídia controlada pelo Estado",
        "mídia gerida pelo Estado",
        "mídia privada capturada pelo Estado",
        "mídia estatal",
        "fonte governamental",
    ],
    mark_meanings: [
        "um Estado a financia, a dirige e controla sua linha editorial",
        "um Estado a dirige e controla sua linha editorial",
        "de propriedade privada, com a linha editorial controlada por um Estado",
        "contada como mídia estatal pela redação",
        "site oficial de um governo ou de um organismo intergovernamental",
    ],
    opinion_mark: "opinião",
    opinion_meaning: "uma coluna, um editorial ou um artigo assinado, com a visão do autor e não uma reportagem",
    over_limit: "Esta edição ultrapassa nosso limite de {limit}: a mídia estatal soma {share} de suas {unit}.",
    opinion_kept: "Cita {opinions} (com a marca «opinião» nas listas de fontes), embora nossa política exclua artigos de opinião.",
    opinion_piece: ["artigo de opinião", "artigos de opinião"],
    departs: "Esta edição se afasta dessa política; a nota metodológica explica como.",
    page: "Página",
    of: "de",
    contents: "Nesta edição",
};

impl Labels {
    /// A share as the language writes it: "24.2%", "24,2 %".
    pub fn percent(&self, ratio: f64) -> String {
        crate::i18n::percent(self.words(), ratio)
    }

    /// The language whose words and numbers these are, as the interface
    /// names it: months, numbers and dates are written one way for both.
    pub fn words(&self) -> crate::i18n::Language {
        crate::i18n::Language::from_locale(self.language).unwrap_or_default()
    }
}

/// The issue's language as a well-formed BCP 47 tag, or `en` when the field
/// holds anything else: it is written into `lang` attributes and LaTeX set-up.
pub(super) fn language_tag(tag: &str) -> &str {
    well_formed_tag(tag).unwrap_or("en")
}

/// `tag` trimmed, when it is a well-formed BCP 47 tag.
pub(super) fn well_formed_tag(tag: &str) -> Option<&str> {
    let tag = tag.trim();
    let mut subtags = tag.split('-');
    let primary_ok = subtags
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(tag)
}

/// The `lang` of a source's title: its own language when the library says
/// so, else the issue's (what the title would inherit).
pub(super) fn source_language<'a>(source: &'a str, issue: &'a str) -> &'a str {
    well_formed_tag(source).unwrap_or_else(|| language_tag(issue))
}

/// Labels for a BCP 47 tag; English for languages without a table.
pub(super) fn for_language(tag: &str) -> &'static Labels {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "es" => &ES,
        "pt" => &PT,
        _ => &EN,
    }
}

#[cfg(test)]
mod percent_tests {
    use super::for_language;

    #[test]
    fn a_share_is_written_as_the_language_writes_it() {
        assert_eq!(for_language("en").percent(0.242), "24.2%");
        assert_eq!(for_language("es").percent(0.242), "24,2\u{A0}%");
        assert_eq!(for_language("pt-BR").percent(0.2), "20\u{A0}%");
    }
}
