//! The few words an export prints itself, in the language.

pub(super) struct Labels {
    pub number: &'static str,
    pub published: &'static str,
    pub covering: &'static str,
    pub edited_by: &'static str,
    pub sources: &'static str,
    pub state_media: &'static str,
    pub summary: &'static str,
    pub compliance: &'static str,
    pub draft: &'static str,
    pub months: [&'static str; 12],
    /// "3 November 2026" (`false`) or "3 de noviembre de 2026" (`true`).
    pub month_with_de: bool,
    /// The methodology note when the issue has no wording of its own; see
    /// `methodology` for the placeholders.
    pub methodology: &'static str,
    /// `{countries}` when the policy counts the media of every state.
    pub any_state: &'static str,
    /// Joins the last two countries.
    pub and: &'static str,
    /// `{unit}`: citations, entries, words.
    pub units: [&'static str; 3],
    /// `{exclusions}`: with opinion pieces excluded, and without.
    pub exclusions: [&'static str; 2],
}

const EN: Labels = Labels {
    number: "No.",
    published: "Published",
    covering: "Covering",
    edited_by: "Edited by",
    sources: "Sources",
    state_media: "state media",
    summary: "Summary",
    compliance: "Sourcing compliance (reviewer's copy)",
    draft: "Draft — not for publication",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    month_with_de: false,
    methodology: "State media of {countries}: {state} of {total} {unit} ({share}); our limit is {limit}. Such sources are marked “{mark}”. {exclusions}",
    any_state: "all countries",
    and: "and",
    units: ["citations", "entries", "words"],
    exclusions: [
        "Opinion pieces and anti-US or anti-West declarations are excluded.",
        "Anti-US or anti-West declarations are excluded.",
    ],
};

const ES: Labels = Labels {
    number: "N.º",
    published: "Publicado",
    covering: "Período",
    edited_by: "Edición",
    sources: "Fuentes",
    state_media: "medio estatal",
    summary: "Resumen",
    compliance: "Cumplimiento de fuentes (copia de revisión)",
    draft: "Borrador — no publicar",
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    month_with_de: true,
    methodology: "Medios estatales de {countries}: {state} de {total} {unit} ({share}); nuestro límite es {limit}. Esas fuentes llevan la marca «{mark}». {exclusions}",
    any_state: "todos los países",
    and: "y",
    units: ["citas", "entradas", "palabras"],
    exclusions: [
        "Se excluyen las piezas de opinión y las declaraciones antiestadounidenses o antioccidentales.",
        "Se excluyen las declaraciones antiestadounidenses o antioccidentales.",
    ],
};

const PT: Labels = Labels {
    number: "N.º",
    published: "Publicado",
    covering: "Período",
    edited_by: "Edição",
    sources: "Fontes",
    state_media: "mídia estatal",
    summary: "Resumo",
    compliance: "Conformidade das fontes (cópia de revisão)",
    draft: "Rascunho — não publicar",
    months: [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    month_with_de: true,
    methodology: "Mídia estatal de {countries}: {state} de {total} {unit} ({share}); nosso limite é {limit}. Essas fontes levam a marca “{mark}”. {exclusions}",
    any_state: "todos os países",
    and: "e",
    units: ["citações", "entradas", "palavras"],
    exclusions: [
        "Excluem-se artigos de opinião e declarações antiamericanas ou antiocidentais.",
        "Excluem-se declarações antiamericanas ou antiocidentais.",
    ],
};

/// The language as a well-formed BCP 47 tag, or `en` when the field
/// holds anything else: it is written into `lang` attributes and LaTeX set-up.
pub(super) fn language_tag(tag: &str) -> &str {
    let tag = tag.trim();
    let mut subtags = tag.split('-');
    let primary_ok = subtags
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok { tag } else { "en" }
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
